//! Judging the server's answers: pure functions from what was asked, what is known about the
//! file, and what came back, to what the download does next. The rules of RFC 9110 that keep a
//! download from ever splicing two versions of a file live here, each tested case by case.

use crate::engine::error::{AnswerOddity, TransferError};
use crate::engine::net::http::{ContentRange, ResponseHead};

/// What a request asked for: bytes from `from`, up to `until` (exclusive; `None`: to the end).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Asked {
    /// First byte asked for.
    pub from: u64,
    /// One past the last byte asked for, when bounded.
    pub until: Option<u64>,
}

/// What the download knows about the file before the answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Known<'a> {
    /// Bytes already written.
    pub done: u64,
    /// The size the control file recorded for this version.
    pub total: Option<u64>,
    /// The ETag recorded for this version.
    pub etag: Option<&'a str>,
}

/// What the first answer of an attempt means.
#[derive(Debug)]
pub(super) enum FirstAnswer {
    /// The whole file from byte 0 (a 200): anything kept is from another version.
    Whole {
        /// Its size, when announced.
        total: Option<u64>,
    },
    /// Exactly the range asked for, of the same file.
    Range {
        /// The file's size, when announced.
        total: Option<u64>,
    },
    /// Nothing is missing: the server's length equals what is on disk (a 416).
    Complete {
        /// The file's size.
        total: u64,
    },
    /// The server's file is not the one the partial holds: start over.
    Changed,
    /// The server refused or failed (its status); retry or fail by its rules.
    Refused(TransferError),
    /// An answer that makes no sense for what was asked.
    Invalid(AnswerOddity),
}

/// Judges the first answer of an attempt.
pub(super) fn judge_first(asked: Asked, known: Known<'_>, head: &ResponseHead) -> FirstAnswer {
    match head.status {
        200 => FirstAnswer::Whole {
            total: head.content_length(),
        },
        206 => {
            let Some((first, total)) = byte_range(head) else {
                return FirstAnswer::Invalid(AnswerOddity::NoContentRange);
            };
            if first != asked.from {
                return if asked.from == 0 {
                    FirstAnswer::Invalid(AnswerOddity::UnaskedPartial)
                } else {
                    FirstAnswer::Changed
                };
            }
            let fresh = asked.from == 0 && known.done == 0;
            if !fresh && known.total.is_some() && total != known.total {
                return FirstAnswer::Changed;
            }
            FirstAnswer::Range { total }
        }
        416 => {
            if asked.from == 0 {
                // An empty file has no byte 0 to send: RFC 9110 servers (Go's net/http,
                // Caddy) answer a range of it with 416 and `*/0`. Nothing is missing.
                return match head.content_range() {
                    Some(ContentRange::Unsatisfied { total: 0 })
                        if known.done == 0 && known.total.is_none_or(|t| t == 0) =>
                    {
                        FirstAnswer::Complete { total: 0 }
                    }
                    _ => FirstAnswer::Refused(head.error()),
                };
            }
            match head.content_range() {
                Some(ContentRange::Unsatisfied { total })
                    if total == asked.from
                        && known.total.is_none_or(|recorded| recorded == total)
                        && known.done == total =>
                {
                    FirstAnswer::Complete { total }
                }
                _ => FirstAnswer::Changed,
            }
        }
        code if (200..300).contains(&code) => {
            FirstAnswer::Invalid(AnswerOddity::UnexpectedStatus { code })
        }
        _ => FirstAnswer::Refused(head.error()),
    }
}

/// A 206's first byte and the file's size, from its `Content-Range`.
fn byte_range(head: &ResponseHead) -> Option<(u64, Option<u64>)> {
    match head.content_range() {
        Some(ContentRange::Bytes { first, total, .. }) => Some((first, total)),
        _ => None,
    }
}

/// What the answer to a further piece of a segmented download means.
#[derive(Debug)]
pub(super) enum PieceAnswer {
    /// The asked bytes of the same file: take them.
    Take,
    /// The file changed (or the server stopped honouring ranges): start over.
    Changed,
    /// The server refused or failed; this connection stops, the others go on.
    Refused(TransferError),
    /// An answer that makes no sense for what was asked.
    Invalid(AnswerOddity),
}

/// Judges the answer to a piece: it must continue the same file exactly where asked.
pub(super) fn judge_piece(asked: Asked, known: Known<'_>, head: &ResponseHead) -> PieceAnswer {
    match head.status {
        206 => {
            let Some((first, total)) = byte_range(head) else {
                return PieceAnswer::Invalid(AnswerOddity::NoContentRange);
            };
            let etag = head.etag();
            let etag_changed =
                matches!((known.etag, etag.as_deref()), (Some(a), Some(b)) if a != b);
            if first != asked.from || total != known.total || etag_changed {
                PieceAnswer::Changed
            } else {
                PieceAnswer::Take
            }
        }
        // If-Range did not match (or the server stopped honouring ranges).
        200 => PieceAnswer::Changed,
        _ => PieceAnswer::Refused(head.error()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

    fn head(status: u16, headers: &[(&str, &str)]) -> ResponseHead {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.insert(
                HeaderName::from_bytes(name.as_bytes()).expect("name"),
                HeaderValue::from_str(value).expect("value"),
            );
        }
        ResponseHead {
            status,
            reason: String::new(),
            final_url: url::Url::parse("http://h/f").expect("url"),
            headers: map,
        }
    }

    fn asked(from: u64) -> Asked {
        Asked { from, until: None }
    }

    #[test]
    fn first_answers() {
        let fresh = Known::default();
        let resuming = Known {
            done: 500,
            total: Some(1000),
            etag: Some("\"v1\""),
        };
        let cases: Vec<(Asked, Known<'_>, ResponseHead, &str)> = vec![
            (
                asked(0),
                fresh,
                head(200, &[("content-length", "1000")]),
                "Whole(Some(1000))",
            ),
            (asked(500), resuming, head(200, &[]), "Whole(None)"),
            (
                asked(0),
                fresh,
                head(206, &[("content-range", "bytes 0-999/1000")]),
                "Range(Some(1000))",
            ),
            (
                asked(500),
                resuming,
                head(206, &[("content-range", "bytes 500-999/1000")]),
                "Range(Some(1000))",
            ),
            (
                asked(500),
                resuming,
                head(206, &[("content-range", "bytes 500-1199/1200")]),
                "Changed",
            ),
            (
                asked(500),
                resuming,
                head(206, &[("content-range", "bytes 0-999/1000")]),
                "Changed",
            ),
            (
                asked(0),
                fresh,
                head(206, &[("content-range", "bytes 10-999/1000")]),
                "Invalid",
            ),
            (asked(0), fresh, head(206, &[]), "Invalid"),
            (
                asked(1000),
                Known {
                    done: 1000,
                    ..resuming
                },
                head(416, &[("content-range", "bytes */1000")]),
                "Complete(1000)",
            ),
            (
                asked(500),
                resuming,
                head(416, &[("content-range", "bytes */400")]),
                "Changed",
            ),
            (asked(0), fresh, head(416, &[]), "Refused(416)"),
            (
                asked(0),
                fresh,
                head(416, &[("content-range", "bytes */0")]),
                "Complete(0)",
            ),
            (
                asked(0),
                fresh,
                head(416, &[("content-range", "bytes */1000")]),
                "Refused(416)",
            ),
            (asked(0), fresh, head(204, &[]), "Invalid"),
            (asked(0), fresh, head(404, &[]), "Refused(404)"),
            (
                asked(500),
                resuming,
                head(503, &[("retry-after", "3")]),
                "Refused(503)",
            ),
        ];
        for (asked, known, head, expected) in cases {
            let got = match judge_first(asked, known, &head) {
                FirstAnswer::Whole { total } => format!("Whole({total:?})"),
                FirstAnswer::Range { total } => format!("Range({total:?})"),
                FirstAnswer::Complete { total } => format!("Complete({total})"),
                FirstAnswer::Changed => "Changed".into(),
                FirstAnswer::Refused(TransferError::Status { code, .. }) => {
                    format!("Refused({code})")
                }
                FirstAnswer::Refused(other) => format!("Refused({other})"),
                FirstAnswer::Invalid(_) => "Invalid".into(),
            };
            assert_eq!(got, expected, "{} for {asked:?}", head.status);
        }
    }

    #[test]
    fn piece_answers() {
        let known = Known {
            done: 0,
            total: Some(1000),
            etag: Some("\"v1\""),
        };
        let piece = |status, headers: &[(&str, &str)]| match judge_piece(
            Asked {
                from: 400,
                until: Some(600),
            },
            known,
            &head(status, headers),
        ) {
            PieceAnswer::Take => "Take".to_owned(),
            PieceAnswer::Changed => "Changed".into(),
            PieceAnswer::Refused(err) => format!("Refused: {err}"),
            PieceAnswer::Invalid(_) => "Invalid".into(),
        };
        assert_eq!(
            piece(206, &[("content-range", "bytes 400-599/1000")]),
            "Take"
        );
        assert_eq!(
            piece(
                206,
                &[("content-range", "bytes 400-599/1000"), ("etag", "\"v2\"")]
            ),
            "Changed"
        );
        assert_eq!(
            piece(206, &[("content-range", "bytes 401-599/1000")]),
            "Changed"
        );
        assert_eq!(
            piece(206, &[("content-range", "bytes 400-599/2000")]),
            "Changed"
        );
        assert_eq!(piece(206, &[]), "Invalid");
        assert_eq!(piece(200, &[]), "Changed");
        assert!(piece(429, &[]).starts_with("Refused: server said 429"));
    }
}
