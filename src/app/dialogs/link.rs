//! "Change link…": a new link for an unfinished download (its old one expired, as signed links
//! from file hosts and CDNs do). The download then continues with every byte it has if the new
//! link gives the same file; if not, its row says so and offers to start over.

use crate::i18n::t;
use eframe::egui::{self, RichText};

use crate::app::command::Command;
use crate::engine::DownloadId;

/// The open dialog.
#[derive(Debug)]
pub struct LinkDialog {
    id: DownloadId,
    name: String,
    text: String,
    error: Option<String>,
    focus_pending: bool,
}

impl LinkDialog {
    /// A dialog for the download `id` named `name`, starting with `text` (the clipboard's link,
    /// when it holds one).
    pub fn new(id: DownloadId, name: String, text: String) -> Self {
        Self {
            id,
            name,
            text,
            error: None,
            focus_pending: true,
        }
    }

    /// Draws the dialog.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let modal = egui::Modal::new(egui::Id::unique("link-dialog")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.heading(t!("link-new-for", name = self.name.as_str()));
            ui.label(t!("link-new-intro"));
            ui.add_space(6.0);
            let label = ui.label(t!("link-new"));
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut self.text)
                        .hint_text("https://…")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_pending) {
                response.request_focus();
            }
            if let Some(error) = &self.error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            ui.add_space(8.0);
            let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                if ui.button(t!("link-use")).clicked() || enter {
                    match crate::links::parse_links(&self.text).urls.as_slice() {
                        [url] => commands.push(Command::ChangeLink(self.id, url.clone())),
                        [] => self.error = Some(t!("link-not-http")),
                        _ => self.error = Some(t!("link-one-only")),
                    }
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
