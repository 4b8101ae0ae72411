//! The window and the tray item: the tray's actions, closing the window to the tray (when a
//! tray host shows it and the setting says so), the tray's tooltip.

use crate::i18n::t;
use std::sync::mpsc::Receiver;

use eframe::egui;

use crate::app::App;
use crate::app::desktop::tray::{Tray, TrayAction, TrayLink, TrayStatus};
use crate::engine::rate::Rate;
use crate::format;

impl App {
    /// Keeps Haul in the tray; with `hidden`, the window starts hidden there.
    pub fn attach_tray(&mut self, tray: Tray, actions: Receiver<TrayAction>, hidden: bool) {
        self.shell.tray = Some(TrayLink { tray, actions });
        self.shell.start_hidden = hidden;
    }

    /// True when a tray host shows Haul's item.
    pub fn has_tray(&self) -> bool {
        self.shell.tray.is_some()
    }

    /// The window's close button with a tray: the window hides, downloads go on. True when
    /// it did.
    pub(crate) fn close_to_tray(&mut self, ctx: Option<&egui::Context>) -> bool {
        if self.shell.tray.is_none() || !self.settings.close_to_tray || self.shell.quit_confirmed {
            return false;
        }
        if let Some(ctx) = ctx {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.shell.hide_window(ctx);
        }
        true
    }

    /// The overall speed limit from the tray's menu or the limit dialog: the engine, its one
    /// owner, takes it at once (no new HTTP client for a number), and the settings file keeps
    /// it for the next start.
    pub(crate) fn set_overall_limit(&mut self, rate: Rate) {
        if let Some(engine) = &self.engine {
            engine.set_overall_limit(rate);
        }
        let mut settings = self.settings.clone();
        settings.speed_limit = if rate.is_limited() {
            format::typed_rate(rate)
        } else {
            String::new()
        };
        self.keep_settings(settings, false);
    }

    /// Tells the tray what the queue does now.
    pub(crate) fn update_tray(&mut self) {
        let limit = self.overall_limit();
        let counts = self.rows.totals.counts;
        let summary = if counts.running() + counts.waiting() == 0 {
            t!("tray-nothing")
        } else {
            let mut parts = Vec::new();
            if counts.running() > 0 {
                parts.push(t!("title-downloading", count = counts.running()));
            }
            if counts.waiting() > 0 {
                parts.push(t!("status-waiting", count = counts.waiting()));
            }
            if let Some(fraction) = self.rows.totals.overall.fraction() {
                parts.push(t!("percent", value = (fraction * 100.0).round()));
            }
            parts.push(format::speed(self.rows.totals.bytes_per_sec));
            parts.join(", ")
        };
        if let Some(link) = &mut self.shell.tray {
            link.tray.show(TrayStatus { summary, limit });
        }
    }
}
