//! Words for the engine's typed states: a row's status, why it failed or waits, why it is slow.
//! One place, so the window and `haul get` say exactly the same thing, and the engine never
//! builds sentences while it works.

use fluent_bundle::FluentValue;

use crate::engine::error::TlsProblem;
use crate::engine::{Notice, Reason, SavedFile, SpeedNote, Status};
use crate::format;
use crate::i18n::{tr, tr_args};

/// A status as a row or the command line shows it.
pub fn status(status: &Status) -> String {
    let reason = |text: String| [("reason", FluentValue::from(text))];
    match status {
        Status::Queued => tr("row-waiting"),
        Status::Connecting => tr("row-connecting"),
        Status::Downloading => tr("row-downloading"),
        Status::Saving => tr("row-saving"),
        Status::FindingChecksum => tr("row-finding-checksum"),
        Status::Verifying { percent } => {
            tr_args("row-verifying", &[("percent", u64::from(*percent).into())])
        }
        Status::WaitingFor { reason: why } => {
            tr_args("row-waiting-for", &reason(describe_reason(why)))
        }
        Status::Retrying {
            in_secs,
            reason: why,
            ..
        } => tr_args(
            "row-retrying",
            &[
                ("seconds", (*in_secs).into()),
                ("reason", describe_reason(why).into()),
            ],
        ),
        Status::Paused { reason: None } => tr("row-paused"),
        Status::Paused { reason: Some(why) } => {
            tr_args("row-paused-because", &reason(paused_because(why)))
        }
        Status::Finished => tr("row-finished"),
        Status::Failed { reason: why } => tr_args("row-failed", &reason(describe_reason(why))),
        Status::Cancelled => tr("row-cancelled"),
    }
}

/// A failed secure connection in words, the kind of problem first (a row shows only its
/// start): the certificate problems people meet by name, the TLS library's words for the rest.
fn describe_tls(problem: TlsProblem, detail: &str) -> String {
    match problem {
        TlsProblem::NoTrustedRoots => {
            "no trusted certificate authorities on this computer (is ca-certificates installed?)"
                .to_owned()
        }
        TlsProblem::UnknownIssuer => {
            "untrusted certificate (not signed by an authority this computer trusts)".to_owned()
        }
        TlsProblem::Expired => "expired certificate".to_owned(),
        TlsProblem::NotValidYet => {
            "certificate not valid yet (is this computer's clock right?)".to_owned()
        }
        TlsProblem::WrongHost => "certificate for another host name".to_owned(),
        TlsProblem::Revoked => "revoked certificate".to_owned(),
        TlsProblem::BadSignature => "certificate with a signature that does not match".to_owned(),
        TlsProblem::OtherCertificate => format!("certificate not accepted: {detail}"),
        TlsProblem::Handshake => format!("secure connection failed: {detail}"),
    }
}

/// Why a download failed or waits, as a phrase that follows "Failed: " or "Retrying: ".
pub fn describe_reason(reason: &Reason) -> String {
    match reason {
        Reason::HttpStatus { code, phrase } => {
            format!("server said {code} {phrase}").trim_end().to_owned()
        }
        Reason::ConnectFailed { detail } => format!("could not connect: {detail}"),
        Reason::Stalled { secs } => format!("the server stopped sending data for {secs} s"),
        Reason::ConnectionLost { detail } => format!("connection lost: {detail}"),
        Reason::Truncated { received, expected } => {
            format!("connection closed after {received} of {expected} bytes")
        }
        Reason::RedirectRefused { detail } => detail.clone(),
        Reason::Tls { problem, detail } => describe_tls(*problem, detail),
        Reason::InvalidAnswer { detail } => {
            format!("the server sent an invalid response: {detail}")
        }
        Reason::NotHttp { detail } => format!("the server's answer is not valid HTTP ({detail})"),
        Reason::KeepsChanging => "the file keeps changing on the server".to_owned(),
        Reason::DiskFull {
            needed_bytes: Some(needed),
        } => format!(
            "the disk is full; {} more is needed",
            format::bytes(*needed)
        ),
        Reason::DiskFull { needed_bytes: None } => "the disk is full".to_owned(),
        Reason::Disk {
            path,
            detail,
            writing,
        } => {
            let verb = if *writing { "write" } else { "read" };
            format!("could not {verb} {path}: {detail}")
        }
        Reason::ChecksumMismatch {
            algorithm,
            source: Some(source),
            ..
        } => format!("damaged: {algorithm} does not match the one in {source}")
            .replace("the one in the one given", "the one given"),
        Reason::ChecksumMismatch {
            algorithm,
            expected,
            actual,
            source: None,
        } => format!("damaged: {algorithm} is {actual}, not {expected}"),
        Reason::NotTheSameFile {
            ours: Some(ours),
            theirs: Some(theirs),
        } if ours != theirs => {
            let (mut new, mut old) = (format::bytes(*theirs), format::bytes(*ours));
            if new == old {
                // Close sizes read the same rounded: say them exactly.
                (new, old) = (format!("{theirs} bytes"), format!("{ours} bytes"));
            }
            format!("the new link gives a different file: {new} instead of {old}")
        }
        Reason::NotTheSameFile { .. } => {
            "the new link gives a different file (its bytes differ)".to_owned()
        }
        Reason::WebPage {
            content_type,
            bytes,
            name,
        } => {
            let about: Vec<String> = content_type
                .iter()
                .cloned()
                .chain(bytes.map(format::bytes))
                .collect();
            let about = if about.is_empty() {
                String::new()
            } else {
                format!(" ({})", about.join(", "))
            };
            format!(
                "the server sent a web page{about} instead of {name}: often a sign-in or \
                 error page"
            )
        }
        Reason::NoFile => "the server sent no file".to_owned(),
        Reason::NamesTaken { name, dir } => format!("every name like {name} is taken in {dir}"),
        Reason::NoThread { detail } => format!("could not start a worker thread: {detail}"),
        Reason::PasswordLost => "the link's password was not kept; add the link again".to_owned(),
        Reason::OtherHaulDownloading => "another Haul is downloading this file".to_owned(),
        Reason::Text { text } => text.clone(),
    }
}

/// Why Haul paused a download, with what the user can do about it.
fn paused_because(reason: &Reason) -> String {
    match reason {
        Reason::DiskFull { .. } => {
            format!("{}; free some space, then resume", describe_reason(reason))
        }
        other => describe_reason(other),
    }
}

/// Why a running download is slower than it could be.
pub fn speed_note(note: SpeedNote) -> String {
    match note {
        SpeedNote::ServerAllows { connections: 1 } => "the server allows 1 connection".to_owned(),
        SpeedNote::ServerAllows { connections } => {
            format!("the server allows {connections} connections")
        }
        SpeedNote::NoParallel => "the server does not support parallel connections".to_owned(),
    }
}

/// A notice from the engine, in words.
pub fn notice(notice: &Notice) -> String {
    match notice {
        Notice::QueueDone { queue } => format!("Every download in {queue} is done."),
        Notice::AllDone => "Every download is done.".to_owned(),
        Notice::SavedFileUnreadable {
            file,
            path,
            problem,
            kept_as,
        } => {
            let what = match file {
                SavedFile::DownloadList => "download list",
                SavedFile::Passwords => "saved passwords",
            };
            match kept_as {
                Ok(aside) => format!(
                    "The saved {what} could not be read ({problem}). It was kept as {} and Haul \
                     started without it.",
                    aside.display()
                ),
                Err(err) => format!(
                    "The saved {what} could not be read ({problem}) or moved aside ({err}): {}",
                    path.display()
                ),
            }
        }
        Notice::SavedLinkInvalid { url, problem } => {
            format!("A saved download was dropped because its link is invalid ({problem}): {url}")
        }
        Notice::ListNotSaved { path, problem } => format!(
            "The download list could not be saved ({problem}): {}",
            path.display()
        ),
        Notice::StartedOverInPlace { target } => format!(
            "{} came from another link and is another file than this one, so it starts over in \
             place.",
            target.display()
        ),
        Notice::ControlUnreadable { part, kept_as } => format!(
            "The record of the unfinished download {} could not be read, so it was kept as {}; \
             the partial file's bytes are compared with the server before any is used.",
            part.display(),
            kept_as.display()
        ),
        Notice::PartialSetAside { part, kept_as } => format!(
            "An unfinished download at {} did not match the server's file, so it was kept as {} \
             and the download starts over.",
            part.display(),
            kept_as.display()
        ),
    }
}

/// Why a waiting download of a closed queue waits: when its queue opens next.
pub fn scheduled(queue: &crate::engine::QueueView, now_unix: u64) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    match queue.next_start {
        _ if queue.config.schedule.is_none() => "Waiting: the speed schedule pauses now".to_owned(),
        Some(next) => {
            let minute = next.minute_of_day();
            let time = format!("{:02}:{:02}", minute / 60, minute % 60);
            if next.unix <= now_unix + 20 * 3600 {
                format!("Scheduled: starts at {time}")
            } else {
                format!(
                    "Scheduled: starts {} {time}",
                    DAYS[usize::from(next.weekday % 7)]
                )
            }
        }
        None => "Scheduled: its one-time window has passed".to_owned(),
    }
}

/// Why a download uses more connections than it started with.
pub fn connections_added(added: crate::engine::ConnectionsAdded) -> String {
    format!(
        "{} -> {} connections: the server limits each one to {}",
        added.from,
        added.to,
        crate::format::speed(added.each)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_as_before() {
        let failed = Status::Failed {
            reason: Reason::HttpStatus {
                code: 404,
                phrase: "Not Found".into(),
            },
        };
        assert_eq!(status(&failed), "Failed: server said 404 Not Found");
        let full = Status::Paused {
            reason: Some(Reason::DiskFull {
                needed_bytes: Some(12 * 1024 * 1024),
            }),
        };
        assert_eq!(
            status(&full),
            "Paused: the disk is full; 12.0 MiB more is needed; free some space, then resume"
        );
        let waiting = Status::WaitingFor {
            reason: Reason::OtherHaulDownloading,
        };
        assert_eq!(
            status(&waiting),
            "Waiting: another Haul is downloading this file"
        );
        assert_eq!(
            speed_note(SpeedNote::ServerAllows { connections: 2 }),
            "the server allows 2 connections"
        );
    }
}
