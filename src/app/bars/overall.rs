//! The queue as a whole: how far this session's downloads got together, the time left for
//! them at the current overall speed, and the window title that says so.

use std::time::Instant;

use crate::engine::net::meter::SpeedMeter;
use crate::engine::{Counts, Snapshot, Status};

/// What the window shows about the queue as a whole, worked out once per snapshot.
#[derive(Debug)]
pub struct Totals {
    /// How many downloads are in each state.
    pub counts: Counts,
    /// The overall speed (0 while nothing runs).
    pub bytes_per_sec: u64,
    /// The overall progress and time left.
    pub overall: Overall,
    /// Measures the overall speed from the engine's count of bytes received.
    speed_meter: SpeedMeter,
    /// When the window opened (Unix seconds): files finished since count in its progress.
    started_unix: u64,
}

impl Totals {
    /// Nothing counted yet, for a window opened at `started_unix`.
    pub fn new(started_unix: u64) -> Self {
        Self {
            counts: Counts::default(),
            bytes_per_sec: 0,
            overall: Overall::default(),
            speed_meter: SpeedMeter::default(),
            started_unix,
        }
    }

    /// Works everything out again from a new snapshot.
    pub fn update(&mut self, snapshot: &Snapshot) {
        self.counts = snapshot.counts();
        // From every byte received, so that files too short to show a speed of their own
        // count as well.
        self.speed_meter
            .record(Instant::now(), snapshot.received_bytes);
        self.bytes_per_sec = if self.counts.active + self.counts.saving > 0 {
            self.speed_meter.bytes_per_sec()
        } else {
            0
        };
        self.overall = Overall::of(
            snapshot,
            &self.counts,
            self.bytes_per_sec,
            self.started_unix,
        );
    }
}

/// Progress of everything that runs, waits for a slot, or finished since the window opened.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Overall {
    /// Bytes here of the files whose size is known.
    pub done: u64,
    /// Their sizes together.
    pub total: u64,
    /// Time left at the current overall speed.
    pub eta_secs: Option<u64>,
    /// Downloads connecting, downloading, retrying or saving.
    pub active: usize,
    /// Downloads waiting for a slot.
    pub queued: usize,
}

impl Overall {
    /// Works the progress out; `since_unix` is when the window opened (files finished before
    /// belong to an earlier session's work).
    pub fn of(snapshot: &Snapshot, counts: &Counts, bytes_per_sec: u64, since_unix: u64) -> Self {
        let (mut done, mut total) = (0u64, 0u64);
        for download in &snapshot.downloads {
            let counts_now = download.status.is_running()
                || download.status == Status::Queued
                || (download.status == Status::Finished
                    && download.finished_unix.is_some_and(|at| at >= since_unix));
            if let (true, Some(size)) = (counts_now, download.total_bytes) {
                total = total.saturating_add(size);
                done = done.saturating_add(download.bytes_done.min(size));
            }
        }
        let eta_secs =
            (bytes_per_sec > 0 && total > done).then(|| (total - done).div_ceil(bytes_per_sec));
        Self {
            done,
            total,
            eta_secs,
            active: counts.active + counts.saving,
            queued: counts.queued,
        }
    }

    /// True while something runs or waits.
    pub fn busy(&self) -> bool {
        self.active + self.queued > 0
    }

    /// The fraction done, while something runs or waits and sizes are known.
    pub fn fraction(&self) -> Option<f64> {
        (self.busy() && self.total > 0).then(|| self.done as f64 / self.total as f64)
    }

    /// The whole percent done.
    pub fn percent(&self) -> Option<u32> {
        self.fraction().map(|f| (f * 100.0).floor() as u32)
    }

    /// The window title: "42% - 3 downloading - Haul" while downloads run, "Haul" when idle.
    pub fn title(&self) -> String {
        let mut parts = Vec::new();
        if self.active > 0 {
            if let Some(percent) = self.percent() {
                parts.push(format!("{percent}%"));
            }
            parts.push(format!("{} downloading", self.active));
        } else if self.queued > 0 {
            parts.push(format!("{} waiting", self.queued));
        }
        parts.push("Haul".to_owned());
        parts.join(" - ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Download, DownloadId};
    use std::sync::Arc;

    fn row(id: u64, status: Status, done: u64, total: u64, finished: Option<u64>) -> Arc<Download> {
        let url = url::Url::parse("http://h/f").expect("url");
        let mut row = Download::new(DownloadId(id), url, "/tmp".into(), 0);
        row.status = status;
        row.bytes_done = done;
        row.total_bytes = Some(total);
        row.finished_unix = finished;
        Arc::new(row)
    }

    #[test]
    fn counts_this_sessions_work_and_titles_the_window() {
        let snapshot = Snapshot {
            downloads: vec![
                row(1, Status::Downloading, 30, 100, None),
                row(2, Status::Queued, 0, 100, None),
                row(3, Status::Finished, 200, 200, Some(1_000)),
                row(4, Status::Finished, 50, 50, Some(10)),
                row(5, Status::Paused { reason: None }, 10, 100, None),
            ],
            ..Snapshot::default()
        };
        let counts = snapshot.counts();
        let overall = Overall::of(&snapshot, &counts, 10, 500);
        assert_eq!((overall.done, overall.total), (230, 400));
        assert_eq!(overall.eta_secs, Some(17));
        assert_eq!(overall.percent(), Some(57));
        assert_eq!(overall.title(), "57% - 1 downloading - Haul");

        let idle = Snapshot {
            downloads: vec![row(1, Status::Finished, 5, 5, Some(1_000))],
            ..Snapshot::default()
        };
        let overall = Overall::of(&idle, &idle.counts(), 0, 500);
        assert_eq!(overall.title(), "Haul");
        assert_eq!(overall.fraction(), None);
    }
}
