//! What a server turned out to allow, remembered: how many connections paid off for a download
//! from it, and what each one got when it was held to a rate. A later download from the server
//! (in this session, through [`Hosts`](super::hosts::Hosts)) or the same download resumed (in
//! its control file) starts there instead of climbing again. Kept for an hour: servers change
//! their rules and lines their load.

use serde::{Deserialize, Serialize};

/// How long what was learned about a server is used.
pub const REMEMBERED_FOR_SECS: u64 = 60 * 60;

/// The connections that paid off for a download from one server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Learned {
    /// Connections that brought the speed (never fewer than the download started with).
    pub connections: usize,
    /// What each connection got when the server held each one to a rate (bytes per second);
    /// `None` when that was not what the measurements showed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub each: Option<u64>,
    /// The speed they brought together (bytes per second).
    pub total: u64,
    /// When it was learned (Unix seconds).
    pub at_unix: u64,
}

impl Learned {
    /// Still worth using at `now_unix` (not older than [`REMEMBERED_FOR_SECS`], and not from
    /// the future of a clock set back).
    pub fn fresh(&self, now_unix: u64) -> bool {
        self.at_unix <= now_unix && now_unix - self.at_unix < REMEMBERED_FOR_SECS
    }

    /// The newer of two, when either is fresh at `now_unix`.
    pub fn newest(a: Option<Self>, b: Option<Self>, now_unix: u64) -> Option<Self> {
        [a, b]
            .into_iter()
            .flatten()
            .filter(|l| l.fresh(now_unix))
            .max_by_key(|l| l.at_unix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learned(at_unix: u64) -> Learned {
        Learned {
            connections: 8,
            each: Some(350_000),
            total: 2_800_000,
            at_unix,
        }
    }

    #[test]
    fn an_hour_old_memory_is_forgotten() {
        assert!(learned(1000).fresh(1000 + 60));
        assert!(!learned(1000).fresh(1000 + REMEMBERED_FOR_SECS));
        assert!(!learned(5000).fresh(1000), "from a clock set back");
        let newest = Learned::newest(Some(learned(100)), Some(learned(200)), 300);
        assert_eq!(newest.map(|l| l.at_unix), Some(200));
        assert_eq!(
            Learned::newest(Some(learned(100)), None, 100 + REMEMBERED_FOR_SECS),
            None
        );
    }
}
