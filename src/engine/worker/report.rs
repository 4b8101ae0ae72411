//! Publishing progress: the row's status, name, bytes and speed in the shared state (about ten
//! times a second), and checkpoints of the control file (once a second).

use std::time::{Duration, Instant};

use super::Transfer;
use crate::engine::error::TransferError;
use crate::engine::meter::eta_secs;
use crate::engine::state::transitions::Progress;

/// How often progress reaches the shared state.
const PUBLISH_INTERVAL: Duration = Duration::from_millis(100);
/// How often progress is made durable in the control file.
const CHECKPOINT_INTERVAL: Duration = Duration::from_secs(1);

impl Transfer<'_> {
    /// Publishes progress and saves a checkpoint when their time has come.
    pub(super) fn tick(&mut self) -> Result<(), TransferError> {
        let now = Instant::now();
        if now.duration_since(self.last_publish) >= PUBLISH_INTERVAL {
            self.publish_progress();
        }
        if now.duration_since(self.last_checkpoint) >= CHECKPOINT_INTERVAL {
            self.last_checkpoint = now;
            if let Some(part) = &mut self.part {
                if let Some(err) = part.checkpointer.take_error() {
                    return Err(part.disk_error(err));
                }
                let record = part.current_record();
                part.checkpointer.save(&record, false);
            }
        }
        Ok(())
    }

    pub(super) fn publish_name(&self, name: &str) {
        self.reporter.named(name);
    }

    pub(super) fn publish_progress(&mut self) {
        let now = Instant::now();
        self.last_publish = now;
        let done = self.done();
        self.meter.record(now, done);
        let speed = self.meter.bytes_per_sec();
        let total = self.total;
        self.reporter.progress(Progress {
            bytes_done: done,
            total_bytes: total,
            bytes_per_sec: speed,
            eta_secs: eta_secs(total.map(|t| t.saturating_sub(done)), speed),
            note: self.note,
        });
    }
}
