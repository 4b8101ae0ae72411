//! The settings window, in pages: General (download folder, simultaneous downloads,
//! connections, the overall speed limit, retries and timeouts), Categories, Queues, Speed
//! schedule, Desktop, Network, Torrents and Remote control. Saved to
//! `haul.toml` and applied to the running engine at once.

mod categories;
mod desktop;
mod general;
mod network;
mod queues;
mod remote;
mod speed_grid;
mod torrents;

use crate::i18n::t;
use std::path::PathBuf;

use eframe::egui;

use crate::app::command::Command;
use crate::config::Settings;
use crate::format;
use crate::i18n::tr;

/// The window's pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Page {
    General,
    Categories,
    Queues,
    SpeedGrid,
    Desktop,
    Network,
    Torrents,
    Remote,
}

/// The settings being edited.
#[derive(Debug)]
pub struct SettingsWindow {
    draft: Settings,
    dir: String,
    /// Where an empty download folder setting leads (shown as the folder, saved as empty so
    /// it keeps following the system's Downloads folder).
    default_dir: PathBuf,
    categories: Vec<categories::CategoryRow>,
    /// The queues, Main first.
    queues: Vec<crate::config::QueueSettings>,
    /// The speed grid's rule being painted by a drag, and where the pointer was last painted.
    painting: Option<crate::engine::timetable::SpeedCell>,
    painted_to: Option<egui::Pos2>,
    /// A tray host shows Haul now.
    tray_present: bool,
    /// Where remembered logins are kept (`None`: not known yet).
    logins_kept: Option<crate::app::desktop::keyring::LoginKept>,
    /// The web page origins allowed to use the remote control, as typed.
    origins: String,
    page: Page,
    /// What saving would have written when the window opened: anything else was edited.
    opened_with: Settings,
    /// A click outside (or Escape) would have thrown edits away: the window says so instead.
    kept_open: bool,
}

impl SettingsWindow {
    /// Sets a category's folder (after the folder dialog).
    pub fn set_category_folder(&mut self, index: usize, dir: PathBuf) {
        categories::set_folder(&mut self.categories, index, &dir);
    }

    /// Edits a copy of `settings`.
    pub fn new(settings: &Settings, default_dir: PathBuf) -> Self {
        let dir = if settings.download_dir.as_os_str().is_empty() {
            default_dir.display().to_string()
        } else {
            settings.download_dir.display().to_string()
        };
        let mut window = Self {
            dir,
            categories: categories::rows(&settings.categories),
            queues: queues::rows(settings),
            painting: None,
            painted_to: None,
            tray_present: false,
            logins_kept: None,
            origins: settings.remote_origins.join(" "),
            draft: settings.clone(),
            default_dir,
            page: Page::General,
            opened_with: settings.clone(),
            kept_open: false,
        };
        window.opened_with = window.saved();
        window
    }

    /// True when saving would write something else than when the window opened.
    fn edited(&self) -> bool {
        self.saved() != self.opened_with
    }

    /// Where remembered logins are kept (the Network page says it).
    pub fn set_logins_kept(&mut self, kept: Option<crate::app::desktop::keyring::LoginKept>) {
        self.logins_kept = kept;
    }

    /// Whether a tray host shows Haul (the Desktop page says what closing does).
    pub fn set_tray_present(&mut self, present: bool) {
        self.tray_present = present;
    }

    /// Sets the folder (after the folder dialog).
    pub fn set_dir(&mut self, dir: PathBuf) {
        self.dir = dir.display().to_string();
    }

    /// Draws the window.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        // As wide as the pages need, but never wider or taller than a small window: the page
        // scrolls, the buttons stay in sight. Every page gets the same room, so the window
        // neither grows nor moves when another page is chosen (its tabs stay under the
        // pointer).
        let screen = ctx.content_rect();
        let width = (screen.width() - 40.0).clamp(280.0, 780.0);
        let height = (screen.height() - 190.0).clamp(120.0, 520.0);
        let modal = egui::Modal::new(egui::Id::unique("settings")).show(ctx, |ui| {
            ui.set_width(width);
            ui.heading(t!("settings-title"));
            ui.horizontal_wrapped(|ui| {
                for (page, id) in [
                    (Page::General, "settings-general"),
                    (Page::Categories, "settings-categories"),
                    (Page::Queues, "settings-queues"),
                    (Page::SpeedGrid, "settings-speed-schedule"),
                    (Page::Desktop, "settings-desktop"),
                    (Page::Network, "settings-network"),
                    (Page::Torrents, "settings-torrents"),
                    (Page::Remote, "settings-remote"),
                ] {
                    ui.selectable_value(&mut self.page, page, tr(id));
                }
            });
            ui.separator();
            ui.add_space(4.0);
            egui::ScrollArea::both()
                .min_scrolled_height(height)
                .max_height(height)
                .auto_shrink([false, false])
                .id_salt("settings-page")
                .show(ui, |ui| match self.page {
                    Page::General => self.general_page(ui, commands),
                    Page::Categories => {
                        categories::page(ui, &mut self.categories, &self.dir, commands)
                    }
                    Page::Queues => queues::page(ui, &mut self.queues, &mut self.draft),
                    Page::SpeedGrid => self.speed_grid_page(ui),
                    Page::Desktop => self.desktop_page(ui),
                    Page::Network => self.network_page(ui),
                    Page::Torrents => self.torrents_page(ui),
                    Page::Remote => self.remote_page(ui),
                });
            ui.add_space(10.0);
            ui.separator();
            self.buttons(ui, commands);
        });
        // A click outside or Escape closes it, but never throws edits away unsaid: with
        // something edited it stays, and says that Save or Cancel closes it.
        let escape = modal.is_top_modal
            && !modal.any_popup_open
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
        if modal.backdrop_response.clicked() || escape {
            if self.edited() {
                self.kept_open = true;
            } else {
                commands.push(Command::CloseDialog);
            }
        }
    }

    /// Save (while the speed limit reads as one) and Cancel.
    fn buttons(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let limit_error = format::parse_limit(&self.draft.speed_limit).err();
        if let Some(error) = &limit_error {
            ui.label(
                egui::RichText::new(t!("settings-limit-error", error = error.to_string()))
                    .color(ui.visuals().error_fg_color),
            );
        }
        // A queue's or the grid's rate that cannot be read is said beside its field.
        let unreadable = self
            .queues
            .iter()
            .map(|queue| &queue.speed_limit)
            .chain(std::iter::once(&self.draft.speed_schedule.limited))
            .any(|text| format::parse_limit(text).is_err());
        // Save waits for a proxy Haul can use; from another page, this says why.
        let proxy_problem = self.draft.proxy_problem();
        if let Some(problem) = &proxy_problem
            && self.page != Page::Network
        {
            ui.label(
                egui::RichText::new(t!("settings-proxy-error", error = problem.as_str()))
                    .color(ui.visuals().error_fg_color),
            );
        }
        let limit_error = limit_error.is_some() || unreadable || proxy_problem.is_some();
        if self.kept_open {
            ui.label(egui::RichText::new(t!("settings-unsaved")).color(ui.visuals().warn_fg_color));
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(!limit_error, egui::Button::new(t!("dialog-save")))
                .clicked()
            {
                commands.push(Command::SaveSettings(Box::new(self.saved())));
            }
            if ui.button(t!("dialog-cancel")).clicked() {
                commands.push(Command::CloseDialog);
            }
        });
    }

    /// The settings to save: the draft, with the folder as typed.
    fn saved(&self) -> Settings {
        let mut settings = self.draft.clone();
        let dir = PathBuf::from(self.dir.trim());
        // The system's folder stays "the system's folder" (follows it if it moves).
        settings.download_dir = if dir == self.default_dir {
            PathBuf::new()
        } else {
            dir
        };
        settings.categories = categories::saved(&self.categories);
        settings.queues = queues::saved(&self.queues, &self.draft.queues, self.draft.jobs);
        settings.remote_origins = self
            .origins
            .split([' ', ',', '\n'])
            .map(|origin| origin.trim().trim_end_matches('/').to_owned())
            .filter(|origin| !origin.is_empty())
            .collect();
        settings.remote_secret = settings.remote_secret.trim().to_owned();
        settings.clamped()
    }
}
