//! Asking before a remove could cost bytes: removing unfinished downloads keeps their partial
//! files unless the user ticks "Also delete the partial file", and even then the deletion can
//! be undone for a while (see the undo bar).

use eframe::egui;

use crate::app::command::Command;
use crate::engine::{Download, DownloadId, Status};
use crate::format;

/// The open question.
#[derive(Debug)]
pub struct RemoveDialog {
    ids: Vec<DownloadId>,
    what: String,
    partial_bytes: u64,
    partial_count: usize,
    delete_partial: bool,
}

/// True when removing `download` from the list would leave a partial file behind.
pub fn has_partial(download: &Download) -> bool {
    !matches!(download.status, Status::Finished | Status::Cancelled)
        && (download.bytes_done > 0 || download.file_name.is_some())
}

impl RemoveDialog {
    /// A question about removing `rows`, when some of them have partial files.
    pub fn new(rows: &[&Download]) -> Self {
        let partial: Vec<&&Download> = rows.iter().filter(|d| has_partial(d)).collect();
        let what = match rows {
            [one] => one.display_name(),
            many => format!("{} downloads", many.len()),
        };
        Self {
            ids: rows.iter().map(|d| d.id).collect(),
            what,
            partial_bytes: partial.iter().map(|d| d.bytes_done).sum(),
            partial_count: partial.len(),
            delete_partial: false,
        }
    }

    /// Draws the dialog.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let modal = egui::Modal::new(egui::Id::unique("remove-dialog")).show(ctx, |ui| {
            ui.set_width(420.0);
            ui.heading(format!("Remove {} from the list?", self.what));
            ui.add_space(6.0);
            let partial = if self.partial_count == 1 {
                "The partial file stays on disk, so adding the same link again continues where \
                 it stopped."
            } else {
                "The partial files stay on disk, so adding the same links again continues where \
                 they stopped."
            };
            let finished = if self.partial_count < self.ids.len() {
                " Finished files always stay."
            } else {
                ""
            };
            ui.label(format!("{partial}{finished}"));
            ui.add_space(6.0);
            let size = format::bytes(self.partial_bytes);
            let label = if self.partial_count == 1 {
                format!("Also delete the partial file ({size})")
            } else {
                format!(
                    "Also delete the {} partial files ({size})",
                    self.partial_count
                )
            };
            ui.checkbox(&mut self.delete_partial, label);
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                if ui.button("Remove").clicked() {
                    commands.push(Command::ConfirmRemove {
                        ids: self.ids.clone(),
                        delete_partial: self.delete_partial,
                    });
                }
                if ui.button("Keep in list").clicked() {
                    commands.push(Command::CloseDialog);
                }
            });
        });
        if modal.should_close() {
            commands.push(Command::CloseDialog);
        }
    }
}
