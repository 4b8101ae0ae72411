//! Speed and time-left estimates that stay steady: a sliding window over the last seconds.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// How far back the speed looks.
const WINDOW: Duration = Duration::from_secs(3);

/// Measures bytes per second from periodic readings of a growing byte count.
#[derive(Debug, Default)]
pub struct SpeedMeter {
    samples: VecDeque<(Instant, u64)>,
}

impl SpeedMeter {
    /// Records that `bytes` had been transferred at `now`.
    pub fn record(&mut self, now: Instant, bytes: u64) {
        if let Some(&(_, last)) = self.samples.back()
            && bytes < last
        {
            // The count went backwards (a restart from zero): old samples mean nothing now.
            self.samples.clear();
        }
        self.samples.push_back((now, bytes));
        while self.samples.len() > 2
            && self
                .samples
                .front()
                .is_some_and(|&(at, _)| now.duration_since(at) > WINDOW)
        {
            self.samples.pop_front();
        }
    }

    /// Forgets all readings (after a pause or a reconnect).
    pub fn reset(&mut self) {
        self.samples.clear();
    }

    /// Average speed over the window; zero until there are two readings.
    pub fn bytes_per_sec(&self) -> u64 {
        let (Some(&(t0, b0)), Some(&(t1, b1))) = (self.samples.front(), self.samples.back()) else {
            return 0;
        };
        let secs = t1.duration_since(t0).as_secs_f64();
        if secs < 0.2 {
            return 0;
        }
        (b1.saturating_sub(b0) as f64 / secs) as u64
    }
}

/// Seconds left for `remaining` bytes at `bytes_per_sec`, when that means anything.
pub fn eta_secs(remaining: Option<u64>, bytes_per_sec: u64) -> Option<u64> {
    let remaining = remaining?;
    (bytes_per_sec > 0).then(|| remaining.div_ceil(bytes_per_sec))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_over_window() {
        let start = Instant::now();
        let mut meter = SpeedMeter::default();
        meter.record(start, 0);
        assert_eq!(meter.bytes_per_sec(), 0);
        meter.record(start + Duration::from_secs(1), 1000);
        meter.record(start + Duration::from_secs(2), 2000);
        assert_eq!(meter.bytes_per_sec(), 1000);
        // Old samples fall out of the window.
        meter.record(start + Duration::from_secs(10), 12000);
        meter.record(start + Duration::from_secs(11), 12500);
        assert_eq!(meter.bytes_per_sec(), 500);
        assert_eq!(eta_secs(Some(1001), 500), Some(3));
        assert_eq!(eta_secs(None, 500), None);
        assert_eq!(eta_secs(Some(10), 0), None);
    }
}
