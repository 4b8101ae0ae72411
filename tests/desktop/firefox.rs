//! From Firefox to Haul, for real: Firefox ESR (Debian's `firefox-esr`) under Xvfb with the
//! extension installed in a fresh profile (unsigned, which ESR allows when told) and Haul's
//! host manifest where Firefox looks for it (`~/.mozilla/native-messaging-hosts/`), catching
//! the same download behind a login as the Chromium test.

use std::path::Path;
use std::process::Command;

use super::browser::{assert_haul_caught_the_shop_file, install_host, shop};
use super::support::server::TestServer;
use super::support::xsession::XSession;
use super::{haul_command, session_env};

/// Preferences of the test profile: the extension may be unsigned and loads from the
/// profile; no first-run pages; and nothing leaves this machine (no name lookups, no
/// background services, anything not on 127.0.0.1 goes to a closed port).
pub(super) const PREFS: &str = r#"
user_pref("xpinstall.signatures.required", false);
user_pref("extensions.autoDisableScopes", 0);
user_pref("extensions.enabledScopes", 15);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("browser.aboutwelcome.enabled", false);
user_pref("browser.startup.homepage_override.mstone", "ignore");
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("network.dns.disabled", true);
user_pref("network.trr.mode", 5);
user_pref("network.proxy.type", 1);
user_pref("network.proxy.http", "127.0.0.1");
user_pref("network.proxy.http_port", 9);
user_pref("network.proxy.ssl", "127.0.0.1");
user_pref("network.proxy.ssl_port", 9);
user_pref("network.proxy.no_proxies_on", "127.0.0.1");
user_pref("network.proxy.allow_hijacking_localhost", false);
user_pref("network.captive-portal-service.enabled", false);
user_pref("network.connectivity-service.enabled", false);
user_pref("network.prefetch-next", false);
user_pref("network.predictor.enabled", false);
user_pref("app.update.enabled", false);
user_pref("app.normandy.enabled", false);
user_pref("extensions.update.enabled", false);
user_pref("browser.safebrowsing.malware.enabled", false);
user_pref("browser.safebrowsing.phishing.enabled", false);
user_pref("browser.safebrowsing.downloads.enabled", false);
user_pref("browser.region.network.url", "");
user_pref("services.settings.server", "http://127.0.0.1:9/");
user_pref("dom.push.connection.enabled", false);
"#;

/// Packs the extension (without its tests) as `dest`, the way Firefox installs it.
pub(super) fn pack_extension(dest: &Path) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/browser");
    let mut entries: Vec<String> = std::fs::read_dir(&source)
        .expect("the extension")
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| !name.ends_with(".test.js"))
        .collect();
    entries.sort();
    let status = Command::new("python3")
        .args(["-m", "zipfile", "-c"])
        .arg(dest)
        .args(&entries)
        .current_dir(&source)
        .status()
        .expect("python3 packs the extension");
    assert!(status.success(), "packing the extension");
}

#[test]
fn firefox_hands_a_download_behind_a_login_to_haul() {
    if Command::new("firefox-esr")
        .arg("--version")
        .output()
        .is_err()
    {
        assert!(
            std::env::var_os("CI").is_none(),
            "firefox-esr is missing on CI"
        );
        eprintln!("SKIPPED: needs firefox-esr (apt-get install firefox-esr)");
        return;
    }
    let _turn = super::one_browser_at_a_time();
    let Some(x) = XSession::start() else { return };
    let home = tempfile::tempdir().expect("temp dir");
    let profile = home.path().join("firefox");
    let extensions = profile.join("extensions");
    std::fs::create_dir_all(&extensions).expect("mkdir");
    pack_extension(&extensions.join("haul@haul.dev.xpi"));
    let downloads = home.path().join("Downloads");
    std::fs::create_dir_all(&downloads).expect("mkdir");
    std::fs::write(
        profile.join("user.js"),
        format!(
            "{PREFS}\nuser_pref(\"browser.download.folderList\", 2);\n\
             user_pref(\"browser.download.dir\", \"{}\");\n",
            downloads.display()
        ),
    )
    .expect("prefs");
    // Where Firefox looks for native messaging hosts, as `haul browser install` writes it.
    install_host(home.path().join(".mozilla/native-messaging-hosts"), true);

    let server = TestServer::start();
    let body = shop(&server);
    // Haul's settings (its folder: home/out) before anything starts it.
    drop(haul_command(&x, home.path()));
    let mut command = Command::new("firefox-esr");
    command
        .args(["--no-remote", "--profile"])
        .arg(&profile)
        .arg(server.url("/shop/page.html"));
    session_env(&mut command, &x, home.path());
    command.stderr(std::process::Stdio::null());
    let mut firefox = command.spawn().expect("start firefox");
    assert_haul_caught_the_shop_file(&server, home.path(), &body, &mut firefox, "Firefox");
}

/// Firefox full-screen (`--kiosk`) on `page`, in a fresh profile under `home` with the
/// extension installed and Haul's host where Firefox looks for it.
pub(super) fn kiosk_with_extension(x: &XSession, home: &Path, page: &str) -> Command {
    let profile = home.join("firefox");
    let extensions = profile.join("extensions");
    std::fs::create_dir_all(&extensions).expect("mkdir");
    pack_extension(&extensions.join("haul@haul.dev.xpi"));
    std::fs::write(profile.join("user.js"), PREFS).expect("prefs");
    install_host(home.join(".mozilla/native-messaging-hosts"), true);
    let mut command = Command::new("firefox-esr");
    command
        .args(["--no-remote", "--kiosk", "--profile"])
        .arg(&profile)
        .arg(page);
    session_env(&mut command, x, home);
    command.stderr(std::process::Stdio::null());
    command
}
