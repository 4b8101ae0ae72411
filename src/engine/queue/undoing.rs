//! Deletions that wait, so nothing is lost by surprise.
//!
//! Cancelling a download, and removing one with "also delete the partial file", first only
//! stop it (its partial file and control file stay, exactly as after a pause). The files are
//! deleted when the undo window has passed, or at once when Haul quits; until then
//! `Engine::undo` brings the download back with every byte it had. Removing without deletion
//! keeps the files for good (a later add of the same link continues them).
//!
//! The janitor thread runs only while deletions are waiting. A deletion never runs while the
//! download's worker still holds its files, and never touches a partial another Haul writes.

use std::collections::HashSet;
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use super::shared::Shared;
use super::undo_records::{PendingDeletion, UndoBook, UndoToken};
use crate::engine::kinds;
use crate::engine::state::transitions::Command;
use crate::engine::state::{Download, DownloadId};

/// How often the janitor looks at what is due.
const TICK: Duration = Duration::from_millis(100);

/// Takes back a cancel or a removal: cancelled downloads are paused again with their
/// partial files, removed ones return to the list. False when the window has passed.
pub(crate) fn undo(shared: &Shared, token: UndoToken) -> bool {
    // Taken out of the book first (its lock alone), so the janitor cannot delete them now.
    let (pending, mut returning) = shared.undo_book().take(token);
    let undone = !pending.is_empty() || !returning.is_empty();
    {
        let mut state = shared.lock();
        for pending in pending {
            if pending.removed {
                returning.push(pending.row);
            } else {
                state.apply_command(pending.row.id, Command::UndoCancel);
            }
        }
        for row in returning {
            state.put_back(row);
        }
    }
    shared.changed();
    undone
}

/// Schedules the deletion of `row`'s files after the undo window (`removed`: the row left the
/// list too).
pub(crate) fn delete_later(
    shared: &Arc<Shared>,
    token: UndoToken,
    row: Arc<Download>,
    removed: bool,
) {
    let mut book = shared.undo_book();
    book.delete_later(token, row, removed);
    ensure_janitor(shared, &mut book);
}

/// Keeps removed rows ready for an undo during the undo window.
pub(crate) fn remember_removed(shared: &Arc<Shared>, token: UndoToken, rows: Vec<Arc<Download>>) {
    if rows.is_empty() {
        return;
    }
    let mut book = shared.undo_book();
    book.remember_removed(token, rows);
    ensure_janitor(shared, &mut book);
}

fn ensure_janitor(shared: &Arc<Shared>, book: &mut UndoBook) {
    if book.janitor_needed() {
        let shared = Arc::clone(shared);
        let spawned = thread::Builder::new()
            .name("haul-janitor".into())
            .spawn(move || janitor(&shared));
        if let Err(err) = spawned {
            log::warn!("could not start the janitor thread ({err}); deleting at once");
            book.no_janitor();
        }
    }
}

fn janitor(shared: &Arc<Shared>) {
    loop {
        thread::sleep(TICK);
        // Which downloads still have a worker holding their files. A download waiting for
        // its deletion cannot get a new worker without first leaving the book (retry, undo),
        // so the look stays true while the book is read.
        let busy: HashSet<DownloadId> = shared.lock().running().ids().collect();
        let due = {
            let mut book = shared.undo_book();
            let due = book.take_due(|id| busy.contains(&id));
            if due.is_empty() && book.is_empty() {
                book.janitor_ended();
                return;
            }
            due
        };
        delete(shared, due);
    }
}

/// Deletes everything still waiting, at once (Haul is quitting).
pub(crate) fn delete_all_now(shared: &Arc<Shared>) {
    let due = shared.undo_book().take_all();
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
                    .rows()
                    .iter()
                    .any(|row| row.id != pending.row.id && row.url == pending.row.url)
            })
            .collect()
    };
    for (pending, alone) in due.iter().zip(alone) {
        kinds::driver(pending.row.kind).delete_unfinished(&pending.row, alone, &shared.resources);
    }
    {
        let mut state = shared.lock();
        for pending in &due {
            state.files_deleted(pending.row.id);
        }
    }
    shared.changed();
}
