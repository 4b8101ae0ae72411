//! The wall clock, in the one unit the queue and the files record: whole seconds since the
//! Unix epoch. Everything that stamps a time takes it from here, so no layer reaches into
//! another (the saved queue, a worker) just to read the clock.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch (0 if the clock is set before it).
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// A moment as the schedules read it: the Unix time, and the local weekday and time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    /// Seconds since the Unix epoch.
    pub unix: u64,
    /// The local weekday, 0 for Monday to 6 for Sunday.
    pub weekday: u8,
    /// Seconds since local midnight.
    pub second_of_day: u32,
}

impl Moment {
    /// The local minute of the day (0 to 1439).
    pub fn minute_of_day(&self) -> u16 {
        (self.second_of_day / 60) as u16
    }

    /// The local hour (0 to 23).
    pub fn hour(&self) -> u8 {
        (self.second_of_day / 3600) as u8
    }

    /// The Unix time of this day's local midnight (days are taken as 24 hours long).
    pub fn midnight(&self) -> u64 {
        self.unix.saturating_sub(u64::from(self.second_of_day))
    }

    /// The moment `secs` seconds later (weekday and time of day follow, in 24-hour days).
    pub fn later(&self, secs: u64) -> Self {
        let total = u64::from(self.second_of_day) + secs;
        Self {
            unix: self.unix + secs,
            weekday: ((u64::from(self.weekday) + total / 86_400) % 7) as u8,
            second_of_day: (total % 86_400) as u32,
        }
    }
}

/// Where the schedules read the time: the system's clock, or a test's.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// Now.
    fn now(&self) -> Moment;
}

/// The system clock in the local time zone.
#[derive(Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Moment {
        let unix = unix_now();
        let local = jiff::Timestamp::from_second(i64::try_from(unix).unwrap_or(0))
            .map(|stamp| jiff::tz::TimeZone::system().to_datetime(stamp))
            .unwrap_or_default();
        let time = local.time();
        let seconds = |part: i8, unit: u32| u32::from(part.unsigned_abs()) * unit;
        Moment {
            unix,
            weekday: local.weekday().to_monday_zero_offset().unsigned_abs(),
            second_of_day: seconds(time.hour(), 3600)
                + seconds(time.minute(), 60)
                + seconds(time.second(), 1),
        }
    }
}

/// A clock that says what a test sets: schedules are tested without waiting.
#[derive(Debug)]
pub struct FakeClock(std::sync::Mutex<Moment>);

impl FakeClock {
    /// A clock showing `weekday` (0 Monday) at `hour:minute`, in some week.
    pub fn at(weekday: u8, hour: u32, minute: u32) -> Self {
        Self(std::sync::Mutex::new(Self::moment(weekday, hour, minute)))
    }

    /// Sets the time to `weekday` at `hour:minute`, later in the same week or the next.
    pub fn set(&self, weekday: u8, hour: u32, minute: u32) {
        let mut now = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let wanted = Self::moment(weekday, hour, minute);
        let from = u64::from(now.weekday) * 86_400 + u64::from(now.second_of_day);
        let to = u64::from(wanted.weekday) * 86_400 + u64::from(wanted.second_of_day);
        let ahead = (to + 7 * 86_400 - from) % (7 * 86_400);
        *now = now.later(ahead);
    }

    /// Moves the time on by `secs`.
    pub fn advance(&self, secs: u64) {
        let mut now = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *now = now.later(secs);
    }

    fn moment(weekday: u8, hour: u32, minute: u32) -> Moment {
        // A Monday midnight (2026-01-05 00:00 UTC) plus the offset into that week.
        let second_of_day = hour * 3600 + minute * 60;
        Moment {
            unix: 1_767_571_200 + u64::from(weekday) * 86_400 + u64::from(second_of_day),
            weekday: weekday % 7,
            second_of_day,
        }
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Moment {
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
