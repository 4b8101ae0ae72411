//! Each frame's work besides drawing: results of background tasks, hand-offs from later
//! launches, drags from the drop proxy, a fresh snapshot when the engine's version changed,
//! the window title and taskbar progress, and the timing of the next repaint (none while
//! nothing moves: see `watcher`).

use crate::i18n::t;
use eframe::egui;

use crate::app::command::Command;
use crate::app::incoming::xdnd::DragEvent;
use crate::app::ui_state::UiState;
use crate::app::{App, LauncherProgress, REFRESH};

impl App {
    /// Per-frame work that is not drawing: new results, a fresh snapshot, repaint timing.
    pub fn refresh(&mut self, ctx: &egui::Context) {
        if self
            .shell
            .quit_signalled
            .load(std::sync::atomic::Ordering::SeqCst)
            && !self.shell.quit_confirmed
        {
            log::info!("asked to quit by a signal: closing the window");
            self.shell.quit_confirmed = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        for result in self.tasks.poll() {
            self.handle_result(result);
        }
        self.take_hand_offs(ctx);
        let drag_events: Vec<DragEvent> = self
            .incoming
            .drag_events
            .as_ref()
            .map(|events| events.try_iter().collect())
            .unwrap_or_default();
        for event in drag_events {
            match event {
                DragEvent::Hovering(preview) => self.incoming.dragging = Some(preview),
                DragEvent::Left => self.incoming.dragging = None,
                DragEvent::Dropped(data) => {
                    self.incoming.dragging = None;
                    self.execute(Some(ctx), Command::AddDropped(data));
                }
                DragEvent::Failed(reason) => {
                    self.incoming.dragging = None;
                    self.notices
                        .tell(t!("drop-failed", reason = reason.to_string()));
                }
            }
        }
        // The undo countdown, and a word after an action until it fades.
        if let Some(again) = self.notices.tick() {
            ctx.request_repaint_after(again);
        }
        let Some(engine) = &self.engine else { return };
        if engine.version() != self.rows.snapshot.version {
            let (milestones, notices): (Vec<_>, Vec<_>) = engine
                .take_notices()
                .into_iter()
                .partition(crate::engine::Notice::is_milestone);
            self.notices
                .tell_all(notices.iter().map(crate::describe::notice));
            self.milestones(milestones);
            let active_before = self.rows.totals.counts.active;
            self.take_snapshot();
            self.ask_new_logins();
            if self.rows.totals.counts.active < active_before {
                // A download stopped or finished: the free space changed.
                self.watcher.look_again();
            }
        }
        if self.rows.totals.counts.active > 0 {
            ctx.request_repaint_after(REFRESH);
        }
        self.update_title(ctx);
        self.send_notification(ctx);
        self.watch_clipboard(ctx);
        // Only a window that can be seen measures the disk (other programs fill and free it);
        // the watcher wakes the window when what it shows changed, so idle means no frames.
        let minimized = ctx.input(|i| i.viewport().minimized) == Some(true);
        self.watcher.set_visible(!minimized && !self.shell.hidden);
    }

    pub(super) fn take_snapshot(&mut self) {
        let Some(engine) = &self.engine else { return };
        let before = std::mem::replace(&mut self.rows.snapshot, engine.snapshot());
        // One pass over the rows finds the few that changed; the rest follow from those.
        let changed = self.rows.snapshot.changed_since(&before);
        self.batcher
            .observe(&before, &self.rows.snapshot, changed.as_deref());
        self.rows
            .totals
            .follow(&before, &self.rows.snapshot, changed.as_deref());
        self.rows.dropper.drop_later(before);
        self.keep_awake();
        self.update_tray();
        let snapshot = &self.rows.snapshot;
        self.rows.selection.retain(|id| snapshot.get(id).is_some());
        // Rows added since the last look are brought into sight (ids only grow).
        let newest = self.rows.snapshot.downloads.last().map(|d| d.id);
        if let (Some(before), Some(now)) = (self.rows.newest_id, newest)
            && now > before
        {
            self.rows.scroll_to = self
                .rows
                .snapshot
                .downloads
                .iter()
                .find(|d| d.id > before)
                .map(|d| d.id);
        }
        if newest.is_some() {
            self.rows.newest_id = newest;
        }
    }

    /// Remembers the window's choices (in the background).
    pub(super) fn save_ui_state(&mut self) {
        let state = self.rows.ui_state();
        let path = UiState::path(&self.paths.data_dir);
        self.tasks.spawn("save-ui-state", move || {
            if let Err(err) = state.save(&path) {
                log::warn!("could not remember the list's order: {err}");
            }
            None
        });
    }

    /// Keeps the window title and the taskbar icon up to date with the queue's progress.
    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.rows.totals.overall.title();
        if title != self.shell.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shell.title = title;
        }
        // In whole percents: the icon does not need more, and the bus is spared.
        let progress = LauncherProgress {
            progress: self
                .rows
                .totals
                .overall
                .percent()
                .filter(|_| self.rows.totals.overall.active > 0)
                .map(|percent| f64::from(percent) / 100.0),
            count: self.rows.totals.overall.active + self.rows.totals.overall.queued,
        };
        if self.shell.launcher_shown != Some(progress) {
            self.desktop.show_progress(progress);
            self.shell.launcher_shown = Some(progress);
        }
    }
}
