//! The clock's hand on the queue: opens and closes queues by their schedules, and applies the
//! weekly speed grid (full, limited, paused) to the overall limit, live. A thread looks at the
//! clock every second; [`Engine::check_time`] looks at once (tests move a fake clock and call
//! it, so they never wait).

use std::sync::{Arc, Weak};
use std::thread;
use std::time::Duration;

use super::scheduler::schedule;
use super::shared::Shared;
use crate::engine::timetable::{Repeat, SpeedCell};

/// How often the clock is read.
const TICK: Duration = Duration::from_secs(1);

/// Reads the clock and applies what it says: queues open or close, the overall limit follows
/// the speed grid. Starts what may start now.
pub(crate) fn check(shared: &Arc<Shared>) {
    let now = shared.speed_rules.clock.now();
    let (cell, limited, overall, started_unix) = shared.speed_rules.at(&now);
    let rate = match cell {
        SpeedCell::Limited if overall == 0 => limited,
        SpeedCell::Limited => limited.min(overall),
        _ => overall,
    };
    shared.resources.tuning().limiter.set(rate);
    let version = {
        let mut state = shared.lock();
        let before = state.version();
        for (slot, schedule) in state.schedules().into_iter().enumerate() {
            let (open, next) = match schedule {
                None => (true, None),
                Some(mut schedule) => {
                    if schedule.repeat == Repeat::Once && schedule.set_unix == 0 {
                        schedule.set_unix = started_unix;
                    }
                    (schedule.is_open(&now), schedule.next_start(&now))
                }
            };
            state.set_queue_open(slot, open, next);
        }
        state.set_held(cell == SpeedCell::Paused);
        state.version() != before
    };
    if version {
        shared.changed();
    }
    schedule(shared);
}

/// Starts the thread that reads the clock every second while the engine lives.
pub(crate) fn spawn(shared: &Arc<Shared>) -> std::io::Result<()> {
    let weak: Weak<Shared> = Arc::downgrade(shared);
    thread::Builder::new()
        .name("haul-clock".into())
        .spawn(move || {
            loop {
                thread::sleep(TICK);
                let Some(shared) = weak.upgrade() else { return };
                check(&shared);
            }
        })
        .map(drop)
}
