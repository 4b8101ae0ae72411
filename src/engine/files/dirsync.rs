//! Making renames durable in batches.
//!
//! A finished file's bytes are flushed before it is renamed into place (that is what keeps a
//! crash from leaving a damaged file under the right name). The rename itself becomes durable
//! when its folder is flushed; doing that once per file costs a disk round trip each, so a list
//! of many small files flushes each folder once for all the renames of a short moment instead.
//! Until then a power cut can only undo the rename: the file comes back as its marked partial
//! and is fetched again, never damaged. Quitting flushes what is pending.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use crate::engine::files::fsutil;

/// How long renames are gathered before their folders are flushed.
const GATHER: Duration = Duration::from_millis(20);

#[derive(Default)]
struct Pending {
    dirs: HashSet<PathBuf>,
    /// A flush is scheduled or running.
    busy: bool,
    /// Someone waits for the flush (Haul is quitting): stop gathering.
    hurry: bool,
}

/// Folders waiting to be flushed.
#[derive(Clone)]
pub(crate) struct DirSyncer {
    pending: Arc<(Mutex<Pending>, Condvar)>,
    gather: Duration,
}

impl Default for DirSyncer {
    fn default() -> Self {
        Self::gathering_for(GATHER)
    }
}

impl DirSyncer {
    /// A syncer that lets renames gather for `gather` before flushing.
    fn gathering_for(gather: Duration) -> Self {
        Self {
            pending: Arc::default(),
            gather,
        }
    }

    /// Flushes `dir` soon (together with other folders renamed into meanwhile).
    pub fn request(&self, dir: PathBuf) {
        let (lock, _) = &*self.pending;
        let mut pending = lock.lock().unwrap_or_else(PoisonError::into_inner);
        pending.dirs.insert(dir);
        if pending.busy {
            return;
        }
        pending.busy = true;
        drop(pending);
        let me = self.clone();
        let spawned = thread::Builder::new()
            .name("haul-dirsync".into())
            .stack_size(64 * 1024)
            .spawn(move || {
                me.gather();
                me.run();
            });
        if spawned.is_err() {
            self.run();
        }
    }

    /// Lets renames gather for a moment, unless someone is waiting for them.
    fn gather(&self) {
        let (lock, wake) = &*self.pending;
        let pending = lock.lock().unwrap_or_else(PoisonError::into_inner);
        let _ = wake
            .wait_timeout_while(pending, self.gather, |pending| !pending.hurry)
            .unwrap_or_else(PoisonError::into_inner);
    }

    /// Flushes until nothing is pending (the one flushing thread).
    fn run(&self) {
        let (lock, done) = &*self.pending;
        loop {
            let dirs: Vec<PathBuf> = {
                let mut pending = lock.lock().unwrap_or_else(PoisonError::into_inner);
                if pending.dirs.is_empty() {
                    pending.busy = false;
                    done.notify_all();
                    return;
                }
                pending.dirs.drain().collect()
            };
            for dir in dirs {
                fsutil::sync_dir(&dir);
            }
        }
    }

    /// Flushes every requested folder now and waits until that is done (for quitting).
    pub fn wait(&self) {
        let (lock, done) = &*self.pending;
        let dirs: Vec<PathBuf> = {
            let mut pending = lock.lock().unwrap_or_else(PoisonError::into_inner);
            pending.hurry = true;
            done.notify_all();
            while pending.busy {
                pending = done.wait(pending).unwrap_or_else(PoisonError::into_inner);
            }
            pending.hurry = false;
            pending.dirs.drain().collect()
        };
        for dir in dirs {
            fsutil::sync_dir(&dir);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_flushed_and_waited_for() {
        let dir = tempfile::tempdir().expect("temp dir");
        // Gathering for a minute: waiting must hurry it rather than sit it out.
        let syncer = DirSyncer::gathering_for(Duration::from_secs(60));
        for _ in 0..10 {
            syncer.request(dir.path().to_owned());
        }
        let started = std::time::Instant::now();
        syncer.wait();
        assert!(started.elapsed() < Duration::from_secs(30));
        let (lock, _) = &*syncer.pending;
        let pending = lock.lock().expect("lock");
        assert!(pending.dirs.is_empty() && !pending.busy);
    }
}
