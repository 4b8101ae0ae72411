//! The one way a worker tells the rest of Haul about its download.
//!
//! A worker gets a [`Reporter`] instead of the engine's shared core: it knows its download's
//! id and stop signal, and can report what the worker does, the file's name, progress and how
//! much disk it counts on, and nothing else. What a report does to the row is decided by the
//! transitions in [`state::transitions`](super::state::transitions), so a report that comes
//! after the user's command cannot undo it.

use std::path::PathBuf;
use std::sync::Arc;

use super::Shared;
use super::details::Details;
use super::scheduler::schedule;
use super::signal::{StopRequest, StopSignal};
use super::state::DownloadId;
use super::state::SpaceClaim;
use super::state::transitions::{Activity, Progress, WorkerEvent};

/// A worker's line to its row.
pub(crate) struct Reporter {
    id: DownloadId,
    shared: Arc<Shared>,
    signal: Arc<StopSignal>,
}

/// The disk has no room for the rest of a file, counting what running downloads still need.
#[derive(Debug)]
pub(crate) struct NoRoom;

impl Reporter {
    pub(super) fn new(id: DownloadId, shared: Arc<Shared>, signal: Arc<StopSignal>) -> Self {
        Self { id, shared, signal }
    }

    /// True once the worker was asked to stop.
    pub fn stop_requested(&self) -> bool {
        self.signal.is_raised()
    }

    /// Why the worker was asked to stop, if it was.
    pub fn stop_request(&self) -> Option<StopRequest> {
        self.signal.requested()
    }

    /// The worker is doing something else now.
    pub fn doing(&self, activity: Activity) {
        if self.apply(WorkerEvent::Doing(activity)) {
            self.shared.waker.wake(true);
        }
    }

    /// The file's name is known (saved with the queue).
    pub fn named(&self, name: &str) {
        if self.apply(WorkerEvent::Named(name.to_owned())) {
            self.shared.changed();
        }
    }

    /// Bytes arrived (about ten times a second; wakes the window lazily).
    pub fn progress(&self, progress: Progress) {
        self.apply(WorkerEvent::Progress(progress));
        self.shared.waker.wake(false);
    }

    /// Every byte is here: the row says so, and its slot goes to the next download while this
    /// one flushes and renames.
    pub fn saving(&self) {
        self.doing(Activity::Saving);
        self.shared.lock().finishing.insert(self.id);
        schedule(&self.shared);
    }

    /// Counts on room for the rest of a file in `dir`: refused when `free` bytes are not enough
    /// for it and for what the other running downloads there still need (plus `margin`).
    pub fn claim_space(
        &self,
        dir: PathBuf,
        total: u64,
        needed: u64,
        reserved_by_fs: bool,
        free: Option<u64>,
        margin: u64,
    ) -> Result<(), NoRoom> {
        let mut state = self.shared.lock();
        if !reserved_by_fs && let Some(free) = free {
            let others = state.space_claimed_by_others(self.id, &dir);
            if free < others.saturating_add(needed).saturating_add(margin) {
                return Err(NoRoom);
            }
        }
        state.space_claims.insert(
            self.id,
            SpaceClaim {
                dir,
                total,
                reserved_by_fs,
            },
        );
        Ok(())
    }

    /// Changes what the details panel shows (not urgent: the window picks it up with the next
    /// progress).
    pub fn details(&self, change: impl FnOnce(&mut Details)) {
        let mut state = self.shared.lock();
        state.update(self.id, |row| change(Arc::make_mut(&mut row.details)));
    }

    /// Changes what the details panel shows about the running transfer (its connections and
    /// what limits it): ignored once the row no longer runs, like any news from a worker the
    /// user stopped.
    pub fn live_details(&self, change: impl FnOnce(&mut Details)) {
        let mut state = self.shared.lock();
        if state
            .row(self.id)
            .is_some_and(|row| row.status.is_running())
        {
            state.update(self.id, |row| change(Arc::make_mut(&mut row.details)));
        }
    }

    /// Tells the user something that is not about this row (shown once).
    pub fn notice(&self, message: String) {
        self.shared.notice(message);
    }

    fn apply(&self, event: WorkerEvent) -> bool {
        self.shared.lock().apply_worker(self.id, event)
    }
}
