//! The list's state: the rows as of the last look, how they are shown and which are chosen,
//! and what can be read from them without the engine.

use crate::app::bars::overall::Totals;
use crate::app::dropper;
use crate::app::list::selection::Selection;
use crate::app::list::view::ListView;
use crate::app::ui_state::UiState;
use crate::engine::{DownloadId, Snapshot, Status};

/// The list's state: the rows as of the last look and how they are shown.
pub(crate) struct Rows {
    /// The rows as of the last look.
    pub(crate) snapshot: Snapshot,
    /// Old snapshots are dropped on a thread of their own.
    pub(crate) dropper: dropper::Dropper,
    /// The queue as a whole: counts, overall speed and progress.
    pub(crate) totals: Totals,
    /// The rows chosen.
    pub(crate) selection: Selection,
    /// Which rows the list shows, in which order.
    pub(crate) view: ListView,
    /// The details panel is open.
    pub(crate) details_open: bool,
    /// Put the cursor in the filter box on the next frame.
    pub(crate) focus_filter: bool,
    /// Bring this row into sight on the next frame (one just added, or moved to by key).
    pub(crate) scroll_to: Option<crate::engine::DownloadId>,
    /// Downloads whose server's login the window asked for already (asked once each).
    pub(crate) login_asked: std::collections::HashSet<DownloadId>,
    /// The newest row seen, to notice rows added since.
    pub(crate) newest_id: Option<crate::engine::DownloadId>,
}

impl Rows {
    /// Paused and failed downloads with bytes done (a new link could continue them).
    pub(crate) fn unfinished_rows(&self) -> Vec<crate::app::dialogs::add::Unfinished> {
        self.snapshot
            .downloads
            .iter()
            .filter(|d| {
                d.bytes_done > 0
                    && matches!(d.status, Status::Paused { .. } | Status::Failed { .. })
            })
            .filter_map(|d| {
                Some(crate::app::dialogs::add::Unfinished {
                    id: d.id,
                    name: d.file_name.clone()?,
                    done: d.bytes_done,
                    total: d.total_bytes,
                })
            })
            .collect()
    }

    /// Every link in the list, with its status in words (for the Add dialog's marks).
    pub(crate) fn links_in_list(&self) -> std::collections::HashMap<String, String> {
        self.snapshot
            .downloads
            .iter()
            .map(|d| {
                (
                    d.url.as_str().to_owned(),
                    crate::describe::status(&d.status),
                )
            })
            .collect()
    }

    /// Every row's id, in list order.
    pub(crate) fn snapshot_order(&self) -> Vec<DownloadId> {
        self.snapshot.downloads.iter().map(|d| d.id).collect()
    }

    /// The ids of the rows that satisfy `wanted`, in list order.
    pub(crate) fn ids_where(
        &self,
        wanted: impl Fn(&crate::engine::Download) -> bool,
    ) -> Vec<DownloadId> {
        self.snapshot
            .downloads
            .iter()
            .filter(|d| wanted(d))
            .map(|d| d.id)
            .collect()
    }

    /// Moves the selection through the rows as shown, keeping the row in sight.
    pub(crate) fn move_selection(&mut self, to: crate::app::command::Move, extend: bool) {
        use crate::app::command::Move;
        let order = self.view.ids(&self.snapshot);
        let Some(last) = order.len().checked_sub(1) else {
            return;
        };
        let current = self
            .selection
            .cursor()
            .and_then(|id| order.iter().position(|&x| x == id));
        let target = match (to, current) {
            (Move::First, _) => 0,
            (Move::Last, _) => last,
            (Move::Up, Some(at)) => at.saturating_sub(1),
            (Move::Down, Some(at)) => (at + 1).min(last),
            (Move::Up, None) => last,
            (Move::Down, None) => 0,
        };
        let id = order[target];
        self.selection.move_to(id, extend, &order);
        self.scroll_to = Some(id);
    }

    /// The window's remembered choices, as they are now.
    pub(crate) fn ui_state(&self) -> UiState {
        UiState {
            sort: self.view.sort,
            tab: self.view.tab,
            details_open: self.details_open,
        }
    }
}
