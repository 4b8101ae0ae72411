//! Time rules: when a queue may run (start at, stop at, on chosen weekdays, once or every
//! week), and the weekly speed grid (each hour of the week full speed, limited or paused).
//!
//! Everything here is a pure function of a [`Moment`], so schedules are tested against a
//! fake clock. Days are taken as 24 hours long: on the night a clock changes for summer time
//! a window is an hour longer or shorter, never skipped.

use crate::engine::clock::Moment;
use crate::engine::rate::Rate;

const DAY: u64 = 86_400;

/// A time of day, in minutes after midnight (0 to 1439).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    /// `hour:minute`; `None` past 23:59.
    pub fn new(hour: u16, minute: u16) -> Option<Self> {
        (hour < 24 && minute < 60).then_some(Self(hour * 60 + minute))
    }

    /// Reads "01:00" or "1:05".
    pub fn parse(text: &str) -> Option<Self> {
        let (hour, minute) = text.trim().split_once(':')?;
        Self::new(hour.trim().parse().ok()?, minute.trim().parse().ok()?)
    }

    /// Minutes after midnight.
    pub fn minutes(self) -> u16 {
        self.0
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// Whether a schedule's window comes once or every week.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Repeat {
    /// The first window after the schedule was set, then never again.
    Once,
    /// Every chosen day, every week.
    #[default]
    Weekly,
}

/// When a queue may run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// When its window opens.
    pub start: TimeOfDay,
    /// When it closes (running downloads stop and wait for the next window); earlier than
    /// `start` means the next morning; none: 24 hours after it opened.
    pub stop: Option<TimeOfDay>,
    /// The weekdays it opens on, bit 0 Monday to bit 6 Sunday; 0 means every day.
    pub days: u8,
    /// Once or every week.
    pub repeat: Repeat,
    /// For [`Repeat::Once`]: the Unix time it was set; its window is the first that ends after.
    pub set_unix: u64,
}

/// One opening of a schedule: from `start` to `end`, in Unix seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// Opens.
    pub start: u64,
    /// Closes.
    pub end: u64,
}

impl Schedule {
    fn opens_on(&self, weekday: u8) -> bool {
        self.days == 0 || self.days & (1 << (weekday % 7)) != 0
    }

    fn length(&self) -> u64 {
        let start = u64::from(self.start.minutes());
        match self.stop.map(|stop| u64::from(stop.minutes())) {
            Some(stop) if stop > start => (stop - start) * 60,
            Some(stop) => (stop + 24 * 60 - start) * 60,
            None => DAY,
        }
    }

    /// The window that opens on the day `days` after `at`'s (negative: before), if the
    /// schedule opens that day.
    fn window_on(&self, at: &Moment, days: i64) -> Option<Window> {
        let weekday = (i64::from(at.weekday) + days).rem_euclid(7) as u8;
        if !self.opens_on(weekday) {
            return None;
        }
        let midnight = at.midnight().checked_add_signed(days * DAY as i64)?;
        let start = midnight + u64::from(self.start.minutes()) * 60;
        Some(Window {
            start,
            end: start + self.length(),
        })
    }

    /// The one window of a one-time schedule: the first that ends after it was set.
    fn only_window(&self, now: &Moment) -> Option<Window> {
        let back = now.unix.saturating_sub(self.set_unix) / DAY + 1;
        let from = -i64::try_from(back).unwrap_or(i64::MAX);
        (from..from + 9)
            .filter_map(|day| self.window_on(now, day))
            .find(|window| window.end > self.set_unix)
    }

    /// True when the queue may run at `now`.
    pub fn is_open(&self, now: &Moment) -> bool {
        let inside = |window: Window| window.start <= now.unix && now.unix < window.end;
        match self.repeat {
            Repeat::Once => self.only_window(now).is_some_and(inside),
            // A window that opened yesterday may still be open (overnight, or 24 hours).
            Repeat::Weekly => (-1..=0)
                .filter_map(|day| self.window_on(now, day))
                .any(inside),
        }
    }

    /// When the queue next opens after `now` (none for a one-time schedule that has passed).
    pub fn next_start(&self, now: &Moment) -> Option<Moment> {
        let start = match self.repeat {
            Repeat::Once => self
                .only_window(now)
                .map(|window| window.start)
                .filter(|&start| start > now.unix),
            Repeat::Weekly => (0..=8)
                .filter_map(|day| self.window_on(now, day))
                .map(|window| window.start)
                .find(|&start| start > now.unix),
        }?;
        Some(now.later(start - now.unix))
    }
}

/// What one hour of the weekly speed grid allows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SpeedCell {
    /// As fast as the other limits allow.
    #[default]
    Full,
    /// At most the grid's limited rate.
    Limited,
    /// Nothing runs: downloads wait.
    Paused,
}

/// A speed rule for each hour of the week (uGet's grid).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeedGrid {
    /// Monday to Sunday, hour 0 to 23.
    pub cells: [[SpeedCell; 24]; 7],
    /// The rate of a [`SpeedCell::Limited`] hour.
    pub limited: Rate,
}

impl Default for SpeedGrid {
    fn default() -> Self {
        Self {
            cells: [[SpeedCell::Full; 24]; 7],
            limited: Rate::NONE,
        }
    }
}

impl SpeedGrid {
    /// The rule for `now`'s hour.
    pub fn at(&self, now: &Moment) -> SpeedCell {
        self.cells[usize::from(now.weekday % 7)][usize::from(now.hour() % 24)]
    }

    /// True when every hour is full speed (the grid changes nothing).
    pub fn is_open_always(&self) -> bool {
        self.cells.iter().flatten().all(|c| *c == SpeedCell::Full)
    }
}

#[cfg(test)]
mod tests;
