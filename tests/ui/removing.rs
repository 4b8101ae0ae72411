//! Removing and cancelling never lose bytes by surprise: Remove asks before it could delete a
//! partial file and keeps it unless told otherwise; Cancel and remove-with-deletion offer an
//! Undo that brings the download back with its bytes; deletions happen when the undo window
//! passes or the window closes.

use egui_kittest::kittest::Queryable;
use haul::engine::Status;

use super::Window;
use super::support::server::{Route, TestServer};
use super::support::{data, file_names, sha256, sha256_file};

/// A window with one slow download that has bytes on disk, paused.
fn window_with_a_partial(server: &TestServer, name: &str, seed: u64) -> (Window, Vec<u8>) {
    let body = data(900_000, seed);
    server.route(
        &format!("/{name}"),
        Route::file(body.clone()).throttle(300_000),
    );
    let mut window = Window::open_with(vec![server.url(&format!("/{name}"))], |_| {});
    window.wait_for_download("progress", |d| d.bytes_done > 100_000);
    window.harness.get_by_label("Pause").click();
    window.wait_for_label("Paused");
    (window, body)
}

#[test]
fn remove_keeps_the_partial_file_unless_asked_and_can_be_undone() {
    let server = TestServer::start();
    let (mut window, body) = window_with_a_partial(&server, "big.bin", 230);
    window.harness.get_by_label("big.bin").click_secondary();
    window.settle();
    window.harness.get_by_label("Remove from list").click();
    window.settle();
    window.harness.get_by_label("Remove big.bin from the list?");
    window
        .harness
        .get_by_label_contains("Also delete the partial file (");
    window.harness.get_by_label("Remove").click();
    window.settle();
    assert!(window.snapshot().downloads.is_empty());
    assert!(window.downloads().join("big.bin.part").exists(), "kept");
    window
        .harness
        .get_by_label_contains("Removed big.bin from the list.");

    window.harness.get_by_label("Undo").click();
    window.settle();
    assert_eq!(window.snapshot().downloads.len(), 1, "back in the list");
    window.wait_for_label("Paused");
    server.set_throttle("/big.bin", None);
    window.harness.get_by_label("Resume").click();
    window.wait_for_label("Finished");
    assert_eq!(
        sha256_file(&window.downloads().join("big.bin")),
        sha256(&body)
    );
}

#[test]
fn remove_with_deletion_waits_for_the_undo_window_or_the_window_closing() {
    let server = TestServer::start();
    let (mut window, _) = window_with_a_partial(&server, "gone.bin", 231);
    window.harness.get_by_label("gone.bin").click();
    window.harness.step();
    window.harness.key_press(eframe::egui::Key::Delete);
    window.settle();
    window
        .harness
        .get_by_label_contains("Also delete the partial file (")
        .click();
    window.settle();
    window.harness.get_by_label("Remove").click();
    window.settle();
    window
        .harness
        .get_by_label_contains("Removed gone.bin from the list; its partial file (");
    assert!(
        window.downloads().join("gone.bin.part").exists(),
        "nothing deleted before the undo window passes"
    );
    // Closing the window ends the undo window.
    window.harness.state().shutdown();
    assert_eq!(file_names(&window.downloads()), Vec::<String>::new());
}

#[test]
fn undo_after_cancel_restores_the_download_with_its_bytes() {
    let server = TestServer::start();
    let (mut window, body) = window_with_a_partial(&server, "keep.iso", 232);
    let had = window.snapshot().downloads[0].bytes_done;
    window.harness.get_by_label("Cancel").click();
    window.wait_for_label("Cancelled");
    window
        .harness
        .get_by_label_contains("Cancelled keep.iso; its partial file (");
    window.harness.get_by_label("Undo").click();
    window.settle();
    let row = window.snapshot().downloads[0].clone();
    assert_eq!(row.status, Status::Paused { reason: None });
    assert_eq!(row.bytes_done, had, "every byte is still there");
    assert!(window.harness.query_by_label("Undo").is_none());
    server.set_throttle("/keep.iso", None);
    let sent = server.body_bytes_sent();
    window.harness.get_by_label("Resume").click();
    window.wait_for_label("Finished");
    assert_eq!(
        sha256_file(&window.downloads().join("keep.iso")),
        sha256(&body)
    );
    assert!(
        server.body_bytes_sent() - sent < body.len() as u64,
        "continued"
    );
}
