//! The toolbar: Add, Pause all, Resume all, Retry failed, Clear finished, Clear failed, and on
//! the right the details panel's switch and Settings. In a narrow window the buttons show only
//! their symbols (their names stay in the tooltip and for screen readers).

use eframe::egui;

use crate::app::command::Command;
use crate::app::widgets::{icon_button, labeled_button};
use crate::engine::Counts;

/// Below this width the toolbar shows symbols only.
const COMPACT_BELOW: f32 = 900.0;

/// What the toolbar needs to know.
pub struct ToolbarState<'a> {
    /// Counts by state (which buttons can act).
    pub counts: &'a Counts,
    /// The engine runs.
    pub enabled: bool,
    /// The details panel is open.
    pub details_open: bool,
}

/// Draws the toolbar.
pub fn toolbar_ui(ui: &mut egui::Ui, state: &ToolbarState<'_>, commands: &mut Vec<Command>) {
    let compact = ui.available_width() < COMPACT_BELOW;
    let counts = state.counts;
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.add_enabled_ui(state.enabled, |ui| {
            let mut button = |ui: &mut egui::Ui, active: bool, icon, text, hint, command| {
                let clicked = ui
                    .add_enabled_ui(active, |ui| {
                        if compact {
                            icon_button(ui, icon, text)
                        } else {
                            labeled_button(ui, icon, text)
                        }
                    })
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
            button(
                ui,
                counts.active + counts.queued > 0,
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
                counts.failed > 0,
                "⟲",
                "Retry failed",
                "Try every failed download again",
                Command::RetryFailed,
            );
            ui.separator();
            button(
                ui,
                counts.finished > 0,
                "🗑",
                "Clear finished",
                "Remove finished downloads from the list (the files stay)",
                Command::ClearFinished,
            );
            button(
                ui,
                counts.failed > 0,
                "🗑",
                "Clear failed",
                "Remove failed downloads from the list",
                Command::ClearFailed,
            );
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let settings = if compact {
                icon_button(ui, "⚙", "Settings")
            } else {
                labeled_button(ui, "⚙", "Settings")
            };
            if settings.clicked() {
                commands.push(Command::OpenSettings);
            }
            let details = ui
                .add(egui::Button::selectable(
                    state.details_open,
                    if compact { "ℹ" } else { "ℹ  Details" },
                ))
                .on_hover_text("Show details of the selected download");
            details.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, state.details_open, "Details")
            });
            if details.clicked() {
                commands.push(Command::ToggleDetails);
            }
        });
    });
    ui.add_space(4.0);
}
