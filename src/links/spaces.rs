//! Links and spaces. A space ends a link in pasted text, yet links get cut by one: a line break
//! in a chat (`http://exa mple.com/x`), a file name with a space (`http://host/a file.bin`).
//! Such lines are said, with the whole link offered.

use url::Url;

/// The link a space seems to have cut short, and the whole text: a link whose last part has
/// no file extension (`http://host/a`) followed, within three words, by one that has
/// (`file.bin`). The whole link has its spaces written as `%20`.
pub(super) fn cut_by_a_space(candidate: &str, rest: &str) -> Option<(String, Url)> {
    let path = candidate.split_once("://")?.1.split_once('/')?.1;
    if path.is_empty() || path.ends_with('/') || path.contains(['?', '#']) {
        return None;
    }
    let last = path.rsplit('/').next().unwrap_or(path);
    if has_extension(last) {
        return None;
    }
    let words: Vec<&str> = rest.split_whitespace().take(3).collect();
    let upto = words.iter().position(|word| {
        !word.contains("://") && has_extension(word.trim_end_matches([',', ';', ':', '!', '?']))
    })?;
    let tail = words[..=upto].join(" ");
    let tail = tail.trim_end_matches([',', ';', ':', '!', '?']);
    let whole = format!("{candidate} {tail}");
    let link = Url::parse(&whole).ok()?;
    Some((whole, link))
}

/// `name.ext`: an extension of one to five letters or digits after a dot.
fn has_extension(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && (1..=5).contains(&ext.len())
            && ext.bytes().all(|b| b.is_ascii_alphanumeric())
            && ext.bytes().any(|b| b.is_ascii_alphabetic())
    })
}

/// The link and what follows it, when a space seems to have cut it in two: a link with a
/// one-word host and no path (`http://exa`) followed by something link-like (`mple.com/x`).
pub(super) fn split_by_space(candidate: &str, rest: &str) -> Option<String> {
    let after_scheme = candidate.split_once("://")?.1;
    let host = after_scheme.trim_end_matches('/');
    let one_word_host = !host.is_empty()
        && !host.contains(['/', '.', ':', '?', '#', '['])
        && !host.eq_ignore_ascii_case("localhost");
    let next = rest.split_whitespace().next()?;
    let link_like = next
        .trim_end_matches(['.', ',', ';', ':', '!', '?'])
        .contains(['.', '/']);
    (one_word_host && link_like).then(|| format!("{candidate} {next}"))
}

#[cfg(test)]
mod tests {
    use url::Url;

    use super::super::parse_links;

    #[test]
    fn a_link_a_space_cut_short_is_said_and_offered_whole() {
        for text in [
            "http://h/a file.bin",
            "see http://h/a file.bin today, please",
        ] {
            let parsed = parse_links(text);
            assert!(parsed.urls.is_empty(), "{text}: {:?}", parsed.urls);
            let offered = parsed.problems[0].suggestion.as_ref().map(Url::as_str);
            assert_eq!(offered, Some("http://h/a%20file.bin"), "{text}");
        }
        // Prose after a link, a folder link, a file link: taken as they are.
        for text in [
            "http://h/page and more words.",
            "http://h/dir/ file.txt",
            "http://h/f.iso then notes.txt",
        ] {
            let parsed = parse_links(text);
            assert_eq!(parsed.urls.len(), 1, "{text}");
            assert!(parsed.problems.is_empty(), "{text}: {:?}", parsed.problems);
        }
    }
}
