//! What workers use besides their row: the HTTP client and policies, read buffers, reader
//! threads, the folder syncer and the indexes of files in download folders. None of it is
//! anyone's status; a worker reports that through its [`Reporter`](super::reporter::Reporter).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use super::{Tuning, control, dirsync, origin, pool, pump};

/// Shared by every worker; reached through an `Arc`.
pub(crate) struct Resources {
    /// Read buffers reused by all transfers.
    pub buffers: Arc<pump::BufferPool>,
    /// Threads reading responses, kept for the next one.
    pub reader_threads: pool::Pool,
    /// Folders whose renames are waiting to be made durable.
    pub dir_syncer: dirsync::DirSyncer,
    /// Unfinished downloads found in download folders, for resuming by link.
    pub controls: control::ControlIndex,
    /// Finished files in download folders, by the link they came from.
    pub origins: origin::OriginIndex,
    /// Every byte written by every download since the engine started (for the overall speed,
    /// which must count files too short to show a speed of their own).
    received: AtomicU64,
    tuning: Mutex<Tuning>,
}

impl Resources {
    pub fn new(tuning: Tuning) -> Self {
        Self {
            buffers: Arc::default(),
            reader_threads: pool::Pool::new("haul-reader", Some(pump::READER_STACK_BYTES)),
            dir_syncer: dirsync::DirSyncer::default(),
            controls: control::ControlIndex::default(),
            origins: origin::OriginIndex::default(),
            received: AtomicU64::new(0),
            tuning: Mutex::new(tuning),
        }
    }

    /// The current client and policies (a cheap copy: the client is reference-counted).
    pub fn tuning(&self) -> Tuning {
        self.tuning
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Changes the client and policies; attempts that start later use the new ones.
    pub fn retune(&self, change: impl FnOnce(&mut Tuning)) {
        change(&mut self.tuning.lock().unwrap_or_else(PoisonError::into_inner));
    }

    /// Counts bytes that arrived.
    pub fn count_received(&self, bytes: u64) {
        self.received.fetch_add(bytes, Ordering::Relaxed);
    }

    /// Every byte received so far.
    pub fn received(&self) -> u64 {
        self.received.load(Ordering::Relaxed)
    }
}
