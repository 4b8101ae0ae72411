//! The parser of text into links (the rules are in the module's page, `links`).

use std::collections::HashSet;

use url::Url;

use crate::engine::Checksum;

use super::ranges::{RangeError, expand_ranges};
use super::spaces::{cut_by_a_space, split_by_space};

/// Most links taken from one text.
pub const MAX_LINKS: usize = 100_000;
/// Longest excerpt of a bad line kept for the report.
const EXCERPT_CHARS: usize = 120;

/// The links found in a text and the lines that could not be used.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParsedLinks {
    /// Valid http(s) links in order of appearance, without duplicates.
    pub urls: Vec<Url>,
    /// Lines that look like links but are not usable.
    pub problems: Vec<LinkProblem>,
    /// Checksums given with links, by link.
    pub checksums: std::collections::HashMap<String, Checksum>,
}

/// A line that looked like a link but could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkProblem {
    /// Line number, starting at 1.
    pub line: usize,
    /// The offending text (shortened).
    pub text: String,
    /// Why it was not used, as a short sentence.
    pub reason: String,
    /// The link it most likely is, offered instead (a link whose space cut it in two, with
    /// the space written as `%20`).
    pub suggestion: Option<Url>,
}

impl std::fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::t!(
            "link-problem",
            line = self.line,
            reason = self.reason.as_str(),
            text = self.text.as_str()
        ))
    }
}

/// Extracts every usable link from `text`.
pub fn parse_links(text: &str) -> ParsedLinks {
    let mut parsed = ParsedLinks::default();
    let mut seen = HashSet::new();
    // The links of the line before, for an aria2 `checksum=` line that follows them.
    let mut previous: Vec<Url> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        // An indented option line of an aria2 input file belongs to the link above it.
        let option_line = line.starts_with(char::is_whitespace) && !trimmed.contains("://");
        if option_line && let Some(value) = trimmed.strip_prefix("checksum=") {
            match (Checksum::parse(value), previous.as_slice()) {
                (Some(checksum), [url]) => {
                    parsed.checksums.insert(url.as_str().to_owned(), checksum);
                }
                _ => parsed.problems.push(problem(
                    line_no,
                    trimmed,
                    &crate::i18n::t!("link-checksum-option"),
                )),
            }
            continue;
        }
        if option_line
            && trimmed
                .split_once('=')
                .is_some_and(|(k, _)| !k.contains(' '))
        {
            continue;
        }
        // A `.torrent` on this machine (a dropped file, a launch argument), as a whole line.
        if let Some(url) = super::magnets::torrent_file_link(trimmed) {
            if seen.insert(url.as_str().to_owned()) {
                parsed.urls.push(url);
            }
            continue;
        }
        let before = parsed.urls.len();
        let line_checksum = checksum_after_link(trimmed);
        let mut candidates = candidates_in(trimmed);
        candidates.extend(super::magnets::magnets_in(trimmed));
        candidates.sort_by_key(|(_, end)| *end);
        if candidates.is_empty() {
            if looks_like_bare_host(trimmed) {
                parsed.problems.push(problem(
                    line_no,
                    trimmed,
                    &crate::i18n::t!("link-add-scheme"),
                ));
            } else if looks_like_link_without_scheme(trimmed) {
                parsed.problems.push(problem(
                    line_no,
                    trimmed,
                    &crate::i18n::t!("link-add-scheme-to", link = format!("http://{trimmed}")),
                ));
            }
            continue;
        }
        for (candidate, end) in candidates {
            if let Some(whole) = split_by_space(&candidate, &trimmed[end..]) {
                parsed
                    .problems
                    .push(problem(line_no, &whole, &crate::i18n::t!("link-spaces")));
                continue;
            }
            if let Some((whole, link)) = cut_by_a_space(&candidate, &trimmed[end..]) {
                // Not taken as cut: said, with the whole link offered.
                let mut said = problem(
                    line_no,
                    &whole,
                    &crate::i18n::t!("link-space-cut", link = link.as_str()),
                );
                said.suggestion = Some(link);
                parsed.problems.push(said);
                continue;
            }
            match links_from_candidate(&candidate) {
                Ok(urls) => {
                    for url in urls {
                        if parsed.urls.len() >= MAX_LINKS {
                            parsed.problems.push(problem(
                                line_no,
                                &candidate,
                                &crate::i18n::t!("link-too-many", count = MAX_LINKS),
                            ));
                            return parsed;
                        }
                        if seen.insert(url.as_str().to_owned()) {
                            parsed.urls.push(url);
                        }
                    }
                }
                Err(reason) => {
                    parsed
                        .problems
                        .push(problem(line_no, &candidate, &reason.to_string()))
                }
            }
        }
        previous = parsed.urls[before..].to_vec();
        if let (Some(checksum), [url]) = (line_checksum, previous.as_slice()) {
            parsed.checksums.insert(url.as_str().to_owned(), checksum);
        }
    }
    parsed
}

/// A checksum written after a link on its line: a word like `sha256:HEX` or `md5=HEX`.
pub(super) fn checksum_after_link(line: &str) -> Option<Checksum> {
    line.split_whitespace()
        .filter(|word| !word.contains("://"))
        .filter(|word| word.contains([':', '=']))
        .find_map(Checksum::parse)
}

fn problem(line: usize, text: &str, reason: &str) -> LinkProblem {
    let mut excerpt: String = text.chars().take(EXCERPT_CHARS).collect();
    if text.chars().count() > EXCERPT_CHARS {
        excerpt.push('…');
    }
    LinkProblem {
        line,
        text: excerpt,
        reason: reason.to_owned(),
        suggestion: None,
    }
}

/// Every `scheme://...` token in a line (with where it ends), cut at whitespace, quotes and
/// angle brackets, with trailing punctuation and unbalanced closing brackets (prose, markdown)
/// removed.
fn candidates_in(line: &str) -> Vec<(String, usize)> {
    let bytes = line.as_bytes();
    let mut found = Vec::new();
    let mut search_from = 0;
    while let Some(pos) = line[search_from..].find("://").map(|p| p + search_from) {
        let mut start = pos;
        while start > 0 {
            let c = bytes[start - 1];
            if c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.') {
                start -= 1;
            } else {
                break;
            }
        }
        // A scheme starts with a letter.
        while start < pos && !bytes[start].is_ascii_alphabetic() {
            start += 1;
        }
        let end = line[pos..]
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`'))
            .map_or(line.len(), |e| e + pos);
        search_from = end.max(pos + 3);
        if start == pos {
            continue;
        }
        let token = trim_trailing(&line[start..end]).replace("&amp;", "&");
        found.push((token, end));
    }
    found
}

fn trim_trailing(token: &str) -> &str {
    let mut token = token;
    loop {
        let Some(last) = token.chars().last() else {
            return token;
        };
        let unbalanced = |open: char, close: char| {
            last == close && token.matches(open).count() < token.matches(close).count()
        };
        if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '*')
            || unbalanced('(', ')')
            || unbalanced('[', ']')
            || unbalanced('{', '}')
        {
            token = &token[..token.len() - last.len_utf8()];
        } else {
            return token;
        }
    }
}

fn looks_like_bare_host(line: &str) -> bool {
    line.split_whitespace().count() == 1 && line.to_ascii_lowercase().starts_with("www.")
}

/// A lone `host:port/path` or `host.tld/path` (a link copied without its `http://`).
fn looks_like_link_without_scheme(line: &str) -> bool {
    if line.split_whitespace().count() != 1 {
        return false;
    }
    let (host_port, path) = match line.split_once('/') {
        Some((host_port, path)) => (host_port, Some(path)),
        None => (line, None),
    };
    let host_chars = |host: &str| {
        !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
    };
    match host_port.split_once(':') {
        Some((host, port)) => {
            host_chars(host)
                && !port.is_empty()
                && port.len() <= 5
                && port.bytes().all(|b| b.is_ascii_digit())
        }
        None => {
            host_chars(host_port)
                && host_port.contains('.')
                && !host_port.starts_with('.')
                && path.is_some_and(|p| !p.is_empty())
        }
    }
}

/// Why a link-like piece of text was not taken.
#[derive(Debug, thiserror::Error)]
enum NotALink {
    /// Another scheme than http or https.
    #[error("{}", crate::i18n::t!("link-scheme", scheme = .0.as_str()))]
    Scheme(String),
    /// A range in it was refused.
    #[error(transparent)]
    Range(#[from] RangeError),
    /// It does not parse as a link.
    #[error("{}", crate::i18n::t!("link-invalid", detail = .0.to_string()))]
    Invalid(#[from] url::ParseError),
    /// It names no host.
    #[error("{}", crate::i18n::t!("link-no-host"))]
    NoHost,
    /// A magnet link that names no torrent.
    #[error("{}", crate::i18n::t!("link-bad-magnet"))]
    Magnet,
}

fn links_from_candidate(candidate: &str) -> Result<Vec<Url>, NotALink> {
    if candidate
        .get(..7)
        .is_some_and(|s| s.eq_ignore_ascii_case("magnet:"))
    {
        return super::magnets::magnet_link(candidate)
            .map(|url| vec![url])
            .ok_or(NotALink::Magnet);
    }
    let scheme = candidate
        .split_once("://")
        .map(|(s, _)| s.to_ascii_lowercase())
        .unwrap_or_default();
    if scheme != "http" && scheme != "https" {
        return Err(NotALink::Scheme(scheme));
    }
    expand_ranges(candidate)?
        .into_iter()
        .map(|text| {
            let url = Url::parse(&text)?;
            if url.host_str().is_none_or(str::is_empty) {
                return Err(NotALink::NoHost);
            }
            Ok(url)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_checksums_on_their_line_or_the_next() {
        let hex = "a".repeat(64);
        let text = format!(
            "http://h/one.iso sha256:{hex}\nhttp://h/two.iso\n  checksum=sha-256={hex}\n  \
             out=two.iso\nhttp://h/three.iso\n  checksum=crc32=1234\n"
        );
        let parsed = parse_links(&text);
        assert_eq!(parsed.urls.len(), 3);
        assert_eq!(parsed.checksums.len(), 2);
        assert_eq!(parsed.checksums["http://h/one.iso"].hex, hex);
        assert_eq!(
            parsed.checksums["http://h/two.iso"].algorithm,
            crate::engine::Algorithm::Sha256
        );
        assert_eq!(parsed.problems.len(), 1, "{:?}", parsed.problems);
        assert!(parsed.problems[0].reason.contains("checksum=sha-256=HEX"));
    }

    #[test]
    fn links_without_a_scheme_or_with_a_space_are_explained() {
        let parsed = parse_links(
            "127.0.0.1:8081/m16.bin\nexample.com/file.iso\nhttp://exa mple.com/x.bin\n",
        );
        assert!(parsed.urls.is_empty(), "{:?}", parsed.urls);
        assert_eq!(parsed.problems.len(), 3, "{:?}", parsed.problems);
        assert!(
            parsed.problems[0]
                .reason
                .contains("http://127.0.0.1:8081/m16.bin")
        );
        assert!(parsed.problems[1].reason.contains("add http://"));
        assert_eq!(parsed.problems[2].text, "http://exa mple.com/x.bin");
        assert!(parsed.problems[2].reason.contains("spaces"));
        // Prose around real links stays prose.
        let prose = parse_links("see http://a.com/x.iso for details. Or http://nas/f.bin today.");
        assert_eq!(prose.urls.len(), 2);
        assert!(prose.problems.is_empty());
        let words = parse_links("note: this is 2:30 or a/b\nlocalhost:8080");
        assert_eq!(words.problems.len(), 1, "{:?}", words.problems);
    }

    fn urls(text: &str) -> Vec<String> {
        parse_links(text)
            .urls
            .iter()
            .map(|u| u.as_str().to_owned())
            .collect()
    }

    #[test]
    fn one_per_line_with_comments_and_blank_lines() {
        let text =
            "# my list\nhttp://a.example/1.iso\n\n   https://b.example/2.zip  \n#http://c/3\n";
        assert_eq!(
            urls(text),
            vec!["http://a.example/1.iso", "https://b.example/2.zip"]
        );
    }

    #[test]
    fn links_inside_prose_markdown_and_html() {
        let text = concat!(
            "Grab it from https://example.com/a.tar.gz. Or (see http://example.com/b.zip)!\n",
            "- [the docs](https://example.com/docs/c.pdf)\n",
            "<a href=\"https://example.com/d?x=1&amp;y=2\">d</a> <a href='http://example.com/e'>e</a>\n",
            "Wikipedia: https://en.wikipedia.org/wiki/Rust_(programming_language), nice.\n",
        );
        assert_eq!(
            urls(text),
            vec![
                "https://example.com/a.tar.gz",
                "http://example.com/b.zip",
                "https://example.com/docs/c.pdf",
                "https://example.com/d?x=1&y=2",
                "http://example.com/e",
                "https://en.wikipedia.org/wiki/Rust_(programming_language)",
            ]
        );
    }

    #[test]
    fn duplicates_dropped_order_kept() {
        let text = "http://x/2\nhttp://x/1\nhttp://x/2\nHTTP://X/1\n";
        assert_eq!(urls(text), vec!["http://x/2", "http://x/1"]);
    }

    #[test]
    fn csv_cells() {
        let text = "name,url\nfirst,https://x.example/1.bin\nsecond,\"https://x.example/2.bin\"\n";
        assert_eq!(
            urls(text),
            vec!["https://x.example/1.bin", "https://x.example/2.bin"]
        );
    }

    #[test]
    fn reports_bad_lines_and_keeps_good_ones() {
        let text = "http://good/1\nftp://files.example/x\nhttp://example.com:99999/x\nwww.example.com/f.zip\njust words\nhttps://good/2\n";
        let parsed = parse_links(text);
        assert_eq!(
            parsed.urls.iter().map(|u| u.as_str()).collect::<Vec<_>>(),
            vec!["http://good/1", "https://good/2"]
        );
        let lines: Vec<usize> = parsed.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![2, 3, 4]);
        assert!(
            parsed.problems[0]
                .reason
                .contains("ftp links are not supported")
        );
        assert!(parsed.problems[1].reason.contains("not a valid link"));
        assert!(parsed.problems[2].reason.contains("add http://"));
    }

    #[test]
    fn numeric_ranges_keep_padding() {
        let got = urls("http://h/file[001-003].jpg");
        assert_eq!(
            got,
            vec![
                "http://h/file001.jpg",
                "http://h/file002.jpg",
                "http://h/file003.jpg"
            ]
        );
        assert_eq!(urls("http://h/[8-11]").len(), 4);
        assert_eq!(urls("http://h/[8-11]")[3], "http://h/11");
        assert_eq!(
            urls("http://h/p[0-4:2]"),
            vec!["http://h/p0", "http://h/p2", "http://h/p4"]
        );
        assert_eq!(urls("http://h/[a-c].txt").len(), 3);
        // Two groups multiply.
        assert_eq!(urls("http://h/[1-3]/[01-10].png").len(), 30);
    }

    #[test]
    fn ranges_are_capped_and_brackets_elsewhere_left_alone() {
        let parsed = parse_links("http://h/[1-100000].bin\nhttp://h/[1-200]/[1-200]\n");
        assert!(parsed.urls.is_empty());
        assert_eq!(parsed.problems.len(), 2);
        assert!(parsed.problems[0].reason.contains("too many links"));
        assert_eq!(
            urls("http://[::1]:8080/a.bin"),
            vec!["http://[::1]:8080/a.bin"]
        );
        assert_eq!(urls("http://h/q?a[0]=1"), vec!["http://h/q?a[0]=1"]);
        let backwards = parse_links("http://h/[9-1]");
        assert!(backwards.problems[0].reason.contains("runs backwards"));
    }

    #[test]
    fn binary_garbage_does_not_panic() {
        let junk: String = (0u8..=255).map(char::from).cycle().take(5000).collect();
        let parsed = parse_links(&junk);
        assert!(parsed.urls.is_empty());
        let _ = parse_links("://\n:// x\nhttp://\n[1-2]://");
    }
}
