//! The toolbar: Add, Pause all, Resume all, Retry failed, Clear finished, Clear failed, and on
//! the right the details panel's switch and Settings. In a narrow window the buttons show only
//! their symbols (their names stay in the tooltip and for screen readers).

use eframe::egui;

use crate::app::command::Command;
use crate::app::widgets::{icon_button, labeled_button, text_width};
use crate::engine::Counts;
use crate::i18n::tr;

/// A toolbar button: its symbol, and the messages of its name and its tooltip.
#[derive(Clone, Copy)]
struct Button {
    icon: &'static str,
    name: &'static str,
    hint: &'static str,
}

const ADD: Button = Button {
    icon: "➕",
    name: "toolbar-add",
    hint: "toolbar-add-hint",
};
const PAUSE_ALL: Button = Button {
    icon: "⏸",
    name: "toolbar-pause-all",
    hint: "toolbar-pause-all-hint",
};
const RESUME_ALL: Button = Button {
    icon: "▶",
    name: "toolbar-resume-all",
    hint: "toolbar-resume-all-hint",
};
const RETRY_FAILED: Button = Button {
    icon: "⟲",
    name: "toolbar-retry-failed",
    hint: "toolbar-retry-failed-hint",
};
const CLEAR_FINISHED: Button = Button {
    icon: "☑",
    name: "toolbar-clear-finished",
    hint: "toolbar-clear-finished-hint",
};
const CLEAR_FAILED: Button = Button {
    icon: "🗑",
    name: "toolbar-clear-failed",
    hint: "toolbar-clear-failed-hint",
};
const DETAILS: Button = Button {
    icon: "ℹ",
    name: "toolbar-details",
    hint: "toolbar-details-hint",
};
const SETTINGS: Button = Button {
    icon: "⚙",
    name: "toolbar-settings",
    hint: "toolbar-settings",
};

/// Every button: the row that must fit before the toolbar shows names at all.
const ALL: [Button; 8] = [
    ADD,
    PAUSE_ALL,
    RESUME_ALL,
    RETRY_FAILED,
    CLEAR_FINISHED,
    CLEAR_FAILED,
    DETAILS,
    SETTINGS,
];

/// Room between the left group and the right one, and for the separators.
const TOOLBAR_SLACK: f32 = 60.0;

/// How wide the toolbar is with every button named, in the user's language: below this the
/// buttons show symbols only, so a longer translation never pushes one out of the window.
fn named_width(ui: &egui::Ui) -> f32 {
    let padding = 2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x;
    ALL.iter()
        .map(|button| {
            let text = format!("{}  {}", button.icon, tr(button.name));
            text_width(ui, &text, egui::TextStyle::Button) + padding
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
            let mut button = |ui: &mut egui::Ui, active: bool, button: Button, command| {
                let (text, hint) = (tr(button.name), tr(button.hint));
                let clicked = ui
                    .add_enabled_ui(active, |ui| {
                        if compact {
                            icon_button(ui, button.icon, &text)
                        } else {
                            labeled_button(ui, button.icon, &text)
                        }
                    })
                    .inner
                    .on_hover_text(hint)
                    .clicked();
                if clicked {
                    commands.push(command);
                }
            };
            button(ui, true, ADD, Command::OpenAddDialog(String::new()));
            ui.separator();
            let running = counts.active + counts.queued > 0;
            button(ui, running, PAUSE_ALL, Command::PauseAll);
            button(ui, counts.paused > 0, RESUME_ALL, Command::ResumeAll);
            button(ui, counts.failed > 0, RETRY_FAILED, Command::RetryFailed);
            ui.separator();
            button(
                ui,
                counts.finished > 0,
                CLEAR_FINISHED,
                Command::ClearFinished,
            );
            button(ui, counts.failed > 0, CLEAR_FAILED, Command::ClearFailed);
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let settings_text = tr(SETTINGS.name);
            let settings = if compact {
                icon_button(ui, SETTINGS.icon, &settings_text)
            } else {
                labeled_button(ui, SETTINGS.icon, &settings_text)
            };
            if settings.clicked() {
                commands.push(Command::OpenSettings);
            }
            let details_text = tr(DETAILS.name);
            let details = ui
                .add(egui::Button::selectable(
                    state.details_open,
                    if compact {
                        DETAILS.icon.to_owned()
                    } else {
                        format!("{}  {details_text}", DETAILS.icon)
                    },
                ))
                .on_hover_text(tr(DETAILS.hint));
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

#[cfg(test)]
mod tests {
    use super::ALL;

    #[test]
    fn every_button_has_a_symbol_of_its_own() {
        // In a narrow window the symbols are all there is to tell the buttons apart.
        for (at, button) in ALL.iter().enumerate() {
            assert!(
                ALL[at + 1..].iter().all(|other| other.icon != button.icon),
                "{} shares its symbol {}",
                button.name,
                button.icon
            );
        }
    }
}
