//! Links and spaces. A space ends a link in pasted text, yet links get cut by one: a line break
//! in a chat (`http://exa mple.com/x`), a file name with a space (`http://host/a file.bin`).
//! Such lines are said, with the whole link offered; and one command-line argument is one
//! link, spaces and all, as wget and browsers take it.

use url::Url;

use super::{ParsedLinks, checksum_after_link, parse_links};

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

/// The links of one command-line argument: the argument as one link when it is one (see
/// [`one_link_argument`]), else whatever links it holds.
pub fn parse_argument(argument: &str) -> ParsedLinks {
    match one_link_argument(argument) {
        Some(url) => ParsedLinks {
            urls: vec![url],
            ..ParsedLinks::default()
        },
        None => parse_links(argument),
    }
}

/// A command-line argument that is one link, spaces and all (`haul get 'http://host/a
/// file.bin'` as wget and browsers take it: the space is sent as `%20`). `None` when the
/// argument is something else (text with several links, a link with its checksum after it).
pub fn one_link_argument(argument: &str) -> Option<Url> {
    let text = argument.trim();
    let lowered = text.get(..8)?.to_ascii_lowercase();
    let is_link = lowered.starts_with("http://") || lowered.starts_with("https://");
    if !is_link || text.contains(['\n', '\r', '\t']) || text.matches("://").count() != 1 {
        return None;
    }
    if checksum_after_link(text).is_some() {
        return None;
    }
    Url::parse(text)
        .ok()
        .filter(|url| url.host_str().is_some_and(|host| !host.is_empty()))
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
    use super::*;

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

    #[test]
    fn one_command_line_argument_is_one_link() {
        let one = parse_argument(" http://h/a file.bin ");
        assert_eq!(one.urls[0].as_str(), "http://h/a%20file.bin");
        assert_eq!(parse_argument("http://h/x http://h/y").urls.len(), 2);
        let hex = "b".repeat(64);
        let with_sum = parse_argument(&format!("http://h/f.iso sha256:{hex}"));
        assert_eq!(with_sum.urls[0].as_str(), "http://h/f.iso");
        assert_eq!(with_sum.checksums.len(), 1);
    }
}
