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
    let (starting, may_start_from) = startable(&state);
    for job in starting {
        state.apply_command(job.id, Command::Start);
        spawn_worker(shared, &mut state, job);
    }
    // Set after the starts, which touched rows before it (they run now).
    state.may_start_from = may_start_from;
}

/// Downloads that may be putting their files in place at once, per slot: enough that a
/// flush slower than a short download does not hold the next ones up.
const FINISHING_PER_SLOT: usize = 4;

/// The queued downloads that may start now, in list order.
///
/// A worker holds one of the `jobs` slots while its row runs, except while it only puts its
/// file in place (flush, checksum, rename): then the next download may start. Those finishing
/// are bounded too, so a slow disk or a slow checksum lookup cannot pile up a thread and an
/// open file for every short download of a long list.
/// Also says from which row on the next look must begin: the first that still waits (or the
/// end of the list).
fn startable(state: &State) -> (Vec<Job>, usize) {
    // Counted from the workers (a handful), not the rows (maybe thousands).
    let finishing = state.finishing.len();
    let mut running = state
        .workers
        .keys()
        .filter(|id| {
            !state.finishing.contains(id) && state.row(**id).is_some_and(|d| d.status.is_running())
        })
        .count();
    let from = state.may_start_from.min(state.rows.len());
    if finishing >= state.jobs * FINISHING_PER_SLOT {
        return (Vec::new(), from);
    }
    let mut starting = Vec::new();
    let mut first_waiting = None;
    for (index, row) in state.rows.iter().enumerate().skip(from) {
        if row.status != Status::Queued {
            continue;
        }
        if running < state.jobs && !state.workers.contains_key(&row.id) {
            starting.push(Job::from_row(row));
            running += 1;
        } else {
            // It waits for a slot (or for its last worker to end): the next look starts here.
            first_waiting = Some(index);
            break;
        }
    }
    (starting, first_waiting.unwrap_or(state.rows.len()))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::signal::StopSignal;
    use crate::engine::state::Download;

    /// A state of `queued` queued rows and `running` downloading ones, `finishing` of which
    /// are putting their files in place, with `jobs` slots.
    fn state(jobs: usize, running: u64, finishing: u64, queued: u64) -> State {
        let mut state = State {
            jobs,
            ..State::default()
        };
        for n in 0..running + queued {
            let url = url::Url::parse(&format!("http://127.0.0.1/{n}")).expect("url");
            let mut row = Download::new(DownloadId(n), url, "/tmp".into(), 0);
            if n < running {
                row.status = if n < finishing {
                    Status::Saving
                } else {
                    Status::Downloading
                };
                state
                    .workers
                    .insert(DownloadId(n), Arc::new(StopSignal::default()));
                if n < finishing {
                    state.finishing.insert(DownloadId(n));
                }
            }
            state.rows.push(Arc::new(row));
        }
        state
    }

    fn ids((jobs, _): (Vec<Job>, usize)) -> Vec<u64> {
        jobs.iter().map(|job| job.id.0).collect()
    }

    #[test]
    fn queued_rows_fill_the_free_slots_in_order() {
        assert_eq!(ids(startable(&state(3, 0, 0, 5))), [0, 1, 2]);
        assert_eq!(ids(startable(&state(3, 2, 0, 5))), [2]);
        assert!(
            startable(&state(3, 3, 0, 5)).0.is_empty(),
            "all slots taken"
        );
    }

    #[test]
    fn finishing_downloads_free_their_slots_but_only_so_many() {
        // Two of three running ones only put their files in place: two more may start.
        assert_eq!(ids(startable(&state(3, 3, 2, 5))), [3, 4]);
        // As many finishing as the bound allows: nothing more starts until one is done.
        let most = 2 * FINISHING_PER_SLOT as u64;
        assert!(startable(&state(2, most, most, 5)).0.is_empty());
        assert_eq!(
            ids(startable(&state(2, most - 1, most - 1, 5))),
            [most - 1, most]
        );
    }

    #[test]
    fn the_next_look_starts_at_the_first_row_still_waiting() {
        /// Does what `schedule` does with the answer: the rows run, the next look is set.
        fn start(state: &mut State) -> Vec<u64> {
            let (jobs, from) = startable(state);
            for job in &jobs {
                state.update(job.id, |row| row.status = Status::Downloading);
                state
                    .workers
                    .insert(job.id, Arc::new(StopSignal::default()));
            }
            state.may_start_from = from;
            jobs.iter().map(|job| job.id.0).collect()
        }
        // Three slots, none taken; five queued rows after ten finished ones.
        let mut state = state(3, 0, 0, 15);
        for n in 0..10 {
            state.update(DownloadId(n), |row| row.status = Status::Finished);
        }
        assert_eq!(start(&mut state), [10, 11, 12]);
        assert_eq!(state.may_start_from, 13, "the first row left waiting");
        // Rows before it are not looked at again...
        state.jobs = 5;
        assert_eq!(start(&mut state), [13, 14]);
        assert_eq!(state.may_start_from, 15, "nothing waits");
        // ...until one of them changes (a finished one is retried).
        state.update(DownloadId(2), |row| row.status = Status::Queued);
        assert_eq!(state.may_start_from, 2);
        state.jobs = 6;
        assert_eq!(start(&mut state), [2]);
    }
}
