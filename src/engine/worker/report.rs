//! Publishing progress: the row's status, name, bytes and speed in the shared state (about ten
//! times a second), and checkpoints of the control file (once a second).

use std::time::{Duration, Instant};

use super::Transfer;
use crate::engine::error::TransferError;
use crate::engine::meter::eta_secs;
use crate::engine::state::Status;

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

    pub(super) fn set_status(&self, status: Status) {
        let mut state = self.shared.lock();
        if self.signal.is_raised() {
            // A command already decided what the row says.
            return;
        }
        if state.row(self.job.id).is_some_and(|d| d.status != status) {
            state.update(self.job.id, |d| d.status = status);
            drop(state);
            self.shared.waker.wake(true);
        }
    }

    pub(super) fn publish_name(&self, name: &str) {
        let mut state = self.shared.lock();
        state.update(self.job.id, |d| d.file_name = Some(name.to_owned()));
        drop(state);
        self.shared.changed();
    }

    pub(super) fn publish_progress(&mut self) {
        let now = Instant::now();
        self.last_publish = now;
        let done = self.done();
        self.meter.record(now, done);
        let speed = self.meter.bytes_per_sec();
        let total = self.total;
        let eta = eta_secs(total.map(|t| t.saturating_sub(done)), speed);
        let note = self.note;
        {
            let mut state = self.shared.lock();
            let raised = self.signal.is_raised();
            state.update(self.job.id, |d| {
                d.bytes_done = done;
                d.total_bytes = total;
                d.note = note;
                if !raised {
                    d.bytes_per_sec = speed;
                    d.eta_secs = eta;
                }
            });
        }
        self.shared.waker.wake(false);
    }
}
