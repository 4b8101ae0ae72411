//! Videos found in the browser, for real: a page that loads an HLS playlist the way web
//! players do (a script's request), the extension noticing it by its media type, offering
//! "Download video with Haul" with its quality in the page, and a person's click (xdotool)
//! handing it to Haul with the page's cookie and the page as Referer; Haul saves one playable
//! file named after the page. In Chromium and in Firefox.

use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use super::browser::{install_host, kill_windows_of};
use super::support::server::{Route, TestServer};
use super::support::streams;
use super::support::wait_until;
use super::support::xsession::XSession;
use super::{haul_command, session_env};

const TITLE: &str = "Haul video test";

/// The page and its stream, which answers only with the page's cookie and as its Referer.
fn video_page(server: &TestServer) {
    streams::serve(server);
    let master = std::fs::read(streams::made().join("master.m3u8")).expect("master");
    server.route(
        "/v/master.m3u8",
        Route::file(master)
            .header("Content-Type", "application/vnd.apple.mpegurl")
            .requires("cookie", "viewer=v1d30")
            .requires("referer", "/v/watch.html"),
    );
    server.route(
        "/v/watch.html",
        Route::file(
            format!(
                "<html><head><title>{TITLE}</title></head><body style=\"margin:0\">\
                 <video width=\"320\" height=\"180\" style=\"margin-top:120px\"></video>\
                 <script>setInterval(() => fetch('master.m3u8').then(r => r.text()), 2000);\
                 </script></body></html>"
            )
            .into_bytes(),
        )
        .header("Content-Type", "text/html")
        .header("Set-Cookie", "viewer=v1d30; Path=/"),
    );
}

/// Clicks where the offer shows (the page's top left corner, below whatever bar the browser
/// shows above the page) until Haul asked for the playlist itself; then waits for the file and
/// checks it plays at the best quality. The page asks for its playlist every two seconds, as
/// a player does, so a browser whose extension starts after the page still sees it.
fn click_the_offer_and_expect_the_video(
    x: &XSession,
    server: &TestServer,
    home: &Path,
    browser: &mut Child,
) {
    // Firefox adds its name to the title; Chromium's app window shows the page's alone.
    let window = wait_until(Duration::from_secs(120), "the page's window", || {
        let found = x.xdotool(&["search", "--name", TITLE]);
        found.lines().next().map(|id| id.trim().to_owned())
    });
    let haul_asked = || {
        server
            .requests("/v/master.m3u8")
            .iter()
            .any(|r| r.header("sec-fetch-mode").is_none() && r.header("user-agent").is_some())
    };
    // Generous: with every desktop test at once on two cores, a browser and Haul's window
    // (software GL) each take tens of seconds to start.
    let deadline = Instant::now() + Duration::from_secs(90);
    let mut heights = [22, 50, 78, 106].iter().cycle();
    while !haul_asked() && Instant::now() < deadline {
        let y = heights.next().map_or(22, |y| *y).to_string();
        x.xdotool(&["mousemove", "--window", &window, "60", &y, "click", "1"]);
        std::thread::sleep(Duration::from_millis(500));
    }
    // Named after the page's title (the playlist's own name says nothing).
    let file = home.join(format!("out/{TITLE}.mp4"));
    let deadline = Instant::now() + Duration::from_secs(120);
    while !file.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    if !file.exists() {
        x.screenshot(&std::env::temp_dir().join("haul-video-offer.png"));
    }
    let _ = browser.kill();
    let _ = browser.wait();
    kill_windows_of(home);
    assert!(haul_asked(), "Haul never asked for the playlist");
    assert!(
        file.exists(),
        "no video saved (screenshot: haul-video-offer.png in the temp folder)"
    );
    let probe = streams::probe(&file);
    assert_eq!(probe.video.map(|v| v.1), Some(360), "{probe:?}");
    assert!(probe.audio);
}

pub(super) fn missing(program: &str) -> bool {
    if Command::new(program).arg("--version").output().is_ok() {
        return false;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{program} is missing on CI"
    );
    eprintln!("SKIPPED: needs {program}");
    true
}

#[test]
fn chromium_offers_a_video_the_page_plays_and_haul_saves_it() {
    if missing("chromium") {
        return;
    }
    let _turn = super::one_browser_at_a_time();
    let Some(x) = XSession::start() else { return };
    let home = tempfile::tempdir().expect("temp dir");
    let profile = home.path().join("chromium");
    install_host(profile.join("NativeMessagingHosts"), false);
    let server = TestServer::start();
    video_page(&server);
    drop(haul_command(&x, home.path()));
    let mut command = super::browser::chromium(&profile);
    command
        .args(["--window-position=0,0", "--window-size=800,600"])
        .arg(format!("--app={}", server.url("/v/watch.html")));
    session_env(&mut command, &x, home.path());
    command.stderr(std::process::Stdio::null());
    let mut chromium = command.spawn().expect("start chromium");
    click_the_offer_and_expect_the_video(&x, &server, home.path(), &mut chromium);
}

#[test]
fn firefox_offers_a_video_the_page_plays_and_haul_saves_it() {
    if missing("firefox-esr") {
        return;
    }
    let _turn = super::one_browser_at_a_time();
    let Some(x) = XSession::start() else { return };
    let home = tempfile::tempdir().expect("temp dir");
    let server = TestServer::start();
    video_page(&server);
    drop(haul_command(&x, home.path()));
    let mut command =
        super::firefox::kiosk_with_extension(&x, home.path(), &server.url("/v/watch.html"));
    let mut firefox = command.spawn().expect("start firefox");
    click_the_offer_and_expect_the_video(&x, &server, home.path(), &mut firefox);
}
