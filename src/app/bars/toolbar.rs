//! The toolbar: Add, Pause all, Resume all, Retry failed, Clear finished, Clear failed, and on
//! the right the details panel's switch and Settings. In a narrow window the buttons show only
//! their symbols (their names stay in the tooltip and for screen readers).

use eframe::egui;

use crate::app::command::Command;
use crate::app::widgets::{icon_button, labeled_button};
use crate::engine::Counts;
use crate::i18n::tr;

/// The toolbar's buttons with their symbols and names: the row that must fit before the
/// toolbar shows names at all.
const BUTTONS: [(&str, &str); 8] = [
    ("➕", "toolbar-add"),
    ("⏸", "toolbar-pause-all"),
    ("▶", "toolbar-resume-all"),
    ("⟲", "toolbar-retry-failed"),
    ("🗑", "toolbar-clear-finished"),
    ("🗑", "toolbar-clear-failed"),
    ("ℹ", "toolbar-details"),
    ("⚙", "toolbar-settings"),
];

/// Room between the left group and the right one, and for the separators.
const TOOLBAR_SLACK: f32 = 60.0;

/// How wide the toolbar is with every button named, in the user's language: below this the
/// buttons show symbols only, so a longer translation never pushes one out of the window.
fn named_width(ui: &egui::Ui) -> f32 {
    let padding = 2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x;
    BUTTONS
        .iter()
        .map(|(icon, id)| {
            let text = format!("{icon}  {}", tr(id));
            egui::WidgetText::from(text)
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Button,
                )
                .size()
                .x
                + padding
        })
        .sum::<f32>()
        + TOOLBAR_SLACK
}

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
    let compact = ui.available_width() < named_width(ui);
    let counts = state.counts;
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.add_enabled_ui(state.enabled, |ui| {
            let mut button = |ui: &mut egui::Ui, active: bool, icon, text_id, hint_id, command| {
                let (text, hint) = (tr(text_id), tr(hint_id));
                let clicked = ui
                    .add_enabled_ui(active, |ui| {
                        if compact {
                            icon_button(ui, icon, &text)
                        } else {
                            labeled_button(ui, icon, &text)
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
                "toolbar-add",
                "toolbar-add-hint",
                Command::OpenAddDialog(String::new()),
            );
            ui.separator();
            button(
                ui,
                counts.active + counts.queued > 0,
                "⏸",
                "toolbar-pause-all",
                "toolbar-pause-all-hint",
                Command::PauseAll,
            );
            button(
                ui,
                counts.paused > 0,
                "▶",
                "toolbar-resume-all",
                "toolbar-resume-all-hint",
                Command::ResumeAll,
            );
            button(
                ui,
                counts.failed > 0,
                "⟲",
                "toolbar-retry-failed",
                "toolbar-retry-failed-hint",
                Command::RetryFailed,
            );
            ui.separator();
            button(
                ui,
                counts.finished > 0,
                "🗑",
                "toolbar-clear-finished",
                "toolbar-clear-finished-hint",
                Command::ClearFinished,
            );
            button(
                ui,
                counts.failed > 0,
                "🗑",
                "toolbar-clear-failed",
                "toolbar-clear-failed-hint",
                Command::ClearFailed,
            );
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let settings_text = tr("toolbar-settings");
            let settings = if compact {
                icon_button(ui, "⚙", &settings_text)
            } else {
                labeled_button(ui, "⚙", &settings_text)
            };
            if settings.clicked() {
                commands.push(Command::OpenSettings);
            }
            let details_text = tr("toolbar-details");
            let details = ui
                .add(egui::Button::selectable(
                    state.details_open,
                    if compact {
                        "ℹ".to_owned()
                    } else {
                        format!("ℹ  {details_text}")
                    },
                ))
                .on_hover_text(tr("toolbar-details-hint"));
            details.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::Button,
                    true,
                    state.details_open,
                    &details_text,
                )
            });
            if details.clicked() {
                commands.push(Command::ToggleDetails);
            }
        });
    });
    ui.add_space(4.0);
}
