//! "Log in": the login a server asked for (HTTP 401), for one download, with "remember for
//! this site" (kept in the desktop's keyring, or where there is none Haul's own file). The
//! download then continues with it.

use crate::i18n::t;
use eframe::egui::{self, RichText};

use crate::app::command::Command;
use crate::engine::DownloadId;
use crate::engine::net::login::Login;

/// The open dialog.
#[derive(Debug)]
pub struct LoginDialog {
    id: DownloadId,
    host: String,
    realm: Option<String>,
    user: String,
    password: String,
    remember: bool,
    focus_pending: bool,
    /// The login is the proxy's, not the server's.
    for_proxy: bool,
    /// That proxy is the one set in Settings: the login goes into its address there.
    proxy_in_settings: bool,
}

impl LoginDialog {
    /// A dialog for download `id`, whose server `host` asked for a login to `realm`.
    pub fn new(id: DownloadId, host: String, realm: Option<String>) -> Self {
        Self {
            id,
            host,
            realm,
            user: String::new(),
            password: String::new(),
            remember: true,
            focus_pending: true,
            for_proxy: false,
            proxy_in_settings: false,
        }
    }

    /// A dialog for download `id`, whose proxy `proxy` asked for a login (`in_settings`: the
    /// proxy set in Settings, whose address keeps it).
    pub fn for_proxy(id: DownloadId, proxy: String, in_settings: bool) -> Self {
        Self {
            for_proxy: true,
            proxy_in_settings: in_settings,
            ..Self::new(id, proxy, None)
        }
    }

    /// Draws the dialog.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let modal = egui::Modal::new(egui::Id::unique("login-dialog")).show(ctx, |ui| {
            ui.set_width(420.0);
            if self.for_proxy {
                ui.heading(t!("login-proxy-title", proxy = self.host.as_str()));
            } else {
                ui.heading(t!("login-title", host = self.host.as_str()));
            }
            if let Some(realm) = &self.realm {
                ui.label(RichText::new(t!("login-realm", realm = realm.as_str())).weak());
            }
            ui.add_space(6.0);
            let mut submit = false;
            egui::Grid::new("login-grid")
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    let label = ui.label(t!("login-user"));
                    let user = ui
                        .add(egui::TextEdit::singleline(&mut self.user).desired_width(240.0))
                        .labelled_by(label.id);
                    if std::mem::take(&mut self.focus_pending) {
                        user.request_focus();
                    }
                    ui.end_row();
                    let label = ui.label(t!("login-password"));
                    let password = ui
                        .add(
                            egui::TextEdit::singleline(&mut self.password)
                                .password(true)
                                .desired_width(240.0),
                        )
                        .labelled_by(label.id);
                    submit = password.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.end_row();
                });
            if self.proxy_in_settings {
                ui.label(RichText::new(t!("login-proxy-kept")).weak());
            } else if self.for_proxy {
                ui.checkbox(&mut self.remember, t!("login-proxy-remember"));
            } else {
                ui.checkbox(&mut self.remember, t!("login-remember"));
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let ready = !self.user.trim().is_empty();
                if ui
                    .add_enabled(ready, egui::Button::new(t!("login-submit")))
                    .clicked()
                    || (submit && ready)
                {
                    let login = Login {
                        user: self.user.trim().to_owned(),
                        password: std::mem::take(&mut self.password),
                    };
                    commands.push(if self.for_proxy {
                        Command::ProxyLogIn {
                            id: self.id,
                            login,
                            remember: self.remember,
                        }
                    } else {
                        Command::LogIn {
                            id: self.id,
                            login,
                            remember: self.remember,
                        }
                    });
                }
                if ui.button(t!("dialog-cancel")).clicked() {
                    commands.push(Command::CloseDialog);
                }
            });
        });
        // A click outside or Escape closes it, but never throws a typed login away: Cancel
        // does that.
        if modal.should_close() && self.user.is_empty() && self.password.is_empty() {
            commands.push(Command::CloseDialog);
        }
    }
}
