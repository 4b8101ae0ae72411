//! What can be done to a download in each state: one list used by the row buttons, the
//! right-click menu and the keyboard, so they never disagree.

use crate::engine::error::ProxyProblem;
use crate::engine::{Download, Reason, Status};
use crate::i18n::t;

/// An action on one or more downloads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowAction {
    /// Stop for now, keeping the data.
    Pause,
    /// Continue a paused download.
    Resume,
    /// Try a failed or cancelled download again.
    Retry,
    /// Stop and delete the partial data.
    Cancel,
    /// Open the finished file.
    Open,
    /// Show the file in the file manager.
    ShowInFolder,
    /// Take the row off the list.
    Remove,
    /// Give an unfinished download a new link (its old one expired).
    ChangeLink,
    /// Start a download over from zero (its new link gave another file).
    StartOver,
    /// Fetch a damaged download again (its checksum did not match).
    DownloadAgain,
    /// Give the login its server asked for.
    LogIn,
    /// Trust the certificate its server showed (for that host only).
    TrustCertificate,
    /// End a finished torrent's seeding (its files stay).
    StopSeeding,
}

impl RowAction {
    /// The action's name as shown in menus and read by screen readers.
    pub fn label(self) -> String {
        match self {
            RowAction::Pause => t!("action-pause"),
            RowAction::Resume => t!("action-resume"),
            RowAction::Retry => t!("action-retry"),
            RowAction::Cancel => t!("action-cancel"),
            RowAction::Open => t!("action-open"),
            RowAction::ShowInFolder => t!("action-show-in-folder"),
            RowAction::Remove => t!("action-remove"),
            RowAction::ChangeLink => t!("action-change-link"),
            RowAction::StartOver => t!("action-start-over"),
            RowAction::DownloadAgain => t!("action-download-again"),
            RowAction::LogIn => t!("action-log-in"),
            RowAction::TrustCertificate => t!("action-trust-certificate"),
            RowAction::StopSeeding => t!("action-stop-seeding"),
        }
    }

    /// A compact symbol for the row buttons.
    pub fn icon(self) -> &'static str {
        match self {
            RowAction::Pause => "⏸",
            RowAction::Resume => "▶",
            RowAction::Retry => "⟲",
            RowAction::Cancel => "⏹",
            RowAction::Open => "🗋",
            RowAction::ShowInFolder => "🗁",
            RowAction::Remove => "✖",
            RowAction::ChangeLink => "🔗",
            RowAction::StartOver => "↺",
            RowAction::DownloadAgain => "⟲",
            RowAction::LogIn => "🔑",
            RowAction::TrustCertificate => "🔒",
            RowAction::StopSeeding => "⏹",
        }
    }
}

/// Actions that fit a download, most useful first. The row shows the first ones as buttons;
/// the menu shows all. A download whose link seems to have expired offers a new link first;
/// one whose new link gave another file offers to start over.
pub fn actions_for(download: &Download) -> &'static [RowAction] {
    use RowAction::*;
    match &download.status {
        Status::Queued
        | Status::Connecting
        | Status::Downloading
        | Status::WaitingFor { .. }
        | Status::Retrying { .. } => &[Pause, Cancel, ChangeLink, Remove],
        Status::Saving | Status::FindingChecksum | Status::Verifying { .. } => &[Cancel, Remove],
        Status::Paused { .. } => &[Resume, Cancel, ChangeLink, Remove],
        Status::Failed {
            reason: Reason::NotTheSameFile { .. },
        } => &[StartOver, ChangeLink, Remove, Cancel],
        Status::Failed {
            reason: Reason::ChecksumMismatch { .. },
        } => &[DownloadAgain, Remove, ChangeLink],
        Status::Failed {
            reason: Reason::WebPage { .. },
        } => &[ChangeLink, Retry, Remove, Cancel],
        Status::Failed {
            reason: Reason::Login { .. },
        } => &[LogIn, ChangeLink, Remove, Cancel],
        Status::Failed {
            reason:
                Reason::Proxy {
                    problem: ProxyProblem::LoginWanted | ProxyProblem::LoginRefused,
                    ..
                },
        } => &[LogIn, Retry, Remove, Cancel],
        Status::Failed {
            reason:
                Reason::Tls {
                    fingerprint: Some(_),
                    ..
                },
        } => &[Retry, Remove, TrustCertificate, Cancel],
        Status::Failed { .. } if link_may_have_expired(download) => {
            &[ChangeLink, Retry, Remove, Cancel]
        }
        Status::Failed { .. } => &[Retry, Remove, ChangeLink, Cancel],
        Status::Cancelled => &[Retry, Remove],
        Status::Finished if download.seeding.is_some() => {
            &[StopSeeding, Open, ShowInFolder, Remove]
        }
        Status::Finished => &[Open, ShowInFolder, Remove],
    }
}

/// True for a download whose link worked (some bytes came) and then no longer led to the
/// file ([`Reason::link_may_be_wrong`]: unauthorized, forbidden, not found, gone, or a web
/// page instead): it most likely expired.
pub fn link_may_have_expired(download: &Download) -> bool {
    download.bytes_done > 0
        && matches!(&download.status, Status::Failed { reason } if reason.link_may_be_wrong())
}

/// How many of [`actions_for`] appear as buttons in the row.
pub const ROW_BUTTONS: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;

    fn row(status: Status, done: u64) -> Download {
        let url = url::Url::parse("http://h/f").expect("url");
        let mut row = Download::new(crate::engine::DownloadId(1), url, "/tmp".into(), 0);
        row.status = status;
        row.bytes_done = done;
        row
    }

    #[test]
    fn every_status_offers_remove_and_a_first_action() {
        for status in [
            Status::Queued,
            Status::Downloading,
            Status::Paused { reason: None },
            Status::Failed {
                reason: Reason::NoFile,
            },
            Status::Cancelled,
            Status::Finished,
        ] {
            let actions = actions_for(&row(status.clone(), 0));
            assert!(actions.contains(&RowAction::Remove), "{status:?}");
            assert!(actions.len() >= ROW_BUTTONS);
        }
        assert_eq!(actions_for(&row(Status::Finished, 0))[0], RowAction::Open);
    }

    #[test]
    fn an_expired_link_offers_a_new_one_first() {
        let forbidden = Status::Failed {
            reason: Reason::HttpStatus {
                code: 403,
                phrase: "Forbidden".into(),
            },
        };
        assert_eq!(
            actions_for(&row(forbidden.clone(), 100))[0],
            RowAction::ChangeLink
        );
        assert_eq!(
            actions_for(&row(forbidden, 0))[0],
            RowAction::Retry,
            "a link that never worked did not expire"
        );
        let other = Status::Failed {
            reason: Reason::NotTheSameFile {
                ours: Some(10),
                theirs: Some(12),
            },
        };
        assert_eq!(actions_for(&row(other, 5))[0], RowAction::StartOver);
    }
}
