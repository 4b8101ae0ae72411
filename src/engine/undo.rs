//! Deletions that wait, so nothing is lost by surprise.
//!
//! Cancelling a download, and removing one with "also delete the partial file", first only
//! stop it (its partial file and control file stay, exactly as after a pause). The files are
//! deleted when the undo window has passed, or at once when Haul quits; until then
//! [`Engine::undo`] brings the download back with every byte it had. Removing without deletion
//! keeps the files for good (a later add of the same link continues them).
//!
//! The janitor thread runs only while deletions are waiting. A deletion never runs while the
//! download's worker still holds its files, and never touches a partial another Haul writes.

use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use super::state::transitions::Command;
use super::state::{Download, DownloadId, State, Status};
use super::worker::{self, Job};
use super::{Engine, Shared};

/// How often the janitor looks at what is due.
const TICK: Duration = Duration::from_millis(100);

/// Identifies one undoable action (a cancel or a removal of several rows at once).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UndoToken(u64);

/// What removing does with the partial files of unfinished downloads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartialFiles {
    /// Keep them: the download can be added again and continues.
    Keep,
    /// Delete them once the undo window has passed.
    Delete,
}

/// A deletion waiting for its undo window to pass.
#[derive(Debug)]
pub(crate) struct PendingDeletion {
    pub token: UndoToken,
    pub job: Job,
    /// The row, when the action removed it from the list (undo puts it back).
    pub removed_row: Option<Arc<Download>>,
    pub due: Instant,
}

/// Rows an action took off the list without deleting anything (undo puts them back).
#[derive(Debug)]
pub(crate) struct RemovedRows {
    pub token: UndoToken,
    pub rows: Vec<Arc<Download>>,
    pub until: Instant,
}

impl State {
    /// A fresh token for an undoable action.
    pub(crate) fn new_undo_token(&mut self) -> UndoToken {
        self.next_undo_token += 1;
        UndoToken(self.next_undo_token)
    }
}

impl Engine {
    /// Takes back a cancel or a removal: cancelled downloads are paused again with their
    /// partial files, removed ones return to the list. False when the window has passed.
    pub fn undo(&self, token: UndoToken) -> bool {
        let mut undone = false;
        {
            let mut state = self.shared.lock();
            let (taken, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut state.pending_deletions)
                .into_iter()
                .partition(|pending| pending.token == token);
            state.pending_deletions = kept;
            let mut returning: Vec<Arc<Download>> = Vec::new();
            for pending in taken {
                undone = true;
                match pending.removed_row {
                    Some(row) => returning.push(row),
                    None => {
                        state.apply_command(pending.job.id, Command::UndoCancel);
                    }
                }
            }
            if let Some(index) = state.removed.iter().position(|r| r.token == token) {
                let removed = state.removed.remove(index);
                undone = true;
                returning.extend(removed.rows);
            }
            for row in returning {
                let id = row.id;
                if let Err(index) = state.rows.binary_search_by_key(&id, |d| d.id) {
                    state.rows.insert(index, row);
                    state.may_start_from = state.may_start_from.min(index);
                    state.apply_command(id, Command::ReturnToList);
                }
            }
            state.version += 1;
        }
        self.shared.changed();
        undone
    }
}

/// Schedules the deletion of `job`'s files after the undo window.
pub(crate) fn delete_later(
    shared: &Arc<Shared>,
    state: &mut State,
    token: UndoToken,
    job: Job,
    removed_row: Option<Arc<Download>>,
) {
    let due = Instant::now() + state.undo_window;
    state.pending_deletions.push(PendingDeletion {
        token,
        job,
        removed_row,
        due,
    });
    ensure_janitor(shared, state);
}

/// Keeps removed rows ready for an undo during the undo window.
pub(crate) fn remember_removed(
    shared: &Arc<Shared>,
    state: &mut State,
    token: UndoToken,
    rows: Vec<Arc<Download>>,
) {
    if rows.is_empty() {
        return;
    }
    let until = Instant::now() + state.undo_window;
    state.removed.push(RemovedRows { token, rows, until });
    ensure_janitor(shared, state);
}

fn ensure_janitor(shared: &Arc<Shared>, state: &mut State) {
    if !state.janitor_running {
        state.janitor_running = true;
        let shared = Arc::clone(shared);
        let spawned = thread::Builder::new()
            .name("haul-janitor".into())
            .spawn(move || janitor(&shared));
        if let Err(err) = spawned {
            log::warn!("could not start the janitor thread ({err}); deleting at once");
            state.janitor_running = false;
            state.undo_window = Duration::ZERO;
        }
    }
}

/// Forgets pending deletions of these downloads (they are wanted again: retry, resume).
pub(crate) fn keep_files(state: &mut State, id: DownloadId) {
    state
        .pending_deletions
        .retain(|pending| pending.job.id != id);
}

fn janitor(shared: &Arc<Shared>) {
    loop {
        thread::sleep(TICK);
        let due = {
            let mut state = shared.lock();
            let now = Instant::now();
            state.removed.retain(|removed| removed.until > now);
            let (due, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut state.pending_deletions)
                .into_iter()
                .partition(|pending| {
                    pending.due <= now && !state.workers.contains_key(&pending.job.id)
                });
            state.pending_deletions = waiting;
            if due.is_empty() && state.pending_deletions.is_empty() && state.removed.is_empty() {
                state.janitor_running = false;
                return;
            }
            due
        };
        delete(shared, due);
    }
}

/// Deletes everything still waiting, at once (Haul is quitting).
pub(crate) fn delete_all_now(shared: &Arc<Shared>) {
    let due = std::mem::take(&mut shared.lock().pending_deletions);
    delete(shared, due);
}

fn delete(shared: &Arc<Shared>, due: Vec<PendingDeletion>) {
    if due.is_empty() {
        return;
    }
    let alone: Vec<bool> = {
        let state = shared.lock();
        due.iter()
            .map(|pending| {
                !state
                    .rows
                    .iter()
                    .any(|row| row.id != pending.job.id && row.url == pending.job.url)
            })
            .collect()
    };
    for (pending, alone) in due.iter().zip(alone) {
        worker::delete_own_partial(&pending.job, alone);
    }
    {
        let mut state = shared.lock();
        for pending in &due {
            state.update(pending.job.id, |d| {
                if d.status == Status::Cancelled {
                    d.bytes_done = 0;
                }
            });
        }
    }
    shared.changed();
}
