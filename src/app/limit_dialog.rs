//! The per-download speed limit dialog (from the right-click menu): type a rate such as 500K or
//! 2M, or remove the limit. Applies to every selected download at once, live.

use eframe::egui::{self, RichText};

use super::command::Command;
use crate::engine::DownloadId;
use crate::format;

/// State of the open dialog.
#[derive(Debug)]
pub struct LimitDialog {
    ids: Vec<DownloadId>,
    text: String,
    error: Option<String>,
    focus_pending: bool,
}

impl LimitDialog {
    /// A dialog for `ids`, showing `current` (bytes per second) if they share a limit.
    pub fn new(ids: Vec<DownloadId>, current: Option<u64>) -> Self {
        Self {
            ids,
            text: current.map(format_rate).unwrap_or_default(),
            error: None,
            focus_pending: true,
        }
    }

    /// Draws the dialog.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let modal = egui::Modal::new(egui::Id::unique("limit-dialog")).show(ctx, |ui| {
            ui.set_width(380.0);
            let what = if self.ids.len() == 1 {
                "this download".to_owned()
            } else {
                format!("these {} downloads", self.ids.len())
            };
            ui.heading("Speed limit");
            ui.label(format!(
                "Limit {what} to a speed such as 500K or 2M per second."
            ));
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let label = ui.label("Limit");
                let response = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.text)
                            .hint_text("e.g. 2M")
                            .desired_width(140.0),
                    )
                    .labelled_by(label.id);
                if std::mem::take(&mut self.focus_pending) {
                    response.request_focus();
                }
                ui.label("per second");
            });
            if let Some(error) = &self.error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            ui.add_space(8.0);
            let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                if ui.button("Apply").clicked() || enter {
                    match format::parse_rate(&self.text) {
                        Ok(rate) => {
                            commands.push(Command::SetSpeedLimit(self.ids.clone(), Some(rate)))
                        }
                        Err(err) => self.error = Some(err),
                    }
                }
                if ui.button("No limit").clicked() {
                    commands.push(Command::SetSpeedLimit(self.ids.clone(), None));
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::CloseLimitDialog);
                }
            });
        });
        if modal.should_close() {
            commands.push(Command::CloseLimitDialog);
        }
    }
}

/// A rate in the form people type it back: 512000 -> "500K".
pub fn format_rate(bytes_per_sec: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes_per_sec >= MIB && bytes_per_sec.checked_mul(10).is_some_and(|v| v % MIB == 0) {
        format!("{}M", trim_float(bytes_per_sec as f64 / MIB as f64))
    } else if bytes_per_sec >= 1024 && bytes_per_sec % 1024 == 0 {
        format!("{}K", bytes_per_sec / 1024)
    } else {
        bytes_per_sec.to_string()
    }
}

fn trim_float(value: f64) -> String {
    let text = format!("{value:.1}");
    text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_round_trip_through_their_typed_form() {
        for text in ["500K", "2M", "1.5M", "800"] {
            let rate = format::parse_rate(text).expect("valid");
            assert_eq!(format_rate(rate), text);
        }
    }
}
