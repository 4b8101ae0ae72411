//! The queue's shared core: the rows behind their lock, the undo book beside them, whom to
//! tell when they change, and what workers use. Workers do not get this; they get a reporter
//! that reaches it only as a `Desk` (see the scheduler), and the [`Resources`].

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::persister::{Persister, QueueSource};
use super::pool::Pool;
use super::undo_records::UndoBook;
use crate::engine::notice::Notice;
use crate::engine::resources::Resources;
use crate::engine::state::waker::Waker;
use crate::engine::state::{Download, State};

/// What the clones of an engine share.
///
/// Two locks: the rows', and the undo book's beside them. The undo book's is taken alone or
/// while the rows' is held, never the other way round.
pub(crate) struct Shared {
    pub(super) state: Mutex<State>,
    pub(super) undo: Mutex<UndoBook>,
    /// Threads running downloads, kept for the next one.
    pub(super) worker_threads: Pool,
    pub(super) resources: Arc<Resources>,
    pub(super) waker: Waker,
    pub(super) persister: Option<Persister>,
    /// The clock, and the speed rules it applies.
    pub(super) speed_rules: super::speed_rules::SpeedRules,
}

impl Shared {
    /// The rows, locked (briefly: never across I/O).
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// What an undo can still take back, locked (alone, or inside the rows' lock).
    pub(crate) fn undo_book(&self) -> MutexGuard<'_, UndoBook> {
        self.undo.lock().unwrap_or_else(PoisonError::into_inner)
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
