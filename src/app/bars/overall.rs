//! The queue as a whole: how far this session's downloads got together, the time left for
//! them at the current overall speed, and the window title that says so.

use crate::i18n::t;
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
    /// Bytes done and sizes of this session's work (see [`Totals::sizes_of`]).
    done: u64,
    total: u64,
    /// Counted at least once (later snapshots may be followed by their changes).
    primed: bool,
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
            done: 0,
            total: 0,
            primed: false,
        }
    }

    /// What `download` adds to the overall progress: its bytes done and size, while it runs
    /// or waits or when it finished since the window opened.
    fn sizes_of(&self, download: &crate::engine::Download) -> (u64, u64) {
        let counts_now = download.status.is_running()
            || download.status == Status::Queued
            || (download.status == Status::Finished
                && download
                    .finished_unix
                    .is_some_and(|at| at >= self.started_unix));
        match (counts_now, download.total_bytes) {
            (true, Some(size)) => (download.bytes_done.min(size), size),
            _ => (0, 0),
        }
    }

    /// Follows a new snapshot: by its changed rows alone when the list kept its rows (a long
    /// list costs one pass over pointers), else by counting everything again.
    /// `changed` is `after.changed_since(before)`.
    pub fn follow(&mut self, before: &Snapshot, after: &Snapshot, changed: Option<&[usize]>) {
        match changed.filter(|_| self.primed) {
            Some(changed) => {
                for &index in changed {
                    let (old, new) = (&before.downloads[index], &after.downloads[index]);
                    self.counts.count(&old.status, false);
                    self.counts.count(&new.status, true);
                    let (old_done, old_total) = self.sizes_of(old);
                    let (new_done, new_total) = self.sizes_of(new);
                    self.done = (self.done + new_done).saturating_sub(old_done);
                    self.total = (self.total + new_total).saturating_sub(old_total);
                }
            }
            None => {
                self.counts = after.counts();
                let (mut done, mut total) = (0u64, 0u64);
                for download in &after.downloads {
                    let (d, t) = self.sizes_of(download);
                    done = done.saturating_add(d);
                    total = total.saturating_add(t);
                }
                (self.done, self.total) = (done, total);
                self.primed = true;
            }
        }
        self.speed_meter
            .record(Instant::now(), after.received_bytes);
        self.bytes_per_sec = if self.counts.active + self.counts.saving > 0 {
            self.speed_meter.bytes_per_sec()
        } else {
            0
        };
        self.overall = Overall::from_sizes(self.done, self.total, &self.counts, self.bytes_per_sec);
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
    /// Downloads waiting to run, paused ones too (as the tabs and the status bar count).
    pub waiting: usize,
}

impl Overall {
    /// The progress of `done` bytes of `total`, with `counts` and the overall speed.
    pub fn from_sizes(done: u64, total: u64, counts: &Counts, bytes_per_sec: u64) -> Self {
        let eta_secs =
            (bytes_per_sec > 0 && total > done).then(|| (total - done).div_ceil(bytes_per_sec));
        Self {
            done,
            total,
            eta_secs,
            active: counts.running(),
            queued: counts.queued,
            waiting: counts.waiting(),
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
                parts.push(t!("percent", value = percent));
            }
            parts.push(t!("title-downloading", count = self.active));
        } else if self.waiting > 0 {
            parts.push(t!("status-waiting", count = self.waiting));
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
    fn the_title_counts_paused_rows_as_waiting_like_the_tabs() {
        let counts = Counts {
            paused: 1,
            queued: 1,
            ..Counts::default()
        };
        assert_eq!(
            Overall::from_sizes(0, 0, &counts, 0).title(),
            "2 waiting - Haul"
        );
    }

    /// The progress of a whole list, at `bytes_per_sec`, for a window opened at `since_unix`.
    fn overall_of(snapshot: &Snapshot, bytes_per_sec: u64, since_unix: u64) -> Overall {
        let mut totals = Totals::new(since_unix);
        totals.follow(&Snapshot::default(), snapshot, None);
        Overall::from_sizes(totals.done, totals.total, &totals.counts, bytes_per_sec)
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
        let overall = overall_of(&snapshot, 10, 500);
        assert_eq!((overall.done, overall.total), (230, 400));
        assert_eq!(overall.eta_secs, Some(17));
        assert_eq!(overall.percent(), Some(57));
        assert_eq!(overall.title(), "57% - 1 downloading - Haul");

        let idle = Snapshot {
            downloads: vec![row(1, Status::Finished, 5, 5, Some(1_000))],
            ..Snapshot::default()
        };
        let overall = overall_of(&idle, 0, 500);
        assert_eq!(overall.title(), "Haul");
        assert_eq!(overall.fraction(), None);
    }
}
