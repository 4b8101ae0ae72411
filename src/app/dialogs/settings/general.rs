//! The settings' first page: where files go, how many downloads and connections at once, the
//! overall speed limit, retries and timeouts, notifications and colours.

use crate::i18n::t;
use std::path::PathBuf;

use eframe::egui;

use super::SettingsWindow;
use crate::app::command::Command;
use crate::app::command::FolderFor;
use crate::config::Theme;
use crate::engine::limits::{
    CONNECT_TIMEOUT_SECS, CONNECTIONS_PER_FILE, CONNECTIONS_PER_HOST, JOBS, MAX_ATTEMPTS,
    MAX_RETRY_DELAY_SECS, STALL_TIMEOUT_SECS,
};

impl SettingsWindow {
    /// The page's rows.
    pub(super) fn general_page(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        egui::Grid::new("settings-grid")
            .num_columns(2)
            .spacing([16.0, 10.0])
            .show(ui, |ui| {
                self.folder_row(ui, commands);
                self.connection_rows(ui);
                self.patience_rows(ui);
                self.preference_rows(ui);
            });
    }

    /// Where downloads go, with a button for the folder dialog.
    fn folder_row(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let label = ui.label(t!("settings-download-folder"));
        ui.horizontal(|ui| {
            // Narrower in a small window or beside a long label, so the button stays in view.
            let choose = t!("add-choose-folder");
            let button = egui::WidgetText::from(choose.as_str())
                .into_galley(ui, None, f32::INFINITY, egui::TextStyle::Button)
                .size()
                .x
                + 2.0 * ui.spacing().button_padding.x
                + 2.0 * ui.spacing().item_spacing.x;
            let room = (ui.available_width() - button).clamp(120.0, 300.0);
            ui.add(egui::TextEdit::singleline(&mut self.dir).desired_width(room))
                .labelled_by(label.id);
            if ui.button(choose).clicked() {
                let start = if self.dir.trim().is_empty() {
                    self.default_dir.clone()
                } else {
                    PathBuf::from(self.dir.trim())
                };
                commands.push(Command::PickFolder(FolderFor::Settings, start));
            }
        });
        ui.end_row();
    }

    /// How many downloads and connections at once, and the overall speed limit.
    fn connection_rows(&mut self, ui: &mut egui::Ui) {
        let draft = &mut self.draft;
        number_row(
            ui,
            &t!("settings-jobs"),
            &mut draft.jobs,
            JOBS.usize_range(),
            "",
        );
        number_row(
            ui,
            &t!("settings-connections-per-file"),
            &mut draft.connections_per_file,
            CONNECTIONS_PER_FILE.usize_range(),
            "",
        );
        number_row(
            ui,
            &t!("settings-connections-per-server"),
            &mut draft.connections_per_host,
            CONNECTIONS_PER_HOST.usize_range(),
            "",
        );
        let label = ui.label(t!("settings-overall-limit"));
        ui.horizontal(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut draft.speed_limit)
                    .hint_text(t!("settings-no-limit"))
                    .desired_width(100.0),
            )
            .labelled_by(label.id);
            ui.label(t!("settings-limit-hint"));
        });
        ui.end_row();
    }

    /// How long Haul waits and how often it tries again.
    fn patience_rows(&mut self, ui: &mut egui::Ui) {
        let draft = &mut self.draft;
        let seconds = format!(" {}", t!("unit-seconds"));
        number_row(
            ui,
            &t!("settings-attempts"),
            &mut draft.max_attempts,
            MAX_ATTEMPTS.min as u32..=MAX_ATTEMPTS.max as u32,
            "",
        );
        number_row(
            ui,
            &t!("settings-stall-timeout"),
            &mut draft.stall_timeout_secs,
            STALL_TIMEOUT_SECS.range(),
            &seconds,
        );
        number_row(
            ui,
            &t!("settings-connect-timeout"),
            &mut draft.connect_timeout_secs,
            CONNECT_TIMEOUT_SECS.range(),
            &seconds,
        );
        number_row(
            ui,
            &t!("settings-retry-delay"),
            &mut draft.max_retry_delay_secs,
            MAX_RETRY_DELAY_SECS.range(),
            &seconds,
        );
    }

    /// Notifications, checksums and colours.
    fn preference_rows(&mut self, ui: &mut egui::Ui) {
        let draft = &mut self.draft;
        ui.label(t!("settings-notifications"));
        ui.checkbox(&mut draft.notifications, t!("settings-notifications-check"));
        ui.end_row();
        ui.label(t!("settings-checksums"));
        ui.checkbox(
            &mut draft.checksum_discovery,
            t!("settings-checksums-check"),
        )
        .on_hover_text(t!("settings-checksums-hint"));
        ui.end_row();
        ui.label(t!("settings-colours"));
        ui.horizontal(|ui| {
            for (theme, name) in [
                (Theme::System, t!("settings-colours-system")),
                (Theme::Light, t!("settings-colours-light")),
                (Theme::Dark, t!("settings-colours-dark")),
            ] {
                ui.radio_value(&mut draft.theme, theme, name);
            }
        });
        ui.end_row();
        language_row(ui, &mut draft.language);
    }
}

/// The language: like the system (naming what that is now) or one Haul speaks.
fn language_row(ui: &mut egui::Ui, language: &mut String) {
    use crate::i18n::{self, Lang};
    let system = i18n::from_environment(|name| std::env::var(name).ok());
    let like_system = t!("settings-language-system", language = system.native_name());
    let shown =
        Lang::from_setting(language).map_or(like_system.clone(), |l| l.native_name().to_owned());
    let label = ui.label(t!("settings-language"));
    egui::ComboBox::from_id_salt("settings-language")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(language, "system".to_owned(), like_system);
            // The pseudo-language is for tests and screenshots: set it in haul.toml.
            for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Pseudo) {
                ui.selectable_value(language, lang.tag().to_owned(), lang.native_name());
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
}

pub(super) fn number_row<T: egui::emath::Numeric>(
    ui: &mut egui::Ui,
    text: &str,
    value: &mut T,
    range: std::ops::RangeInclusive<T>,
    suffix: &str,
) {
    let label = ui.label(text);
    ui.add(egui::DragValue::new(value).range(range).suffix(suffix))
        .labelled_by(label.id);
    ui.end_row();
}
