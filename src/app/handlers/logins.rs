//! Logins in the window: asking for the one a server wants (from the row, or at once when a
//! download fails for want of one), giving it to the download, and keeping it for the site
//! when asked (in the background: the keyring is a D-Bus round trip).

use std::sync::Arc;

use crate::app::App;
use crate::app::dialogs::Modal;
use crate::app::dialogs::login::LoginDialog;
use crate::app::dialogs::trust::TrustDialog;
use crate::app::tasks::TaskResult;
use crate::engine::error::{LoginProblem, ProxyProblem};
use crate::engine::net::login::{self, Login};
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::{DownloadId, Reason, Status};
use crate::i18n::t;

/// How a proxy's login is named among the saved logins (a site's is its address alone).
const PROXY_SITE: &str = "proxy:";

impl App {
    /// Opens the Log in dialog for download `id` (if its server, or the proxy it went
    /// through, asked for a login).
    pub(crate) fn ask_login(&mut self, id: DownloadId) {
        let Some(download) = self.rows.snapshot.get(id) else {
            return;
        };
        if let Status::Failed {
            reason:
                Reason::Proxy {
                    proxy,
                    problem: ProxyProblem::LoginWanted | ProxyProblem::LoginRefused,
                },
        } = &download.status
            && !proxy.is_empty()
        {
            let in_settings = self.manual_proxy_is(proxy);
            let proxy = proxy.clone();
            self.rows.login_asked.insert(id);
            self.dialogs
                .open(Modal::Login(LoginDialog::for_proxy(id, proxy, in_settings)));
            return;
        }
        let Status::Failed {
            reason: Reason::Login { host, problem },
        } = &download.status
        else {
            return;
        };
        let realm = match problem {
            LoginProblem::Wanted { realm } | LoginProblem::Refused { realm } => realm.clone(),
        };
        self.rows.login_asked.insert(id);
        self.dialogs
            .open(Modal::Login(LoginDialog::new(id, host.clone(), realm)));
    }

    /// Opens the Trust dialog for download `id` (if its server's certificate was refused).
    pub(crate) fn ask_trust(&mut self, id: DownloadId) {
        let Some(download) = self.rows.snapshot.get(id) else {
            return;
        };
        let Status::Failed {
            reason:
                reason @ Reason::Tls {
                    fingerprint: Some(sha256),
                    ..
                },
        } = &download.status
        else {
            return;
        };
        let host = download.url.host_str().unwrap_or_default().to_owned();
        let problem = crate::describe::describe_reason(reason);
        self.dialogs.open(Modal::Trust(TrustDialog::new(
            id,
            host,
            problem,
            sha256.clone(),
        )));
    }

    /// Trusts a certificate for `host` (saved in the settings), and tries download `id` again
    /// once the engine took it (in the background: a new HTTP client).
    pub(crate) fn trust_certificate(&mut self, id: DownloadId, host: String, sha256: String) {
        self.dialogs.close_where(|m| matches!(m, Modal::Trust(_)));
        let mut settings = self.settings.clone();
        settings
            .trusted_certificates
            .retain(|trusted| !(trusted.host == host && trusted.sha256 == sha256));
        settings
            .trusted_certificates
            .push(crate::config::TrustedCertificate { host, sha256 });
        self.keep_settings_then_retry(settings, id);
    }

    /// Asks at once for the first login a download newly failed for, when no dialog is open
    /// (each download is asked once; its row offers "Log in" after that).
    pub(crate) fn ask_new_logins(&mut self) {
        // Nothing failed, nothing to ask (no look at every row on each refresh).
        if self.dialogs.is_open() || self.rows.totals.counts.failed == 0 {
            return;
        }
        let wanted = self.rows.snapshot.downloads.iter().find(|d| {
            let asks = match &d.status {
                Status::Failed {
                    reason: Reason::Login { .. },
                } => true,
                Status::Failed {
                    reason:
                        Reason::Proxy {
                            proxy,
                            problem: ProxyProblem::LoginWanted | ProxyProblem::LoginRefused,
                        },
                } => !proxy.is_empty(),
                _ => false,
            };
            asks && !self.rows.login_asked.contains(&d.id)
        });
        if let Some(id) = wanted.map(|d| d.id) {
            self.ask_login(id);
        }
    }

    /// Whether `proxy` (as reasons name it) is the proxy given by hand in Settings, which a
    /// login can be added to.
    fn manual_proxy_is(&self, proxy: &str) -> bool {
        matches!(
            self.settings.proxy_choice(),
            ProxyChoice::Manual { proxy: manual, .. } if manual.shown() == proxy
        )
    }

    /// Gives the proxy download `id` went through its `login`, and tries the download again:
    /// into the address of the proxy set in Settings (saved); for any other (the desktop's, a
    /// queue's), to the engine for this run, and to the keyring with `remember`.
    pub(crate) fn proxy_log_in(&mut self, id: DownloadId, login: Login, remember: bool) {
        self.dialogs.close_where(|m| matches!(m, Modal::Login(_)));
        let Some(Status::Failed {
            reason: Reason::Proxy { proxy: named, .. },
        }) = self.rows.snapshot.get(id).map(|d| d.status.clone())
        else {
            return;
        };
        let ProxyChoice::Manual { proxy, .. } = self.settings.proxy_choice() else {
            self.give_proxy_login(id, named, login, remember);
            return;
        };
        if proxy.shown() != named {
            self.give_proxy_login(id, named, login, remember);
            return;
        }
        let mut settings = self.settings.clone();
        settings.proxy_address = proxy
            .with_login(&login.user, &login.password)
            .url()
            .to_string();
        self.keep_settings_then_retry(settings, id);
    }

    /// Gives the engine the login of a proxy not set in Settings (`named` as reasons name
    /// it), keeps it in the keyring when asked, and tries download `id` again.
    fn give_proxy_login(&mut self, id: DownloadId, named: String, login: Login, remember: bool) {
        let Some(engine) = &self.engine else { return };
        engine.give_proxy_login(&named, Some(login.clone()));
        engine.retry(&[id]);
        if remember {
            let desktop = Arc::clone(&self.desktop);
            let site = format!("{PROXY_SITE}{named}");
            self.tasks.spawn("save-proxy-login", move || {
                Some(TaskResult::LoginSaved(desktop.save_login(&site, &login)))
            });
        }
    }

    /// Keeps `settings` (saved in the background) and tries download `id` again once the
    /// engine took them (a new HTTP client: not on the UI thread).
    fn keep_settings_then_retry(&mut self, settings: crate::config::Settings, id: DownloadId) {
        let config = settings.engine_config(Some(self.paths.data_dir.clone()));
        self.keep_settings(settings, false);
        let engine = self.engine.clone();
        self.tasks.spawn("apply-and-retry", move || {
            let engine = engine?;
            if let Err(err) = engine.apply_config(&config) {
                return Some(TaskResult::Failed(crate::describe::engine_error(&err)));
            }
            engine.retry(&[id]);
            None
        });
    }

    /// Gives download `id` its login and tries it again; `remember` keeps it for the site.
    pub(crate) fn log_in(&mut self, id: DownloadId, login: Login, remember: bool) {
        self.dialogs.close_where(|m| matches!(m, Modal::Login(_)));
        let Some(engine) = &self.engine else { return };
        let site = self
            .rows
            .snapshot
            .get(id)
            .map(|download| login::site_of(&download.url));
        engine.give_login(id, &login);
        if let (true, Some(site)) = (remember, site) {
            engine.remember_login(site.clone(), Some(login.clone()));
            let desktop = Arc::clone(&self.desktop);
            self.tasks.spawn("save-login", move || {
                Some(TaskResult::LoginSaved(desktop.save_login(&site, &login)))
            });
        }
    }

    /// What keeping a login came to.
    pub(crate) fn login_saved(
        &mut self,
        kept: Result<crate::app::desktop::keyring::LoginKept, crate::app::desktop::DesktopError>,
    ) {
        use crate::app::desktop::keyring::LoginKept;
        if let Ok(kept) = &kept {
            self.shell.logins_kept = Some(*kept);
        }
        match kept {
            Ok(LoginKept::Keyring) => self.notices.say(t!("notice-login-kept-keyring")),
            Ok(LoginKept::File) => self.notices.say(t!("notice-login-kept-file")),
            Err(err) => self.notices.tell(err.to_string()),
        }
    }

    /// Gives the engine the logins saved for sites (read in the background at start; the
    /// task gives them to the engine itself, and says where they are kept without waking the
    /// window: nothing on screen changes).
    pub(crate) fn load_saved_logins(&mut self) {
        let desktop = Arc::clone(&self.desktop);
        let engine = self.engine.clone();
        self.tasks.spawn_quiet("saved-logins", move || {
            let (logins, kept) = desktop.saved_logins();
            if let Some(engine) = engine {
                for (site, login) in logins {
                    match site.strip_prefix(PROXY_SITE) {
                        Some(proxy) => engine.give_proxy_login(proxy, Some(login)),
                        None => engine.remember_login(site, Some(login)),
                    }
                }
            }
            Some(TaskResult::LoginsKept(kept))
        });
    }

    /// Where saved logins are kept, learnt at start.
    pub(crate) fn logins_kept_in(&mut self, kept: crate::app::desktop::keyring::LoginKept) {
        self.shell.logins_kept = Some(kept);
    }
}
