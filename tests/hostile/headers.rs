//! What servers send: `Content-Disposition` (and `filename*`), `Content-Range`, `Retry-After`,
//! checksum headers, sums files and sidecars, and the names taken from links.

use std::path::{Component, Path};
use std::time::Duration;

use haul::engine::checksum::{Checksum, headers, sums};
use haul::engine::files::naming;
use haul::engine::net::http::{ContentRange, ResponseHead, parse_content_range};
use proptest::prelude::*;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use super::{config, tricky_text, within};

const DISPOSITION_PIECES: &[&str] = &[
    "attachment",
    "inline",
    ";",
    " filename=",
    " filename*=",
    "UTF-8''",
    "utf-8'en'",
    "iso-8859-1''",
    "\"",
    "\\\"",
    "%",
    "%2F",
    "%00",
    "%E6%96%87",
    "%C3",
    "..",
    "/",
    "\\",
    "C:",
    "CON",
    "nul.txt",
    ".",
    " ",
    "\u{202e}",
    "\u{7}",
    "name.iso",
];

const SUMS_PIECES: &[&str] = &[
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "d41d8cd98f00b204e9800998ecf8427e",
    "SHA256 (",
    "MD5 (",
    ") = ",
    "  ",
    " *",
    "\n",
    "\r\n",
    "#",
    "-----BEGIN PGP SIGNED MESSAGE-----",
    "f.iso",
    "./f.iso",
    "(",
    ")",
];

/// A file name Haul may create: a bare name, inside the folder, of bounded length.
fn assert_safe_name(name: &str) -> Result<(), TestCaseError> {
    prop_assert!(!name.is_empty());
    prop_assert!(name.len() <= 255, "{} bytes", name.len());
    prop_assert!(!name.contains(['/', '\\', '\0']), "{name:?}");
    prop_assert!(!name.chars().any(char::is_control), "{name:?}");
    prop_assert!(name != "." && name != "..", "{name:?}");
    let components: Vec<_> = Path::new(name).components().collect();
    prop_assert!(
        matches!(components.as_slice(), [Component::Normal(_)]),
        "{name:?}"
    );
    Ok(())
}

fn head_with(name: &str, value: &[u8]) -> Option<ResponseHead> {
    let mut headers = HeaderMap::new();
    headers.insert(
        HeaderName::from_bytes(name.as_bytes()).ok()?,
        HeaderValue::from_bytes(value).ok()?,
    );
    Some(ResponseHead {
        status: 200,
        reason: "OK".into(),
        final_url: url::Url::parse("http://127.0.0.1/f").ok()?,
        headers,
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn content_disposition_gives_a_safe_name_or_none(value in tricky_text(DISPOSITION_PIECES, 60)) {
        let name = within(Duration::from_secs(1), "content disposition", || {
            naming::name_from_content_disposition(&value)
        });
        if let Some(name) = name {
            assert_safe_name(&name)?;
        }
    }

    #[test]
    fn any_link_path_gives_a_safe_name(path in tricky_text(DISPOSITION_PIECES, 40)) {
        if let Ok(url) = url::Url::parse(&format!("http://127.0.0.1/{path}")) {
            if let Some(name) = naming::name_from_url(&url) {
                assert_safe_name(&name)?;
            }
        }
        assert_safe_name(&naming::sanitize(&path))?;
    }

    #[test]
    fn content_range_is_consistent_or_refused(value in tricky_text(&["bytes", " ", "*", "/", "-", "0", "18446744073709551615", "99999999999999999999"], 12)) {
        match parse_content_range(&value) {
            Some(ContentRange::Bytes { first, last, total }) => {
                prop_assert!(first <= last);
                if let Some(total) = total {
                    prop_assert!(last < total);
                }
            }
            Some(ContentRange::Unsatisfied { .. }) | None => {}
        }
    }

    #[test]
    fn retry_after_is_a_bounded_wait_or_nothing(
        value in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..64),
            "[0-9]{1,12}".prop_map(String::into_bytes),
        ]
    ) {
        if let Some(head) = head_with("retry-after", &value) {
            let asked = within(Duration::from_secs(1), "retry-after", || head.retry_after());
            // Whatever the server asks, the wait Haul takes stays within its longest delay.
            let policy = haul::engine::net::retry::RetryPolicy::default();
            for attempt in [1, 2, 10] {
                let wait = policy.delay(attempt, asked);
                prop_assert!(wait <= policy.max_delay, "{:?} waits {:?}", String::from_utf8_lossy(&value), wait);
            }
            // Plain seconds are read as they are written.
            if let Ok(text) = std::str::from_utf8(&value)
                && let Ok(secs) = text.trim().parse::<u32>()
            {
                prop_assert_eq!(asked, Some(Duration::from_secs(u64::from(secs))));
            }
        }
    }

    #[test]
    fn checksum_headers_never_panic(
        name in proptest::sample::select(vec!["repr-digest", "digest", "x-checksum-sha256", "x-checksum-sha1", "x-goog-hash", "content-md5"]),
        value in tricky_text(&["sha-256=", "sha-512=", "md5=", "crc32c=", ":", ",", "=", "=="], 30),
    ) {
        if let Some(head) = head_with(name, value.as_bytes()) {
            for expected in headers::from_headers(&head.headers) {
                let hex = &expected.checksum.hex;
                prop_assert_eq!(hex.len(), expected.checksum.algorithm.hex_len());
            }
        }
    }

    #[test]
    fn sums_files_and_typed_checksums_never_panic(
        text in tricky_text(SUMS_PIECES, 80),
        bare_ok in any::<bool>(),
    ) {
        let found = within(Duration::from_secs(1), "sums file", || sums::find(&text, "f.iso", bare_ok));
        if let Some(found) = found {
            prop_assert_eq!(found.hex.len(), found.algorithm.hex_len());
        }
        if let Some(typed) = Checksum::parse(&text) {
            prop_assert_eq!(typed.hex.len(), typed.algorithm.hex_len());
        }
    }
}

#[test]
fn a_huge_retry_after_waits_no_longer_than_the_longest_retry_delay() {
    let policy = haul::engine::net::retry::RetryPolicy::default();
    for value in [&b"999999999999999999"[..], b"Fri, 31 Dec 9999 23:59:59 GMT"] {
        let head = head_with("retry-after", value).expect("head");
        let wait = policy.delay(2, head.retry_after());
        assert!(wait <= policy.max_delay, "{wait:?}");
    }
}

#[test]
fn names_with_wide_characters_before_the_extension_are_split_safely() {
    // Found by the property above: a multi-byte character four bytes before a dot.
    for raw in ["nul.txt文a.attachment", "文.gz", "a文.tar.gz", "ß.tar"] {
        assert_safe_name(&naming::sanitize(raw)).expect(raw);
        let _ = naming::numbered(&naming::sanitize(raw), 3);
    }
}
