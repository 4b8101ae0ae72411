//! Queues in the state: each its own number at once, the order across them, schedules that
//! close a queue, and queues running dry.

use super::*;
use crate::engine::notice::Ended;
use crate::engine::state::queues::{Place, QueueConfig};

fn queued(state: &mut State, n: u64, queue: &str) -> DownloadId {
    let url = Url::parse(&format!("http://127.0.0.1/{queue}/{n}")).expect("url");
    let id = state.add(|id| Download::new(id, url, "/tmp".into(), 0));
    assert!(state.move_to_queue(id, queue) || queue == "Main");
    id
}

fn two_queues() -> State {
    State::new(Vec::new(), 0, 1, &[QueueConfig::new("Night", 2)])
}

fn order(state: &State) -> Vec<u64> {
    let mut rows: Vec<_> = state.rows().iter().map(|r| (r.order, r.id.0)).collect();
    rows.sort_unstable();
    rows.into_iter().map(|(_, id)| id).collect()
}

#[test]
fn each_queue_runs_its_own_number_at_once() {
    let mut state = two_queues();
    for n in 0..3 {
        queued(&mut state, n, "Main");
    }
    for n in 0..3 {
        queued(&mut state, n, "Night");
    }
    // Main runs one, Night two, in the order they wait.
    assert_eq!(start(&mut state), [1, 4, 5]);
    assert!(
        !state.move_to_queue(DownloadId(2), "Nowhere"),
        "no such queue"
    );
}

#[test]
fn a_closed_queue_starts_nothing_and_sends_its_running_rows_back_to_wait() {
    let mut state = two_queues();
    let main = queued(&mut state, 0, "Main");
    let night: Vec<_> = (0..3).map(|n| queued(&mut state, n, "Night")).collect();
    state.set_queue_open(1, false, None);
    assert_eq!(start(&mut state), [main.0]);
    state.set_queue_open(1, true, None);
    assert_eq!(start(&mut state), [night[0].0, night[1].0]);
    // Its time is up: the running ones wait again, keeping their place, and the worker is
    // asked to stop.
    state.set_queue_open(1, false, None);
    assert_eq!(
        state.row(night[0]).map(|r| r.status.clone()),
        Some(Status::Queued)
    );
    assert!(
        state.running().has_worker(night[0]),
        "its worker still ends"
    );
    // The speed grid's paused hours hold every queue.
    state.set_queue_open(1, true, None);
    state.set_held(true);
    assert_eq!(
        state.row(main).map(|r| r.status.clone()),
        Some(Status::Queued)
    );
    for id in [main, night[0], night[1]] {
        state.worker_ended(id, Outcome::Stopped, 0);
    }
    assert!(start(&mut state).is_empty());
    state.set_held(false);
    assert_eq!(start(&mut state), [main.0, night[0].0, night[1].0]);
}

#[test]
fn rows_move_up_and_down_within_their_queue_and_to_the_top_bottom_or_a_place() {
    let mut state = two_queues();
    let a = queued(&mut state, 0, "Main");
    let b = queued(&mut state, 1, "Night");
    let c = queued(&mut state, 2, "Main");
    let d = queued(&mut state, 3, "Main");
    assert_eq!(order(&state), [1, 2, 3, 4]);
    // Up past the previous row of its own queue (b is in another).
    state.reorder(&[c], Place::Up);
    assert_eq!(order(&state), [3, 1, 2, 4]);
    // Down past the next row of Main, a (Night's b stays where it was).
    state.reorder(&[c], Place::Down);
    assert_eq!(order(&state), [1, 3, 2, 4]);
    state.reorder(&[d], Place::Top);
    assert_eq!(order(&state), [4, 1, 3, 2]);
    state.reorder(&[d, a], Place::Bottom);
    assert_eq!(order(&state), [3, 2, 4, 1]);
    state.reorder(&[a], Place::Before(b));
    assert_eq!(order(&state), [3, 1, 2, 4]);
    // New rows come last; the order decides which starts first.
    let e = queued(&mut state, 4, "Main");
    assert_eq!(order(&state), [3, 1, 2, 4, 5]);
    state.reorder(&[e], Place::Top);
    assert_eq!(start(&mut state), [e.0, b.0]);
    let _ = (c, d);
}

#[test]
fn a_queue_that_runs_dry_is_said_once_and_everything_when_all_are() {
    let mut state = two_queues();
    let main = queued(&mut state, 0, "Main");
    let night = queued(&mut state, 0, "Night");
    start(&mut state);
    state.worker_ended(night, finished(), 0);
    let one_finished = Ended {
        finished: 1,
        failed: 0,
    };
    assert_eq!(
        state.take_notices(),
        [Notice::QueueDone {
            queue: "Night".into(),
            ended: one_finished,
        }]
    );
    state.worker_ended(main, finished(), 0);
    assert_eq!(
        state.take_notices(),
        [
            Notice::QueueDone {
                queue: "Main".into(),
                ended: one_finished,
            },
            Notice::AllDone {
                ended: Ended {
                    finished: 2,
                    failed: 0,
                },
            }
        ]
    );
    // A paused download leaves its queue not done.
    let again = queued(&mut state, 1, "Main");
    start(&mut state);
    state.apply_command(again, Command::Pause);
    state.worker_ended(again, Outcome::Stopped, 0);
    assert!(state.take_notices().is_empty());
}

#[test]
fn a_queue_whose_downloads_all_failed_says_so() {
    let mut state = two_queues();
    let a = queued(&mut state, 0, "Night");
    let b = queued(&mut state, 0, "Night");
    start(&mut state);
    let failed = || Outcome::Failed(crate::engine::reason::Reason::NoFile);
    state.worker_ended(a, failed(), 0);
    state.worker_ended(b, failed(), 0);
    let notices = state.take_notices();
    let night = notices.iter().find_map(|notice| match notice {
        Notice::QueueDone { queue, ended } if queue == "Night" => Some(*ended),
        _ => None,
    });
    assert!(night.is_some_and(|ended| ended.all_failed()), "{notices:?}");
    assert!(
        notices
            .iter()
            .any(|n| matches!(n, Notice::AllDone { ended } if ended.all_failed())),
        "{notices:?}"
    );
}
