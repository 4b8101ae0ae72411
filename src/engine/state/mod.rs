//! The shared download state and the read-only snapshot the front ends draw from.
//!
//! Every download is one [`Download`] record behind an `Arc`. Workers replace a record with an
//! updated copy (copy-on-write through `Arc::make_mut`), so a snapshot is only a vector of
//! reference-counted pointers: cheap to take even with ten thousand rows, and never torn.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use url::Url;

use super::checksum::{Checksum, Expected};
use super::reason::{Reason, SpeedNote};
use super::redact::redacted_url;

pub(crate) mod transitions;

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

/// What a download does with a partial file of its name that came from another link (the
/// link was changed, or the same file was added again under a fresh link).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relink {
    /// Leave it to its own download and take the next free name.
    #[default]
    Off,
    /// Continue it if it is the same file; otherwise fail and say so (the window: the user
    /// then chooses to start over).
    SameFileOnly,
    /// Continue it if it is the same file; otherwise start over in it (the command line).
    SameFileOrStartOver,
}

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
    /// This download's own speed limit in bytes per second.
    pub speed_limit: Option<u64>,
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
    pub details: Arc<super::details::Details>,
    /// What it does with a partial of its name from another link.
    pub relink: Relink,
    /// The page it was downloaded from, when a browser handed it over.
    pub referer: Option<String>,
    /// What the browser handed over with it (cookies included; never saved).
    pub from_browser: Option<Arc<super::from_browser::FromBrowser>>,
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
            None => super::naming::name_from_url(&self.url).unwrap_or_else(|| self.display_url()),
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
}

/// A consistent copy of every download, in list order, taken under the lock and read without it.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    /// Increases whenever anything visible changes; equal versions mean equal snapshots.
    pub version: u64,
    /// All downloads in the order they were added.
    pub downloads: Vec<Arc<Download>>,
    /// How many downloads may run at once.
    pub jobs: usize,
    /// Every byte received by every download so far (grows only; for the overall speed).
    pub received_bytes: u64,
}

impl Snapshot {
    /// Sum of the current speeds of all downloads.
    pub fn total_bytes_per_sec(&self) -> u64 {
        self.downloads.iter().map(|d| d.bytes_per_sec).sum()
    }

    /// Counts of running, waiting and finished downloads.
    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for download in &self.downloads {
            match download.status {
                Status::Queued => counts.queued += 1,
                Status::Finished => counts.finished += 1,
                Status::Failed { .. } => counts.failed += 1,
                Status::Paused { .. } => counts.paused += 1,
                Status::Cancelled => counts.cancelled += 1,
                Status::Connecting
                | Status::Downloading
                | Status::WaitingFor { .. }
                | Status::Retrying { .. } => counts.active += 1,
                Status::Saving | Status::FindingChecksum | Status::Verifying { .. } => {
                    counts.saving += 1
                }
            }
        }
        counts
    }

    /// True when no download is running or waiting to run.
    pub fn is_idle(&self) -> bool {
        self.downloads.iter().all(|d| d.status.is_settled())
    }

    /// Finds a download by id.
    pub fn get(&self, id: DownloadId) -> Option<&Arc<Download>> {
        self.downloads
            .binary_search_by_key(&id, |d| d.id)
            .ok()
            .map(|index| &self.downloads[index])
    }
}

/// How many downloads are in each broad state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Connecting, downloading or retrying.
    pub active: usize,
    /// Putting finished files in place (a moment each).
    pub saving: usize,
    /// Waiting for a slot.
    pub queued: usize,
    /// Complete.
    pub finished: usize,
    /// Gave up.
    pub failed: usize,
    /// Paused (by the user or by Haul).
    pub paused: usize,
    /// Cancelled.
    pub cancelled: usize,
}

/// Everything the engine knows, behind its one mutex. Held only for short updates.
#[derive(Debug, Default)]
pub(crate) struct State {
    /// Bumped on every visible change.
    pub version: u64,
    /// All downloads, sorted by id (ids only grow, so this is also the order added).
    pub rows: Vec<Arc<Download>>,
    /// The stop flag of each download that currently has a worker thread.
    pub workers: std::collections::HashMap<DownloadId, Arc<super::signal::StopSignal>>,
    /// Per-download speed limiters, shared with the running connections so changes apply live.
    pub limiters: std::collections::HashMap<DownloadId, Arc<super::limiter::RateLimiter>>,
    /// The id the next added download gets.
    pub next_id: u64,
    /// Rows before this index are known not to wait for a slot, so the scheduler does not look
    /// at them again (a long list would otherwise be read from the top for every start). Any
    /// change to a row, and any row put back or taken out, moves it down to that row.
    pub may_start_from: usize,
    /// How many downloads may run at once.
    pub jobs: usize,
    /// Set while quitting: nothing new starts.
    pub shutting_down: bool,
    /// Messages for the user that are not about one row (damaged queue file, save errors).
    pub notices: Vec<String>,
    /// Downloads whose bytes are all here and that only flush and rename now: they no longer
    /// hold one of the `jobs` slots.
    pub finishing: std::collections::HashSet<DownloadId>,
    /// Room on disk claimed by running downloads (see `worker::partial::claim_space`).
    pub space_claims: std::collections::HashMap<DownloadId, SpaceClaim>,
    /// Deletions waiting for their undo window (see `undo`).
    pub pending_deletions: Vec<super::undo::PendingDeletion>,
    /// Rows removed without deletion, kept for an undo during the window.
    pub removed: Vec<super::undo::RemovedRows>,
    /// The last undo token handed out.
    pub next_undo_token: u64,
    /// How long a cancel or removal can be undone.
    pub undo_window: std::time::Duration,
    /// Whether the janitor thread runs.
    pub janitor_running: bool,
}

/// Room on disk a running download counts on: the rest of its file.
#[derive(Clone, Debug)]
pub(crate) struct SpaceClaim {
    /// The folder the file is in.
    pub dir: PathBuf,
    /// The file's whole size.
    pub total: u64,
    /// The file system reserved the space itself (fallocate), so free space already counts it.
    pub reserved_by_fs: bool,
}

impl State {
    /// Position of a download in `rows`.
    pub fn index(&self, id: DownloadId) -> Option<usize> {
        self.rows.binary_search_by_key(&id, |d| d.id).ok()
    }

    /// A download by id.
    pub fn row(&self, id: DownloadId) -> Option<&Download> {
        self.index(id).map(|index| &*self.rows[index])
    }

    /// True when no download is running or waiting to run. Looked at from the end, where
    /// rows still waiting sit, so a look while a long list is under way ends at once.
    pub fn is_idle(&self) -> bool {
        self.rows.iter().rev().all(|d| d.status.is_settled())
    }

    /// Changes one download and marks the state changed; false if it no longer exists.
    pub fn update(&mut self, id: DownloadId, change: impl FnOnce(&mut Download)) -> bool {
        let Some(index) = self.index(id) else {
            return false;
        };
        change(Arc::make_mut(&mut self.rows[index]));
        self.version += 1;
        self.may_start_from = self.may_start_from.min(index);
        true
    }

    /// Room on disk the other running downloads in `dir` still count on (what their files
    /// lack), leaving out those the file system reserved itself.
    pub fn space_claimed_by_others(&self, id: DownloadId, dir: &std::path::Path) -> u64 {
        self.space_claims
            .iter()
            .filter(|(other, claim)| **other != id && !claim.reserved_by_fs && claim.dir == dir)
            .map(|(other, claim)| {
                let done = self.row(*other).map_or(0, |row| row.bytes_done);
                claim.total.saturating_sub(done)
            })
            .sum()
    }

    /// The limiter of one download, created on first use with `limit`.
    pub fn limiter_for(
        &mut self,
        id: DownloadId,
        limit: Option<u64>,
    ) -> Arc<super::limiter::RateLimiter> {
        Arc::clone(
            self.limiters
                .entry(id)
                .or_insert_with(|| Arc::new(super::limiter::RateLimiter::new(limit.unwrap_or(0)))),
        )
    }

    /// A consistent copy for readers.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            version: self.version,
            downloads: self.rows.clone(),
            jobs: self.jobs,
            received_bytes: 0,
        }
    }
}
