//! Why a download failed, paused, waits or is slow: typed values the engine records and saves,
//! turned into words only where they meet a person (`crate::describe`), so the window can offer
//! the action that fits (retry, free space, change the link) and no sentence is rebuilt while a
//! download runs.

use serde::{Deserialize, Serialize};

use crate::engine::error::{
    AnswerOddity, LoginProblem, ProxyProblem, TlsProblem, TransferError, TransferProblem,
};

/// Why a download stopped or waits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// The server answered with an error status (404, 503, ...).
    HttpStatus {
        /// The status code.
        code: u16,
        /// Its reason phrase.
        phrase: String,
    },
    /// The server could not be reached (refused, no route, unknown host).
    ConnectFailed {
        /// What the system said.
        detail: String,
    },
    /// No data arrived for the stall timeout.
    Stalled {
        /// The timeout in seconds.
        secs: u64,
    },
    /// The connection broke during the transfer.
    ConnectionLost {
        /// What the system said.
        detail: String,
    },
    /// The body ended before the announced length.
    Truncated {
        /// Bytes of the file we have.
        received: u64,
        /// Bytes the server announced.
        expected: u64,
    },
    /// A redirect Haul refuses to follow (loop, too many, https to http, other scheme).
    RedirectRefused {
        /// Which rule it broke.
        detail: String,
    },
    /// The secure connection failed (certificate not trusted, handshake).
    Tls {
        /// What kind of problem (missing from lists saved before it was named).
        #[serde(default)]
        problem: TlsProblem,
        /// What TLS said.
        detail: String,
        /// The SHA-256 of the certificate refused (hex), when one was.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fingerprint: Option<String>,
    },
    /// Something Haul found wrong with the transfer, by kind.
    Transfer {
        /// What.
        problem: TransferProblem,
    },
    /// The server wants a login, or did not take the one given.
    Login {
        /// The server's host.
        host: String,
        /// What went wrong.
        problem: LoginProblem,
    },
    /// The proxy the download goes through failed.
    Proxy {
        /// The proxy, without its login (empty when it is not an address).
        proxy: String,
        /// What went wrong.
        problem: ProxyProblem,
    },
    /// A stream could not be saved.
    Stream {
        /// Why.
        problem: crate::engine::stream_problem::StreamProblem,
    },
    /// The server's answer makes no sense for what was asked.
    OddAnswer {
        /// What was wrong with it.
        oddity: AnswerOddity,
    },
    /// The same, as lists saved before the answer's oddity was typed recorded it (an English
    /// phrase); read only.
    InvalidAnswer {
        /// What was wrong with it.
        detail: String,
    },
    /// The server's answer is not HTTP at all (a header with raw control bytes, say).
    NotHttp {
        /// What the HTTP parser said.
        detail: String,
    },
    /// The file changed on the server again and again.
    KeepsChanging,
    /// The disk is full.
    DiskFull {
        /// Bytes the download still needs, when known.
        needed_bytes: Option<u64>,
    },
    /// A local file could not be written or read.
    Disk {
        /// The file.
        path: String,
        /// What the system said.
        detail: String,
        /// True for writing, false for reading.
        writing: bool,
    },
    /// The finished file does not match the expected checksum.
    ChecksumMismatch {
        /// Which hash (for example "SHA-256").
        algorithm: String,
        /// The expected digest (hex).
        expected: String,
        /// The file's digest (hex).
        actual: String,
        /// Where the expected digest came from (absent in queues saved before sources).
        #[serde(default)]
        source: Option<crate::engine::checksum::Source>,
    },
    /// The download's new link gives another file than its partial file holds.
    NotTheSameFile {
        /// The partial's file size.
        ours: Option<u64>,
        /// The new link's file size.
        theirs: Option<u64>,
    },
    /// The server sent a web page (often a sign-in or error page) instead of the file.
    WebPage {
        /// The page's media type, when the server named it.
        content_type: Option<String>,
        /// The page's size, when announced.
        bytes: Option<u64>,
        /// The name the file would have had.
        name: String,
    },
    /// The server ended the download without sending a file.
    NoFile,
    /// Every name like this one is taken in the folder.
    NamesTaken {
        /// The wanted name.
        name: String,
        /// The folder.
        dir: String,
    },
    /// A background thread could not be started.
    NoThread {
        /// What the system said.
        detail: String,
    },
    /// The link's password was not kept across a restart.
    PasswordLost,
    /// Another Haul (a `haul get`, another window) is downloading the same file.
    OtherHaulDownloading,
    /// A reason saved by an older version, as it was written then.
    Text {
        /// The sentence.
        text: String,
    },
}

impl Reason {
    /// True when the server said the link does not lead to the file (any more): 401, 403, 404,
    /// 410, or a web page instead of the file. The window offers to change the link.
    pub fn link_may_be_wrong(&self) -> bool {
        matches!(
            self,
            Reason::HttpStatus {
                code: 401 | 403 | 404 | 410,
                ..
            } | Reason::WebPage { .. }
        )
    }

    /// True when more space on the disk would let it continue.
    pub fn is_disk_full(&self) -> bool {
        matches!(self, Reason::DiskFull { .. })
    }
}

impl From<&TransferError> for Reason {
    fn from(err: &TransferError) -> Self {
        match err {
            TransferError::Status { code, reason, .. } => Reason::HttpStatus {
                code: *code,
                phrase: reason.clone(),
            },
            TransferError::Connect(detail) => Reason::ConnectFailed {
                detail: detail.clone(),
            },
            TransferError::Stalled(secs) => Reason::Stalled { secs: *secs },
            TransferError::Stream(problem) => Reason::Stream {
                problem: problem.clone(),
            },
            TransferError::Network(detail) => Reason::ConnectionLost {
                detail: detail.clone(),
            },
            TransferError::Truncated { received, expected } => Reason::Truncated {
                received: *received,
                expected: *expected,
            },
            TransferError::Redirect(refusal) => Reason::RedirectRefused {
                detail: refusal.to_string(),
            },
            TransferError::Tls {
                problem,
                detail,
                fingerprint,
            } => Reason::Tls {
                problem: *problem,
                detail: detail.clone(),
                fingerprint: fingerprint.clone(),
            },
            TransferError::Login { host, problem } => Reason::Login {
                host: host.clone(),
                problem: problem.clone(),
            },
            TransferError::Proxy { proxy, problem } => Reason::Proxy {
                proxy: proxy.clone(),
                problem: problem.clone(),
            },
            TransferError::Protocol(oddity) => Reason::OddAnswer { oddity: *oddity },
            TransferError::Problem(problem) => Reason::Transfer { problem: *problem },
            TransferError::NotHttp(detail) => Reason::NotHttp {
                detail: detail.clone(),
            },
            TransferError::Changed => Reason::KeepsChanging,
            TransferError::DiskFull => Reason::DiskFull { needed_bytes: None },
            TransferError::Disk {
                path,
                source,
                writing,
            } => Reason::Disk {
                path: path.clone(),
                detail: source.to_string(),
                writing: *writing,
            },
            TransferError::Checksum { expected, actual } => Reason::ChecksumMismatch {
                algorithm: "SHA-256".into(),
                expected: expected.clone(),
                actual: actual.clone(),
                source: None,
            },
            TransferError::OwnedElsewhere => Reason::OtherHaulDownloading,
            TransferError::NotSameFile { ours, theirs } => Reason::NotTheSameFile {
                ours: *ours,
                theirs: *theirs,
            },
            TransferError::WebPage {
                content_type,
                bytes,
                name,
            } => Reason::WebPage {
                content_type: content_type.clone(),
                bytes: *bytes,
                name: name.clone(),
            },
            TransferError::Stopped
            | TransferError::FoundPartial
            | TransferError::AlreadyDone
            | TransferError::Challenged
            | TransferError::IsAStream
            | TransferError::IsATorrent
            | TransferError::LeftHost(_) => Reason::Text {
                text: err.to_string(),
            },
        }
    }
}

/// Why a running download is slower than it could be (shown beside its status).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeedNote {
    /// The server pushed back: Haul uses only this many connections to it for now.
    ServerAllows {
        /// Connections the server accepts.
        connections: usize,
    },
    /// The server does not answer ranges, so one connection fetches the whole file.
    NoParallel,
    /// A live stream is being recorded: it lasts until it ends or the user pauses it (which
    /// saves what was recorded).
    RecordingLive,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transfer_problem_is_kept_by_kind_and_read_back() {
        let reason = Reason::from(&TransferError::Problem(TransferProblem::ConnectionClosed));
        assert_eq!(
            reason,
            Reason::Transfer {
                problem: TransferProblem::ConnectionClosed
            }
        );
        let saved = serde_json::to_string(&reason).expect("saved");
        assert_eq!(
            saved,
            r#"{"kind":"transfer","problem":"connection_closed"}"#
        );
        assert_eq!(
            serde_json::from_str::<Reason>(&saved).expect("read"),
            reason
        );
        // An odd answer is saved typed, and read back as it was.
        let odd = Reason::from(&TransferError::Protocol(AnswerOddity::UnexpectedStatus {
            code: 204,
        }));
        let saved = serde_json::to_string(&odd).expect("saved");
        assert_eq!(
            saved,
            r#"{"kind":"odd_answer","oddity":{"unexpected_status":{"code":204}}}"#
        );
        assert_eq!(serde_json::from_str::<Reason>(&saved).expect("read"), odd);
        // Lists saved before it had a kind of its own still read.
        let old = r#"{"kind":"invalid_answer","detail":"a response without a body"}"#;
        assert!(matches!(
            serde_json::from_str::<Reason>(old),
            Ok(Reason::InvalidAnswer { .. })
        ));
        assert!(TransferError::Problem(TransferProblem::ConnectionClosed).is_transient());
        assert!(!TransferError::Problem(TransferProblem::NoBody).is_transient());
    }
}
