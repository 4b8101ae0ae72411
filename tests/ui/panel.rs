//! The details panel of a running download over several connections, and the desktop's
//! services failing or missing: plain words, "Copy path", and a folder chooser of our own.

use egui_kittest::kittest::Queryable;

use super::Window;
use super::support::data;
use super::support::server::{Route, TestServer};

#[test]
fn the_details_of_a_throttled_segmented_download() {
    let server = TestServer::start();
    server.route(
        "/real/movie.mkv",
        Route::file(data(8_000_000, 501)).throttle(300_000),
    );
    server.route("/movie", Route::redirect(302, "/real/movie.mkv"));
    let mut window = Window::open_with(vec![server.url("/movie")], |home| {
        let config = haul::paths::Paths::under(home).config_file();
        let mut text = std::fs::read_to_string(&config).expect("settings");
        // Four stay four (more would be added: the server holds each to a rate).
        text.push_str("connections_per_file = 4\nconnections_per_host = 4\n");
        std::fs::write(config, text).expect("settings");
    });
    window.wait_for_label("Downloading");
    window.harness.get_by_label("Details").click();
    window.settle();
    window.wait_for_label("Select a download to see its details.");
    window.harness.get_by_label("movie.mkv").click();
    window.step_until("four connections in the panel", |w| {
        w.harness.query_by_label("Connections: 4 of 4").is_some()
    });
    // Four even connections at the most allowed say nothing about the server: a line capped
    // as a whole shares out evenly too, and no step measured it.
    assert!(
        window
            .harness
            .query_by_label_contains("Why slow: The server sends each connection")
            .is_none()
    );
    window.harness.get_by_label_contains("/real/movie.mkv");
    window.harness.get_by_label("\"v1\"");
    window.harness.get_by_label_contains("1. 0 B to");
    window.harness.get_by_label_contains("peak");
    // The panel stays open after a restart.
    window.harness.state().shutdown();
    let home = std::mem::replace(&mut window.home, tempfile::tempdir().expect("temp dir"));
    drop(window);
    let mut reopened = Window::open_in(home, Vec::new());
    reopened.settle();
    reopened.wait_for_label("Select a download to see its details.");
}

#[test]
fn the_panel_says_when_connections_were_added_and_why() {
    let server = TestServer::start();
    server.route(
        "/held.iso",
        Route::file(data(20_000_000, 503)).throttle(300_000),
    );
    let mut window = Window::open_with_settings(
        "connections_per_file = 4\nconnections_per_host = 16\n",
        vec![server.url("/held.iso")],
    );
    window.wait_for_label("Downloading");
    window.harness.get_by_label("Details").click();
    window.settle();
    window.harness.get_by_label("held.iso").click();
    window.step_until("the added connections in the panel", |w| {
        w.harness
            .query_by_label_contains("4 -> 16 connections: the server limits each one to ")
            .is_some()
    });
    window.step_until("sixteen connections", |w| {
        w.harness.query_by_label("Connections: 16 of 16").is_some()
    });
    // Measured by the step: said as the reason it is not faster.
    window
        .harness
        .get_by_label_contains("Why slow: The server sends each connection about");
}

#[test]
fn a_file_nothing_can_open_says_so_and_offers_its_path() {
    let server = TestServer::start();
    server.route("/notes.txt", Route::file(data(200, 502)));
    let mut window = Window::open_with(vec![server.url("/notes.txt")], |_| {});
    window.wait_for_label("Finished");
    *window.desktop.open_fails.lock().expect("lock") = true;
    window.harness.get_by_label("Show in folder").click();
    window.wait_for_label(
        "⚠ notes.txt could not be shown in a file manager: no file manager answered.",
    );
    window.harness.get_by_label("Copy path").click();
    window.wait_for_label("Path copied");
    assert!(
        window
            .harness
            .query_by_label_contains("could not be shown")
            .is_none()
    );
}

#[test]
fn open_says_at_once_and_says_when_nothing_answers() {
    let server = TestServer::start();
    server.route("/film.mkv", Route::file(data(300, 504)));
    let mut window = Window::open_with(vec![server.url("/film.mkv")], |_| {});
    window.wait_for_label("Finished");
    *window.desktop.open_hangs.lock().expect("lock") = true;
    window.harness.get_by_label("Open").click();
    window.settle();
    window.harness.get_by_label_contains("Opening film.mkv");
    let asked = std::time::Instant::now();
    window.wait_for_label_containing("film.mkv could not be opened: nothing answered within 5");
    assert!(
        asked.elapsed() < std::time::Duration::from_secs(10),
        "said after {:?}",
        asked.elapsed()
    );
    window.harness.get_by_label("Copy path");
}

#[test]
fn without_a_folder_dialog_the_window_offers_its_own() {
    let mut window = Window::open();
    *window.desktop.no_folder_dialog.lock().expect("lock") = true;
    let target = window.downloads().join("Movies");
    std::fs::create_dir_all(&target).expect("mkdir");
    window.harness.get_by_label("Settings").click();
    window.settle();
    window.harness.get_by_label("Choose…").click();
    window.wait_for_label("Choose a folder");
    window.wait_for_label("🗀 Movies");
    window.harness.get_by_label("🗀 Movies").click();
    window.settle();
    window.wait_for_label("No folders inside.");
    window.harness.get_by_label("Use this folder").click();
    window.settle();
    assert!(window.harness.query_by_label("Choose a folder").is_none());
    window.harness.get_by_label("Save").click();
    window.settle();
    window.step_until("the folder saved", |w| {
        w.harness.state().download_dir() == target
    });
}

#[test]
fn escape_closes_the_top_dialog_only_then_the_one_below() {
    let mut window = Window::open();
    *window.desktop.no_folder_dialog.lock().expect("lock") = true;
    window.harness.get_by_label("Settings").click();
    window.settle();
    window.harness.get_by_label("Choose…").click();
    window.wait_for_label("Choose a folder");

    window.harness.key_press(egui::Key::Escape);
    window.settle();
    assert!(
        window.harness.query_by_label("Choose a folder").is_none(),
        "Escape closes the folder chooser on top"
    );
    assert!(
        window.harness.query_by_label("Save").is_some(),
        "the settings under it stay"
    );

    window.harness.key_press(egui::Key::Escape);
    window.settle();
    assert!(
        window.harness.query_by_label("Save").is_none(),
        "the next Escape closes the settings"
    );
}

#[test]
fn escape_over_the_add_dialog_closes_the_folder_chooser_first() {
    let mut window = Window::open();
    *window.desktop.no_folder_dialog.lock().expect("lock") = true;
    window.harness.get_by_label("Add").click();
    window.wait_for_label("Add downloads");
    window.harness.get_by_label("Choose…").click();
    window.wait_for_label("Choose a folder");

    window.harness.key_press(egui::Key::Escape);
    window.settle();
    assert!(window.harness.query_by_label("Choose a folder").is_none());
    assert!(window.harness.query_by_label("Add downloads").is_some());
    window.harness.key_press(egui::Key::Escape);
    window.settle();
    assert!(window.harness.query_by_label("Add downloads").is_none());
}
