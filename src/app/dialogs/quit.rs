//! The question before quitting while downloads run.

use eframe::egui;

use crate::app::command::Command;

/// Asks before quitting while downloads run.
pub(crate) fn show(ctx: &egui::Context, active: usize, commands: &mut Vec<Command>) {
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
                commands.push(Command::CloseDialog);
            }
            if ui.button("Quit and resume later").clicked() {
                commands.push(Command::Quit);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CloseDialog);
    }
}
