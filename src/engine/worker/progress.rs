//! How far a transfer has come: the partial it writes, the size, the speed, and when each kind
//! of report (row, control file, details) was last made.

use std::time::{Duration, Instant};

use crate::engine::net::meter::SpeedMeter;
use crate::engine::reason::SpeedNote;

use super::open_part::OpenPart;

/// A transfer's progress and the clocks of its reports.
pub(super) struct Progress {
    pub(super) part: Option<OpenPart>,
    pub(super) total: Option<u64>,
    pub(super) meter: SpeedMeter,
    /// When the worker took the download up.
    pub(super) started: Instant,
    pub(super) last_publish: Instant,
    pub(super) last_checkpoint: Instant,
    pub(super) last_quick_checkpoint: Instant,
    pub(super) note: Option<SpeedNote>,
    /// When the details panel's facts were last published.
    pub(super) last_details: Instant,
    /// Time spent writing to the partial file, in all, and as of the last details.
    pub(super) write_time: Duration,
    pub(super) write_time_published: Duration,
}

impl Progress {
    pub(super) fn new() -> Self {
        let now = Instant::now();
        Self {
            part: None,
            total: None,
            meter: SpeedMeter::default(),
            started: now,
            last_publish: now,
            last_checkpoint: now,
            last_quick_checkpoint: now,
            note: None,
            last_details: now,
            write_time: Duration::ZERO,
            write_time_published: Duration::ZERO,
        }
    }

    /// Bytes written to the partial so far.
    pub(super) fn done(&self) -> u64 {
        self.part.as_ref().map_or(0, |p| p.done.covered())
    }
}
