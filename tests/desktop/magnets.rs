//! A magnet link clicked in the browser, for real: the extension's content script takes a
//! person's click (xdotool) on the page's magnet link, hands it to Haul through native
//! messaging, and Haul fetches the torrent from a seeder of the test's (on 127.0.0.1, named
//! by the magnet). In Chromium and in Firefox.

use std::time::{Duration, Instant};

use super::browser::{install_host, kill_windows_of};
use super::session_env;
use super::support::server::{Route, TestServer};
use super::support::swarm::seed_files;
use super::support::xsession::XSession;
use super::support::{data, sha256, sha256_file, wait_until};

const TITLE: &str = "Haul magnet test";

/// A home whose torrents stay on this machine, and a page whose one big link is `magnet`.
fn home_and_page(server: &TestServer, magnet: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("temp dir");
    let config = home.path().join("config/haul");
    std::fs::create_dir_all(&config).expect("mkdir");
    std::fs::write(
        config.join("haul.toml"),
        format!(
            "download_dir = \"{}\"\ntorrent_dht = false\ntorrent_upnp = false\nseed_ratio = 0\n",
            home.path().join("out").display()
        ),
    )
    .expect("settings");
    let magnet = magnet.replace('&', "&amp;");
    server.route(
        "/t/page.html",
        Route::file(
            format!(
                "<html><head><title>{TITLE}</title></head><body style=\"margin:0\">\
                 <a href=\"{magnet}\" style=\"display:block;width:600px;height:400px;\
                 font:40px sans-serif\">Get the album</a></body></html>"
            )
            .into_bytes(),
        )
        .header("Content-Type", "text/html"),
    );
    home
}

/// Starts the browser (`start`) until its page's window shows: on this machine a browser
/// sometimes loses its X connection as it starts ("X connection error") and never shows one;
/// it is started again then (three times at most).
fn shown(
    x: &XSession,
    mut start: impl FnMut() -> std::process::Child,
) -> (std::process::Child, String) {
    for _ in 0..3 {
        let mut browser = start();
        let deadline = Instant::now() + Duration::from_secs(40);
        while Instant::now() < deadline {
            let found = x.xdotool(&["search", "--name", TITLE]);
            if let Some(window) = found.lines().next() {
                return (browser, window.trim().to_owned());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        let _ = browser.kill();
        let _ = browser.wait();
    }
    panic!("the page's window never showed");
}

/// Clicks the link until Haul has the torrent's file whole, then closes everything.
fn click_and_expect_the_file(
    x: &XSession,
    home: &std::path::Path,
    start: impl FnMut() -> std::process::Child,
    body: &[u8],
) {
    let (mut browser, window) = shown(x, start);
    let file = home.join("out/clicked/c.bin");
    // Clicked until Haul has it (the extension's content script may start after the page).
    let deadline = Instant::now() + Duration::from_secs(90);
    let mut clicks = 0;
    while !file.exists() && Instant::now() < deadline {
        if clicks < 10 {
            x.xdotool(&["mousemove", "--window", &window, "100", "150", "click", "1"]);
            clicks += 1;
        }
        std::thread::sleep(Duration::from_millis(1000));
    }
    let whole = wait_until(Duration::from_secs(30), "the whole file", || {
        (file.exists() && sha256_file(&file) == sha256(body)).then_some(true)
    });
    let _ = browser.kill();
    let _ = browser.wait();
    kill_windows_of(home);
    assert!(whole);
}

#[test]
fn chromium_hands_a_clicked_magnet_to_haul_which_fetches_the_torrent() {
    if super::videos::missing("chromium") {
        return;
    }
    let _turn = super::one_browser_at_a_time();
    let Some(x) = XSession::start() else { return };
    let body = data(600_000, 3701);
    let (_shared, seeder) = seed_files("clicked", &[("c.bin", &body), ("d.bin", b"d")]);
    let server = TestServer::start();
    let home = home_and_page(&server, &seeder.magnet());
    let profile = home.path().join("chromium");
    install_host(profile.join("NativeMessagingHosts"), false);
    let start = || {
        let mut command = super::browser::chromium(&profile);
        command
            .args(["--window-position=0,0", "--window-size=800,600"])
            .arg(format!("--app={}", server.url("/t/page.html")));
        session_env(&mut command, &x, home.path());
        command.stderr(std::process::Stdio::null());
        command.spawn().expect("start chromium")
    };
    click_and_expect_the_file(&x, home.path(), start, &body);
}

#[test]
fn firefox_hands_a_clicked_magnet_to_haul_which_fetches_the_torrent() {
    if super::videos::missing("firefox-esr") {
        return;
    }
    let _turn = super::one_browser_at_a_time();
    let Some(x) = XSession::start() else { return };
    let body = data(600_000, 3702);
    let (_shared, seeder) = seed_files("clicked", &[("c.bin", &body), ("d.bin", b"d")]);
    let server = TestServer::start();
    let home = home_and_page(&server, &seeder.magnet());
    let page = server.url("/t/page.html");
    let start = || {
        super::firefox::kiosk_with_extension(&x, home.path(), &page)
            .spawn()
            .expect("start firefox")
    };
    click_and_expect_the_file(&x, home.path(), start, &body);
}
