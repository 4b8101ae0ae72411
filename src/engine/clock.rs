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
