//! Saving the queue in the background: a moment after a meaningful change, on its own thread,
//! never while the state is locked, and once more when Haul quits.

use std::io;
use std::sync::{Arc, Condvar, Mutex, PoisonError, Weak};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use crate::engine::notice::Notice;
use crate::engine::queue::store::QueueStore;
use crate::engine::state::Download;

/// How long a burst of changes may settle before it is saved.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// What the saver thread needs from the engine: a copy of the rows and the next id.
pub(crate) trait QueueSource: Send + Sync + 'static {
    /// The rows to save and the next free id, or `None` when the engine is gone.
    fn rows_to_save(&self) -> Option<(Vec<Arc<Download>>, u64)>;
    /// Reports a failed save to the user.
    fn report(&self, notice: Notice);
}

#[derive(Default)]
struct SaverFlags {
    dirty: bool,
    stop: bool,
}

/// Saves the queue on a background thread a moment after it changes.
pub(crate) struct Persister {
    flags: Arc<(Mutex<SaverFlags>, Condvar)>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl Persister {
    /// Starts the saver thread.
    pub fn spawn<S: QueueSource>(store: QueueStore, source: Weak<S>) -> io::Result<Self> {
        let flags: Arc<(Mutex<SaverFlags>, Condvar)> = Arc::default();
        let thread_flags = Arc::clone(&flags);
        let thread = thread::Builder::new()
            .name("haul-saver".into())
            .spawn(move || saver_loop(&store, &source, &thread_flags))?;
        Ok(Self {
            flags,
            thread: Mutex::new(Some(thread)),
        })
    }

    /// Notes that the queue changed; it is saved shortly.
    pub fn mark_dirty(&self) {
        let (lock, wakeup) = &*self.flags;
        lock.lock().unwrap_or_else(PoisonError::into_inner).dirty = true;
        wakeup.notify_all();
    }

    /// Saves one last time and stops the thread.
    pub fn stop(&self) {
        {
            let (lock, wakeup) = &*self.flags;
            let mut flags = lock.lock().unwrap_or_else(PoisonError::into_inner);
            flags.stop = true;
            flags.dirty = true;
            wakeup.notify_all();
        }
        let handle = self
            .thread
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(handle) = handle {
            let _ = handle.join();
        }
    }
}

fn saver_loop<S: QueueSource>(
    store: &QueueStore,
    source: &Weak<S>,
    flags: &(Mutex<SaverFlags>, Condvar),
) {
    // Writing a long list takes a while; the window's frames and the transfers come first
    // (on Linux the nice value of the calling thread alone).
    let _ = rustix::process::setpriority_process(None, 10);
    let (lock, wakeup) = flags;
    loop {
        let stopping = {
            let mut guard = lock.lock().unwrap_or_else(PoisonError::into_inner);
            while !guard.dirty && !guard.stop {
                guard = wakeup.wait(guard).unwrap_or_else(PoisonError::into_inner);
            }
            if !guard.stop {
                // Let a burst of changes settle, unless we are asked to stop meanwhile.
                guard = wakeup
                    .wait_timeout_while(guard, DEBOUNCE, |f| !f.stop)
                    .map(|(guard, _)| guard)
                    .unwrap_or_else(|poisoned| poisoned.into_inner().0);
            }
            guard.dirty = false;
            guard.stop
        };
        let Some(source) = source.upgrade() else {
            return;
        };
        if let Some((rows, next_id)) = source.rows_to_save()
            && let Err(err) = store.save(&rows, next_id)
        {
            log::warn!("saving the download list failed: {err}");
            source.report(Notice::ListNotSaved {
                path: store.queue_path(),
                problem: err.to_string(),
            });
        }
        if stopping {
            return;
        }
    }
}
