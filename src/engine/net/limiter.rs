//! Speed limits: a token bucket per download and one for everything, changeable at any time.
//! Reader threads ask it how long to wait after each read, so the limit throttles the
//! connection itself (TCP flow control slows the server) rather than buffering ahead. A limiter
//! also says whether it binds (it made a reader wait lately), so a download does not open
//! connections that only the limit would slow down again.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Burst allowance: this much of a second's worth may arrive at once.
const BURST: f64 = 0.05;
/// A limit binds while it made a reader wait within this long.
const BINDING_FOR: Duration = Duration::from_secs(1);

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
    /// When a reader was last asked to wait.
    waited: Option<Instant>,
}

impl RateLimiter {
    /// A limiter at `bytes_per_sec` (0: unlimited).
    pub fn new(bytes_per_sec: u64) -> Self {
        Self {
            bytes_per_sec: AtomicU64::new(bytes_per_sec),
            bucket: Mutex::new(Bucket {
                // A burst's worth at once, like a bucket that has been waiting.
                tokens: bytes_per_sec as f64 * BURST,
                refilled: Instant::now(),
                waited: None,
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
            bucket.waited = Some(now);
            Duration::from_secs_f64(-bucket.tokens / rate)
        }
    }

    /// How long until the bucket is out of debt (others read meanwhile): a reader about to
    /// start waits this long first, so many connections starting at once do not each take a
    /// burst before the first of them is paced.
    pub fn due(&self) -> Duration {
        let rate = self.get();
        if rate == 0 {
            return Duration::ZERO;
        }
        let bucket = self.bucket.lock().unwrap_or_else(PoisonError::into_inner);
        let refilled = bucket.tokens + bucket.refilled.elapsed().as_secs_f64() * rate as f64;
        if refilled >= 0.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64(-refilled / rate as f64)
        }
    }

    /// True while the limit holds readers back: one made a reader wait within the last
    /// second. More connections would only be slowed down by it again.
    pub fn binding(&self) -> bool {
        if self.get() == 0 {
            return false;
        }
        let bucket = self.bucket.lock().unwrap_or_else(PoisonError::into_inner);
        bucket.waited.is_some_and(|at| at.elapsed() < BINDING_FOR)
    }
}

/// What a connection's reads are paced by: a download's own limit, its queue's, the overall one.
pub trait Limit: Send + Sync + std::fmt::Debug {
    /// How much to read at once so reads stay small next to the limit.
    fn read_size(&self, buffer: usize) -> usize;
    /// Accounts for `bytes` just read and returns how long the reader should pause.
    fn take(&self, bytes: usize) -> Duration;
    /// True while the limit holds readers back.
    fn binding(&self) -> bool;
    /// The limit in bytes per second (0: none).
    fn rate(&self) -> u64;
    /// How long a reader about to start should wait (see [`RateLimiter::due`]).
    fn due(&self) -> Duration;
}

impl Limit for RateLimiter {
    fn read_size(&self, buffer: usize) -> usize {
        RateLimiter::read_size(self, buffer)
    }
    fn take(&self, bytes: usize) -> Duration {
        RateLimiter::take(self, bytes)
    }
    fn binding(&self) -> bool {
        RateLimiter::binding(self)
    }
    fn rate(&self) -> u64 {
        self.get()
    }
    fn due(&self) -> Duration {
        RateLimiter::due(self)
    }
}

/// The limit of whichever queue a running download is in now: moved to another queue, its
/// connections are paced by that queue's limit from their next read, not from its next start.
#[derive(Debug)]
pub struct QueueLimit {
    current: Mutex<Arc<RateLimiter>>,
}

impl QueueLimit {
    /// Paced by `limiter` until told otherwise.
    pub fn new(limiter: Arc<RateLimiter>) -> Self {
        Self {
            current: Mutex::new(limiter),
        }
    }

    /// The download is in another queue now: `limiter` paces it.
    pub fn follow(&self, limiter: Arc<RateLimiter>) {
        *self.current.lock().unwrap_or_else(PoisonError::into_inner) = limiter;
    }

    fn current(&self) -> Arc<RateLimiter> {
        Arc::clone(&self.current.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl Limit for QueueLimit {
    fn read_size(&self, buffer: usize) -> usize {
        self.current().read_size(buffer)
    }
    fn take(&self, bytes: usize) -> Duration {
        self.current().take(bytes)
    }
    fn binding(&self) -> bool {
        self.current().binding()
    }
    fn rate(&self) -> u64 {
        self.current().get()
    }
    fn due(&self) -> Duration {
        self.current().due()
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
        assert!(limiter.binding(), "reading at the limit: it binds");
        limiter.set(0);
        assert!(!limiter.binding(), "no limit binds nothing");
        assert_eq!(limiter.take(10_000_000), Duration::ZERO);
    }

    #[test]
    fn a_limit_above_the_speed_does_not_bind() {
        let limiter = RateLimiter::new(10_000_000);
        for _ in 0..20 {
            // 16 KiB every 10 ms: 1.6 MB/s under a 10 MB/s limit.
            assert_eq!(limiter.take(16 * 1024), Duration::ZERO);
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(!limiter.binding());
    }

    #[test]
    fn a_queue_limit_follows_the_download_into_another_queue() {
        let fast = Arc::new(RateLimiter::new(0));
        let slow = Arc::new(RateLimiter::new(100_000));
        let queue = QueueLimit::new(Arc::clone(&fast));
        assert_eq!(queue.take(1_000_000), Duration::ZERO, "no limit");
        queue.follow(slow);
        assert!(
            queue.take(50_000) > Duration::from_millis(100),
            "the new queue's limit paces the next read"
        );
    }
}
