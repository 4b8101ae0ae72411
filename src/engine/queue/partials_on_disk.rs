//! The progress of unfinished downloads from the saved list, read from their control files on
//! a thread of its own once the engine runs. Reading them before would hold the window back:
//! a list of thousands of paused downloads means thousands of small reads, which after a
//! reboot on a spinning disk take seconds. Until then the rows show the list's own numbers.

use std::sync::Arc;

use crate::engine::kinds;
use crate::engine::queue::shared::Shared;
use crate::engine::state::Download;

/// Rows read between two updates of the state (short critical sections, few wake-ups).
const BATCH: usize = 256;

/// An unfinished row to look at (rows are shared, so this copies a pointer).
pub(super) type Target = Arc<Download>;

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
                    .filter_map(|row| {
                        let on_disk = kinds::driver(row.kind).progress_on_disk(row)?;
                        Some((row.id, on_disk))
                    })
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
pub(super) fn targets(rows: &[Arc<Download>]) -> Vec<Target> {
    rows.iter()
        .filter(|row| !row.status.is_terminal())
        .cloned()
        .collect()
}
