//! The window's own commands: settings, folders, copying a path, closing and quitting.

use crate::i18n::t;
use std::sync::Arc;

use eframe::egui;

use crate::app::App;
use crate::app::command::BrowserAction;
use crate::app::command::FolderFor;
use crate::app::dialogs::Modal;
use crate::app::dialogs::settings::SettingsWindow;
use crate::app::tasks::{SettingsNotSaved, TaskResult};
use crate::config::Settings;

impl App {
    /// Opens the settings, showing the numbers in force: the engine owns the overall limit
    /// and the downloads at once, and the remote control may have changed them since the
    /// settings were saved (saving then keeps the values shown, not the old ones).
    pub(crate) fn open_settings(&mut self) {
        let mut shown = self.settings.clone();
        if let Some(engine) = &self.engine {
            let limit = engine.overall_limit();
            if shown.overall_limit() != limit {
                shown.speed_limit = if limit.is_limited() {
                    crate::format::typed_rate(limit)
                } else {
                    String::new()
                };
            }
            shown.jobs = engine.jobs();
            let proxy = engine.proxy();
            if shown.proxy_choice() != proxy {
                shown.show_proxy(&proxy);
            }
        }
        let mut window = SettingsWindow::new(&shown, self.paths.download_dir.clone());
        window.set_tray_present(self.has_tray());
        window.set_logins_kept(self.shell.logins_kept);
        self.dialogs.open(Modal::Settings(Box::new(window)));
    }

    /// Asks the desktop for a folder, in the background.
    pub(crate) fn pick_folder(&mut self, purpose: FolderFor, start: std::path::PathBuf) {
        let desktop = Arc::clone(&self.desktop);
        self.tasks.spawn("pick-folder", move || {
            Some(TaskResult::FolderPicked(
                purpose,
                desktop.pick_folder(&start),
            ))
        });
    }

    /// What the user did in the window's own folder chooser.
    pub(crate) fn folder_browser_did(&mut self, action: BrowserAction) {
        let close = |app: &mut Self| {
            app.dialogs
                .close_where(|m| matches!(m, Modal::FolderBrowser(_)));
        };
        match action {
            BrowserAction::Choose(dir) => {
                let purpose = self.dialogs.folder_browser().map(|browser| browser.purpose);
                close(self);
                if let Some(purpose) = purpose {
                    self.use_folder(purpose, dir);
                }
            }
            BrowserAction::Cancel => close(self),
            BrowserAction::Open(_) => {}
        }
    }

    /// Puts a file's path on the clipboard (offered when it could not be opened).
    pub(crate) fn copy_path(&mut self, ctx: Option<&egui::Context>, path: &std::path::Path) {
        if let Some(ctx) = ctx {
            ctx.copy_text(path.display().to_string());
        }
        self.notices.dismiss_open_failure();
        self.notices.say(t!("notice-path-copied"));
    }

    /// The window's close button: asks first while downloads run.
    pub(crate) fn close_requested(&mut self, ctx: Option<&egui::Context>) {
        if self.close_to_tray(ctx) {
            return;
        }
        if !self.shell.quit_confirmed && self.rows.totals.counts.active > 0 {
            if let Some(ctx) = ctx {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            }
            self.dialogs.ask_to_quit();
        }
    }

    /// Ctrl+Q: quits, asking first while downloads run.
    pub(crate) fn quit_requested(&mut self, ctx: Option<&egui::Context>) {
        if self.rows.totals.counts.active > 0 {
            self.dialogs.ask_to_quit();
        } else if let Some(ctx) = ctx {
            self.shell.quit_confirmed = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Quits now; unfinished downloads continue next time.
    pub(crate) fn quit(&mut self, ctx: Option<&egui::Context>) {
        self.dialogs.close_where(|m| matches!(m, Modal::Quit));
        self.shell.quit_confirmed = true;
        if let Some(ctx) = ctx {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    pub(crate) fn save_settings(&mut self, settings: Settings) {
        self.keep_settings(settings, true);
    }

    /// Keeps `settings` as the window's and in the file; with `apply`, the engine takes them
    /// too (a new HTTP client and all). Without, the engine already has what changed (the
    /// overall limit, which it owns and was told at once).
    pub(crate) fn keep_settings(&mut self, settings: Settings, apply: bool) {
        self.dialogs
            .close_where(|m| matches!(m, Modal::Settings(_)));
        if settings.language != self.settings.language {
            crate::i18n::set_language(crate::i18n::for_setting(&settings.language));
        }
        self.settings = settings.clone();
        self.rows.view.category_names = crate::app::category_names(&self.settings);
        let path = self.paths.config_file();
        let engine = self.engine.clone();
        let config = settings.engine_config(Some(self.paths.data_dir.clone()));
        let autostart = self
            .paths
            .config_dir
            .parent()
            .map(|config_home| (config_home.to_owned(), settings.start_with_desktop));
        // Applying builds a new HTTP client (certificates and all): not on the UI thread.
        self.tasks.spawn("save-settings", move || {
            if apply
                && let Some(engine) = engine
                && let Err(err) = engine.apply_config(&config)
            {
                return Some(TaskResult::SettingsSaved(Err(
                    SettingsNotSaved::NotApplied(err),
                )));
            }
            // The settings are kept first: an autostart entry that cannot be written must not
            // cost the rest (they act now, and would be gone after a restart).
            let saved = settings
                .save(&path)
                .map_err(|source| SettingsNotSaved::NotWritten { path, source });
            if saved.is_ok()
                && let Some((config_home, on)) = autostart
                && let Err(err) = autostart_entry(&config_home, on)
            {
                return Some(TaskResult::Failed(t!(
                    "notice-autostart-failed",
                    detail = err.to_string(),
                    path = crate::app::autostart_file(&config_home)
                        .display()
                        .to_string()
                )));
            }
            Some(TaskResult::SettingsSaved(saved))
        });
        self.watcher.set_dir(self.download_dir());
        self.apply_remote_control();
    }
}

/// Writes or removes the autostart entry for this program.
fn autostart_entry(config_home: &std::path::Path, on: bool) -> std::io::Result<()> {
    let present = crate::app::autostart_file(config_home).exists();
    if present == on && !on {
        return Ok(());
    }
    let program = std::env::current_exe()?;
    crate::app::set_autostart(config_home, &program, on)
}
