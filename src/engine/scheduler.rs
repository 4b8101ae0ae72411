//! Which downloads run: queued ones start while slots are free, each on its own worker thread,
//! and how a worker ended is recorded in its row.
use std::sync::Arc;

use super::reason::Reason;
use super::signal::StopSignal;
use super::state::{DownloadId, State, Status};
use super::worker::{self, Job, Outcome};
use super::{Shared, store};

/// Starts queued downloads while slots are free.
pub(super) fn schedule(shared: &Arc<Shared>) {
    let mut state = shared.lock();
    if state.shutting_down {
        return;
    }
    let mut running = state
        .rows
        .iter()
        .filter(|d| {
            state.workers.contains_key(&d.id)
                && d.status.is_running()
                && !state.finishing.contains(&d.id)
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
        state.update(job.id, |d| d.status = Status::Connecting);
        spawn_worker(shared, &mut state, job);
    }
}

pub(super) fn spawn_worker(shared: &Arc<Shared>, state: &mut State, job: Job) {
    let id = job.id;
    let signal = Arc::new(StopSignal::default());
    state.workers.insert(id, Arc::clone(&signal));
    let limit = state.row(id).and_then(|d| d.speed_limit);
    let limiter = state.limiter_for(id, limit);
    let thread_shared = Arc::clone(shared);
    let spawned = shared.worker_threads.run(move || {
        let outcome = worker::run(&thread_shared, &job, &signal, limiter);
        // Once this thread is free again, so the next download can start on it.
        Some(Box::new(move || {
            worker_finished(&thread_shared, id, outcome)
        }))
    });
    if let Err(err) = spawned {
        state.workers.remove(&id);
        state.update(id, |d| {
            d.status = Status::Failed {
                reason: Reason::NoThread {
                    detail: err.to_string(),
                },
            }
        });
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
        state.update(id, |d| {
            d.bytes_per_sec = 0;
            d.eta_secs = None;
            let still_running = d.status.is_running();
            match outcome {
                Outcome::Finished {
                    file_name,
                    bytes,
                    already,
                } => {
                    d.status = Status::Finished;
                    d.already_downloaded = already;
                    d.file_name = Some(file_name);
                    d.bytes_done = bytes;
                    d.total_bytes = Some(bytes);
                    d.finished_unix = Some(store::unix_now());
                }
                Outcome::Failed(reason) if still_running => d.status = Status::Failed { reason },
                Outcome::PausedBecause(reason) if still_running => {
                    d.status = Status::Paused {
                        reason: Some(reason),
                    }
                }
                // A worker stopped by Haul quitting continues on the next start.
                Outcome::Stopped if still_running && shutting_down => d.status = Status::Queued,
                Outcome::Stopped if still_running => d.status = Status::Paused { reason: None },
                // The user changed the status meanwhile (pause, cancel, resume): keep theirs.
                _ => {}
            }
        });
    }
    shared.changed();
    schedule(shared);
}
