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

use super::fsutil;

/// How long renames are gathered before their folders are flushed.
const GATHER: Duration = Duration::from_millis(20);

#[derive(Default)]
struct Pending {
    dirs: HashSet<PathBuf>,
    /// A flush is scheduled or running.
    busy: bool,
}

/// Folders waiting to be flushed.
#[derive(Clone, Default)]
pub(crate) struct DirSyncer {
    pending: Arc<(Mutex<Pending>, Condvar)>,
}

impl DirSyncer {
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
                thread::sleep(GATHER);
                me.run();
            });
        if spawned.is_err() {
            self.run();
        }
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

    /// Waits until every requested folder is flushed (for quitting).
    pub fn wait(&self) {
        let (lock, done) = &*self.pending;
        let dirs: Vec<PathBuf> = {
            let mut pending = lock.lock().unwrap_or_else(PoisonError::into_inner);
            while pending.busy {
                pending = done.wait(pending).unwrap_or_else(PoisonError::into_inner);
            }
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
        let syncer = DirSyncer::default();
        for _ in 0..10 {
            syncer.request(dir.path().to_owned());
        }
        syncer.wait();
        let (lock, _) = &*syncer.pending;
        let pending = lock.lock().expect("lock");
        assert!(pending.dirs.is_empty() && !pending.busy);
    }
}
