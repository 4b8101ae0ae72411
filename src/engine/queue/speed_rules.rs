//! What the clock thread reads besides the rows: the clock, the weekly speed grid, and the
//! overall limit the user set (the grid's limited hours go below it).

use std::sync::{Arc, Mutex, PoisonError};

use crate::engine::clock::{Clock, Moment};
use crate::engine::timetable::{SpeedCell, SpeedGrid};

/// What the clock thread needs beyond the rows.
#[derive(Debug)]
pub(crate) struct SpeedRules {
    pub clock: Arc<dyn Clock>,
    rules: Mutex<Rules>,
}

#[derive(Debug)]
struct Rules {
    grid: Option<SpeedGrid>,
    /// The overall limit the user set (0: none); the grid's limited hours go below it.
    overall: u64,
    /// When the engine started: a one-time schedule without a time of its own counts from
    /// here.
    started_unix: u64,
}

impl SpeedRules {
    pub fn new(clock: Arc<dyn Clock>, grid: Option<SpeedGrid>, overall: u64) -> Self {
        let started_unix = clock.now().unix;
        Self {
            clock,
            rules: Mutex::new(Rules {
                grid,
                overall,
                started_unix,
            }),
        }
    }

    fn rules(&self) -> std::sync::MutexGuard<'_, Rules> {
        self.rules.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// New speed rules (from the settings).
    pub fn set(&self, grid: Option<SpeedGrid>, overall: u64) {
        let mut rules = self.rules();
        rules.grid = grid;
        rules.overall = overall;
    }

    /// The overall limit the user set (0: none).
    pub fn overall(&self) -> u64 {
        self.rules().overall
    }

    /// A new overall limit (the window's limit dialog).
    pub fn set_overall(&self, overall: u64) {
        self.rules().overall = overall;
    }
}

impl SpeedRules {
    /// At `now`: the grid's rule, its limited rate, the user's overall limit, and when the
    /// engine started.
    pub fn at(&self, now: &Moment) -> (SpeedCell, u64, u64, u64) {
        let rules = self.rules();
        let cell = rules.grid.as_ref().map_or(SpeedCell::Full, |g| g.at(now));
        let limited = rules.grid.as_ref().map_or(0, |g| g.limited.get());
        (cell, limited, rules.overall, rules.started_unix)
    }
}
