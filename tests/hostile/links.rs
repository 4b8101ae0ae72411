//! Pasted or dropped text, link-list files and aria2-style `[001-999]` patterns.

use std::time::Duration;

use haul::links::{MAX_EXPANSION, MAX_LINKS, expand_ranges, parse_links};
use proptest::prelude::*;

use super::{config, tricky_text, within};

const LINK_PIECES: &[&str] = &[
    "http://",
    "https://",
    "ftp://",
    "example.com",
    "127.0.0.1:8080",
    "[::1]",
    "/f",
    ".iso",
    "[",
    "]",
    "-",
    ":",
    "001",
    "999",
    "a-z",
    "\n",
    "\r\n",
    " ",
    "\t",
    "#",
    "  checksum=sha-256=",
    " sha256:",
    "%",
    "%zz",
    "?",
    "&",
    "<a href=\"",
    "\">",
    "\"",
    "'",
    "\u{202e}",
    "\u{0}",
    "é",
    "文件",
];

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_gives_links_or_reasons_quickly(text in tricky_text(LINK_PIECES, 300)) {
        let parsed = within(Duration::from_secs(2), "parse_links", || parse_links(&text));
        prop_assert!(parsed.urls.len() <= MAX_LINKS);
        for url in &parsed.urls {
            prop_assert!(matches!(url.scheme(), "http" | "https"), "{url}");
        }
        for problem in &parsed.problems {
            prop_assert!(!problem.reason.is_empty());
            prop_assert!(problem.text.chars().count() <= 200, "{:?}", problem.text);
        }
    }

    #[test]
    fn arbitrary_bytes_read_as_a_link_list_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let text = String::from_utf8_lossy(&bytes);
        let parsed = within(Duration::from_secs(2), "parse_links", || parse_links(&text));
        prop_assert!(parsed.urls.len() <= MAX_LINKS);
    }

    #[test]
    fn range_patterns_expand_to_at_most_the_cap(
        prefix in "[a-z/]{0,8}",
        groups in proptest::collection::vec((0u64..100_000, 0u64..100_000, 1u64..50, 0usize..8), 0..6),
    ) {
        let mut link = format!("http://h/{prefix}");
        for (a, b, step, zeros) in &groups {
            let first = format!("{}{a}", "0".repeat(*zeros));
            link.push_str(&format!("f[{first}-{b}:{step}]x"));
        }
        let expanded = within(Duration::from_secs(2), "expand_ranges", || expand_ranges(&link));
        match expanded {
            Ok(links) => prop_assert!(links.len() <= MAX_EXPANSION),
            Err(reason) => prop_assert!(!reason.to_string().is_empty()),
        }
    }
}

#[test]
fn huge_ranges_are_refused_in_words_without_building_them() {
    let wide = "0".repeat(100_000);
    let many_groups = "[1-9999]".repeat(1_000);
    let cases = [
        "http://h/f[1-99999999999].iso".to_owned(),
        format!("http://h/f[{wide}1-9999].iso"),
        format!("http://h/f{many_groups}.iso"),
        "http://h/[a-z][a-z][a-z][a-z].iso".to_owned(),
        "http://h/f[1-18446744073709551615].iso".to_owned(),
        "http://h/f[1-99999999999999999999999].iso".to_owned(),
    ];
    for link in cases {
        let shown: String = link.chars().take(60).collect();
        let result = within(Duration::from_secs(2), &shown, || expand_ranges(&link));
        let reason = result.expect_err(&shown);
        assert!(reason.to_string().contains("range"), "{shown}: {reason}");
        // The same in a pasted text: a reason, and the other links still found.
        let text = format!("{link}\nhttp://h/ok.iso\n");
        let parsed = within(Duration::from_secs(2), &shown, || parse_links(&text));
        assert_eq!(parsed.urls.len(), 1, "{shown}");
        assert_eq!(parsed.problems.len(), 1, "{shown}");
    }
}

#[test]
fn a_long_list_of_big_patterns_stays_within_the_link_cap() {
    let text = "http://h/f[0001-9999].bin\n".repeat(20);
    let parsed = within(Duration::from_secs(10), "20 patterns", || {
        parse_links(&text)
    });
    assert!(parsed.urls.len() <= MAX_LINKS);
}
