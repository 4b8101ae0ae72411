//! One download as the user sees it: its id, its status and everything its row shows.
//!
//! Words for a status come from `crate::describe`; how a status may change is decided in
//! [`transitions`](super::transitions).

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use url::Url;

use crate::engine::checksum::{Checksum, Expected};
use crate::engine::details::Details;
use crate::engine::files::categories::OTHER;
use crate::engine::files::naming::name_from_url;
use crate::engine::files::ownership::Relink;
use crate::engine::from_browser::FromBrowser;
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::rate::Rate;

use super::kind::{FileOf, Kind, Quality};
use crate::engine::reason::{Reason, SpeedNote};
use crate::engine::redact::redacted_url;

/// Identifies one download for the lifetime of the queue (stable across restarts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DownloadId(pub u64);

impl fmt::Display for DownloadId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// Where a download is in its life. Words for it come from `crate::describe`.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Waiting for a free download slot.
    Queued,
    /// Sending the request and waiting for the server to answer.
    Connecting,
    /// Bytes are arriving.
    Downloading,
    /// Every byte is here; it is being flushed to disk and put in place (no slot taken).
    Saving,
    /// Every byte is here; a published checksum to check it against is still being looked
    /// for beside it (no slot taken).
    FindingChecksum,
    /// Every byte is here; it is being checked against its checksum (no slot taken).
    Verifying {
        /// How much of the file is checked.
        percent: u8,
    },
    /// Has a slot but cannot go on yet (another Haul is writing the same file).
    WaitingFor {
        /// What it waits for.
        reason: Reason,
    },
    /// The last attempt failed with a temporary problem; the next one starts soon.
    Retrying {
        /// Which attempt comes next (2 is the first retry).
        attempt: u32,
        /// Seconds until the next attempt, as of the last update.
        in_secs: u64,
        /// Why the last attempt failed.
        reason: Reason,
    },
    /// Stopped by the user (no reason) or by Haul (for example a full disk); resumable.
    Paused {
        /// Why Haul paused it, when it was not the user.
        reason: Option<Reason>,
    },
    /// The file is complete under its final name.
    Finished,
    /// Gave up.
    Failed {
        /// What went wrong.
        reason: Reason,
    },
    /// The user cancelled; the partial data is deleted.
    Cancelled,
}

impl Status {
    /// True while a worker owns the download (connecting, downloading, waiting for another
    /// Haul, or waiting to retry).
    pub fn is_running(&self) -> bool {
        matches!(
            self,
            Status::Connecting
                | Status::Downloading
                | Status::Saving
                | Status::FindingChecksum
                | Status::Verifying { .. }
                | Status::WaitingFor { .. }
                | Status::Retrying { .. }
        )
    }

    /// True when it neither runs nor waits for a slot.
    pub fn is_settled(&self) -> bool {
        !self.is_running() && *self != Status::Queued
    }

    /// True once nothing more will happen without the user asking.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            Status::Finished | Status::Failed { .. } | Status::Cancelled
        )
    }

    /// True when the download can still be paused (it is waiting or running, and not already
    /// putting its finished file in place).
    pub fn can_pause(&self) -> bool {
        matches!(self, Status::Queued) || (self.is_running() && !self.is_finishing())
    }

    /// True while every byte is here and the file is being put in place (flushed, checked).
    pub fn is_finishing(&self) -> bool {
        matches!(
            self,
            Status::Saving | Status::FindingChecksum | Status::Verifying { .. }
        )
    }
}

/// The queue every download is in unless moved.
pub const MAIN: &str = "Main";

/// One download as the user sees it.
#[derive(Clone, Debug)]
pub struct Download {
    /// Stable identifier.
    pub id: DownloadId,
    /// The link, including any credentials it carries. Show [`Download::display_url`] instead.
    pub url: Url,
    /// Folder the file goes into.
    pub dir: PathBuf,
    /// Final file name, once known (asked for by the user, or chosen from the response).
    pub file_name: Option<String>,
    /// True when the user chose the name; the server's suggestion is then ignored.
    pub name_fixed: bool,
    /// Where the download is in its life.
    pub status: Status,
    /// Bytes safely written so far.
    pub bytes_done: u64,
    /// Size of the whole file, when the server said.
    pub total_bytes: Option<u64>,
    /// Current speed, averaged over the last few seconds.
    pub bytes_per_sec: u64,
    /// Estimated seconds left, when both speed and size are known.
    pub eta_secs: Option<u64>,
    /// The digest the user gave for the finished file, if any.
    pub checksum: Option<Checksum>,
    /// What the finished file was verified against (a given, announced or published digest).
    pub verified: Option<Expected>,
    /// This download's own speed limit.
    pub speed_limit: Option<Rate>,
    /// Seconds since the Unix epoch when the download was added.
    pub added_unix: u64,
    /// Seconds since the Unix epoch when it finished.
    pub finished_unix: Option<u64>,
    /// Why it is slower than it could be (for example a server limit).
    pub note: Option<SpeedNote>,
    /// The user asked for a fresh copy even if the same file is already in the folder.
    pub again: bool,
    /// It finished without a download: the same file from the same link was already there.
    pub already_downloaded: bool,
    /// What the details panel shows (shared, so copying the row copies a pointer).
    pub details: Arc<Details>,
    /// What it does with a partial of its name from another link.
    pub relink: Relink,
    /// The page it was downloaded from, when a browser handed it over.
    pub referer: Option<String>,
    /// What the browser handed over with it (cookies included; never saved).
    pub from_browser: Option<Arc<FromBrowser>>,
    /// The kind of file it is (a category's name; "Other" when no rule claims it).
    pub category: String,
    /// `dir` is the download folder, not one the user chose: the file goes to its category's
    /// folder if it has one (decided when its name is known, then `dir` says where).
    pub by_category: bool,
    /// The queue it waits and runs in.
    pub queue: String,
    /// Connections for this download alone (`None`: the setting, grown when the server holds
    /// each connection to a rate); asked for through the remote control's `split`.
    pub connections: Option<usize>,
    /// Its place in the order rows start in (lower first; across all queues).
    pub order: u64,
    /// What sort of download it is (which driver runs it).
    pub kind: Kind,
    /// Which variant a stream takes (a file ignores it).
    pub quality: Quality,
    /// Its own proxy (`None`: its queue's, else the settings'); saved among the secrets.
    pub proxy: Option<ProxyChoice>,
    /// The files of a torrent it fetches, by their place in the torrent (`None`: all).
    pub only_files: Option<Arc<[usize]>>,
    /// A finished torrent still seeding (written only by its seeding; saved, so that the next
    /// start takes it up again).
    pub seeding: Option<super::seeding::Seeding>,
    /// How long this torrent seeds once finished (`None`: as the settings say).
    pub seed_goal: Option<crate::engine::net::peers::SeedGoal>,
}

impl Download {
    /// A new download of `url` into `dir`, queued, with nothing known about it yet.
    pub fn new(id: DownloadId, url: Url, dir: PathBuf, added_unix: u64) -> Self {
        Self {
            id,
            url,
            dir,
            file_name: None,
            name_fixed: false,
            status: Status::Queued,
            bytes_done: 0,
            total_bytes: None,
            bytes_per_sec: 0,
            eta_secs: None,
            checksum: None,
            verified: None,
            speed_limit: None,
            added_unix,
            finished_unix: None,
            note: None,
            again: false,
            already_downloaded: false,
            details: Arc::default(),
            relink: Relink::Off,
            referer: None,
            from_browser: None,
            category: OTHER.to_owned(),
            by_category: false,
            queue: MAIN.to_owned(),
            connections: None,
            order: 0,
            kind: Kind::Http,
            quality: Quality::Best,
            proxy: None,
            only_files: None,
            seeding: None,
            seed_goal: None,
        }
    }

    /// The link with any password masked: safe for display, logs and saved files.
    pub fn display_url(&self) -> String {
        redacted_url(&self.url)
    }

    /// The name to show: the file name once known, else the last part of the link.
    pub fn display_name(&self) -> String {
        match &self.file_name {
            Some(name) => name.clone(),
            None => name_from_url(&self.url).unwrap_or_else(|| self.display_url()),
        }
    }

    /// Progress as a fraction in 0..=1, when the size is known.
    pub fn fraction(&self) -> Option<f32> {
        match self.total_bytes {
            Some(0) => Some(if self.status == Status::Finished {
                1.0
            } else {
                0.0
            }),
            Some(total) => Some((self.bytes_done as f64 / total as f64).clamp(0.0, 1.0) as f32),
            None => None,
        }
    }

    /// The final path of the file, once its name is known.
    pub fn target_path(&self) -> Option<PathBuf> {
        self.file_name.as_ref().map(|name| self.dir.join(name))
    }

    /// Its files, as lists of files show them: every kind answers here, so front ends never
    /// ask which kind a row is.
    pub fn files(&self) -> Vec<FileOf> {
        if let Some(torrent) = self.details.torrent()
            && !torrent.files.is_empty()
        {
            // A torrent of several files has a folder of its own, named as the row is.
            let folder = match (&self.file_name, torrent.files.len()) {
                (Some(name), 2..) => self.dir.join(name),
                _ => self.dir.clone(),
            };
            return torrent
                .files
                .iter()
                .map(|file| FileOf {
                    path: Some(folder.join(&file.path)),
                    length: Some(file.size),
                    done: file.done,
                    selected: file.chosen,
                })
                .collect();
        }
        match self.kind {
            Kind::Http | Kind::Stream | Kind::Page | Kind::Torrent => vec![FileOf {
                path: self.target_path(),
                length: self.total_bytes,
                done: self.bytes_done,
                selected: true,
            }],
        }
    }
}
