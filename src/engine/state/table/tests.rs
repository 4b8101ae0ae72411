//! The state's rules for slots, the rows waiting, and versions.

use super::*;

/// A state of `queued` queued rows and `running` downloading ones, `finishing` of which
/// are putting their files in place, with `jobs` slots.
fn state(jobs: usize, running: u64, finishing: u64, queued: u64) -> State {
    let mut state = State::new(Vec::new(), 0, jobs, &[]);
    for n in 0..running + queued {
        let url = Url::parse(&format!("http://127.0.0.1/{n}")).expect("url");
        let id = state.add(|id| Download::new(id, url, "/tmp".into(), 0));
        if n < running {
            state.apply_command(id, Command::Start);
            state.worker_started(id, Arc::new(StopSignal::default()));
            if n < finishing {
                state.worker_finishing(id);
            }
        }
    }
    state
}

fn ids(rows: Vec<Arc<Download>>) -> Vec<u64> {
    rows.iter().map(|row| row.id.0).collect()
}

/// Starts what may start, as the scheduler would (the workers are counted as started).
fn start(state: &mut State) -> Vec<u64> {
    let rows = state.start_next();
    for row in &rows {
        state.worker_started(row.id, Arc::new(StopSignal::default()));
    }
    ids(rows)
}

#[test]
fn queued_rows_fill_the_free_slots_in_order() {
    assert_eq!(start(&mut state(3, 0, 0, 5)), [1, 2, 3]);
    assert_eq!(start(&mut state(3, 2, 0, 5)), [3]);
    assert!(start(&mut state(3, 3, 0, 5)).is_empty(), "all slots taken");
}

#[test]
fn finishing_downloads_free_their_slots_but_only_so_many() {
    // Two of three running ones only put their files in place: two more may start.
    assert_eq!(start(&mut state(3, 3, 2, 5)), [4, 5]);
    // As many finishing as the bound allows: nothing more starts until one is done.
    let most = 2 * FINISHING_PER_SLOT as u64;
    assert!(start(&mut state(2, most, most, 5)).is_empty());
    assert_eq!(
        start(&mut state(2, most - 1, most - 1, 5)),
        [most, most + 1]
    );
}

#[test]
fn only_waiting_rows_are_looked_at_and_a_row_that_waits_again_is_seen() {
    // Three slots, none taken; five queued rows after ten finished ones.
    let mut state = state(3, 0, 0, 15);
    for n in 1..=10 {
        let id = DownloadId(n);
        state.apply_command(id, Command::Start);
        state.worker_ended(id, finished(), 0);
    }
    assert_eq!(
        state.queues.waiting().count(),
        5,
        "finished rows do not wait"
    );
    assert_eq!(start(&mut state), [11, 12, 13]);
    state.set_jobs(5);
    assert_eq!(start(&mut state), [14, 15]);
    assert_eq!(state.queues.waiting().count(), 0, "nothing waits");
    // A paused one resumes: it waits again, and starts.
    state.apply_command(DownloadId(11), Command::Pause);
    state.worker_ended(DownloadId(11), Outcome::Stopped, 0);
    state.apply_command(DownloadId(11), Command::Resume);
    assert_eq!(state.queues.waiting().collect::<Vec<_>>(), [DownloadId(11)]);
    state.set_jobs(6);
    assert_eq!(start(&mut state), [11]);
}

fn finished() -> Outcome {
    Outcome::Finished {
        file_name: "f".into(),
        bytes: 1,
        already: false,
        verified: None,
    }
}

#[test]
fn every_change_moves_the_version_and_only_real_changes() {
    let mut state = state(1, 0, 0, 2);
    let before = state.version();
    assert!(
        !state.apply_command(DownloadId(1), Command::Resume),
        "not paused"
    );
    assert_eq!(state.version(), before, "a refused command changes nothing");
    assert!(state.apply_command(DownloadId(1), Command::Pause));
    assert!(state.version() > before);
    let taken = state.take(DownloadId(1)).expect("row");
    assert!(state.row(DownloadId(1)).is_none());
    assert!(state.put_back(taken));
    assert!(state.row(DownloadId(1)).is_some());
    assert!(!state.put_back(Arc::new(Download::new(
        DownloadId(2),
        Url::parse("http://127.0.0.1/x").expect("url"),
        "/tmp".into(),
        0
    ))));
}

mod queues;
