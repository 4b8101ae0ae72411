//! Wakes the front end when the state changed, at most about ten times a second for progress.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Shortest interval between two progress wake-ups.
const MIN_INTERVAL: Duration = Duration::from_millis(100);

/// A front end's wake-up callback, shared by all workers.
pub(crate) struct Waker {
    callback: Mutex<Option<Arc<dyn Fn() + Send + Sync>>>,
    epoch: Instant,
    last_ms: AtomicU64,
}

impl Default for Waker {
    fn default() -> Self {
        Self {
            callback: Mutex::new(None),
            epoch: Instant::now(),
            last_ms: AtomicU64::new(0),
        }
    }
}

impl Waker {
    /// Installs the callback.
    pub fn set(&self, callback: Arc<dyn Fn() + Send + Sync>) {
        *self.callback.lock().unwrap_or_else(PoisonError::into_inner) = Some(callback);
    }

    /// Calls the callback; progress wake-ups (`urgent == false`) are throttled.
    pub fn wake(&self, urgent: bool) {
        let now_ms = self.epoch.elapsed().as_millis() as u64;
        if !urgent {
            let last = self.last_ms.load(Ordering::Relaxed);
            if now_ms.saturating_sub(last) < MIN_INTERVAL.as_millis() as u64 {
                return;
            }
        }
        self.last_ms.store(now_ms, Ordering::Relaxed);
        let callback = self
            .callback
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        if let Some(callback) = callback {
            callback();
        }
    }
}
