//! The settings' Network page: which proxy downloads use (the desktop's, none, or one given
//! by hand with the hosts that go around it).

use crate::i18n::t;
use eframe::egui;

use super::SettingsWindow;
use crate::app::desktop::keyring::LoginKept;
use crate::config::ProxyMode;

impl SettingsWindow {
    /// The page.
    pub(super) fn network_page(&mut self, ui: &mut egui::Ui) {
        let draft = &mut self.draft;
        ui.label(egui::RichText::new(t!("network-proxy")).strong());
        ui.radio_value(
            &mut draft.proxy,
            ProxyMode::System,
            t!("network-proxy-system"),
        );
        ui.indent("system-hint", |ui| {
            ui.label(egui::RichText::new(t!("network-proxy-system-hint")).weak());
        });
        ui.radio_value(&mut draft.proxy, ProxyMode::None, t!("network-proxy-none"));
        ui.radio_value(
            &mut draft.proxy,
            ProxyMode::Manual,
            t!("network-proxy-manual"),
        );
        if draft.proxy == ProxyMode::Manual {
            manual_proxy(ui, draft);
        }
        ui.add_space(10.0);
        certificates(ui, draft);
        ui.add_space(10.0);
        ui.label(egui::RichText::new(t!("network-logins")).strong());
        ui.label(t!("network-logins-netrc"));
        match self.logins_kept {
            Some(LoginKept::Keyring) => ui.label(t!("network-logins-keyring")),
            Some(LoginKept::File) => ui.label(t!("network-logins-file")),
            None => return,
        };
    }
}

/// More authorities to trust, and the certificates trusted for one host each (removable).
fn certificates(ui: &mut egui::Ui, draft: &mut crate::config::Settings) {
    ui.label(egui::RichText::new(t!("network-certificates")).strong());
    ui.horizontal(|ui| {
        let label = ui.label(t!("network-ca-file"));
        ui.add(
            egui::TextEdit::singleline(&mut draft.ca_file)
                .hint_text("/etc/ssl/company-ca.pem")
                .desired_width(300.0),
        )
        .labelled_by(label.id);
    });
    let mut removed = None;
    for (at, trusted) in draft.trusted_certificates.iter().enumerate() {
        ui.horizontal(|ui| {
            let short: String = trusted.sha256.chars().take(16).collect();
            ui.label(t!(
                "network-trusted",
                host = trusted.host.as_str(),
                sha256 = format!("{short}…")
            ));
            let label = t!("network-trusted-remove", host = trusted.host.as_str());
            if ui.button("✖").on_hover_text(&label).clicked() {
                removed = Some(at);
            }
        });
    }
    if let Some(at) = removed {
        draft.trusted_certificates.remove(at);
    }
}

/// The address and exceptions of a proxy given by hand.
fn manual_proxy(ui: &mut egui::Ui, draft: &mut crate::config::Settings) {
    ui.indent("manual", |ui| {
        egui::Grid::new("proxy-grid")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let label = ui.label(t!("network-proxy-address"));
                ui.add(
                    egui::TextEdit::singleline(&mut draft.proxy_address)
                        .hint_text("socks5h://user:password@host:1080")
                        .desired_width(300.0),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(t!("network-proxy-except"));
                ui.add(
                    egui::TextEdit::singleline(&mut draft.proxy_except)
                        .hint_text("localhost, .lan, 10.0.0.0/8")
                        .desired_width(300.0),
                )
                .labelled_by(label.id);
                ui.end_row();
            });
        if let Some(problem) = draft.proxy_problem() {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
    });
}
