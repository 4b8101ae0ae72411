//! Messages from other programs: native-messaging frames and messages from the browser, the
//! single-window socket's lines, and drag-and-drop payloads in every type X11 offers.

use std::io::Cursor;
use std::time::Duration;

use haul::app::xdnd::payload::{self, DragType};
use haul::browser::{framing, host};
use haul::instance::protocol::{self, BrowserDownload};
use proptest::prelude::*;

use super::{config, tricky_text, within};

const JSON_PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\"v\"",
    "1",
    "2",
    "-1",
    "1e999",
    "null",
    "true",
    "\"type\"",
    "\"download\"",
    "\"ping\"",
    "\"open\"",
    "\"browser\"",
    "\"downloads\"",
    "\"links\"",
    "\"url\"",
    "\"http://127.0.0.1/f.iso\"",
    "\"javascript:alert(1)\"",
    "\"cookie\"",
    "\"a\\r\\nX-Evil: 1\"",
    "\"referer\"",
    "\"file_name\"",
    "\"../../etc/passwd\"",
    "\"ask\"",
    "\"cwd\"",
    "\\u0000",
];

/// A browser download whose fields are anything at all.
fn any_download() -> impl Strategy<Value = BrowserDownload> {
    let text = || tricky_text(JSON_PIECES, 8);
    (
        text(),
        proptest::option::of(text()),
        proptest::option::of(text()),
        proptest::option::of(text()),
        proptest::option::of(text()),
    )
        .prop_map(
            |(url, referer, user_agent, cookie, file_name)| BrowserDownload {
                url,
                referer,
                user_agent,
                cookie,
                file_name,
            },
        )
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn native_messaging_frames_are_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let mut input = Cursor::new(bytes);
        // Read every message the stream holds; each read consumes or refuses, never hangs.
        for _ in 0..64 {
            match within(Duration::from_secs(1), "frame", || framing::read_message(&mut input)) {
                Ok(Some(message)) => prop_assert!(message.len() <= framing::MAX_INCOMING),
                Ok(None) => break,
                Err(err) => {
                    prop_assert!(!err.to_string().is_empty());
                    break;
                }
            }
        }
    }

    #[test]
    fn browser_messages_are_answered_in_words(message in tricky_text(JSON_PIECES, 60)) {
        let mut delivered = 0;
        let answer = within(Duration::from_secs(1), "answer", || {
            host::answer(message.as_bytes(), &mut |_| {
                delivered += 1;
                Ok(())
            })
        });
        if answer.ok {
            prop_assert!(answer.error.is_none());
        } else {
            prop_assert!(answer.error.as_deref().is_some_and(|e| !e.is_empty()));
            prop_assert_eq!(delivered, 0, "nothing handed over from a refused message");
        }
    }

    #[test]
    fn browser_downloads_that_pass_are_safe_to_use(download in any_download()) {
        if let Ok(url) = download.validate() {
            prop_assert!(matches!(url.scheme(), "http" | "https"));
            for value in [&download.referer, &download.user_agent, &download.cookie].into_iter().flatten() {
                prop_assert!(!value.contains(['\r', '\n', '\0']), "{value:?}");
            }
        }
    }

    #[test]
    fn socket_lines_are_parsed_or_refused(line in tricky_text(JSON_PIECES, 80)) {
        match within(Duration::from_secs(1), "socket line", || protocol::Request::parse(line.as_bytes())) {
            Ok(request) => {
                // What was taken can be written back and read again the same.
                let again = protocol::Request::parse(request.to_line().trim_end().as_bytes());
                prop_assert_eq!(again.ok(), Some(request));
            }
            Err(err) => prop_assert!(!err.to_string().is_empty()),
        }
    }

    #[test]
    fn socket_lines_of_random_bytes_are_refused(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let parsed = within(Duration::from_secs(1), "socket bytes", || protocol::Request::parse(&bytes));
        match parsed {
            // Bytes that happen to make a request are one that reads back the same...
            Ok(request) => {
                prop_assert!(std::str::from_utf8(&bytes).is_ok(), "taken from bytes that are not text");
                let again = protocol::Request::parse(request.to_line().trim_end().as_bytes());
                prop_assert_eq!(again.ok(), Some(request));
            }
            // ...and anything else is refused with words.
            Err(err) => prop_assert!(!err.to_string().is_empty()),
        }
    }

    #[test]
    fn drag_payloads_of_any_type_decode(
        kind in proptest::sample::select(DragType::PREFERENCE.to_vec()),
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        text in tricky_text(&["file:///tmp/", "http://127.0.0.1/a.iso", "\r\n", "<a href=\"", "\">", "#", "%20", "%zz", "\u{0}"], 40),
        truncated in any::<bool>(),
        as_text in any::<bool>(),
    ) {
        let input = if as_text { text.into_bytes() } else { bytes };
        let data = within(Duration::from_secs(1), "drag payload", || payload::decode(kind, &input, truncated));
        prop_assert!(data.text.len() <= input.len() * 4 + 16, "text grew from {} to {}", input.len(), data.text.len());
        prop_assert!(data.files.len() <= input.len());
        prop_assert!(data.problems.iter().all(|p| !p.is_empty()));
        if truncated {
            prop_assert!(!data.problems.is_empty(), "a cut payload is reported");
        }
    }
}

#[test]
fn an_oversized_frame_is_refused_without_reading_it() {
    let mut input = Cursor::new(u32::MAX.to_ne_bytes().to_vec());
    let err = framing::read_message(&mut input).expect_err("too large");
    assert!(err.to_string().contains("too large"), "{err}");
}

#[test]
fn an_oversized_socket_line_is_refused() {
    let line = vec![b' '; protocol::MAX_MESSAGE_BYTES + 1];
    let err = protocol::Request::parse(&line).expect_err("too large");
    assert!(!err.to_string().is_empty());
}

#[test]
fn a_uri_list_starting_with_a_wide_character_is_read() {
    // Found by the property above: the window crashed on such a drop.
    let data = payload::decode(
        DragType::UriList,
        "ßé:x\nhttp://127.0.0.1/a.iso\n".as_bytes(),
        false,
    );
    assert!(data.text.contains("http://127.0.0.1/a.iso"), "{data:?}");
}
