//! The settings' Torrents page: how peers are found (DHT, trackers, PEX, UPnP, the port), what is
//! sent back (the upload limit) and how long a finished torrent is seeded.

use crate::i18n::t;
use eframe::egui;

use super::SettingsWindow;
use super::general::number_row;

impl SettingsWindow {
    /// The page.
    pub(super) fn torrents_page(&mut self, ui: &mut egui::Ui) {
        let draft = &mut self.draft;
        ui.label(egui::RichText::new(t!("torrents-peers")).strong());
        ui.checkbox(&mut draft.torrent_dht, t!("torrents-dht"));
        ui.checkbox(&mut draft.torrent_trackers, t!("torrents-trackers"));
        ui.checkbox(&mut draft.torrent_pex, t!("torrents-pex"));
        ui.checkbox(&mut draft.torrent_upnp, t!("torrents-upnp"));
        egui::Grid::new("torrent-numbers")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                number_row(
                    ui,
                    &t!("torrents-port"),
                    &mut draft.torrent_port,
                    0..=65535,
                    "",
                );
            });
        ui.label(egui::RichText::new(t!("torrents-network-hint")).weak());
        ui.add_space(10.0);
        ui.label(egui::RichText::new(t!("torrents-sharing")).strong());
        egui::Grid::new("torrent-sharing")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                number_row(
                    ui,
                    &t!("torrents-upload-limit"),
                    &mut draft.torrent_upload_limit_kb,
                    0..=1_000_000,
                    " KB/s",
                );
                let label = ui.label(t!("torrents-seed-ratio"));
                ui.add(
                    egui::DragValue::new(&mut draft.seed_ratio)
                        .range(0.0..=100.0)
                        .speed(0.05)
                        .fixed_decimals(1),
                )
                .labelled_by(label.id);
                ui.end_row();
                number_row(
                    ui,
                    &t!("torrents-seed-minutes"),
                    &mut draft.seed_minutes,
                    0..=100_000,
                    " min",
                );
            });
        ui.label(egui::RichText::new(t!("torrents-sharing-hint")).weak());
    }
}
