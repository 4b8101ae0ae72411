//! Words for the engine's typed states: a row's status, why it failed or waits, why it is slow.
//! One place, so the window and `haul get` say exactly the same thing, and the engine never
//! builds sentences while it works.

use crate::engine::checksum::Source;
use crate::engine::error::{AnswerOddity, LoginProblem, ProxyProblem, TlsProblem, TransferProblem};
use crate::engine::{AddError, EngineError, Notice, Reason, SavedFile, SpeedNote, Status};
use crate::format;
use crate::i18n::t;

/// A status as a row or the command line shows it.
pub fn status(status: &Status) -> String {
    match status {
        Status::Queued => t!("row-waiting"),
        Status::Connecting => t!("row-connecting"),
        Status::Downloading => t!("row-downloading"),
        Status::Saving => t!("row-saving"),
        Status::FindingChecksum => t!("row-finding-checksum"),
        Status::Verifying { percent } => t!("row-verifying", percent = *percent),
        Status::WaitingFor { reason } => t!("row-waiting-for", reason = describe_reason(reason)),
        Status::Retrying {
            in_secs, reason, ..
        } => t!(
            "row-retrying",
            seconds = *in_secs,
            reason = describe_reason(reason)
        ),
        Status::Paused { reason: None } => t!("row-paused"),
        Status::Paused {
            reason: Some(reason),
        } => t!("row-paused-because", reason = paused_because(reason)),
        Status::Finished => t!("row-finished"),
        Status::Failed { reason } => t!("row-failed", reason = describe_reason(reason)),
        Status::Cancelled => t!("row-cancelled"),
    }
}

/// A finished torrent's seeding: how far it is toward its goal.
pub fn seeding(seeding: &crate::engine::state::Seeding) -> String {
    let ratio = format!("{:.2}", seeding.ratio());
    match (seeding.goal.ratio_goal(), seeding.goal.secs) {
        (Some(goal), _) => t!("row-seeding", ratio = ratio, goal = format!("{goal:.1}")),
        (None, Some(secs)) => t!(
            "row-seeding-for",
            ratio = ratio,
            left = format::duration(secs.saturating_sub(seeding.secs))
        ),
        (None, None) => t!("row-seeding-until-stopped", ratio = ratio),
    }
}

/// A failed secure connection in words, the kind of problem first (a row shows only its
/// start): the certificate problems people meet by name, the TLS library's words for the rest.
fn describe_tls(problem: TlsProblem, detail: &str) -> String {
    match problem {
        TlsProblem::NoTrustedRoots => t!("tls-no-roots"),
        TlsProblem::UnknownIssuer => t!("tls-unknown-issuer"),
        TlsProblem::Expired => t!("tls-expired"),
        TlsProblem::NotValidYet => t!("tls-not-valid-yet"),
        TlsProblem::WrongHost => t!("tls-wrong-host"),
        TlsProblem::Revoked => t!("tls-revoked"),
        TlsProblem::BadSignature => t!("tls-bad-signature"),
        TlsProblem::OtherCertificate => t!("tls-other-certificate", detail = detail),
        TlsProblem::Handshake => t!("tls-handshake", detail = detail),
    }
}

/// Why a stream could not be saved.
pub fn describe_stream(problem: &crate::engine::stream_problem::StreamProblem) -> String {
    use crate::engine::stream_problem::StreamProblem;
    match problem {
        StreamProblem::NotAPlaylist => t!("stream-not-a-playlist"),
        StreamProblem::Empty => t!("stream-empty"),
        StreamProblem::LiveDash => t!("stream-live-dash"),
        StreamProblem::NoYtDlp => t!("stream-no-yt-dlp"),
        StreamProblem::TorrentFailed { said } => t!("torrent-failed", said = said.as_str()),
        StreamProblem::YtDlpFailed { said } => t!("stream-yt-dlp-failed", said = said.as_str()),
        StreamProblem::Protected { method } => t!("stream-protected", method = method.as_str()),
        StreamProblem::BadKey => t!("stream-bad-key"),
        StreamProblem::NeedsFfmpeg { kept } => t!("stream-needs-ffmpeg", kept = kept.as_str()),
        StreamProblem::JoinFailed { detail } => t!("stream-join-failed", detail = detail.as_str()),
    }
}

/// Why a download failed or waits, as a phrase that follows "Failed: " or "Retrying: ".
pub fn describe_reason(reason: &Reason) -> String {
    match reason {
        Reason::HttpStatus { code, phrase } => t!(
            "reason-http-status",
            code = u64::from(*code),
            phrase = phrase.as_str()
        )
        .trim_end()
        .to_owned(),
        Reason::ConnectFailed { detail } => t!("reason-connect-failed", detail = detail.as_str()),
        Reason::Stalled { secs } => t!("reason-stalled", seconds = *secs),
        Reason::ConnectionLost { detail } => {
            t!("reason-connection-lost", detail = detail.as_str())
        }
        Reason::Truncated { received, expected } => t!(
            "reason-truncated",
            received = format::integer(*received),
            expected = format::integer(*expected)
        ),
        Reason::RedirectRefused { detail } => detail.clone(),
        Reason::Tls {
            problem, detail, ..
        } => describe_tls(*problem, detail),
        Reason::Transfer { problem } => match problem {
            TransferProblem::NoConnection => t!("reason-no-connection"),
            TransferProblem::ConnectionClosed => t!("reason-connection-closed"),
            TransferProblem::MoreThanAnnounced => t!("reason-more-than-announced"),
            TransferProblem::NoBody => t!("reason-no-body"),
            TransferProblem::NoPartialFile => t!("reason-no-partial-file"),
        },
        Reason::Proxy { proxy, problem } => describe_proxy(proxy, problem),
        Reason::Stream { problem } => describe_stream(problem),
        Reason::Login { host, problem } => match problem {
            LoginProblem::Wanted { realm: Some(realm) } => {
                t!(
                    "login-wanted-for",
                    host = host.as_str(),
                    realm = realm.as_str()
                )
            }
            LoginProblem::Wanted { realm: None } => t!("login-wanted", host = host.as_str()),
            LoginProblem::Refused { .. } => t!("login-refused", host = host.as_str()),
        },
        Reason::OddAnswer { oddity } => match oddity {
            AnswerOddity::NoContentRange => t!("reason-no-content-range"),
            AnswerOddity::UnaskedPartial => t!("reason-unasked-partial"),
            AnswerOddity::UnexpectedStatus { code } => {
                t!("reason-unexpected-status", code = code.to_string())
            }
        },
        Reason::InvalidAnswer { detail } => {
            t!("reason-invalid-answer", detail = detail.as_str())
        }
        Reason::NotHttp { detail } => t!("reason-not-http", detail = detail.as_str()),
        Reason::KeepsChanging => t!("reason-keeps-changing"),
        Reason::DiskFull {
            needed_bytes: Some(needed),
        } => t!("reason-disk-full-needs", size = format::bytes(*needed)),
        Reason::DiskFull { needed_bytes: None } => t!("reason-disk-full"),
        Reason::Disk {
            path,
            detail,
            writing: true,
        } => t!(
            "reason-disk-write",
            path = path.as_str(),
            detail = detail.as_str()
        ),
        Reason::Disk {
            path,
            detail,
            writing: false,
        } => t!(
            "reason-disk-read",
            path = path.as_str(),
            detail = detail.as_str()
        ),
        Reason::ChecksumMismatch {
            algorithm,
            source: Some(source),
            ..
        } => {
            let (kind, name) = source_kind(source);
            t!(
                "reason-checksum-source",
                algorithm = algorithm.as_str(),
                kind = kind,
                name = name
            )
        }
        Reason::ChecksumMismatch {
            algorithm,
            expected,
            actual,
            source: None,
        } => t!(
            "reason-checksum-values",
            algorithm = algorithm.as_str(),
            expected = expected.as_str(),
            actual = actual.as_str()
        ),
        Reason::NotTheSameFile {
            ours: Some(ours),
            theirs: Some(theirs),
        } if ours != theirs => {
            let (mut new, mut old) = (format::bytes(*theirs), format::bytes(*ours));
            if new == old {
                // Close sizes read the same rounded: say them exactly.
                (new, old) = (
                    t!("size-exact", bytes = format::integer(*theirs)),
                    t!("size-exact", bytes = format::integer(*ours)),
                );
            }
            t!("reason-other-file-sizes", new = new, old = old)
        }
        Reason::NotTheSameFile { .. } => t!("reason-other-file"),
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
            if about.is_empty() {
                t!("reason-web-page", name = name.as_str())
            } else {
                t!(
                    "reason-web-page-about",
                    name = name.as_str(),
                    about = about.join(", ")
                )
            }
        }
        Reason::NoFile => t!("reason-no-file"),
        Reason::NamesTaken { name, dir } => {
            t!(
                "reason-names-taken",
                name = name.as_str(),
                folder = dir.as_str()
            )
        }
        Reason::NoThread { detail } => t!("reason-no-thread", detail = detail.as_str()),
        Reason::PasswordLost => t!("reason-password-lost"),
        Reason::OtherHaulDownloading => t!("reason-other-haul"),
        Reason::Text { text } => text.clone(),
    }
}

/// Where an expected checksum came from, for messages that choose their words by it: its
/// kind (`given`, `header`, `file`) and the header's or file's name.
pub fn source_kind(source: &Source) -> (&'static str, String) {
    match source {
        Source::Given => ("given", String::new()),
        Source::Header(name) => ("header", name.clone()),
        Source::Sidecar(name) | Source::SumsFile(name) => ("file", name.clone()),
    }
}

/// A category's or queue's name as the window shows it: the ones Haul ships (Videos, Music,
/// Pictures, Documents, Archives, Programs, Other, and the Main queue) in the user's language,
/// the user's own as written. Only the words shown change; settings keep the English name.
pub fn shown_name(name: &str) -> String {
    builtin_message(name).map_or_else(|| name.to_owned(), crate::i18n::tr)
}

/// The message naming a category or queue Haul ships, by its English name.
fn builtin_message(name: &str) -> Option<&'static str> {
    Some(match name {
        "Videos" => "category-videos",
        "Music" => "category-music",
        "Pictures" => "category-pictures",
        "Documents" => "category-documents",
        "Archives" => "category-archives",
        "Programs" => "category-programs",
        crate::engine::files::categories::OTHER => "category-other",
        crate::engine::MAIN => "queue-main",
        _ => return None,
    })
}

/// Why a link could not be added.
pub fn add_error(error: &AddError) -> String {
    match error {
        AddError::UnsupportedScheme(scheme) => t!("link-scheme", scheme = scheme.as_str()),
        AddError::NoHost => t!("link-no-host"),
        AddError::BadChecksum => t!("add-bad-checksum"),
    }
}

/// Why the engine could not start.
pub fn engine_error(error: &EngineError) -> String {
    match error {
        EngineError::Client(err) => t!("engine-no-client", detail = err.to_string()),
        EngineError::Thread(err) => t!("reason-no-thread", detail = err.to_string()),
    }
}

/// Why Haul paused a download, with what the user can do about it.
fn paused_because(reason: &Reason) -> String {
    match reason {
        Reason::DiskFull { .. } => t!("reason-then-free-space", reason = describe_reason(reason)),
        other => describe_reason(other),
    }
}

/// Why a running download is slower than it could be.
pub fn speed_note(note: SpeedNote) -> String {
    match note {
        SpeedNote::ServerAllows { connections } => {
            t!("speed-server-allows", count = connections)
        }
        SpeedNote::NoParallel => t!("speed-no-parallel"),
        SpeedNote::RecordingLive => t!("speed-recording-live"),
    }
}

/// A notice from the engine, in words.
pub fn notice(notice: &Notice) -> String {
    match notice {
        Notice::QueueDone { queue, ended } if ended.all_failed() => {
            t!("notice-queue-failed", queue = shown_name(queue))
        }
        Notice::QueueDone { queue, .. } => t!("notice-queue-done", queue = shown_name(queue)),
        Notice::AllDone { ended } if ended.all_failed() => t!("notice-all-failed"),
        Notice::AllDone { .. } => t!("notice-all-done"),
        Notice::SavedFileUnreadable {
            file,
            path,
            problem,
            kept_as,
        } => {
            let what = match file {
                SavedFile::DownloadList => "list",
                SavedFile::Passwords => "passwords",
            };
            match kept_as {
                Ok(aside) => t!(
                    "notice-saved-unreadable",
                    what = what,
                    problem = problem.as_str(),
                    path = aside.display().to_string()
                ),
                Err(err) => t!(
                    "notice-saved-unreadable-kept",
                    what = what,
                    problem = problem.as_str(),
                    error = err.to_string(),
                    path = path.display().to_string()
                ),
            }
        }
        Notice::SavedLinkInvalid { url, problem } => t!(
            "notice-saved-link-invalid",
            problem = problem.as_str(),
            link = url.as_str()
        ),
        Notice::NetrcNotUsed {
            path,
            readable_by_others: true,
            ..
        } => t!("notice-netrc-readable", path = path.display().to_string()),
        Notice::NetrcNotUsed { path, detail, .. } => t!(
            "notice-netrc-unreadable",
            path = path.display().to_string(),
            detail = detail.as_str()
        ),
        Notice::CaFileNotUsed { path, detail } if detail.is_empty() => {
            t!("notice-ca-file-empty", path = path.display().to_string())
        }
        Notice::CaFileNotUsed { path, detail } => t!(
            "notice-ca-file-unreadable",
            path = path.display().to_string(),
            detail = detail.as_str()
        ),
        Notice::ListNotSaved { path, problem } => t!(
            "notice-list-not-saved",
            problem = problem.as_str(),
            path = path.display().to_string()
        ),
        Notice::StartedOverInPlace { target } => {
            t!("notice-started-over", path = target.display().to_string())
        }
        Notice::ControlUnreadable { part, kept_as } => t!(
            "notice-control-unreadable",
            path = part.display().to_string(),
            kept = kept_as.display().to_string()
        ),
        Notice::PartialSetAside { part, kept_as } => t!(
            "notice-partial-set-aside",
            path = part.display().to_string(),
            kept = kept_as.display().to_string()
        ),
    }
}

/// Why a waiting download of a closed queue waits: when its queue opens next.
pub fn scheduled(queue: &crate::engine::QueueView, now_unix: u64) -> String {
    match queue.next_start {
        _ if queue.config.schedule.is_none() => t!("scheduled-speed-pauses"),
        Some(next) => {
            let minute = next.minute_of_day();
            let time = format!("{:02}:{:02}", minute / 60, minute % 60);
            if next.unix <= now_unix + 20 * 3600 {
                t!("scheduled-at", time = time)
            } else {
                t!(
                    "scheduled-on",
                    day = format::weekday_name(next.weekday),
                    time = time
                )
            }
        }
        None => t!("scheduled-passed"),
    }
}

/// Why a download uses more connections than the user's number (only what was measured).
pub fn connections_added(added: crate::engine::ConnectionsAdded) -> String {
    match added.each {
        _ if added.remembered => t!("connections-remembered", to = added.to),
        Some(each) => t!(
            "connections-added",
            from = added.from,
            to = added.to,
            speed = format::speed(each)
        ),
        None => t!("connections-added-faster", from = added.from, to = added.to),
    }
}

/// More connections were tried and were no faster.
pub fn connections_not_faster(fact: crate::engine::NotFaster) -> String {
    t!(
        "connections-not-faster",
        tried = fact.tried,
        than = fact.than,
        speed = format::speed(fact.total)
    )
}

/// A proxy's failure in words, naming the proxy where there is one.
fn describe_proxy(proxy: &str, problem: &ProxyProblem) -> String {
    match problem {
        ProxyProblem::NotAnAddress { text } => t!("proxy-not-an-address", text = text.as_str()),
        ProxyProblem::UnsupportedScheme { scheme } => {
            t!("proxy-unsupported-scheme", scheme = scheme.as_str())
        }
        ProxyProblem::Unreachable { detail } => {
            t!("proxy-unreachable", proxy = proxy, detail = detail.as_str())
        }
        ProxyProblem::LoginWanted => t!("proxy-login-wanted", proxy = proxy),
        ProxyProblem::LoginRefused => t!("proxy-login-refused", proxy = proxy),
    }
}

/// Why a header line cannot be sent, in words (the command line's -H, the Add dialog).
pub fn header_problem(problem: &crate::engine::from_browser::HeaderProblem) -> String {
    use crate::engine::from_browser::HeaderProblem;
    match problem {
        HeaderProblem::NotAHeader(line) => t!("cli-header-not-a-line", line = line.as_str()),
        HeaderProblem::HaulsOwn(name) => t!("cli-header-hauls-own", name = name.as_str()),
        HeaderProblem::BadValue(name) => t!("cli-header-bad-value", name = name.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every category and queue Haul ships has its name translated; a new built-in one
    /// without a message would show in English in every language.
    #[test]
    fn every_builtin_name_has_a_message() {
        let names = crate::engine::files::categories::builtin()
            .into_iter()
            .map(|category| category.name)
            .chain([
                crate::engine::files::categories::OTHER.to_owned(),
                crate::engine::MAIN.to_owned(),
            ]);
        for name in names {
            let id = builtin_message(&name).unwrap_or_else(|| panic!("no message for {name}"));
            assert!(crate::i18n::tr_opt(id).is_some(), "{id} is not a message");
        }
        assert_eq!(builtin_message("My films"), None);
    }

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
