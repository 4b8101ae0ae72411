//! Which downloads run: queued ones start while slots are free, each on a worker thread with
//! its own [`Reporter`], and how a worker ended is recorded in its row.
use std::sync::Arc;

use super::reason::Reason;
use super::reporter::Reporter;
use super::signal::StopSignal;
use super::state::transitions::{Command, Outcome, WorkerEvent};
use super::state::{DownloadId, State, Status};
use super::worker::{self, Job};
use super::{Shared, store};

/// Starts queued downloads while slots are free.
pub(super) fn schedule(shared: &Arc<Shared>) {
    let mut state = shared.lock();
    if state.shutting_down {
        return;
    }
    // Counted from the workers (a handful), not the rows (maybe thousands): a worker holds a
    // slot while its row runs and it is not only putting its file in place.
    let mut running = state
        .workers
        .keys()
        .filter(|id| {
            !state.finishing.contains(id) && state.row(**id).is_some_and(|d| d.status.is_running())
        })
        .count();
    let mut starting = Vec::new();
    for row in &state.rows {
        if running >= state.jobs {
            break;
        }
        if row.status == Status::Queued && !state.workers.contains_key(&row.id) {
            starting.push(Job::from_row(row));
            running += 1;
        }
    }
    for job in starting {
        state.apply_command(job.id, Command::Start);
        spawn_worker(shared, &mut state, job);
    }
}

fn spawn_worker(shared: &Arc<Shared>, state: &mut State, job: Job) {
    let id = job.id;
    let signal = Arc::new(StopSignal::default());
    state.workers.insert(id, Arc::clone(&signal));
    let limit = state.row(id).and_then(|d| d.speed_limit);
    let limiter = state.limiter_for(id, limit);
    let reporter = Reporter::new(id, Arc::clone(shared), signal);
    let resources = Arc::clone(&shared.resources);
    let thread_shared = Arc::clone(shared);
    let spawned = shared.worker_threads.run(move || {
        let outcome = worker::run(&reporter, &resources, &job, limiter);
        drop(reporter);
        // Once this thread is free again, so the next download can start on it.
        Some(Box::new(move || {
            worker_finished(&thread_shared, id, outcome)
        }))
    });
    if let Err(err) = spawned {
        state.workers.remove(&id);
        let reason = Reason::NoThread {
            detail: err.to_string(),
        };
        state.apply_worker(id, ended(Outcome::Failed(reason), false));
    }
}

/// Records how a worker ended and lets the next download start.
fn worker_finished(shared: &Arc<Shared>, id: DownloadId, outcome: Outcome) {
    {
        let mut state = shared.lock();
        state.workers.remove(&id);
        state.finishing.remove(&id);
        state.space_claims.remove(&id);
        let shutting_down = state.shutting_down;
        state.apply_worker(id, ended(outcome, shutting_down));
    }
    shared.changed();
    schedule(shared);
}

fn ended(outcome: Outcome, shutting_down: bool) -> WorkerEvent {
    WorkerEvent::Ended {
        outcome,
        finished_unix: store::unix_now(),
        shutting_down,
    }
}
