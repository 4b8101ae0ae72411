//! The one way a worker tells the rest of Haul about its download.
//!
//! A worker gets a [`Reporter`] instead of the engine's shared core: it knows its download's
//! id and stop signal, and can report what the worker does, the file's name, progress and how
//! much disk it counts on, and nothing else. What a report does to the row is decided by the
//! transitions in [`transitions`](super::transitions), so a report that comes
//! after the user's command cannot undo it.

use std::path::PathBuf;
use std::sync::{Arc, MutexGuard};

use super::download::DownloadId;
use super::running::SpaceClaim;
pub(crate) use super::table::NoRoom;
use super::table::State;
use super::transitions::{Activity, Progress, WorkerEvent};
use crate::engine::details::Details;
use crate::engine::notice::Notice;
use crate::engine::signal::{StopRequest, StopSignal};

/// What a reporter reaches: the rows behind their lock, and the queue's ears. The queue
/// implements it; the rows do not know what a queue is.
pub(crate) trait Desk: Send + Sync {
    /// The rows, locked (briefly: never across I/O).
    fn lock(&self) -> MutexGuard<'_, State>;
    /// Wakes the front end (`urgent`: now, else at most about ten times a second).
    fn wake(&self, urgent: bool);
    /// Something worth saving changed: saves the list soon and wakes the front end.
    fn changed(&self);
    /// A slot became free: the next queued download may start.
    fn slot_freed(&self);
}

/// A worker's line to its row.
pub(crate) struct Reporter {
    id: DownloadId,
    desk: Arc<dyn Desk>,
    signal: Arc<StopSignal>,
}

impl Reporter {
    pub fn new(id: DownloadId, desk: Arc<dyn Desk>, signal: Arc<StopSignal>) -> Self {
        Self { id, desk, signal }
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
            self.desk.wake(true);
        }
    }

    /// The file's name is known (saved with the queue).
    pub fn named(&self, name: &str) {
        if self.apply(WorkerEvent::Named(name.to_owned())) {
            self.desk.changed();
        }
    }

    /// What kind of file it is, now that the server answered (saved with the queue).
    pub fn categorized(&self, category: String) {
        if self.apply(WorkerEvent::Categorized(category)) {
            self.desk.changed();
        }
    }

    /// The file's folder is decided: its category's (saved with the queue, so a resume looks
    /// there).
    pub fn placed(&self, dir: PathBuf) {
        if self.apply(WorkerEvent::Placed(dir)) {
            self.desk.changed();
        }
    }

    /// Bytes arrived (about ten times a second; wakes the window lazily).
    pub fn progress(&self, progress: Progress) {
        self.apply(WorkerEvent::Progress(progress));
        self.desk.wake(false);
    }

    /// Every byte is here: the row says so, and its slot goes to the next download while this
    /// one flushes and renames.
    pub fn saving(&self) {
        self.doing(Activity::Saving);
        self.desk.lock().worker_finishing(self.id);
        self.desk.slot_freed();
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
        let claim = SpaceClaim {
            dir,
            total,
            reserved_by_fs,
        };
        self.desk
            .lock()
            .claim_space(self.id, claim, needed, free, margin)
    }

    /// Changes what the details panel shows (not urgent: the window picks it up with the next
    /// progress).
    pub fn details(&self, change: impl FnOnce(&mut Details)) {
        self.desk.lock().change_details(self.id, false, change);
    }

    /// Changes what the details panel shows about the running transfer (its connections and
    /// what limits it): ignored once the row no longer runs, like any news from a worker the
    /// user stopped.
    pub fn live_details(&self, change: impl FnOnce(&mut Details)) {
        self.desk.lock().change_details(self.id, true, change);
    }

    /// Tells the user something that is not about this row (shown once).
    pub fn notice(&self, notice: Notice) {
        self.desk.lock().notice(notice);
        self.desk.wake(true);
    }

    /// The files of this torrent the user chose, as of now (`None`: all).
    pub fn chosen_files(&self) -> Option<Arc<[usize]>> {
        self.desk.lock().only_files(self.id)
    }

    /// A line for the seeding that goes on after this run finished: it tells the row what
    /// was given back, and `signal` ends it.
    pub fn seeding_line(&self, signal: Arc<StopSignal>) -> SeedingLine {
        SeedingLine {
            id: self.id,
            desk: Arc::clone(&self.desk),
            signal,
        }
    }

    fn apply(&self, event: WorkerEvent) -> bool {
        self.desk.lock().apply_worker(self.id, event)
    }
}

/// A finished torrent's line to its row while it seeds.
pub(crate) struct SeedingLine {
    id: DownloadId,
    desk: Arc<dyn Desk>,
    signal: Arc<StopSignal>,
}

impl SeedingLine {
    /// The download it seeds for.
    pub fn id(&self) -> DownloadId {
        self.id
    }

    /// A line for `id`'s seeding taken up again at a start (no worker runs it).
    pub fn new(id: DownloadId, desk: Arc<dyn Desk>, signal: Arc<StopSignal>) -> Self {
        Self { id, desk, signal }
    }

    /// True once seeding was asked to end (by the user, a removal, or Haul quitting).
    pub fn stop_requested(&self) -> bool {
        self.signal.is_raised()
    }

    /// Why seeding was asked to end, if it was.
    pub fn stop_request(&self) -> Option<StopRequest> {
        self.signal.requested()
    }

    /// The row's own seeding goal, when it was given one (it may change while it seeds).
    pub fn own_goal(&self) -> Option<crate::engine::net::peers::SeedGoal> {
        self.desk.lock().seed_goal(self.id)
    }

    /// The row's seeding is worth saving now (it began, or ended).
    pub fn save(&self) {
        self.desk.changed();
    }

    /// Changes what the details panel shows (its peers while it seeds).
    pub fn details(&self, change: impl FnOnce(&mut Details)) {
        self.desk.lock().change_details(self.id, false, change);
    }

    /// What the row shows (`None`: seeding ended).
    pub fn report(&self, seeding: Option<super::seeding::Seeding>) {
        self.desk.lock().set_seeding(self.id, seeding);
        self.desk.wake(false);
    }
}
