//! Notifications: downloads that finish or fail while the window is in the background are told
//! in one notification; its "Show in folder" acts on the file; nothing is sent while the window
//! is in front, or when the setting is off.

use std::time::Duration;

use eframe::egui;
use egui_kittest::kittest::Queryable;
use haul::app::notifications::NoticeAction;

use super::Window;
use super::support::data;
use super::support::server::{Route, TestServer};

fn set_focus(window: &mut Window, focused: bool) {
    window.set_focus(focused);
}

#[test]
fn finished_and_failed_downloads_in_the_background_make_one_notification() {
    let server = TestServer::start();
    for name in ["a.bin", "b.bin", "c.bin"] {
        server.route(
            &format!("/{name}"),
            Route::file(data(200_000, 240)).throttle(400_000),
        );
    }
    let mut window = Window::open();
    set_focus(&mut window, false);
    *window.desktop.notice_click.lock().expect("lock") = Some(NoticeAction::ShowInFolder);
    let links = ["a.bin", "b.bin", "c.bin", "missing.bin"]
        .map(|name| server.url(&format!("/{name}")))
        .join("\n");
    window.harness.event(egui::Event::Paste(links));
    window.wait_for_label("Add 4 downloads");
    window.harness.get_by_label("Add 4 downloads").click();
    window.step_until("a notification", |w| {
        !w.desktop.notices.lock().expect("lock").is_empty()
    });
    std::thread::sleep(Duration::from_millis(300));
    window.settle();
    let notices = window.desktop.notices.lock().expect("lock").clone();
    assert_eq!(
        notices.len(),
        1,
        "one notification for the batch: {notices:?}"
    );
    assert_eq!(notices[0].summary, "3 downloads finished, 1 failed");
    assert_eq!(notices[0].body, "Failed: missing.bin");
}

#[test]
fn one_finished_file_offers_its_actions_and_the_click_shows_it() {
    let server = TestServer::start();
    server.route("/one.iso", Route::file(data(100_000, 241)));
    let mut window = Window::open();
    set_focus(&mut window, false);
    *window.desktop.notice_click.lock().expect("lock") = Some(NoticeAction::ShowInFolder);
    window
        .harness
        .event(egui::Event::Paste(server.url("/one.iso")));
    window.wait_for_label("Add 1 download");
    window.harness.get_by_label("Add 1 download").click();
    window.step_until("the click acted", |w| {
        !w.desktop.shown.lock().expect("lock").is_empty()
    });
    let notices = window.desktop.notices.lock().expect("lock").clone();
    assert_eq!(notices[0].summary, "Download finished");
    assert_eq!(notices[0].body, "one.iso");
    assert_eq!(
        window.desktop.shown.lock().expect("lock").clone(),
        vec![window.downloads().join("one.iso")]
    );
}

#[test]
fn nothing_is_sent_while_the_window_is_in_front_or_when_turned_off() {
    let server = TestServer::start();
    server.route("/front.bin", Route::file(data(50_000, 242)));
    server.route("/off.bin", Route::file(data(50_000, 243)));
    let mut window = Window::open();
    set_focus(&mut window, true);
    window
        .harness
        .event(egui::Event::Paste(server.url("/front.bin")));
    window.wait_for_label("Add 1 download");
    window.harness.get_by_label("Add 1 download").click();
    window.wait_for_label("Finished");
    std::thread::sleep(Duration::from_millis(1800));
    window.settle();
    assert!(window.desktop.notices.lock().expect("lock").is_empty());

    let home = std::mem::replace(&mut window.home, tempfile::tempdir().expect("temp dir"));
    drop(window);
    let config = haul::paths::Paths::under(home.path()).config_file();
    let text = std::fs::read_to_string(&config).expect("settings");
    std::fs::write(&config, format!("{text}notifications = false\n")).expect("write");
    let mut window = Window::open_in(home, vec![]);
    set_focus(&mut window, false);
    window
        .harness
        .event(egui::Event::Paste(server.url("/off.bin")));
    window.wait_for_label("Add 1 download");
    window.harness.get_by_label("Add 1 download").click();
    window.step_until("finished", |w| {
        w.snapshot()
            .downloads
            .iter()
            .any(|d| d.status == haul::engine::Status::Finished && d.display_name() == "off.bin")
    });
    std::thread::sleep(Duration::from_millis(1800));
    window.settle();
    assert!(window.desktop.notices.lock().expect("lock").is_empty());
}
