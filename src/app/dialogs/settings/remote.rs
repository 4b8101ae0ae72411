//! The settings' Remote control page: letting other programs (AriaNg, aria2p, scripts) drive
//! Haul over aria2's JSON-RPC, with the address and secret they need.

use eframe::egui;

use super::SettingsWindow;
use crate::app::remote::new_secret;

impl SettingsWindow {
    /// The page.
    pub(super) fn remote_page(&mut self, ui: &mut egui::Ui) {
        let draft = &mut self.draft;
        let was_on = draft.remote_control;
        ui.checkbox(
            &mut draft.remote_control,
            "Let other programs control Haul (aria2's JSON-RPC: AriaNg, aria2p, scripts)",
        );
        if draft.remote_control && !was_on && draft.remote_secret.trim().is_empty() {
            draft.remote_secret = new_secret();
        }
        ui.label(
            egui::RichText::new(
                "They can add, pause and remove downloads. Every call must carry the secret.",
            )
            .weak(),
        );
        if !draft.remote_control {
            return;
        }
        ui.add_space(6.0);
        let host = if draft.remote_listen_all {
            "this computer's address"
        } else {
            "127.0.0.1"
        };
        egui::Grid::new("remote-grid")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                ui.label("Port");
                ui.add(egui::DragValue::new(&mut draft.remote_port).range(1024..=65535));
                ui.end_row();
                ui.label("Address");
                ui.label(
                    egui::RichText::new(format!("http://{host}:{}/jsonrpc", draft.remote_port))
                        .monospace(),
                );
                ui.end_row();
                ui.label("Secret");
                ui.horizontal(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut draft.remote_secret)
                            .font(egui::TextStyle::Monospace)
                            .desired_width(220.0),
                    );
                    if ui.button("New secret").clicked() {
                        draft.remote_secret = new_secret();
                    }
                });
                ui.end_row();
                ui.label("Web pages allowed");
                ui.add(
                    egui::TextEdit::singleline(&mut self.origins)
                        .hint_text("http://ariang.example:8080")
                        .desired_width(280.0),
                );
                ui.end_row();
            });
        if draft.remote_secret.trim().is_empty() {
            ui.label(
                egui::RichText::new("A secret is needed; without one nothing listens.")
                    .color(ui.visuals().error_fg_color),
            );
        }
        ui.add_space(6.0);
        ui.checkbox(
            &mut draft.remote_listen_all,
            "Reachable from other computers (listen on every network address)",
        );
        ui.label(
            egui::RichText::new(
                "Off: only programs on this computer can connect. Web pages are refused \
                 unless listed above (the address AriaNg is opened from).",
            )
            .weak(),
        );
    }
}
