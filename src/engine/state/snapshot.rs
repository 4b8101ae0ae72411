//! The read-only copy of every row the front ends draw from.
//!
//! A snapshot is only a vector of reference-counted pointers: cheap to take even with ten
//! thousand rows, and never torn.

use std::sync::Arc;

use super::download::{Download, DownloadId, Status};

/// A consistent copy of every download, in list order, taken under the lock and read without it.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    /// Increases whenever anything visible changes; equal versions mean equal snapshots.
    pub version: u64,
    /// All downloads in the order they were added.
    pub downloads: Vec<Arc<Download>>,
    /// How many downloads of Main may run at once.
    pub jobs: usize,
    /// The queues, Main first.
    pub queues: Arc<Vec<super::queues::QueueView>>,
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
            counts.count(&download.status, true);
        }
        counts
    }

    /// The positions of the rows that changed since `before`, when the list holds the same
    /// downloads in the same places (`None` when rows came or went: look at them all). One
    /// pass over pointers: what lets a front end follow a long list by its few changes.
    pub fn changed_since(&self, before: &Snapshot) -> Option<Vec<usize>> {
        if self.downloads.len() != before.downloads.len() {
            return None;
        }
        let mut changed = Vec::new();
        for (index, (old, new)) in before.downloads.iter().zip(&self.downloads).enumerate() {
            if Arc::ptr_eq(old, new) {
                continue;
            }
            if old.id != new.id {
                return None;
            }
            changed.push(index);
        }
        Some(changed)
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

impl Counts {
    /// Running: connecting, downloading, retrying, or putting the file in place. The one
    /// count of active downloads the tabs, the status bar, the tray and the title show.
    pub fn running(&self) -> usize {
        self.active + self.saving
    }

    /// Waiting to run: for a slot, or paused. The one count of waiting downloads they show.
    pub fn waiting(&self) -> usize {
        self.queued + self.paused
    }

    /// Counts a download of `status` in (or, with `add` false, out).
    pub fn count(&mut self, status: &Status, add: bool) {
        let slot = match status {
            Status::Queued => &mut self.queued,
            Status::Finished => &mut self.finished,
            Status::Failed { .. } => &mut self.failed,
            Status::Paused { .. } => &mut self.paused,
            Status::Cancelled => &mut self.cancelled,
            Status::Connecting
            | Status::Downloading
            | Status::WaitingFor { .. }
            | Status::Retrying { .. } => &mut self.active,
            Status::Saving | Status::FindingChecksum | Status::Verifying { .. } => &mut self.saving,
        };
        *slot = if add {
            *slot + 1
        } else {
            slot.saturating_sub(1)
        };
    }
}
