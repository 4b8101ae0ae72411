//! A new link for an unfinished download, from the window: the hint on a row whose link seems
//! to have expired, the "Change link…" dialog, and the Add dialog's offer to continue an
//! unfinished download with a pasted link of the same file name.

use eframe::egui;
use egui_kittest::kittest::Queryable;
use haul::engine::Status;

use super::Window;
use super::support::server::{Route, TestServer};
use super::support::{data, file_names, sha256, sha256_file};

const SIZE: usize = 2_000_000;

/// A window with `exp.bin` a third done whose link then answers 403.
fn expired(server: &TestServer, body: &[u8]) -> Window {
    server.route("/old/exp.bin", Route::file(body.to_vec()).throttle(600_000));
    let mut window = Window::open_with(vec![server.url("/old/exp.bin")], |_| {});
    window.wait_for_download("a third", |d| d.bytes_done >= SIZE as u64 / 3);
    window.harness.get_by_label("Pause").click();
    window.wait_for_label("Paused");
    server.route("/old/exp.bin", Route::status(403));
    window.harness.get_by_label("Resume").click();
    window.wait_for_label(
        "Failed: server said 403 Forbidden — the link may have expired: change link",
    );
    window
}

#[test]
fn an_expired_link_is_replaced_from_the_row() {
    let server = TestServer::start();
    let body = data(SIZE, 801);
    let mut window = expired(&server, &body);
    server.route("/new/exp.bin", Route::file(body.clone()));
    window.harness.get_by_label("Change link…").click();
    window.wait_for_label("New link for exp.bin");
    window
        .harness
        .get_by_label("New link")
        .type_text(&server.url("/new/exp.bin"));
    window.settle();
    window.harness.get_by_label("Use this link").click();
    window.wait_for_label("Finished");
    assert_eq!(file_names(&window.downloads()), vec!["exp.bin"]);
    assert_eq!(
        sha256_file(&window.downloads().join("exp.bin")),
        sha256(&body)
    );
    assert!(server.body_bytes_sent() < SIZE as u64 * 14 / 10);
}

#[test]
fn another_file_at_the_new_link_is_refused_and_can_be_started_over() {
    let server = TestServer::start();
    let body = data(SIZE, 802);
    let mut window = expired(&server, &body);
    let other = data(SIZE + 1000, 803);
    server.route("/other/exp.bin", Route::file(other.clone()));
    window.harness.get_by_label("Change link…").click();
    window.wait_for_label("New link for exp.bin");
    window
        .harness
        .get_by_label("New link")
        .type_text(&server.url("/other/exp.bin"));
    window.settle();
    window.harness.get_by_label("Use this link").click();
    // Failed once already (the expired link): this is its second failure.
    window.wait_for_label(
        "Failed again: the new link gives a different file: 2,001,000 bytes instead of \
         2,000,000 bytes",
    );
    // Starting over fetches the new link's file into the same name.
    window.harness.get_by_label("Start over").click();
    window.wait_for_label("Finished");
    assert_eq!(file_names(&window.downloads()), vec!["exp.bin"]);
    assert_eq!(
        sha256_file(&window.downloads().join("exp.bin")),
        sha256(&other)
    );
}

#[test]
fn a_pasted_link_of_the_same_name_continues_the_unfinished_download() {
    let server = TestServer::start();
    let body = data(SIZE, 804);
    let mut window = expired(&server, &body);
    server.route("/fresh/exp.bin", Route::file(body.clone()));
    window
        .harness
        .event(egui::Event::Paste(server.url("/fresh/exp.bin")));
    window.wait_for_label("Continue 1 download");
    window
        .harness
        .get_by_label_contains("Continue the unfinished exp.bin (");
    window.settle();
    window.harness.get_by_label("Continue 1 download").click();
    window.step_until("finished in the same row", |w| {
        let snapshot = w.snapshot();
        snapshot.downloads.len() == 1 && snapshot.downloads[0].status == Status::Finished
    });
    assert_eq!(file_names(&window.downloads()), vec!["exp.bin"]);
    assert_eq!(
        sha256_file(&window.downloads().join("exp.bin")),
        sha256(&body)
    );
}

#[test]
fn a_web_page_in_place_of_the_file_offers_a_new_link() {
    let server = TestServer::start();
    let page = b"<!doctype html><html><head><title>Sign in</title></head></html>\n".repeat(64);
    server.route(
        "/expired/release.zip",
        Route::file(page.clone()).header("Content-Type", "text/html"),
    );
    let mut window = Window::open_with(vec![server.url("/expired/release.zip")], |_| {});
    window.wait_for_label(&format!(
        "Failed: the server sent a web page (text/html, {}) instead of release.zip: often a \
         sign-in or error page",
        haul::format::bytes(page.len() as u64)
    ));
    assert!(file_names(&window.downloads()).is_empty(), "nothing kept");
    let body = data(SIZE, 805);
    server.route("/signed/release.zip", Route::file(body.clone()));
    window.harness.get_by_label("Change link…").click();
    window.wait_for_label("New link for release.zip");
    window
        .harness
        .get_by_label("New link")
        .type_text(&server.url("/signed/release.zip"));
    window.settle();
    window.harness.get_by_label("Use this link").click();
    window.wait_for_label("Finished");
    assert_eq!(file_names(&window.downloads()), vec!["release.zip"]);
    assert_eq!(
        sha256_file(&window.downloads().join("release.zip")),
        sha256(&body)
    );
}
