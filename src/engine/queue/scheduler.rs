//! Which downloads run: queued ones start while slots are free, each on a worker thread with
//! its own reporter, and how a worker ended is recorded in its row. Which rows may start is
//! the state's rule (`State::start_next`); this module only gives them threads.

use std::sync::Arc;

use std::sync::MutexGuard;

use super::shared::Shared;
use crate::engine::clock::unix_now;
use crate::engine::kinds;
use crate::engine::reason::Reason;
use crate::engine::signal::StopSignal;
use crate::engine::state::reporter::{Desk, Reporter};
use crate::engine::state::transitions::Outcome;
use crate::engine::state::{Download, DownloadId, State};

/// Starts queued downloads while slots are free.
pub(crate) fn schedule(shared: &Arc<Shared>) {
    let mut state = shared.lock();
    for row in state.start_next() {
        spawn_worker(shared, &mut state, &row);
    }
}

fn spawn_worker(shared: &Arc<Shared>, state: &mut State, row: &Download) {
    let id = row.id;
    // Its own proxy, else its queue's (else the settings', which the worker already has).
    let proxy = row.proxy.clone().or_else(|| state.queue_proxy(id));
    let work = kinds::driver(row.kind).prepare(row, proxy);
    let signal = Arc::new(StopSignal::default());
    let limiter = state.worker_started(id, Arc::clone(&signal));
    let queue_limit = state.queue_limit(id);
    let reporter = SharedDesk::reporter(shared, id, signal);
    let resources = Arc::clone(&shared.resources);
    let thread_shared = Arc::clone(shared);
    let spawned = shared.worker_threads.run(move || {
        let outcome = work.run(&reporter, &resources, [limiter, queue_limit]);
        drop(reporter);
        // Once this thread is free again, so the next download can start on it.
        Some(Box::new(move || {
            worker_finished(&thread_shared, id, outcome)
        }))
    });
    if let Err(err) = spawned {
        let reason = Reason::NoThread {
            detail: err.to_string(),
        };
        state.worker_ended(id, Outcome::Failed(reason), unix_now());
    }
}

/// Records how a worker ended and lets the next download start.
fn worker_finished(shared: &Arc<Shared>, id: DownloadId, outcome: Outcome) {
    shared.lock().worker_ended(id, outcome, unix_now());
    shared.changed();
    schedule(shared);
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
