//! The desktop's proxy from the xdg-desktop-portal's ProxyResolver, against a stand-in portal
//! on a private session bus that answers like a PAC file: straight for one server, a SOCKS
//! proxy for another. `haul get` with the settings' "system" proxy and no proxy variables
//! asks it for each link and goes the way it says.

use std::process::Command;
use std::sync::{Arc, Mutex};

use super::bus::PrivateBus;
use super::support::proxies::{Kind, TestProxy};
use super::support::server::{Route, TestServer};
use super::support::{data, sha256, sha256_file};

/// The stand-in portal: links on `proxied_host` go through `proxy`, the rest straight.
struct Portal {
    proxied_host: String,
    proxy: String,
    asked: Arc<Mutex<Vec<String>>>,
}

#[zbus::interface(name = "org.freedesktop.portal.ProxyResolver")]
impl Portal {
    fn lookup(&self, uri: &str) -> Vec<String> {
        self.asked.lock().expect("asked").push(uri.to_owned());
        let host = url::Url::parse(uri)
            .ok()
            .and_then(|url| url.host_str().map(str::to_owned));
        if host.as_deref() == Some(self.proxied_host.as_str()) {
            vec![self.proxy.clone()]
        } else {
            vec!["direct://".to_owned()]
        }
    }
}

#[test]
fn the_desktop_portal_chooses_each_links_proxy() {
    let Some(bus) = PrivateBus::start() else {
        return;
    };
    let server = TestServer::start();
    let body = data(80_000, 981);
    server.route("/direct.bin", Route::file(body.clone()));
    server.route("/via.bin", Route::file(body.clone()));
    let proxy = TestProxy::start(Kind::Socks5, None);
    let asked = Arc::new(Mutex::new(Vec::new()));
    let _portal = bus.serve(
        "org.freedesktop.portal.Desktop",
        "/org/freedesktop/portal/desktop",
        Portal {
            proxied_host: "mirror.haul-test.invalid".into(),
            // GLib's word for a SOCKS proxy of either version.
            proxy: format!("socks://127.0.0.1:{}", proxy.port()),
            asked: Arc::clone(&asked),
        },
    );
    let home = tempfile::tempdir().expect("home");
    let out = home.path().join("out");
    let via = format!("http://mirror.haul-test.invalid:{}/via.bin", server.port());
    let mut command = Command::new(env!("CARGO_BIN_EXE_haul"));
    command
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address);
    for name in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
        "no_proxy",
        "NO_PROXY",
    ] {
        command.env_remove(name);
    }
    let output = command
        .args(["get", "-q", "--no-checksum-discovery", "-d"])
        .arg(&out)
        .arg(server.url("/direct.bin"))
        .arg(&via)
        .output()
        .expect("run haul");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(sha256_file(&out.join("direct.bin")), sha256(&body));
    assert_eq!(sha256_file(&out.join("via.bin")), sha256(&body));
    let asked = asked.lock().expect("asked").clone();
    assert!(
        asked.iter().any(|uri| uri.contains("/direct.bin")),
        "{asked:?}"
    );
    assert!(
        asked
            .iter()
            .any(|uri| uri.contains("mirror.haul-test.invalid")),
        "{asked:?}"
    );
    // Only the link the portal sent through the proxy went there (resolved by the proxy).
    let seen = proxy.seen();
    assert!(
        seen.iter()
            .all(|s| s.by_name && s.target.starts_with("mirror.haul-test.invalid:")),
        "{seen:?}"
    );
    assert!(!seen.is_empty());
}
