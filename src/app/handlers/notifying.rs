//! Desktop notifications from the window: the batch of finished and failed rows sent once it
//! is due, and a click on one of its actions brought back as a task result.

use std::sync::Arc;
use std::time::Instant;

use crate::app::App;
use crate::app::tasks::TaskResult;

impl App {
    /// Sends the batch of finished and failed rows as one notification once it is complete and
    /// the window is not in front; a click on one of its actions comes back as a task result.
    pub(crate) fn send_notification(&mut self, ctx: &eframe::egui::Context) {
        if !self.settings.notifications {
            self.batcher.clear();
            return;
        }
        let focused = ctx.input(|i| i.viewport().focused) != Some(false);
        let Some(notice) = self.batcher.take_due(focused, Instant::now()) else {
            if let Some(wait) = self.batcher.wake_in() {
                ctx.request_repaint_after(wait);
            }
            return;
        };
        let desktop = Arc::clone(&self.desktop);
        self.tasks
            .spawn("notify", move || match desktop.notify(&notice) {
                Ok(Some(action)) => notice
                    .target
                    .map(|id| TaskResult::NoticeClicked(action, id)),
                Ok(None) => None,
                Err(err) => {
                    // No notification service is not an error: the rows say it all.
                    log::info!("no desktop notification: {err}");
                    None
                }
            });
    }
}
