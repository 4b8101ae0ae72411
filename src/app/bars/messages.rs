//! Messages that are not about one row: the notices strip under the toolbar, the page shown
//! when the engine could not start, and the question asked before quitting.

use eframe::egui::{self, RichText};

use crate::app::OpenFailure;
use crate::app::command::Command;

/// The notices strip: each message with a Dismiss button.
pub fn notices_ui(ui: &mut egui::Ui, notices: &[String], commands: &mut Vec<Command>) {
    ui.add_space(4.0);
    for (index, notice) in notices.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui.small_button("Dismiss").clicked() {
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
        ui.label(RichText::new("Haul could not start its download engine").heading());
        ui.add_space(8.0);
        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
    });
}

/// Asks before quitting while downloads run.
pub fn quit_dialog_ui(ctx: &egui::Context, active: usize, commands: &mut Vec<Command>) {
    let modal = egui::Modal::new(egui::Id::unique("quit")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading("Downloads are still running");
        ui.add_space(6.0);
        let text = if active == 1 {
            "1 download is still running. If you quit now, it stops and continues where it left \
             off the next time you open Haul."
                .to_owned()
        } else {
            format!(
                "{active} downloads are still running. If you quit now, they stop and continue \
                 where they left off the next time you open Haul."
            )
        };
        ui.label(text);
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button("Keep downloading").clicked() {
                commands.push(Command::KeepRunning);
            }
            if ui.button("Quit and resume later").clicked() {
                commands.push(Command::Quit);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::KeepRunning);
    }
}

/// A file that could not be opened or shown: what happened, and its path to copy.
pub fn open_failure_ui(ui: &mut egui::Ui, failure: &OpenFailure, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("⚠ {}", failure.message)).color(ui.visuals().warn_fg_color));
        if ui.button("Copy path").clicked() {
            commands.push(Command::CopyPath(failure.path.clone()));
        }
        if ui.button("Dismiss").clicked() {
            commands.push(Command::DismissOpenFailure);
        }
    });
}
