//! A speed limit's one type: bytes per second, or none. Text becomes a `Rate` once, at the
//! edge (`crate::format::parse_limit` reads what people type, in their language's decimal
//! mark); from there the settings, the engine, the window, the tray and the remote control all
//! pass the same value, so no two of them can read "500K" differently.

use serde::{Deserialize, Serialize};

/// A speed limit in bytes per second; [`Rate::NONE`] is no limit.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Rate(u64);

impl Rate {
    /// No limit.
    pub const NONE: Rate = Rate(0);

    /// A limit of `bytes` bytes per second (0 is none).
    pub const fn bytes_per_sec(bytes: u64) -> Self {
        Rate(bytes)
    }

    /// Bytes per second; 0 when there is no limit.
    pub const fn get(self) -> u64 {
        self.0
    }

    /// Whether this limits anything.
    pub const fn is_limited(self) -> bool {
        self.0 > 0
    }

    /// The limit, or `None` for none.
    pub const fn limited(self) -> Option<u64> {
        if self.0 > 0 { Some(self.0) } else { None }
    }
}
