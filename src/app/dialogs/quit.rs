//! The question before quitting while downloads run.

use crate::i18n::t;
use eframe::egui;

use crate::app::command::Command;

/// Asks before quitting while downloads run.
pub(crate) fn show(ctx: &egui::Context, active: usize, commands: &mut Vec<Command>) {
    let modal = egui::Modal::new(egui::Id::unique("quit")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading(t!("quit-title"));
        ui.add_space(6.0);
        ui.label(t!("quit-text", count = active));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button(t!("quit-keep")).clicked() {
                commands.push(Command::CloseDialog);
            }
            if ui.button(t!("quit-later")).clicked() {
                commands.push(Command::Quit);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CloseDialog);
    }
}
