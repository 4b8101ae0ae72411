//! Speed limits: a token bucket per download and one for everything, changeable at any time.
//! Reader threads ask it how long to wait after each read, so the limit throttles the
//! connection itself (TCP flow control slows the server) rather than buffering ahead.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Burst allowance: this much of a second's worth may arrive at once.
const BURST: f64 = 0.05;

/// A rate limit in bytes per second; 0 means none.
#[derive(Debug)]
pub struct RateLimiter {
    bytes_per_sec: AtomicU64,
    bucket: Mutex<Bucket>,
}

#[derive(Debug)]
struct Bucket {
    /// Bytes that may be read now; negative while in debt.
    tokens: f64,
    refilled: Instant,
}

impl RateLimiter {
    /// A limiter at `bytes_per_sec` (0: unlimited).
    pub fn new(bytes_per_sec: u64) -> Self {
        Self {
            bytes_per_sec: AtomicU64::new(bytes_per_sec),
            bucket: Mutex::new(Bucket {
                tokens: 0.0,
                refilled: Instant::now(),
            }),
        }
    }

    /// Changes the limit (0: unlimited).
    pub fn set(&self, bytes_per_sec: u64) {
        self.bytes_per_sec.store(bytes_per_sec, Ordering::Relaxed);
    }

    /// The limit (0: unlimited).
    pub fn get(&self) -> u64 {
        self.bytes_per_sec.load(Ordering::Relaxed)
    }

    /// How much to read at once so reads stay small next to the limit.
    pub fn read_size(&self, buffer: usize) -> usize {
        match self.get() {
            0 => buffer,
            rate => ((rate as f64 * BURST) as usize).max(4096).min(buffer),
        }
    }

    /// Accounts for `bytes` just read and returns how long the reader should pause.
    pub fn take(&self, bytes: usize) -> Duration {
        let rate = self.get();
        let mut bucket = self.bucket.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        if rate == 0 {
            bucket.tokens = 0.0;
            bucket.refilled = now;
            return Duration::ZERO;
        }
        let rate = rate as f64;
        let elapsed = now.duration_since(bucket.refilled).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * rate).min(rate * BURST);
        bucket.refilled = now;
        bucket.tokens -= bytes as f64;
        if bucket.tokens >= 0.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64(-bucket.tokens / rate)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paces_reads_to_the_rate() {
        let limiter = RateLimiter::new(1_000_000);
        let started = Instant::now();
        let mut read = 0;
        while read < 500_000 {
            let chunk = limiter.read_size(256 * 1024);
            assert!(chunk <= 50_000);
            read += chunk;
            std::thread::sleep(limiter.take(chunk));
        }
        let secs = started.elapsed().as_secs_f64();
        let rate = read as f64 / secs;
        assert!((900_000.0..1_150_000.0).contains(&rate), "{rate} B/s");
        limiter.set(0);
        assert_eq!(limiter.take(10_000_000), Duration::ZERO);
    }
}
