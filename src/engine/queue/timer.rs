//! The clock's hand on the queue, and the queues' own commands: opens and closes queues by their schedules, and applies the
//! weekly speed grid (full, limited, paused) to the overall limit, live. A thread looks at the
//! clock every second; [`Engine::check_time`] looks at once (tests move a fake clock and call
//! it, so they never wait).

use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::thread;
use std::time::Duration;

use super::handle::Engine;
use super::scheduler::schedule;
use super::shared::Shared;
use crate::engine::clock::Clock;
use crate::engine::state::{DownloadId, Place};
use crate::engine::timetable::{Repeat, SpeedCell, SpeedGrid};

/// How often the clock is read.
const TICK: Duration = Duration::from_secs(1);

/// What the timer needs beyond the rows.
#[derive(Debug)]
pub(crate) struct Timing {
    pub clock: Arc<dyn Clock>,
    rules: Mutex<SpeedRules>,
}

#[derive(Debug)]
struct SpeedRules {
    grid: Option<SpeedGrid>,
    /// The overall limit the user set (0: none); the grid's limited hours go below it.
    overall: u64,
    /// When the engine started: a one-time schedule without a time of its own counts from
    /// here.
    started_unix: u64,
}

impl Timing {
    pub fn new(clock: Arc<dyn Clock>, grid: Option<SpeedGrid>, overall: u64) -> Self {
        let started_unix = clock.now().unix;
        Self {
            clock,
            rules: Mutex::new(SpeedRules {
                grid,
                overall,
                started_unix,
            }),
        }
    }

    fn rules(&self) -> std::sync::MutexGuard<'_, SpeedRules> {
        self.rules.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// New speed rules (from the settings).
    pub fn set(&self, grid: Option<SpeedGrid>, overall: u64) {
        let mut rules = self.rules();
        rules.grid = grid;
        rules.overall = overall;
    }

    /// A new overall limit (the window's limit dialog).
    pub fn set_overall(&self, overall: u64) {
        self.rules().overall = overall;
    }
}

/// Reads the clock and applies what it says: queues open or close, the overall limit follows
/// the speed grid. Starts what may start now.
pub(crate) fn check(shared: &Arc<Shared>) {
    let now = shared.timing.clock.now();
    let (cell, limited, overall, started_unix) = {
        let rules = shared.timing.rules();
        let cell = rules.grid.as_ref().map_or(SpeedCell::Full, |g| g.at(&now));
        let limited = rules.grid.as_ref().map_or(0, |g| g.limited);
        (cell, limited, rules.overall, rules.started_unix)
    };
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

impl Engine {
    /// Reads the clock now and applies the schedules and the speed grid (the engine does it
    /// every second by itself).
    pub fn check_time(&self) {
        check(&self.shared);
    }
}

impl Engine {
    /// Moves downloads to the queue `name` (one that exists); running ones keep running.
    pub fn move_to_queue(&self, ids: &[DownloadId], name: &str) {
        self.command(ids, |state, id| {
            state.move_to_queue(id, name);
        });
    }

    /// Moves downloads within the order they start in.
    pub fn reorder(&self, ids: &[DownloadId], place: Place) {
        {
            self.shared.lock().reorder(ids, place);
        }
        self.shared.changed();
        schedule(&self.shared);
    }
}
