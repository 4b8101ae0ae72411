//! The queue's shared core: the rows behind their one lock, whom to tell when they change, and
//! what workers use. Workers do not get this; they get a [`Reporter`] that reaches it only as
//! a [`Desk`], and the [`Resources`].

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::persister::{Persister, QueueSource};
use super::pool::Pool;
use super::scheduler::schedule;
use crate::engine::state::reporter::{Desk, Reporter};
use crate::engine::state::waker::Waker;
use crate::engine::state::{Download, State};
use crate::engine::worker::resources::Resources;

pub(crate) struct Shared {
    pub(super) state: Mutex<State>,
    /// Threads running downloads, kept for the next one.
    pub(super) worker_threads: Pool,
    pub(super) resources: Arc<Resources>,
    pub(super) waker: Waker,
    pub(super) persister: Option<Persister>,
}

impl Shared {
    /// The rows, locked (briefly: never across I/O).
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Something worth saving changed: saves the list soon and wakes the front end.
    pub(crate) fn changed(&self) {
        if let Some(persister) = &self.persister {
            persister.mark_dirty();
        }
        self.waker.wake(true);
    }
}

/// The queue implements what a worker's [`Reporter`] reaches; `Shared` is always in an `Arc`
/// (the scheduler needs one to start the next download).
pub(crate) struct SharedDesk(pub(crate) Arc<Shared>);

impl Desk for SharedDesk {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.0.lock()
    }

    fn wake(&self, urgent: bool) {
        self.0.waker.wake(urgent);
    }

    fn changed(&self) {
        self.0.changed();
    }

    fn slot_freed(&self) {
        schedule(&self.0);
    }
}

impl SharedDesk {
    /// A reporter for `id`'s worker.
    pub(crate) fn reporter(
        shared: &Arc<Shared>,
        id: crate::engine::state::DownloadId,
        signal: Arc<crate::engine::signal::StopSignal>,
    ) -> Reporter {
        Reporter::new(id, Arc::new(SharedDesk(Arc::clone(shared))), signal)
    }
}

impl QueueSource for Shared {
    fn rows_to_save(&self) -> Option<(Vec<Arc<Download>>, u64)> {
        let state = self.lock();
        Some((state.rows().to_vec(), state.next_id()))
    }

    fn report(&self, message: String) {
        self.lock().notice(message);
    }
}
