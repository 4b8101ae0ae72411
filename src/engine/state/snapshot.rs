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
