//! Commands about rows: speed limits, copying links, undo, pausing or resuming the
//! selection, opening it, and a new link for a download.

use crate::i18n::t;
use eframe::egui;

use crate::app::App;
use crate::app::dialogs::Modal;
use crate::app::dialogs::limit::LimitDialog;
use crate::app::list::row_actions::RowAction;
use crate::engine::{DownloadId, Status, UndoToken};

impl App {
    /// Asks for a speed limit for these rows, starting from the one they share (if any).
    pub(crate) fn open_limit_dialog(&mut self, ids: Vec<DownloadId>) {
        let mut limits = ids
            .iter()
            .filter_map(|&id| self.rows.snapshot.get(id).map(|d| d.speed_limit));
        let first = limits.next().flatten();
        let shared = limits.all(|limit| limit == first);
        self.dialogs.open(Modal::Limit(LimitDialog::new(
            ids,
            first.filter(|_| shared),
        )));
    }

    /// Puts these rows' links on the clipboard, one per line.
    pub(crate) fn copy_links(&mut self, ctx: Option<&egui::Context>, ids: &[DownloadId]) {
        let text = ids
            .iter()
            .filter_map(|&id| self.rows.snapshot.get(id).map(|d| d.url.to_string()))
            .collect::<Vec<_>>()
            .join("\n");
        if let Some(ctx) = ctx {
            ctx.copy_text(text);
        }
    }

    /// Takes back the last cancel or removal, or says it is too late.
    pub(crate) fn undo(&mut self, token: UndoToken) {
        self.notices.withdraw_undo();
        let undone = self.engine.as_ref().is_some_and(|e| e.undo(token));
        if !undone {
            self.notices.tell(t!("notice-undo-too-late"));
        }
    }

    /// Space: pauses what of the selection can pause, else resumes what is paused.
    pub(crate) fn pause_or_resume_selected(&mut self) {
        let ids = self.rows.selection.ids();
        let rows: Vec<&crate::engine::Download> = ids
            .iter()
            .filter_map(|&id| self.rows.snapshot.get(id).map(|d| &**d))
            .collect();
        let pausable: Vec<DownloadId> = rows
            .iter()
            .filter(|d| d.status.can_pause())
            .map(|d| d.id)
            .collect();
        if pausable.is_empty() {
            let paused: Vec<DownloadId> = rows
                .iter()
                .filter(|d| matches!(d.status, Status::Paused { .. }))
                .map(|d| d.id)
                .collect();
            self.act(RowAction::Resume, &paused);
        } else {
            self.act(RowAction::Pause, &pausable);
        }
    }

    /// Enter: opens the row under the cursor when it is finished.
    pub(crate) fn open_selected(&mut self) {
        let finished = self.rows.selection.cursor().filter(|&id| {
            self.rows
                .snapshot
                .get(id)
                .is_some_and(|d| d.status == Status::Finished)
        });
        if let Some(id) = finished {
            self.act(RowAction::Open, &[id]);
        }
    }

    /// Gives a download a new link and says what happens next.
    pub(crate) fn change_link(&mut self, id: DownloadId, url: url::Url) {
        self.dialogs.close_where(|m| matches!(m, Modal::Link(_)));
        let Some(engine) = &self.engine else { return };
        match engine.change_link(id, url) {
            Ok(()) => {
                let name = self
                    .rows
                    .snapshot
                    .get(id)
                    .map_or_else(|| t!("the-download"), |d| d.display_name());
                self.notices.say(t!("notice-new-link", name = name));
            }
            Err(err) => self.notices.tell(t!(
                "notice-new-link-refused",
                reason = crate::describe::add_error(&err)
            )),
        }
    }
}
