//! The settings of queues, their schedules, the weekly speed grid and what happens when
//! downloads are done, as `haul.toml` spells them (`start_at = "01:00"`, `days = ["mon"]`,
//! a day of the grid as 24 letters), and what the engine makes of them.

use serde::{Deserialize, Serialize};

use super::network::{ProxyMode, proxy_choice};
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::rate::Rate;
use crate::engine::state::{MAIN, QueueConfig};
use crate::engine::timetable::{Repeat, Schedule, SpeedCell, SpeedGrid, TimeOfDay};

/// The weekdays as `days` names them, Monday first.
pub const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// What happens when a queue (or everything) is done.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WhenDone {
    /// Nothing.
    #[default]
    Nothing,
    /// Haul quits.
    Quit,
    /// The computer suspends.
    Suspend,
    /// The computer hibernates.
    Hibernate,
    /// The computer powers off.
    PowerOff,
    /// A command of the user's runs.
    Command,
}

impl WhenDone {
    /// Every choice, in the order menus show them.
    pub const ALL: [Self; 6] = [
        Self::Nothing,
        Self::Quit,
        Self::Suspend,
        Self::Hibernate,
        Self::PowerOff,
        Self::Command,
    ];
}

/// Once or every week, as written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RepeatSetting {
    /// The first window only.
    Once,
    /// Every week.
    #[default]
    Weekly,
}

/// One `[[queues]]` entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QueueSettings {
    /// Its name ("Main" sets the main queue's limit, schedule and when-done; its number of
    /// downloads at once is `jobs` at the top).
    pub name: String,
    /// Downloads of this queue at once.
    pub jobs: usize,
    /// Its own speed limit such as "1M"; empty for none.
    pub speed_limit: String,
    /// When it starts ("01:00"); empty: no schedule, it always runs.
    pub start_at: String,
    /// When it stops ("07:00"); empty: a day after it started.
    pub stop_at: String,
    /// The days it starts on ("mon" ... "sun"); none: every day.
    pub days: Vec<String>,
    /// Once, or every week.
    pub repeat: RepeatSetting,
    /// For a one-time schedule: when it was set (Unix seconds; 0: when Haul started).
    #[serde(skip_serializing_if = "is_zero")]
    pub set_unix: u64,
    /// What happens when every download in it is done.
    pub when_done: WhenDone,
    /// The command for `when_done = "command"`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub command: String,
    /// Its own proxy: empty for the settings' proxy, "none", "system", or an address.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub proxy: String,
}

fn is_zero(value: &u64) -> bool {
    *value == 0
}

impl Default for QueueSettings {
    fn default() -> Self {
        Self {
            name: String::new(),
            jobs: 2,
            speed_limit: String::new(),
            start_at: String::new(),
            stop_at: String::new(),
            days: Vec::new(),
            repeat: RepeatSetting::Weekly,
            set_unix: 0,
            when_done: WhenDone::Nothing,
            command: String::new(),
            proxy: String::new(),
        }
    }
}

impl QueueSettings {
    /// A queue named `name` with the defaults.
    pub fn named(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            ..Self::default()
        }
    }

    /// Its schedule, if it has a readable start time.
    pub fn schedule(&self) -> Option<Schedule> {
        let start = TimeOfDay::parse(&self.start_at)?;
        let days = self.days.iter().fold(0u8, |days, name| {
            let name = name.trim().to_ascii_lowercase();
            match DAY_NAMES.iter().position(|day| name.starts_with(day)) {
                Some(at) => days | (1 << at),
                None => days,
            }
        });
        Some(Schedule {
            start,
            stop: TimeOfDay::parse(&self.stop_at),
            days,
            repeat: match self.repeat {
                RepeatSetting::Once => Repeat::Once,
                RepeatSetting::Weekly => Repeat::Weekly,
            },
            set_unix: self.set_unix,
        })
    }

    /// What the engine runs: Main's number at once is `main_jobs`.
    pub fn engine_queue(&self, main_jobs: usize) -> QueueConfig {
        let name = self.name.trim();
        QueueConfig {
            name: name.to_owned(),
            jobs: if name == MAIN { main_jobs } else { self.jobs },
            speed_limit: rate(&self.speed_limit),
            schedule: self.schedule(),
            proxy: self.own_proxy(),
        }
    }

    /// Its own proxy, as the engine takes it (`None`: the settings'). An address Haul cannot
    /// use is a broken choice: its downloads fail with the reason, never going around it.
    pub fn own_proxy(&self) -> Option<ProxyChoice> {
        match self.proxy.trim() {
            "" => None,
            "none" => Some(ProxyChoice::Direct),
            "system" => Some(ProxyChoice::System),
            address => Some(proxy_choice(ProxyMode::Manual, address, "")),
        }
    }
}

/// A rate such as "500K"; empty, "0" or unreadable: none.
pub fn rate(text: &str) -> Rate {
    crate::format::parse_limit(text).unwrap_or(Rate::NONE)
}

/// The `[speed_schedule]` table: a day of the grid is 24 letters, one per hour: `F` full
/// speed, `L` limited to `limited`, `P` paused.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SpeedScheduleSettings {
    /// The grid applies.
    pub enabled: bool,
    /// The rate of limited hours, such as "500K".
    pub limited: String,
    /// Monday to Sunday (missing hours are full speed).
    pub mon: String,
    #[allow(missing_docs)]
    pub tue: String,
    #[allow(missing_docs)]
    pub wed: String,
    #[allow(missing_docs)]
    pub thu: String,
    #[allow(missing_docs)]
    pub fri: String,
    #[allow(missing_docs)]
    pub sat: String,
    #[allow(missing_docs)]
    pub sun: String,
}

impl SpeedScheduleSettings {
    fn days(&self) -> [&String; 7] {
        [
            &self.mon, &self.tue, &self.wed, &self.thu, &self.fri, &self.sat, &self.sun,
        ]
    }

    fn days_mut(&mut self) -> [&mut String; 7] {
        [
            &mut self.mon,
            &mut self.tue,
            &mut self.wed,
            &mut self.thu,
            &mut self.fri,
            &mut self.sat,
            &mut self.sun,
        ]
    }

    /// The grid the engine applies, when enabled.
    pub fn grid(&self) -> Option<SpeedGrid> {
        self.enabled.then(|| self.cells())
    }

    /// The grid as written, enabled or not.
    pub fn cells(&self) -> SpeedGrid {
        let mut grid = SpeedGrid {
            limited: rate(&self.limited),
            ..SpeedGrid::default()
        };
        for (day, text) in self.days().into_iter().enumerate() {
            for (hour, letter) in text.chars().take(24).enumerate() {
                grid.cells[day][hour] = match letter.to_ascii_uppercase() {
                    'L' => SpeedCell::Limited,
                    'P' => SpeedCell::Paused,
                    _ => SpeedCell::Full,
                };
            }
        }
        grid
    }

    /// Writes `grid`'s cells back as letters.
    pub fn set_cells(&mut self, grid: &SpeedGrid) {
        for (day, text) in self.days_mut().into_iter().enumerate() {
            *text = grid.cells[day]
                .iter()
                .map(|cell| match cell {
                    SpeedCell::Full => 'F',
                    SpeedCell::Limited => 'L',
                    SpeedCell::Paused => 'P',
                })
                .collect();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_queue_reads_its_schedule_and_limit() {
        let queue: QueueSettings = toml::from_str(
            "name = \"Night\"\njobs = 1\nspeed_limit = \"1M\"\nstart_at = \"23:00\"\n\
             stop_at = \"6:00\"\ndays = [\"mon\", \"Friday\"]\nwhen_done = \"poweroff\"\n",
        )
        .expect("queue");
        let engine = queue.engine_queue(3);
        assert_eq!(engine.jobs, 1);
        assert_eq!(engine.speed_limit, Rate::bytes_per_sec(1024 * 1024));
        let schedule = engine.schedule.expect("schedule");
        assert_eq!(schedule.start.to_string(), "23:00");
        assert_eq!(
            schedule.stop.map(|s| s.to_string()).as_deref(),
            Some("06:00")
        );
        assert_eq!(schedule.days, 1 | 1 << 4);
        assert_eq!(queue.when_done, WhenDone::PowerOff);
        // Main's number at once is the top-level one.
        assert_eq!(QueueSettings::named(MAIN).engine_queue(5).jobs, 5);
        assert!(QueueSettings::named("x").schedule().is_none());
    }

    #[test]
    fn the_speed_grid_round_trips_as_letters() {
        let mut table = SpeedScheduleSettings {
            enabled: true,
            limited: "100K".into(),
            mon: "PPPPPPLLLLLLLLLLLLLLFFFF".into(),
            ..SpeedScheduleSettings::default()
        };
        let grid = table.grid().expect("enabled");
        assert_eq!(grid.cells[0][0], SpeedCell::Paused);
        assert_eq!(grid.cells[0][6], SpeedCell::Limited);
        assert_eq!(grid.cells[0][20], SpeedCell::Full);
        assert_eq!(grid.cells[3][3], SpeedCell::Full);
        assert_eq!(grid.limited, Rate::bytes_per_sec(100 * 1024));
        table.set_cells(&grid);
        assert_eq!(table.mon, "PPPPPPLLLLLLLLLLLLLLFFFF");
        assert_eq!(table.tue, "F".repeat(24));
    }

    #[test]
    fn a_queues_own_proxy_is_read_from_its_words() {
        let with = |proxy: &str| QueueSettings {
            proxy: proxy.into(),
            ..QueueSettings::named("Night")
        };
        assert_eq!(with("").own_proxy(), None);
        assert_eq!(with("none").own_proxy(), Some(ProxyChoice::Direct));
        assert_eq!(with("system").own_proxy(), Some(ProxyChoice::System));
        assert!(matches!(
            with("socks5h://p:1080").own_proxy(),
            Some(ProxyChoice::Manual { .. })
        ));
        assert!(matches!(
            with("ftp://p:21").own_proxy(),
            Some(ProxyChoice::Broken(_))
        ));
        assert_eq!(
            with("none").engine_queue(2).proxy,
            Some(ProxyChoice::Direct)
        );
    }
}
