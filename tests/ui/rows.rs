//! Each row's buttons, the right-click menu and multi-selection drive the real engine.

use eframe::egui;
use egui_kittest::kittest::{NodeT, Queryable};
use haul::engine::Status;

use super::Window;
use super::support::server::{Route, TestServer};
use super::support::{data, file_names, sha256, sha256_file};
use haul::engine::rate::Rate;

#[test]
fn pause_resume_cancel_and_retry_from_the_row() {
    let server = TestServer::start();
    let body = data(600_000, 210);
    server.route("/movie.mkv", Route::file(body.clone()).throttle(150_000));
    let mut window = Window::open_with(vec![server.url("/movie.mkv")], |_| {});
    window.wait_for_label("Downloading");
    window.wait_for_download("progress", |d| d.bytes_done > 0);

    window.harness.get_by_label("Pause").click();
    window.wait_for_label("Paused");
    assert_eq!(
        window.snapshot().downloads[0].status,
        Status::Paused { reason: None }
    );
    assert!(window.downloads().join("movie.mkv.part").exists());

    window.harness.get_by_label("Resume").click();
    window.wait_for_label("Downloading");

    window.harness.get_by_label("Cancel").click();
    window.wait_for_label("Cancelled");
    window
        .harness
        .get_by_label_contains("Cancelled movie.mkv; its partial file");
    assert!(
        window.downloads().join("movie.mkv.part").exists(),
        "kept while the cancel can be undone"
    );

    // Retrying within the undo window continues the partial file.
    server.set_throttle("/movie.mkv", None);
    let sent = server.body_bytes_sent();
    window.harness.get_by_label("Retry").click();
    window.wait_for_label("Finished");
    assert!(
        server.body_bytes_sent() - sent < body.len() as u64,
        "continued"
    );
    assert_eq!(file_names(&window.downloads()), vec!["movie.mkv"]);
    assert_eq!(
        sha256_file(&window.downloads().join("movie.mkv")),
        sha256(&body)
    );
    window.harness.get_by_label("100%");
}

#[test]
fn failed_rows_say_why_and_finished_rows_open() {
    let server = TestServer::start();
    server.route("/ok.txt", Route::file(data(100, 211)));
    let mut window = Window::open_with(
        vec![server.url("/ok.txt"), server.url("/missing.iso")],
        |_| {},
    );
    window.wait_for_label("Failed: server said 404 Not Found");
    window.wait_for_label("Finished");
    window.harness.get_by_label("1 failed");
    window.harness.get_by_label("Open").click();
    window.harness.get_by_label("Show in folder").click();
    window.step_until("the desktop was asked", |w| {
        !w.desktop.opened.lock().expect("lock").is_empty()
            && !w.desktop.shown.lock().expect("lock").is_empty()
    });
    let opened = window.desktop.opened.lock().expect("lock").clone();
    assert_eq!(opened, vec![window.downloads().join("ok.txt")]);
}

#[test]
fn selecting_several_rows_and_pressing_delete_removes_them() {
    let links: Vec<String> = (1..=4)
        .map(|i| format!("http://127.0.0.1:9/f{i}.bin"))
        .collect();
    let mut window = Window::open();
    let dir = window.downloads();
    window.harness.state_mut().execute(
        None,
        haul::app::Command::Add {
            urls: links
                .iter()
                .map(|l| url::Url::parse(l).expect("url"))
                .collect(),
            dir,
            paused: true,
            again: Vec::new(),
            attach: Vec::new(),
            checksums: Default::default(),
            queue: String::new(),
            extra: None,
            remember_extra: false,
            quality: Default::default(),
            as_pages: false,
            only_files: Default::default(),
        },
    );
    window.wait_for_label("f4.bin");
    window.harness.get_by_label("f1.bin").click();
    window.harness.step();
    window
        .harness
        .get_by_label("f3.bin")
        .click_modifiers(egui::Modifiers::COMMAND);
    window.settle();
    window.harness.key_press(egui::Key::Delete);
    window.settle();
    let left: Vec<String> = window
        .snapshot()
        .downloads
        .iter()
        .map(|d| d.display_name())
        .collect();
    assert_eq!(left, vec!["f2.bin", "f4.bin"]);
    assert!(window.harness.query_by_label("f1.bin").is_none());

    // Shift+click selects a range; the menu acts on all of it.
    window.harness.get_by_label("f2.bin").click();
    window.harness.step();
    window
        .harness
        .get_by_label("f4.bin")
        .click_modifiers(egui::Modifiers::SHIFT);
    window.settle();
    window.harness.get_by_label("f4.bin").click_secondary();
    window.settle();
    window.harness.get_by_label("2 downloads");
    window.harness.get_by_label("Copy link");
    window.harness.get_by_label("Remove from list").click();
    window.settle();
    assert!(window.snapshot().downloads.is_empty());
}

#[test]
fn a_download_gets_its_own_speed_limit_from_the_menu() {
    let server = TestServer::start();
    let body = data(900_000, 212);
    server.route("/slow.iso", Route::file(body.clone()));
    let mut window = Window::open_with(Vec::new(), |_| {});
    let engine = window.harness.state().engine().expect("engine").clone();
    // Start slow so the row is still running when the limit is set.
    engine.set_overall_limit(Rate::bytes_per_sec(100_000));
    let dir = window.downloads();
    window.harness.state_mut().execute(
        None,
        haul::app::Command::Add {
            urls: vec![url::Url::parse(&server.url("/slow.iso")).expect("url")],
            dir,
            paused: false,
            again: Vec::new(),
            attach: Vec::new(),
            checksums: Default::default(),
            queue: String::new(),
            extra: None,
            remember_extra: false,
            quality: Default::default(),
            as_pages: false,
            only_files: Default::default(),
        },
    );
    window.wait_for_label("slow.iso");
    window.harness.get_by_label("slow.iso").click_secondary();
    window.settle();
    window.harness.get_by_label("Speed limit…").click();
    window.settle();
    window.harness.get_by_label("Limit").type_text("300K");
    window.settle();
    window.harness.get_by_label("Apply").click();
    window.settle();
    assert_eq!(
        window.snapshot().downloads[0].speed_limit,
        Some(Rate::bytes_per_sec(300 * 1024))
    );
    window.wait_for_download("running", |d| d.status == Status::Downloading);
    window.step_until("the limit shown in the row", |w| {
        w.harness
            .query_by_label_contains("limited to 300 KiB/s")
            .is_some()
    });
    engine.set_overall_limit(Rate::NONE);
    let started = std::time::Instant::now();
    window.wait_for_label("Finished");
    assert!(
        started.elapsed() >= std::time::Duration::from_millis(1500),
        "the download's own limit held after the overall one was lifted"
    );
    assert_eq!(
        sha256_file(&window.downloads().join("slow.iso")),
        sha256(&body)
    );
}

#[test]
fn the_overall_speed_counts_files_too_short_to_show_their_own() {
    let server = TestServer::start();
    let names: Vec<String> = (0..60).map(|i| format!("/s{i}.bin")).collect();
    for (i, name) in names.iter().enumerate() {
        // Each takes a tenth of a second: too short for a speed of its own.
        server.route(
            name,
            Route::file(data(40_000, 300 + i as u64)).throttle(400_000),
        );
    }
    let mut window = Window::open();
    let dir = window.downloads();
    window.harness.state_mut().execute(
        None,
        haul::app::Command::Add {
            urls: names
                .iter()
                .map(|n| url::Url::parse(&server.url(n)).expect("url"))
                .collect(),
            dir,
            paused: false,
            again: Vec::new(),
            attach: Vec::new(),
            checksums: Default::default(),
            queue: String::new(),
            extra: None,
            remember_extra: false,
            quality: Default::default(),
            as_pages: false,
            only_files: Default::default(),
        },
    );
    window.step_until("a speed in the status bar", |w| {
        w.harness
            .query_by_label_contains("⬇ ")
            .and_then(|node| node.accesskit_node().value())
            .is_some_and(|label| label.ends_with("/s") && label != "⬇ 0 B/s")
    });
}

#[test]
fn resume_all_is_offered_only_when_something_is_paused() {
    let mut window = Window::open();
    let dir = window.downloads();
    window.harness.state_mut().execute(
        None,
        haul::app::Command::Add {
            urls: vec![url::Url::parse("http://127.0.0.1:9/c.bin").expect("url")],
            dir,
            paused: true,
            again: Vec::new(),
            attach: Vec::new(),
            checksums: Default::default(),
            queue: String::new(),
            extra: None,
            remember_extra: false,
            quality: Default::default(),
            as_pages: false,
            only_files: Default::default(),
        },
    );
    window.wait_for_label("c.bin");
    let enabled = |window: &Window| {
        !window
            .harness
            .get_by_label("Resume all")
            .accesskit_node()
            .is_disabled()
    };
    assert!(enabled(&window), "a paused row can be resumed");
    window.harness.get_by_label("Cancel").click();
    window.wait_for_label("Cancelled");
    assert!(!enabled(&window), "nothing paused: nothing to resume");
}
