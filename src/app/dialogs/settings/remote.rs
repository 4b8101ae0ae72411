//! The settings' Remote control page: letting other programs (AriaNg, aria2p, scripts) drive
//! Haul over aria2's JSON-RPC, with the address and secret they need.

use crate::i18n::t;
use eframe::egui;

use super::SettingsWindow;
use crate::app::remote::new_secret;

impl SettingsWindow {
    /// The page.
    pub(super) fn remote_page(&mut self, ui: &mut egui::Ui) {
        let draft = &mut self.draft;
        let was_on = draft.remote_control;
        ui.checkbox(&mut draft.remote_control, t!("remote-enable"));
        if draft.remote_control && !was_on && draft.remote_secret.trim().is_empty() {
            draft.remote_secret = new_secret();
        }
        ui.label(egui::RichText::new(t!("remote-enable-hint")).weak());
        if !draft.remote_control {
            return;
        }
        ui.add_space(6.0);
        let host = if draft.remote_listen_all {
            t!("remote-this-computer")
        } else {
            "127.0.0.1".to_owned()
        };
        egui::Grid::new("remote-grid")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                ui.label(t!("remote-port"));
                ui.add(egui::DragValue::new(&mut draft.remote_port).range(1024..=65535));
                ui.end_row();
                ui.label(t!("remote-address"));
                ui.label(
                    egui::RichText::new(format!("http://{host}:{}/jsonrpc", draft.remote_port))
                        .monospace(),
                );
                ui.end_row();
                ui.label(t!("remote-secret"));
                ui.horizontal(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut draft.remote_secret)
                            .font(egui::TextStyle::Monospace)
                            .desired_width(220.0),
                    );
                    if ui.button(t!("remote-new-secret")).clicked() {
                        draft.remote_secret = new_secret();
                    }
                });
                ui.end_row();
                ui.label(t!("remote-origins"));
                ui.add(
                    egui::TextEdit::singleline(&mut self.origins)
                        .hint_text("http://ariang.example:8080")
                        .desired_width(280.0),
                );
                ui.end_row();
            });
        if draft.remote_secret.trim().is_empty() {
            ui.label(
                egui::RichText::new(t!("remote-needs-secret")).color(ui.visuals().error_fg_color),
            );
        }
        ui.add_space(6.0);
        ui.checkbox(&mut draft.remote_listen_all, t!("remote-listen-all"));
        ui.label(egui::RichText::new(t!("remote-listen-all-hint")).weak());
    }
}
