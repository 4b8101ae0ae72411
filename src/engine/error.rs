//! Why a transfer attempt failed, and whether trying again could help.
//!
//! This is the engine's own error type, used inside a transfer and in logs; what a row records
//! is the typed [`Reason`](crate::engine::reason::Reason) made from it.

use std::io;
use std::time::Duration;

use thiserror::Error;

/// Why Haul did not follow a redirect.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum RedirectRefusal {
    /// To a link that is not http or https.
    #[error("the server redirected to an unsupported {0} link")]
    Scheme(String),
    /// Too many in a row.
    #[error("more than {0} redirects")]
    TooMany(usize),
    /// Back to a link already visited.
    #[error("the server redirects in a loop")]
    Loop,
    /// From https down to plain http.
    #[error("refused a redirect from https to insecure http")]
    ToInsecure,
    /// The HTTP library refused it (its words).
    #[error("{0}")]
    Other(String),
}

/// What Haul found wrong with a transfer, by kind (the words are chosen at the edge, in the
/// user's language; these are for the log).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, Error)]
#[serde(rename_all = "snake_case")]
pub enum TransferProblem {
    /// Not one connection could be opened, and none said why.
    #[error("no connection could be opened")]
    NoConnection,
    /// The only connection closed before the file was complete, without a word.
    #[error("the connection closed")]
    ConnectionClosed,
    /// The server sent more bytes than it announced.
    #[error("the server sent more data than it announced")]
    MoreThanAnnounced,
    /// The first answer came without a body.
    #[error("a response without a body")]
    NoBody,
    /// Bytes arrived with no partial file to take them (a fault of Haul's own).
    #[error("no partial file")]
    NoPartialFile,
}

/// What went wrong with a server's login (HTTP 401).
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, thiserror::Error, serde::Serialize, serde::Deserialize,
)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum LoginProblem {
    /// The server wants a login and none is known for it.
    #[error("the server wants a login")]
    Wanted {
        /// What it calls the protected place, if it said.
        realm: Option<String>,
    },
    /// The server did not take the login given.
    #[error("the server did not accept the login")]
    Refused {
        /// What it calls the protected place, if it said.
        realm: Option<String>,
    },
}

/// What went wrong with a proxy (see `net::proxy`).
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, thiserror::Error, serde::Serialize, serde::Deserialize,
)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum ProxyProblem {
    /// The proxy given is not an address at all.
    #[error("'{text}' is not a proxy address")]
    NotAnAddress {
        /// What was given.
        text: String,
    },
    /// A scheme no proxy of Haul's speaks (`ftp://`, a PAC file's address, ...).
    #[error("proxies of the scheme '{scheme}' are not supported")]
    UnsupportedScheme {
        /// The scheme.
        scheme: String,
    },
    /// The proxy could not be reached, or could not reach the server.
    #[error("the proxy could not be used: {detail}")]
    Unreachable {
        /// What the system or the proxy said.
        detail: String,
    },
    /// The proxy wants a login and none was given.
    #[error("the proxy wants a login")]
    LoginWanted,
    /// The proxy did not take the login given.
    #[error("the proxy refused the login")]
    LoginRefused,
}

/// What made a server's answer senseless for what was asked (the rules of RFC 9110 that keep
/// a download from splicing two versions of a file; see `worker::verdict`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum AnswerOddity {
    /// A partial answer (206) without a usable `Content-Range`.
    #[error("a partial response without a valid Content-Range")]
    NoContentRange,
    /// A partial answer to a request for the whole file, from another byte than the first.
    #[error("a partial response we did not ask for")]
    UnaskedPartial,
    /// A success status other than 200 and 206.
    #[error("unexpected status {code}")]
    UnexpectedStatus {
        /// The status code.
        code: u16,
    },
}

/// Why a secure connection failed, as far as a user can act on it. Named from the TLS
/// library's typed errors, never from its messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TlsProblem {
    /// This computer has no trusted certificate authorities (no ca-certificates).
    NoTrustedRoots,
    /// The certificate is not signed by an authority this computer trusts.
    UnknownIssuer,
    /// The certificate has expired.
    Expired,
    /// The certificate is not valid yet (often a wrong clock).
    NotValidYet,
    /// The certificate is for another host name.
    WrongHost,
    /// The certificate was revoked.
    Revoked,
    /// The certificate's signature does not match.
    BadSignature,
    /// Another problem with the certificate.
    OtherCertificate,
    /// The handshake failed for another reason.
    #[default]
    Handshake,
}

/// A failed transfer attempt.
#[derive(Debug, Error)]
pub enum TransferError {
    /// The server answered with an error status.
    #[error("server said {code} {reason}")]
    Status {
        /// HTTP status code.
        code: u16,
        /// Its reason phrase.
        reason: String,
        /// How long the server asked us to wait (Retry-After), if it did.
        retry_after: Option<Duration>,
    },
    /// Could not reach the server.
    #[error("could not connect: {0}")]
    Connect(String),
    /// The server wants a login, or did not take the one given.
    #[error("{host}: {problem}")]
    Login {
        /// The server's host.
        host: String,
        /// What went wrong.
        problem: LoginProblem,
    },
    /// Not a failure: the server asked for a login Haul can answer (Digest); ask again.
    #[error("answering the server's login challenge")]
    Challenged,
    /// The proxy the download goes through failed.
    #[error("proxy {proxy}: {problem}")]
    Proxy {
        /// The proxy, without its login (empty when it is not an address).
        proxy: String,
        /// What went wrong.
        problem: ProxyProblem,
    },
    /// No data arrived for the stall timeout.
    #[error("the server stopped sending data for {0} s")]
    Stalled(u64),
    /// The connection broke during the transfer.
    #[error("connection lost: {0}")]
    Network(String),
    /// The body ended before the length the server announced.
    #[error("connection closed after {received} of {expected} bytes")]
    Truncated {
        /// Bytes of the file we have.
        received: u64,
        /// Bytes the server said the file has.
        expected: u64,
    },
    /// A redirect we refuse to follow (loop, too many, https to http, other scheme).
    #[error("{0}")]
    Redirect(RedirectRefusal),
    /// The certificate could not be verified or TLS failed.
    #[error("secure connection failed: {detail}")]
    Tls {
        /// What kind of problem.
        problem: TlsProblem,
        /// What the TLS library said.
        detail: String,
        /// The SHA-256 of the certificate refused (hex), so the user may choose to trust it.
        fingerprint: Option<String>,
    },
    /// The server answered something that makes no sense for what we asked.
    #[error("the server sent an invalid response: {0}")]
    Protocol(AnswerOddity),
    /// Something Haul found wrong with the transfer itself, named by kind.
    #[error("{0}")]
    Problem(TransferProblem),
    /// The server's answer is not valid HTTP (hyper could not parse it).
    #[error("the server's answer is not valid HTTP ({0})")]
    NotHttp(String),
    /// The server's copy of the file changed; the download must start over.
    #[error("the file changed on the server")]
    Changed,
    /// The disk has no room left.
    #[error("the disk is full")]
    DiskFull,
    /// Reading or writing a local file failed.
    #[error("could not {} {path}: {source}", if *writing { "write" } else { "read" })]
    Disk {
        /// The file involved.
        path: String,
        /// The underlying error.
        source: io::Error,
        /// True when writing failed, false when reading did.
        writing: bool,
    },
    /// The finished file does not have the checksum the user asked for.
    #[error("checksum mismatch: expected SHA-256 {expected}, got {actual}")]
    Checksum {
        /// What the user gave.
        expected: String,
        /// What the file hashes to.
        actual: String,
    },
    /// The server sent a web page (a sign-in or error page) for a link whose name promises a
    /// file of another kind.
    #[error("the server sent a web page instead of {name}")]
    WebPage {
        /// The page's media type, when the server named it.
        content_type: Option<String>,
        /// The page's size, when announced.
        bytes: Option<u64>,
        /// The name the file would have had.
        name: String,
    },
    /// A browser's link redirected to another host: to be followed without its headers.
    #[error("the link led to another host")]
    LeftHost(url::Url),
    /// Not a failure: the answer is a video playlist, to be saved as a stream.
    #[error("the link is a video stream")]
    IsAStream,
    /// Not a failure: the answer is a `.torrent` file, to be fetched as a torrent.
    #[error("the link is a torrent")]
    IsATorrent,
    /// A stream could not be saved, for this reason.
    #[error("{0}")]
    Stream(crate::engine::stream_problem::StreamProblem),
    /// A new link for a partial file gives another file.
    #[error("the new link gives a different file")]
    NotSameFile {
        /// The size of the file the partial belongs to.
        ours: Option<u64>,
        /// The size the new link gives.
        theirs: Option<u64>,
    },
    /// The user paused, cancelled or removed the download, or Haul is quitting.
    #[error("stopped")]
    Stopped,
    /// Not a failure: another Haul is writing this download's partial file; wait for it.
    #[error("another Haul is downloading this file")]
    OwnedElsewhere,
    /// Not a failure: a partial file of this download turned up; start the attempt over and
    /// continue it.
    #[error("found an unfinished copy to continue")]
    FoundPartial,
    /// Not a failure: the same file from the same link is already there.
    #[error("already downloaded")]
    AlreadyDone,
}

impl TransferError {
    /// True when waiting and trying again may succeed.
    pub fn is_transient(&self) -> bool {
        match self {
            TransferError::Status { code, .. } => {
                matches!(code, 408 | 425 | 429 | 500 | 502 | 503 | 504) || *code >= 520
            }
            TransferError::Connect(_)
            | TransferError::Stalled(_)
            | TransferError::Network(_)
            | TransferError::Truncated { .. }
            | TransferError::Proxy {
                problem: ProxyProblem::Unreachable { .. },
                ..
            }
            | TransferError::Problem(
                TransferProblem::NoConnection | TransferProblem::ConnectionClosed,
            ) => true,
            TransferError::Redirect(_)
            | TransferError::Login { .. }
            | TransferError::Challenged
            | TransferError::Proxy { .. }
            | TransferError::Tls { .. }
            | TransferError::Protocol(_)
            | TransferError::Problem(_)
            | TransferError::NotHttp(_)
            | TransferError::Changed
            | TransferError::DiskFull
            | TransferError::Disk { .. }
            | TransferError::Checksum { .. }
            | TransferError::NotSameFile { .. }
            | TransferError::WebPage { .. }
            | TransferError::LeftHost(_)
            | TransferError::Stream(_)
            | TransferError::IsAStream
            | TransferError::IsATorrent
            | TransferError::Stopped
            | TransferError::OwnedElsewhere
            | TransferError::FoundPartial
            | TransferError::AlreadyDone => false,
        }
    }

    /// True when a connection broke off while the server was sending (not a stall, not a
    /// refusal): after real progress it is worth picking up again at once.
    pub fn broke_off(&self) -> bool {
        matches!(
            self,
            TransferError::Network(_)
                | TransferError::Truncated { .. }
                | TransferError::Problem(TransferProblem::ConnectionClosed)
        )
    }

    /// The wait the server asked for, if any.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            TransferError::Status { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// Wraps an error from writing a local file, recognising a full disk.
    pub fn disk(path: &std::path::Path, source: io::Error) -> Self {
        if is_disk_full(&source) {
            TransferError::DiskFull
        } else {
            TransferError::Disk {
                path: path.display().to_string(),
                source,
                writing: true,
            }
        }
    }

    /// Wraps an error from reading a local file.
    pub fn disk_read(path: &std::path::Path, source: io::Error) -> Self {
        TransferError::Disk {
            path: path.display().to_string(),
            source,
            writing: false,
        }
    }
}

/// True for "no space left" and "quota exceeded" errors.
pub fn is_disk_full(err: &io::Error) -> bool {
    if err.kind() == io::ErrorKind::StorageFull || err.kind() == io::ErrorKind::QuotaExceeded {
        return true;
    }
    #[cfg(unix)]
    if matches!(err.raw_os_error(), Some(libc::ENOSPC) | Some(libc::EDQUOT)) {
        return true;
    }
    false
}

/// Why a download could not be added.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum AddError {
    /// Only http and https links can be downloaded.
    #[error("only http and https links are supported, not {0}")]
    UnsupportedScheme(String),
    /// The link has no host.
    #[error("the link has no host")]
    NoHost,
    /// The checksum is not 64 hexadecimal digits.
    #[error("a SHA-256 checksum is 64 hexadecimal digits")]
    BadChecksum,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_statuses() {
        let status = |code| TransferError::Status {
            code,
            reason: String::new(),
            retry_after: None,
        };
        assert!(status(503).is_transient());
        assert!(status(429).is_transient());
        assert!(!status(404).is_transient());
        assert!(!status(410).is_transient());
        assert!(!status(403).is_transient());
    }

    #[test]
    fn recognises_full_disk() {
        let err = io::Error::from_raw_os_error(libc::ENOSPC);
        assert!(matches!(
            TransferError::disk(std::path::Path::new("x"), err),
            TransferError::DiskFull
        ));
        assert_eq!(TransferError::DiskFull.to_string(), "the disk is full");
    }
}
