//! What an undo can still take back: deletions waiting for their window to pass, and rows
//! taken off the list without deleting anything.
//!
//! These are records only, kept beside the rows (not in them) under a lock of their own; the
//! thread that deletes when a window has passed, and the undo itself, are in `undoing`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::engine::state::{Download, DownloadId};

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
    /// The row as it was when the action was taken: whose files to delete.
    pub row: Arc<Download>,
    /// True when the action also took the row off the list (undo puts it back).
    pub removed: bool,
    pub due: Instant,
}

/// Rows an action took off the list without deleting anything (undo puts them back).
#[derive(Debug)]
pub(crate) struct RemovedRows {
    pub token: UndoToken,
    pub rows: Vec<Arc<Download>>,
    pub until: Instant,
}

/// Everything an undo may still take back.
#[derive(Debug, Default)]
pub(crate) struct UndoBook {
    pending: Vec<PendingDeletion>,
    removed: Vec<RemovedRows>,
    last_token: u64,
    window: Duration,
    janitor_running: bool,
}

impl UndoBook {
    /// An empty book whose actions can be undone for `window`.
    pub fn new(window: Duration) -> Self {
        Self {
            window,
            ..Self::default()
        }
    }

    /// A fresh token for an undoable action.
    pub fn new_token(&mut self) -> UndoToken {
        self.last_token += 1;
        UndoToken(self.last_token)
    }

    /// Deletes `row`'s files when the window has passed, unless undone first.
    pub fn delete_later(&mut self, token: UndoToken, row: Arc<Download>, removed: bool) {
        let due = Instant::now() + self.window;
        self.pending.push(PendingDeletion {
            token,
            row,
            removed,
            due,
        });
    }

    /// Keeps rows taken off the list ready for an undo during the window.
    pub fn remember_removed(&mut self, token: UndoToken, rows: Vec<Arc<Download>>) {
        if !rows.is_empty() {
            let until = Instant::now() + self.window;
            self.removed.push(RemovedRows { token, rows, until });
        }
    }

    /// Forgets a pending deletion of `id`'s files (it is wanted again: retry, resume).
    pub fn keep_files(&mut self, id: DownloadId) {
        self.pending.retain(|pending| pending.row.id != id);
    }

    /// Takes out everything `token` did: its deletions and its removed rows.
    pub fn take(&mut self, token: UndoToken) -> (Vec<PendingDeletion>, Vec<Arc<Download>>) {
        let (taken, kept) = std::mem::take(&mut self.pending)
            .into_iter()
            .partition(|pending| pending.token == token);
        self.pending = kept;
        let rows = match self.removed.iter().position(|r| r.token == token) {
            Some(index) => self.removed.remove(index).rows,
            None => Vec::new(),
        };
        (taken, rows)
    }

    /// Forgets removed rows whose window has passed and takes out the deletions that are due,
    /// except those `busy` says a worker still holds the files of.
    pub fn take_due(&mut self, busy: impl Fn(DownloadId) -> bool) -> Vec<PendingDeletion> {
        let now = Instant::now();
        self.removed.retain(|removed| removed.until > now);
        let (due, waiting) = std::mem::take(&mut self.pending)
            .into_iter()
            .partition(|pending| pending.due <= now && !busy(pending.row.id));
        self.pending = waiting;
        due
    }

    /// Takes out every waiting deletion, due or not (Haul is quitting).
    pub fn take_all(&mut self) -> Vec<PendingDeletion> {
        std::mem::take(&mut self.pending)
    }

    /// True when nothing waits for its window.
    pub fn is_empty(&self) -> bool {
        self.pending.is_empty() && self.removed.is_empty()
    }

    /// True when a janitor must be started now (none runs); it is then counted as running.
    pub fn janitor_needed(&mut self) -> bool {
        !std::mem::replace(&mut self.janitor_running, true)
    }

    /// The janitor ended (nothing was waiting).
    pub fn janitor_ended(&mut self) {
        self.janitor_running = false;
    }

    /// No janitor could be started: the window closes at once from now on.
    pub fn no_janitor(&mut self) {
        self.janitor_running = false;
        self.window = Duration::ZERO;
    }
}
