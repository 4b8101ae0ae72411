//! The hand-off protocol between a later `haul` launch and the running window.
//!
//! One JSON object per line each way over a Unix socket that only the same user can reach.
//! Version 1:
//!
//! ```text
//! -> {"v":1,"type":"open","links":["https://example.com/a.iso","list.txt"],"cwd":"/home/me"}
//! <- {"v":1,"ok":true}
//! <- {"v":1,"ok":false,"error":"message too large (more than 4 MiB)"}
//! ```
//!
//! `open` is what `haul [URL...]` sends: the window comes to the front and adds the links
//! exactly as a first launch would; `cwd` resolves relative link-list file names. `browser` is
//! what the native messaging host sends for downloads from the browser extension: each link
//! with the page it was on, the browser's User-Agent, its cookies for the link's host and the
//! file name the browser chose; `ask` opens the Add dialog with them instead of adding at once:
//!
//! ```text
//! -> {"v":1,"type":"browser","ask":false,"downloads":[{"url":"https://example.com/a.iso",
//!     "referer":"https://example.com/","user_agent":"Mozilla/5.0 ...","cookie":"id=1",
//!     "file_name":"a.iso"}]}
//! ``` Everything
//! that comes in is validated like any input from outside: the size of a line is capped,
//! unknown fields and versions are refused with a reason, and so are oversized lists.

use crate::i18n::t;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The protocol version this build speaks.
pub const VERSION: u32 = 1;
/// Longest message accepted, in bytes (one line).
pub const MAX_MESSAGE_BYTES: usize = 4 * 1024 * 1024;
/// Most links in one message.
pub const MAX_LINKS: usize = 100_000;
/// Longest single link (or file name) in a message.
pub const MAX_LINK_BYTES: usize = 64 * 1024;

/// What a later launch asks of the running window.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Request {
    /// Come to the front and add these links (or link-list files), as a first launch would.
    Open {
        /// Protocol version.
        v: u32,
        /// Links, text with links, or paths of link-list files.
        links: Vec<String>,
        /// The launching program's working folder, for relative file names.
        cwd: Option<PathBuf>,
    },
    /// Downloads from the browser extension (through the native messaging host).
    Browser {
        /// Protocol version.
        v: u32,
        /// Open the Add dialog with them (the user chooses) rather than adding at once.
        ask: bool,
        /// The downloads.
        downloads: Vec<BrowserDownload>,
    },
}

/// One download handed over by a browser.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrowserDownload {
    /// The link (http or https).
    pub url: String,
    /// The page it was on.
    #[serde(default)]
    pub referer: Option<String>,
    /// The browser's User-Agent.
    #[serde(default)]
    pub user_agent: Option<String>,
    /// The `Cookie` header for the link's host.
    #[serde(default)]
    pub cookie: Option<String>,
    /// The file name the browser chose.
    #[serde(default)]
    pub file_name: Option<String>,
}

/// Most downloads in one browser message.
pub const MAX_BROWSER_DOWNLOADS: usize = 10_000;
/// Longest header value (page, User-Agent) accepted from a browser.
pub const MAX_HEADER_BYTES: usize = 8 * 1024;

/// True for a magnet link that names a torrent by its hash (`xt=urn:btih:` or `urn:btmh:`).
fn names_a_torrent(url: &url::Url) -> bool {
    url.scheme() == "magnet"
        && url.query_pairs().any(|(name, value)| {
            name == "xt" && (value.starts_with("urn:btih:") || value.starts_with("urn:btmh:"))
        })
}

impl BrowserDownload {
    /// Checks one download: an http(s) link (or a magnet that names a torrent, from a click
    /// on it), and values short and free of line breaks (they become request headers).
    pub fn validate(&self) -> Result<url::Url, ProtocolError> {
        if self.url.len() > MAX_LINK_BYTES {
            return Err(ProtocolError::Invalid(format!(
                "a link is longer than {} KiB",
                MAX_LINK_BYTES / 1024
            )));
        }
        let url = url::Url::parse(&self.url).map_err(|err| {
            ProtocolError::Invalid(t!(
                "protocol-not-a-link",
                detail = err.to_string(),
                link = self.url.as_str()
            ))
        })?;
        if !matches!(url.scheme(), "http" | "https") && !names_a_torrent(&url) {
            return Err(ProtocolError::Invalid(t!(
                "link-scheme",
                scheme = url.scheme()
            )));
        }
        let fields = [
            ("referer", &self.referer, MAX_HEADER_BYTES),
            ("user_agent", &self.user_agent, MAX_HEADER_BYTES),
            (
                "cookie",
                &self.cookie,
                crate::engine::from_browser::MAX_COOKIE_BYTES,
            ),
            ("file_name", &self.file_name, MAX_HEADER_BYTES),
        ];
        for (name, value, cap) in fields {
            if let Some(value) = value {
                if value.len() > cap {
                    return Err(ProtocolError::Invalid(t!(
                        "protocol-field-too-long",
                        field = name
                    )));
                }
                if value.chars().any(char::is_control) {
                    return Err(ProtocolError::Invalid(t!(
                        "protocol-field-control",
                        field = name
                    )));
                }
            }
        }
        Ok(url)
    }
}

/// The window's answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// Protocol version.
    pub v: u32,
    /// True when the request was taken.
    pub ok: bool,
    /// Why it was not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl Reply {
    /// The request was taken.
    pub fn ok() -> Self {
        Self {
            v: VERSION,
            ok: true,
            error: None,
        }
    }

    /// The request was refused, for `reason`.
    pub fn refused(reason: &ProtocolError) -> Self {
        Self {
            v: VERSION,
            ok: false,
            error: Some(reason.to_string()),
        }
    }
}

/// Why a message was refused.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ProtocolError {
    /// Longer than [`MAX_MESSAGE_BYTES`].
    #[error("{}", t!("protocol-too-large", size = crate::format::bytes(MAX_MESSAGE_BYTES as u64)))]
    TooLarge,
    /// Not JSON of a known shape.
    #[error("{}", t!("protocol-malformed", detail = .0.as_str()))]
    Malformed(String),
    /// A version this build does not speak.
    #[error("{}", t!("protocol-version", version = *.0, ours = VERSION))]
    Version(u32),
    /// Too many links, or one too long.
    #[error("{0}")]
    Invalid(String),
}

impl Request {
    /// An `open` request of this version.
    pub fn open(links: Vec<String>, cwd: Option<PathBuf>) -> Self {
        Request::Open {
            v: VERSION,
            links,
            cwd,
        }
    }

    /// One line of JSON, newline included.
    pub fn to_line(&self) -> String {
        let mut line = serde_json::to_string(self).unwrap_or_default();
        line.push('\n');
        line
    }

    /// Reads and validates one message (without its newline).
    pub fn parse(line: &[u8]) -> Result<Self, ProtocolError> {
        if line.len() > MAX_MESSAGE_BYTES {
            return Err(ProtocolError::TooLarge);
        }
        // The version first, so a newer sender hears about the version rather than a field.
        let value: serde_json::Value = serde_json::from_slice(line)
            .map_err(|err| ProtocolError::Malformed(err.to_string()))?;
        match value.get("v").and_then(serde_json::Value::as_u64) {
            Some(v) if v == u64::from(VERSION) => {}
            Some(v) => return Err(ProtocolError::Version(u32::try_from(v).unwrap_or(u32::MAX))),
            None => return Err(ProtocolError::Malformed("no version (\"v\")".into())),
        }
        let request: Request = serde_json::from_value(value)
            .map_err(|err| ProtocolError::Malformed(err.to_string()))?;
        request.validate()?;
        Ok(request)
    }

    fn validate(&self) -> Result<(), ProtocolError> {
        match self {
            Request::Browser { downloads, .. } => {
                if downloads.len() > MAX_BROWSER_DOWNLOADS {
                    return Err(ProtocolError::Invalid(t!(
                        "protocol-too-many-downloads",
                        count = downloads.len(),
                        most = MAX_BROWSER_DOWNLOADS
                    )));
                }
                for download in downloads {
                    download.validate()?;
                }
                Ok(())
            }
            Request::Open { links, cwd, .. } => {
                if links.len() > MAX_LINKS {
                    return Err(ProtocolError::Invalid(t!(
                        "protocol-too-many-links",
                        count = links.len(),
                        most = MAX_LINKS
                    )));
                }
                if links.iter().any(|link| link.len() > MAX_LINK_BYTES) {
                    return Err(ProtocolError::Invalid(t!(
                        "protocol-link-too-long",
                        size = crate::format::bytes(MAX_LINK_BYTES as u64)
                    )));
                }
                if cwd.as_ref().is_some_and(|cwd| !cwd.is_absolute()) {
                    return Err(ProtocolError::Invalid(t!("protocol-relative-folder")));
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let request = Request::open(
            vec!["https://example.com/a.iso".into(), "list.txt".into()],
            Some(PathBuf::from("/home/me")),
        );
        let line = request.to_line();
        assert!(line.ends_with('\n') && !line[..line.len() - 1].contains('\n'));
        assert_eq!(Request::parse(line.trim_end().as_bytes()), Ok(request));
        let reply: Reply =
            serde_json::from_str(&serde_json::to_string(&Reply::ok()).expect("json"))
                .expect("reply");
        assert!(reply.ok);
    }

    #[test]
    fn refuses_what_it_does_not_know() {
        let parse = |text: &str| Request::parse(text.as_bytes());
        assert!(matches!(
            parse("not json"),
            Err(ProtocolError::Malformed(_))
        ));
        assert!(matches!(
            parse(r#"{"type":"open","links":[]}"#),
            Err(ProtocolError::Malformed(_))
        ));
        assert_eq!(
            parse(r#"{"v":2,"type":"open","links":[]}"#),
            Err(ProtocolError::Version(2))
        );
        assert!(matches!(
            parse(r#"{"v":1,"type":"delete_everything"}"#),
            Err(ProtocolError::Malformed(_))
        ));
        assert!(matches!(
            parse(r#"{"v":1,"type":"open","links":[],"cwd":null,"extra":1}"#),
            Err(ProtocolError::Malformed(_))
        ));
        assert!(matches!(
            parse(r#"{"v":1,"type":"open","links":["a"],"cwd":"relative/dir"}"#),
            Err(ProtocolError::Invalid(_))
        ));
        let long = format!(
            r#"{{"v":1,"type":"open","links":["{}"]}}"#,
            "x".repeat(MAX_LINK_BYTES + 1)
        );
        assert!(matches!(parse(&long), Err(ProtocolError::Invalid(_))));
        let huge = vec![b' '; MAX_MESSAGE_BYTES + 1];
        assert_eq!(Request::parse(&huge), Err(ProtocolError::TooLarge));
    }
}
