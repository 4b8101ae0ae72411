//! The queue's shared core: the rows behind their one lock, whom to tell when they change, and
//! what workers use. Workers do not get this; they get a reporter that reaches it only as a
//! `Desk` (see the scheduler), and the [`Resources`].

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::persister::{Persister, QueueSource};
use super::pool::Pool;
use crate::engine::notice::Notice;
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

impl QueueSource for Shared {
    fn rows_to_save(&self) -> Option<(Vec<Arc<Download>>, u64)> {
        let state = self.lock();
        Some((state.rows().to_vec(), state.next_id()))
    }

    fn report(&self, notice: Notice) {
        self.lock().notice(notice);
    }
}
