//! The window's layout, each frame: the bars at the top and bottom, the filter bar, the
//! details panel, the list in the middle, then the dialogs and the drop overlay over them.
//! Drawing only collects commands; they are carried out after the frame is drawn.

use eframe::egui;

use crate::app::bars::{notice_strip, status_bar, toolbar};
use crate::app::command::Command;
use crate::app::dialogs::folder_browser;
use crate::app::incoming::drop;
use crate::app::incoming::xdnd::DragPreview;
use crate::app::list::filter_bar;
use crate::app::{App, details_panel, list, tasks};

impl App {
    /// Draws the whole window.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        self.shell.tray_commands(&ctx, &mut commands);
        self.input_commands(&ctx, &mut commands);
        self.top_bars(ui, &mut commands);
        self.bottom_bars(ui, &mut commands);
        self.rows.view.update(&self.rows.snapshot);
        if self.startup_error.is_none() && !self.rows.snapshot.downloads.is_empty() {
            self.filter_bar(ui, &mut commands);
        }
        if self.rows.details_open && self.startup_error.is_none() {
            self.details_panel(ui, &mut commands);
        }
        self.list(ui, &mut commands);
        self.scan_add_folder();
        self.list_add_torrents();
        self.dialogs_and_overlay(&ctx, &mut commands);
        for command in commands {
            self.execute(Some(&ctx), command);
        }
    }

    /// The toolbar, and the notices under it.
    fn top_bars(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        egui::Panel::top("toolbar").show(ui, |ui| {
            let state = toolbar::ToolbarState {
                counts: &self.rows.totals.counts,
                enabled: self.engine.is_some(),
                details_open: self.rows.details_open,
            };
            toolbar::toolbar_ui(ui, &state, commands);
        });
        if !self.notices.lasting().is_empty() {
            egui::Panel::top("notices").show(ui, |ui| {
                notice_strip::notices_ui(ui, self.notices.lasting(), commands);
            });
        }
    }

    /// The status bar, a file that could not be opened, and the undo offer above them.
    fn bottom_bars(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        egui::Panel::bottom("status-bar").show(ui, |ui| {
            let line = status_bar::StatusLine {
                counts: &self.rows.totals.counts,
                overall: &self.rows.totals.overall,
                bytes_per_sec: self.rows.totals.bytes_per_sec,
                limit: self.overall_limit(),
                free: self.watcher.free_bytes(),
                feedback: self.notices.feedback(),
            };
            status_bar::status_bar_ui(ui, &line);
        });
        let fill = ui.visuals().faint_bg_color;
        if let Some(failure) = self.notices.open_failure() {
            egui::Panel::bottom("open-failure")
                .frame(egui::Frame::side_top_panel(ui.style()).fill(fill))
                .show(ui, |ui| {
                    notice_strip::open_failure_ui(ui, failure, commands)
                });
        }
        // Above the status bar, where the eye goes after clicking a row's button.
        if let Some(offer) = self.notices.undo_offer() {
            egui::Panel::bottom("undo")
                .frame(egui::Frame::side_top_panel(ui.style()).fill(fill))
                .show(ui, |ui| offer.ui(ui, commands));
        }
    }

    /// The filter bar over the list.
    fn filter_bar(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let focus_filter = std::mem::take(&mut self.rows.focus_filter);
        egui::Panel::top("filter-bar").show(ui, |ui| {
            filter_bar::filter_bar_ui(ui, &mut self.rows.view, focus_filter, commands);
        });
        // The filter may have changed while drawing the bar.
        self.rows.view.update(&self.rows.snapshot);
    }

    /// The details panel on the right, about the row under the cursor.
    fn details_panel(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let shown = self
            .rows
            .selection
            .cursor()
            .and_then(|id| self.rows.snapshot.get(id))
            .cloned();
        let context = details_panel::Around {
            overall_bytes_per_sec: self.rows.totals.bytes_per_sec,
            overall_limit: self.overall_limit(),
            jobs: self.rows.snapshot.jobs,
        };
        // Never more than about half a narrow window: the list stays usable beside it.
        let widest = (ui.available_width() * 0.45).max(220.0);
        egui::Panel::right("details")
            .default_size(340.0_f32.min(widest))
            .min_size(220.0_f32.min(widest))
            .max_size(widest)
            .show(ui, |ui| {
                details_panel::details_ui(ui, shown.as_deref(), &context, commands);
            });
    }

    /// The list (or why the engine could not start) in the middle.
    fn list(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let scroll_row = self
            .rows
            .scroll_to
            .take()
            .and_then(|id| self.rows.view.position(&self.rows.snapshot, id));
        egui::CentralPanel::default().show(ui, |ui| match &self.startup_error {
            Some(error) => notice_strip::startup_error_ui(ui, error),
            None => list::table_ui(
                ui,
                &self.rows.snapshot,
                &self.rows.view,
                &mut self.rows.selection,
                scroll_row,
                commands,
            ),
        });
    }

    /// The open dialogs, and the overlay while something is dragged over the window.
    fn dialogs_and_overlay(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if let Some(dir) = self
            .dialogs
            .show(ctx, self.rows.totals.counts.active, commands)
        {
            self.tasks.spawn("list-folder", move || {
                let listing = folder_browser::list_folders(&dir);
                Some(tasks::TaskResult::FolderListing { dir, listing })
            });
        }
        let hovered_files = ctx.input(|i| i.raw.hovered_files.len());
        let preview = self
            .incoming
            .dragging
            .or((hovered_files > 0).then_some(DragPreview::Files(hovered_files)));
        if let Some(preview) = preview {
            drop::overlay_ui(ctx, preview);
        }
    }
}
