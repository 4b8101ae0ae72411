//! "Trust this certificate": a certificate no authority of this computer vouches for (or one
//! for another name, or an expired one), trusted for its one host only, by an explicit choice
//! that shows what is trusted (its SHA-256) and what trusting means.

use crate::i18n::t;
use eframe::egui::{self, RichText};

use crate::app::command::Command;
use crate::engine::DownloadId;

/// The open dialog.
#[derive(Debug)]
pub struct TrustDialog {
    id: DownloadId,
    host: String,
    problem: String,
    sha256: String,
}

impl TrustDialog {
    /// A dialog for download `id`, whose server `host` showed the certificate `sha256`,
    /// refused for `problem` (in words).
    pub fn new(id: DownloadId, host: String, problem: String, sha256: String) -> Self {
        Self {
            id,
            host,
            problem,
            sha256,
        }
    }

    /// Draws the dialog.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let modal = egui::Modal::new(egui::Id::unique("trust-dialog")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.heading(t!("trust-title", host = self.host.as_str()));
            ui.label(self.problem.as_str());
            ui.add_space(6.0);
            ui.label(t!("trust-fingerprint"));
            // In groups of four, as certificate viewers show it, so it can be compared.
            let grouped: Vec<String> = self
                .sha256
                .as_bytes()
                .chunks(4)
                .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
                .collect();
            ui.label(RichText::new(grouped.join(" ")).monospace());
            ui.add_space(6.0);
            ui.label(RichText::new(t!("trust-warning")).color(ui.visuals().warn_fg_color));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui
                    .button(t!("trust-confirm", host = self.host.as_str()))
                    .clicked()
                {
                    commands.push(Command::TrustCertificate {
                        id: self.id,
                        host: self.host.clone(),
                        sha256: self.sha256.clone(),
                    });
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
