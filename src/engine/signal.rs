//! The flag a command raises to stop a running worker, checked between reads.

use std::sync::atomic::{AtomicU8, Ordering};

/// Why a worker is asked to stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopRequest {
    /// Keep the partial file; the user will resume.
    Pause,
    /// Delete what this download created.
    Cancel,
    /// Haul is quitting: keep the partial file and continue on the next start.
    Shutdown,
}

/// One worker's stop flag.
#[derive(Debug, Default)]
pub struct StopSignal(AtomicU8);

impl StopSignal {
    /// Asks the worker to stop. A cancel is never downgraded to a pause.
    pub fn raise(&self, request: StopRequest) {
        let code = match request {
            StopRequest::Pause => 1,
            StopRequest::Shutdown => 2,
            StopRequest::Cancel => 3,
        };
        self.0.fetch_max(code, Ordering::SeqCst);
    }

    /// What the worker has been asked to do, if anything.
    pub fn requested(&self) -> Option<StopRequest> {
        match self.0.load(Ordering::SeqCst) {
            0 => None,
            1 => Some(StopRequest::Pause),
            2 => Some(StopRequest::Shutdown),
            _ => Some(StopRequest::Cancel),
        }
    }

    /// True once any stop has been asked for.
    pub fn is_raised(&self) -> bool {
        self.0.load(Ordering::SeqCst) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cancel_wins_over_pause() {
        let signal = StopSignal::default();
        assert_eq!(signal.requested(), None);
        signal.raise(StopRequest::Cancel);
        signal.raise(StopRequest::Pause);
        assert_eq!(signal.requested(), Some(StopRequest::Cancel));
    }
}
