//! The native messaging host: what `haul` does when a browser starts it for the extension.
//!
//! Each message is validated (its size, known fields only, http and https links, header
//! values without line breaks) and the downloads are handed to the running window over its
//! socket; when no window runs, one is started and waited for. The answer says whether Haul
//! took them, or why not, so the extension can leave a download to the browser. Nothing but
//! framed answers is ever written to stdout.

use std::io::{self, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::framing::{self, FramingError};
use crate::instance::protocol::{BrowserDownload, MAX_BROWSER_DOWNLOADS, Request, VERSION};
use crate::instance::{self, InstanceError};
use crate::paths::Paths;

/// How long to try a window that may be running.
const TRY_RUNNING: Duration = Duration::from_millis(500);
/// How long a window that was just started may take to listen.
const WAIT_FOR_START: Duration = Duration::from_secs(20);

/// A message from the extension.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Incoming {
    /// Is Haul there? (the options page asks)
    Ping,
    /// Downloads for Haul.
    Download {
        /// Open the Add dialog with them instead of adding at once.
        #[serde(default)]
        ask: bool,
        /// The downloads.
        downloads: Vec<BrowserDownload>,
    },
}

/// The answer to the extension.
#[derive(Debug, PartialEq, Serialize)]
pub struct Answer {
    /// True when Haul took the message.
    pub ok: bool,
    /// Haul's version (for the options page).
    pub version: &'static str,
    /// Why it did not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl Answer {
    fn ok() -> Self {
        Self {
            ok: true,
            version: env!("CARGO_PKG_VERSION"),
            error: None,
        }
    }

    fn refused(error: impl Into<String>) -> Self {
        Self {
            ok: false,
            version: env!("CARGO_PKG_VERSION"),
            error: Some(error.into()),
        }
    }
}

/// Serves the browser until it closes the pipe; the exit status.
pub fn run(paths: &Paths) -> u8 {
    let mut input = io::stdin().lock();
    let mut output = io::stdout().lock();
    loop {
        let answer = match framing::read_message(&mut input) {
            Ok(None) => return 0,
            Ok(Some(message)) => answer(&message, &mut |request| deliver(paths, request)),
            Err(FramingError::Io(err)) => {
                log::warn!("native messaging: {err}");
                return 1;
            }
            // The stream is out of step now: say why, once, and stop.
            Err(err) => {
                let _ = send(&mut output, &Answer::refused(err.to_string()));
                return 1;
            }
        };
        if send(&mut output, &answer).is_err() {
            return 1;
        }
    }
}

/// Why a request did not reach a window.
#[derive(Debug, thiserror::Error)]
pub enum NotDelivered {
    /// The running window refused it (its own reason).
    #[error("{0}")]
    Refused(String),
    /// No window ran, and none could be started.
    #[error("could not start Haul's window: {0}")]
    NoWindow(io::Error),
    /// The window that was started ended at once (no desktop session, say).
    #[error("Haul's window could not open ({0}); is a desktop session running?")]
    WindowEnded(std::process::ExitStatus),
    /// A window was there or started, but did not answer.
    #[error("Haul's window did not answer: {0}")]
    NoAnswer(InstanceError),
}

/// The answer to one message; `deliver` hands a valid request to the window.
pub fn answer(
    message: &[u8],
    deliver: &mut dyn FnMut(&Request) -> Result<(), NotDelivered>,
) -> Answer {
    let incoming: Incoming = match serde_json::from_slice(message) {
        Ok(incoming) => incoming,
        Err(err) => return Answer::refused(format!("not a message Haul knows: {err}")),
    };
    match incoming {
        Incoming::Ping => Answer::ok(),
        Incoming::Download { ask, downloads } => {
            if downloads.is_empty() {
                return Answer::refused("no downloads in the message");
            }
            if downloads.len() > MAX_BROWSER_DOWNLOADS {
                return Answer::refused(format!(
                    "too many downloads ({}; at most {MAX_BROWSER_DOWNLOADS})",
                    downloads.len()
                ));
            }
            if let Some(err) = downloads.iter().find_map(|d| d.validate().err()) {
                return Answer::refused(err.to_string());
            }
            let request = Request::Browser {
                v: VERSION,
                ask,
                downloads,
            };
            match deliver(&request) {
                Ok(()) => Answer::ok(),
                Err(err) => Answer::refused(err.to_string()),
            }
        }
    }
}

/// Hands `request` to the running window, starting one when none runs.
fn deliver(paths: &Paths, request: &Request) -> Result<(), NotDelivered> {
    match instance::hand_off(paths, request, TRY_RUNNING) {
        Ok(()) => return Ok(()),
        Err(InstanceError::Refused(reason)) => return Err(NotDelivered::Refused(reason)),
        Err(_) => {}
    }
    let mut window = start_window().map_err(NotDelivered::NoWindow)?;
    // A window that could not open (no desktop session, say) ends at once with an error: say
    // so now, so the browser takes the download back without waiting. One that ends well
    // handed over to a window started just before it, which is then waited for.
    let mut ended = None;
    let handed = instance::hand_off_while(paths, request, WAIT_FOR_START, &mut || match window
        .try_wait()
    {
        Ok(Some(status)) if !status.success() => {
            ended = Some(status);
            false
        }
        _ => true,
    });
    handed.map_err(|err| match ended {
        Some(status) => NotDelivered::WindowEnded(status),
        None => NotDelivered::NoAnswer(err),
    })
}

/// Starts Haul's window on its own, so it outlives this host (browsers end their hosts).
fn start_window() -> io::Result<std::process::Child> {
    use std::os::unix::process::CommandExt;
    let binary = std::env::current_exe()?;
    Command::new(binary)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
}

fn send(output: &mut impl Write, answer: &Answer) -> Result<(), FramingError> {
    let bytes =
        serde_json::to_vec(answer).map_err(|err| FramingError::Io(io::Error::other(err)))?;
    framing::write_message(output, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(message: &str) -> (Answer, Vec<Request>) {
        let mut delivered = Vec::new();
        let answer = answer(message.as_bytes(), &mut |request| {
            delivered.push(request.clone());
            Ok(())
        });
        (answer, delivered)
    }

    #[test]
    fn valid_downloads_reach_the_window() {
        let (answer, delivered) = ask(
            r#"{"type":"download","ask":false,"downloads":[{"url":"https://example.com/a.iso",
            "referer":"https://example.com/","user_agent":"Mozilla/5.0","cookie":"id=1",
            "file_name":"a.iso"}]}"#,
        );
        assert!(answer.ok, "{answer:?}");
        let [Request::Browser { downloads, ask, .. }] = delivered.as_slice() else {
            panic!("one browser request: {delivered:?}");
        };
        assert!(!ask);
        assert_eq!(downloads[0].cookie.as_deref(), Some("id=1"));
        assert!(ask_ping().ok);
    }

    #[test]
    fn a_clicked_magnet_reaches_the_window_and_a_hashless_one_does_not() {
        let (answer, delivered) = ask(
            r#"{"type":"download","ask":false,"downloads":[{"url":"magnet:?xt=urn:btih:cab507494d02ebb1178b38f2e9d7be299c86b862&dn=x","referer":"https://example.com/"}]}"#,
        );
        assert!(answer.ok, "{answer:?}");
        assert_eq!(delivered.len(), 1);
        let (answer, delivered) =
            ask(r#"{"type":"download","downloads":[{"url":"magnet:?dn=nothing"}]}"#);
        assert!(!answer.ok && delivered.is_empty());
    }

    fn ask_ping() -> Answer {
        ask(r#"{"type":"ping"}"#).0
    }

    #[test]
    fn anything_else_is_refused_with_a_reason() {
        for (message, says) in [
            ("not json", "not a message"),
            (r#"{"type":"format_disk"}"#, "not a message"),
            (
                r#"{"type":"download","downloads":[{"url":"https://a/x","extra":1}]}"#,
                "not a message",
            ),
            (
                r#"{"type":"download","downloads":[{"url":"file:///etc/passwd"}]}"#,
                "only http and https",
            ),
            (
                r#"{"type":"download","downloads":[{"url":"https://a/x","cookie":"a=1\r\nX-Evil: 1"}]}"#,
                "control characters",
            ),
            (r#"{"type":"download","downloads":[]}"#, "no downloads"),
        ] {
            let (answer, delivered) = ask(message);
            assert!(!answer.ok && delivered.is_empty(), "{message}");
            let error = answer.error.unwrap_or_default();
            assert!(error.contains(says), "{message}: {error}");
        }
        let mut failing = |_: &Request| Err(NotDelivered::Refused("the window said no".to_owned()));
        let refused = super::answer(
            br#"{"type":"download","downloads":[{"url":"https://a/x"}]}"#,
            &mut failing,
        );
        assert_eq!(refused.error.as_deref(), Some("the window said no"));
    }
}
