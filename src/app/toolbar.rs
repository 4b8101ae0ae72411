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
            if labeled_button(ui, "➕", "Add")
                .on_hover_text("Add links (Ctrl+N)")
                .clicked()
            {
                commands.push(Command::OpenAddDialog(String::new()));
            }
            ui.separator();
            let pausable = counts.active + counts.queued > 0;
            if ui
                .add_enabled_ui(pausable, |ui| labeled_button(ui, "⏸", "Pause all"))
                .inner
                .clicked()
            {
                commands.push(Command::PauseAll);
            }
            if ui
                .add_enabled_ui(counts.stopped > 0, |ui| {
                    labeled_button(ui, "▶", "Resume all")
                })
                .inner
                .clicked()
            {
                commands.push(Command::ResumeAll);
            }
            if ui
                .add_enabled_ui(counts.finished > 0, |ui| {
                    labeled_button(ui, "🗑", "Clear finished")
                })
                .inner
                .on_hover_text("Remove finished downloads from the list (the files stay)")
                .clicked()
            {
                commands.push(Command::ClearFinished);
            }
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if labeled_button(ui, "⚙", "Settings").clicked() {
                commands.push(Command::OpenSettings);
            }
        });
    });
    ui.add_space(4.0);
}
