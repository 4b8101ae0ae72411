//! The progress of unfinished downloads from the saved list, read from their control files on
//! a thread of its own once the engine runs. Reading them before would hold the window back:
//! a list of thousands of paused downloads means thousands of small reads, which after a
//! reboot on a spinning disk take seconds. Until then the rows show the list's own numbers.

use std::path::PathBuf;
use std::sync::Arc;

use crate::engine::queue::shared::Shared;
use crate::engine::queue::store;
use crate::engine::state::DownloadId;

/// Rows read between two updates of the state (short critical sections, few wake-ups).
const BATCH: usize = 256;

/// An unfinished row to look at: its id, folder and file name.
pub(super) type Target = (DownloadId, PathBuf, String);

/// Reads the control files of `targets` and puts what they say in their rows, unless a row
/// started running meanwhile (its worker knows better).
pub(super) fn spawn(shared: &Arc<Shared>, targets: Vec<Target>) {
    if targets.is_empty() {
        return;
    }
    let shared = Arc::downgrade(shared);
    let started = std::thread::Builder::new()
        .name("haul-partials".into())
        .spawn(move || {
            for batch in targets.chunks(BATCH) {
                let found: Vec<_> = batch
                    .iter()
                    .map(|(id, dir, name)| (*id, store::partial_on_disk(dir, name)))
                    .collect();
                let Some(shared) = shared.upgrade() else {
                    return;
                };
                {
                    let mut state = shared.lock();
                    for (id, (done, total)) in found {
                        state.disk_progress(id, done, total);
                    }
                }
                shared.waker.wake(true);
            }
        });
    if let Err(err) = started {
        log::warn!("the progress of saved downloads could not be read: {err}");
    }
}

/// The unfinished rows of a freshly loaded list whose partial files may hold progress.
pub(super) fn targets(rows: &[Arc<crate::engine::state::Download>]) -> Vec<Target> {
    rows.iter()
        .filter(|row| !row.status.is_terminal())
        .filter_map(|row| {
            let name = row.file_name.clone()?;
            Some((row.id, row.dir.clone(), name))
        })
        .collect()
}
