//! Asking before a remove could cost bytes: removing unfinished downloads keeps their partial
//! files unless the user ticks "Also delete the partial file", and even then the deletion can
//! be undone for a while (see the undo bar).

use crate::i18n::t;
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
            many => t!("downloads-count", count = many.len()),
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
            ui.heading(t!("remove-title", what = self.what.as_str()));
            ui.add_space(6.0);
            let mut text = t!("remove-partial-stays", count = self.partial_count);
            if self.partial_count < self.ids.len() {
                text = format!("{text} {}", t!("remove-finished-stay"));
            }
            ui.label(text);
            ui.add_space(6.0);
            let label = t!(
                "remove-delete-partial",
                count = self.partial_count,
                size = format::bytes(self.partial_bytes)
            );
            ui.checkbox(&mut self.delete_partial, label);
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                if ui.button(t!("remove-button")).clicked() {
                    commands.push(Command::ConfirmRemove {
                        ids: self.ids.clone(),
                        delete_partial: self.delete_partial,
                    });
                }
                if ui.button(t!("remove-keep")).clicked() {
                    commands.push(Command::CloseDialog);
                }
            });
        });
        if modal.should_close() {
            commands.push(Command::CloseDialog);
        }
    }
}
