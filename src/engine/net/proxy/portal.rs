//! The desktop's proxy for a link, from the xdg-desktop-portal's ProxyResolver: GNOME's and
//! KDE's settings, PAC files included, answered per link. Asked with a short timeout, so a
//! portal that hangs costs a download two seconds, not its life.

use std::time::Duration;

use url::Url;

use super::address::{ProxyUrl, Route};

/// Longest wait for the portal's answer.
const TIMEOUT: Duration = Duration::from_secs(2);

/// A connection to the session bus, where the portal answers.
pub(super) struct Resolver {
    connection: zbus::blocking::Connection,
}

impl Resolver {
    /// The session bus, if there is one.
    pub(super) fn connect() -> Option<Self> {
        let connection = zbus::blocking::connection::Builder::session()
            .ok()?
            .method_timeout(TIMEOUT)
            .build()
            .ok()?;
        Some(Self { connection })
    }

    /// The portal's route for `url`: its first answer (`direct://` or a proxy). Without a
    /// portal, or when it does not answer, straight.
    pub(super) fn lookup(&self, url: &Url) -> Route {
        let answer = self.connection.call_method(
            Some("org.freedesktop.portal.Desktop"),
            "/org/freedesktop/portal/desktop",
            Some("org.freedesktop.portal.ProxyResolver"),
            "Lookup",
            &(url.as_str(),),
        );
        let proxies: Vec<String> = match answer.and_then(|reply| reply.body().deserialize()) {
            Ok(proxies) => proxies,
            Err(err) => {
                log::debug!("no proxy from the desktop portal: {err}");
                return Route::Direct;
            }
        };
        route_of(proxies.first().map(String::as_str))
    }
}

/// The route a portal answer names (GLib writes a SOCKS proxy of unknown version `socks://`:
/// SOCKS5 with names resolved by the proxy is what such proxies speak today).
pub(super) fn route_of(first: Option<&str>) -> Route {
    match first {
        None => Route::Direct,
        Some(text) if text.starts_with("direct:") => Route::Direct,
        Some(text) => match ProxyUrl::parse_with(text, "socks5h") {
            Ok(proxy) => Route::Via(proxy),
            Err(problem) => Route::Unusable(problem),
        },
    }
}
