//! The toolbar: Add, Pause all, Resume all, Clear finished, Settings.

use eframe::egui;

use super::command::Command;
use super::widgets::labeled_button;
use crate::engine::Counts;

/// Draws the toolbar.
pub fn toolbar_ui(ui: &mut egui::Ui, counts: &Counts, enabled: bool, commands: &mut Vec<Command>) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.add_enabled_ui(enabled, |ui| {
            let mut button = |ui: &mut egui::Ui, active: bool, icon, text, hint, command| {
                let clicked = ui
                    .add_enabled_ui(active, |ui| labeled_button(ui, icon, text))
                    .inner
                    .on_hover_text(hint)
                    .clicked();
                if clicked {
                    commands.push(command);
                }
            };
            button(
                ui,
                true,
                "➕",
                "Add",
                "Add links (Ctrl+N)",
                Command::OpenAddDialog(String::new()),
            );
            ui.separator();
            let pausable = counts.active + counts.queued > 0;
            button(
                ui,
                pausable,
                "⏸",
                "Pause all",
                "Pause every download",
                Command::PauseAll,
            );
            button(
                ui,
                counts.paused > 0,
                "▶",
                "Resume all",
                "Resume paused downloads",
                Command::ResumeAll,
            );
            button(
                ui,
                counts.finished > 0,
                "🗑",
                "Clear finished",
                "Remove finished downloads from the list (the files stay)",
                Command::ClearFinished,
            );
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if labeled_button(ui, "⚙", "Settings").clicked() {
                commands.push(Command::OpenSettings);
            }
        });
    });
    ui.add_space(4.0);
}
