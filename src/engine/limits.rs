//! Every tunable number in one table: its default and the range it is held to. The settings
//! file (`config/haul.toml`, tested against this table), `Settings`, the engine's own defaults,
//! the command line's accepted ranges and the Settings window all read it, so they can never
//! disagree.

use std::ops::RangeInclusive;

/// A setting's default and the values it may take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    /// The value when nobody says otherwise.
    pub default: u64,
    /// The smallest accepted value.
    pub min: u64,
    /// The largest accepted value.
    pub max: u64,
}

impl Limit {
    /// `value` held to the range.
    pub fn clamp(self, value: u64) -> u64 {
        value.clamp(self.min, self.max)
    }

    /// The range, as widgets and argument parsers take it.
    pub fn range(self) -> RangeInclusive<u64> {
        self.min..=self.max
    }

    /// The range for `usize` settings.
    pub fn usize_range(self) -> RangeInclusive<usize> {
        as_usize(self.min)..=as_usize(self.max)
    }

    /// The default for `usize` settings.
    pub fn usize_default(self) -> usize {
        as_usize(self.default)
    }

    /// `value` held to the range, for `usize` settings.
    pub fn clamp_usize(self, value: usize) -> usize {
        value.clamp(as_usize(self.min), as_usize(self.max))
    }
}

fn as_usize(value: u64) -> usize {
    usize::try_from(value).unwrap_or(usize::MAX)
}

/// Downloads running at the same time.
pub const JOBS: Limit = Limit {
    default: 3,
    min: 1,
    max: 64,
};
/// Connections per file.
pub const CONNECTIONS_PER_FILE: Limit = Limit {
    default: 4,
    min: 1,
    max: 16,
};
/// Connections to one server across all downloads: also how far a download adds connections
/// when the server holds each one to a rate (see `worker::growth`).
pub const CONNECTIONS_PER_HOST: Limit = Limit {
    default: 32,
    min: 1,
    max: 32,
};
/// Attempts in a row without progress before a download fails.
pub const MAX_ATTEMPTS: Limit = Limit {
    default: 6,
    min: 1,
    max: 100,
};
/// The first retry's wait, in milliseconds (it doubles each time).
pub const RETRY_DELAY_MS: Limit = Limit {
    default: 1000,
    min: 0,
    max: 60_000,
};
/// The longest wait between retries, in seconds.
pub const MAX_RETRY_DELAY_SECS: Limit = Limit {
    default: 60,
    min: 1,
    max: 3600,
};
/// Seconds without data before a connection is given up.
pub const STALL_TIMEOUT_SECS: Limit = Limit {
    default: 30,
    min: 1,
    max: 3600,
};
/// Seconds to wait for a connection.
pub const CONNECT_TIMEOUT_SECS: Limit = Limit {
    default: 15,
    min: 1,
    max: 600,
};

/// How long quitting waits for downloads to record their progress (the window and
/// `haul get` alike).
pub const SHUTDOWN_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_is_inside_its_range() {
        for limit in [
            JOBS,
            CONNECTIONS_PER_FILE,
            CONNECTIONS_PER_HOST,
            MAX_ATTEMPTS,
            RETRY_DELAY_MS,
            MAX_RETRY_DELAY_SECS,
            STALL_TIMEOUT_SECS,
            CONNECT_TIMEOUT_SECS,
        ] {
            assert!(limit.range().contains(&limit.default), "{limit:?}");
            assert_eq!(limit.clamp(u64::MAX), limit.max);
        }
    }
}
