//! Messages that are not about one row: the notices strip under the toolbar, the page shown
//! when the engine could not start, and a file that could not be opened.

use crate::i18n::t;
use eframe::egui::{self, RichText};

use crate::app::OpenFailure;
use crate::app::command::Command;

/// The notices strip: each message with a Dismiss button.
pub fn notices_ui(ui: &mut egui::Ui, notices: &[String], commands: &mut Vec<Command>) {
    ui.add_space(4.0);
    for (index, notice) in notices.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui.small_button(t!("dismiss")).clicked() {
                commands.push(Command::DismissNotice(index));
            }
            ui.add(
                egui::Label::new(
                    RichText::new(format!("⚠ {notice}")).color(ui.visuals().warn_fg_color),
                )
                .wrap(),
            );
        });
    }
    ui.add_space(4.0);
}

/// What the window shows instead of the list when the engine could not start.
pub fn startup_error_ui(ui: &mut egui::Ui, error: &str) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.3);
        ui.label(RichText::new(t!("engine-not-started")).heading());
        ui.add_space(8.0);
        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
    });
}

/// A file that could not be opened or shown: what happened, and its path to copy.
pub fn open_failure_ui(ui: &mut egui::Ui, failure: &OpenFailure, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("⚠ {}", failure.message)).color(ui.visuals().warn_fg_color));
        if ui.button(t!("details-copy-path")).clicked() {
            commands.push(Command::CopyPath(failure.path.clone()));
        }
        if ui.button(t!("dismiss")).clicked() {
            commands.push(Command::DismissOpenFailure);
        }
    });
}
