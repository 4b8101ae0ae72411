//! The per-download speed limit dialog (from the right-click menu): type a rate such as 500K or
//! 2M, or remove the limit. Applies to every selected download at once, live.

use crate::i18n::t;
use eframe::egui::{self, RichText};

use crate::app::command::Command;
use crate::engine::DownloadId;
use crate::engine::rate::Rate;
use crate::format;

/// State of the open dialog.
#[derive(Debug)]
pub struct LimitDialog {
    ids: Vec<DownloadId>,
    text: String,
    error: Option<format::RateError>,
    focus_pending: bool,
}

impl LimitDialog {
    /// A dialog for `ids`, showing `current` if they share a limit.
    pub fn new(ids: Vec<DownloadId>, current: Option<Rate>) -> Self {
        Self {
            ids,
            text: current.map(format::typed_rate).unwrap_or_default(),
            error: None,
            focus_pending: true,
        }
    }

    /// Draws the dialog.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let modal = egui::Modal::new(egui::Id::unique("limit-dialog")).show(ctx, |ui| {
            ui.set_width(380.0);
            ui.heading(t!("limit-title"));
            ui.label(t!("limit-intro", count = self.ids.len()));
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let label = ui.label(t!("details-limit"));
                let response = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.text)
                            .hint_text(t!("limit-example"))
                            .desired_width(140.0),
                    )
                    .labelled_by(label.id);
                if std::mem::take(&mut self.focus_pending) {
                    response.request_focus();
                }
                ui.label(t!("limit-per-second"));
            });
            if let Some(error) = &self.error {
                ui.label(RichText::new(error.to_string()).color(ui.visuals().error_fg_color));
            }
            ui.add_space(8.0);
            let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                if ui.button(t!("dialog-apply")).clicked() || enter {
                    match format::parse_rate(&self.text) {
                        Ok(rate) => {
                            commands.push(Command::SetSpeedLimit(self.ids.clone(), Some(rate)))
                        }
                        Err(err) => self.error = Some(err),
                    }
                }
                if ui.button(t!("limit-none")).clicked() {
                    commands.push(Command::SetSpeedLimit(self.ids.clone(), None));
                }
                if ui.button(t!("dialog-cancel")).clicked() {
                    commands.push(Command::CloseDialog);
                }
            });
        });
        if modal.should_close() {
            commands.push(Command::CloseDialog);
        }
    }
}
