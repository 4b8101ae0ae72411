//! The real window in the user's language: `LANGUAGE=de haul URL` and `LANGUAGE=zh_CN haul URL`
//! start a window whose title (what the taskbar shows) counts the running download in German
//! and in Chinese, and the file arrives intact.

use std::time::Duration;

use super::support::server::{Route, TestServer};
use super::support::xsession::XSession;
use super::support::{data, sha256, sha256_file, wait_until};
use super::{HaulWindow, haul_command};

/// Starts `haul URL` with `LANGUAGE=language` and waits for a window title holding `words`.
fn title_in(x: &XSession, language: &str, words: &str) {
    let server = TestServer::start();
    let body = data(1_500_000, 23);
    server.route("/bericht.pdf", Route::file(body.clone()).throttle(300_000));
    let home = tempfile::tempdir().expect("home");
    let child = haul_command(x, home.path())
        .env("LANGUAGE", language)
        .arg(server.url("/bericht.pdf"))
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start haul");
    let mut window = HaulWindow::from_child(child);
    window.wait_for_window(x);
    // xdotool matches names byte by byte: find the window by its ASCII end, then read it.
    let title = wait_until(Duration::from_secs(30), words, || {
        let found = x.xdotool(&["search", "--name", " - Haul$"]);
        let id = found.lines().next()?.trim().to_owned();
        let title = x.xdotool(&["getwindowname", &id]);
        title.contains(words).then_some(title)
    });
    assert!(title.trim_end().ends_with(" - Haul"), "{title}");
    let file = home.path().join("out/bericht.pdf");
    wait_until(Duration::from_secs(60), "the file", || {
        file.exists().then_some(())
    });
    assert_eq!(sha256_file(&file), sha256(&body));
    window.kill();
}

#[test]
fn the_window_speaks_the_environments_language() {
    let Some(x) = XSession::start() else { return };
    title_in(&x, "de_DE.UTF-8", "1 aktiv");
    title_in(&x, "zh_CN", "1 个下载中");
}
