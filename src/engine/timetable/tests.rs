//! Schedules and the speed grid against a fake clock.

use super::*;
use crate::engine::clock::{Clock, FakeClock};
use crate::engine::rate::Rate;

fn at(clock: &FakeClock, weekday: u8, hour: u32, minute: u32) -> Moment {
    clock.set(weekday, hour, minute);
    clock.now()
}

fn time(text: &str) -> TimeOfDay {
    TimeOfDay::parse(text).expect("time")
}

#[test]
fn times_read_and_print() {
    assert_eq!(time("1:05").to_string(), "01:05");
    assert_eq!(TimeOfDay::parse("24:00"), None);
    assert_eq!(TimeOfDay::parse("noon"), None);
}

#[test]
fn a_weekly_night_window_opens_on_its_days_and_runs_past_midnight() {
    let clock = FakeClock::at(0, 12, 0);
    // 23:00 to 06:00, Monday and Friday nights.
    let night = Schedule {
        start: time("23:00"),
        stop: Some(time("06:00")),
        days: 1 | 1 << 4,
        repeat: Repeat::Weekly,
        set_unix: 0,
    };
    assert!(!night.is_open(&at(&clock, 0, 22, 59)));
    assert!(night.is_open(&at(&clock, 0, 23, 0)));
    assert!(night.is_open(&at(&clock, 1, 5, 59)), "Tuesday morning");
    assert!(!night.is_open(&at(&clock, 1, 6, 0)));
    assert!(!night.is_open(&at(&clock, 1, 23, 30)), "not on Tuesdays");
    let next = night.next_start(&at(&clock, 1, 23, 30)).expect("next");
    assert_eq!((next.weekday, next.minute_of_day()), (4, 23 * 60));
    assert!(night.is_open(&at(&clock, 5, 2, 0)), "Saturday morning");
}

#[test]
fn a_window_without_a_stop_lasts_a_day_and_no_days_means_every_day() {
    let clock = FakeClock::at(2, 0, 30);
    let daily = Schedule {
        start: time("01:00"),
        stop: None,
        days: 0,
        repeat: Repeat::Weekly,
        set_unix: 0,
    };
    let now = clock.now();
    assert!(daily.is_open(&now), "yesterday's window is still open");
    let from_one = Schedule {
        stop: Some(time("02:00")),
        ..daily
    };
    assert!(!from_one.is_open(&now));
    let next = from_one.next_start(&now).expect("next");
    assert_eq!(
        (next.weekday, next.minute_of_day()),
        (2, 60),
        "today at 01:00"
    );
    assert_eq!(next.unix - now.unix, 30 * 60);
}

#[test]
fn a_one_time_window_opens_once_then_never_again() {
    let clock = FakeClock::at(0, 12, 0);
    let once = Schedule {
        start: time("01:00"),
        stop: Some(time("03:00")),
        days: 0,
        repeat: Repeat::Once,
        set_unix: clock.now().unix,
    };
    assert!(!once.is_open(&clock.now()));
    let next = once.next_start(&clock.now()).expect("planned");
    assert_eq!(
        (next.weekday, next.minute_of_day()),
        (1, 60),
        "tomorrow 01:00"
    );
    assert!(once.is_open(&at(&clock, 1, 2, 0)));
    assert!(!once.is_open(&at(&clock, 1, 3, 0)));
    assert!(!once.is_open(&at(&clock, 2, 2, 0)), "not the next night");
    assert_eq!(once.next_start(&clock.now()), None);
}

#[test]
fn the_speed_grid_reads_the_hour_of_the_week() {
    let clock = FakeClock::at(6, 23, 59);
    let mut grid = SpeedGrid {
        limited: Rate::bytes_per_sec(1000),
        ..SpeedGrid::default()
    };
    assert!(grid.is_open_always());
    grid.cells[6][23] = SpeedCell::Paused;
    grid.cells[0][0] = SpeedCell::Limited;
    assert_eq!(grid.at(&clock.now()), SpeedCell::Paused);
    clock.advance(60);
    assert_eq!(grid.at(&clock.now()), SpeedCell::Limited, "Monday 00:00");
    clock.advance(3600);
    assert_eq!(grid.at(&clock.now()), SpeedCell::Full);
}
