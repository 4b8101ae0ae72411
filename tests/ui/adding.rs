//! Adding downloads: the Add dialog, Ctrl+N, paste anywhere, dropped files and dropped text.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use eframe::egui;
use egui_kittest::kittest::Queryable;

use super::Window;
use super::support::server::{Route, TestServer};
use super::support::{data, sha256, sha256_file};

#[test]
fn add_dialog_counts_links_reports_bad_lines_and_downloads() {
    let server = TestServer::start();
    let body = data(200_000, 200);
    server.route("/files/report.pdf", Route::file(body.clone()));
    let mut window = Window::open();
    window.harness.get_by_label("Add").click();
    window.settle();
    assert!(window.harness.query_by_label("Add downloads").is_some());
    window.harness.get_by_label("Links").focus();
    window.harness.step();
    window.harness.event(egui::Event::Paste(format!(
        "{}\nftp://old.example/file.tar\n",
        server.url("/files/report.pdf")
    )));
    window.settle();
    window.wait_for_label("1 link found");
    window.harness.get_by_label("1 problem (skipped):");
    window
        .harness
        .get_by_label_contains("Line 2: ftp links are not supported");
    window.harness.get_by_label("Add 1 download").click();
    window.wait_for_label("Finished");
    assert!(
        window.harness.query_by_label("Add downloads").is_none(),
        "dialog closed"
    );
    window.harness.get_by_label("report.pdf");
    assert_eq!(
        sha256_file(&window.downloads().join("report.pdf")),
        sha256(&body)
    );
}

#[test]
fn ctrl_n_offers_the_clipboards_links_and_start_paused_works() {
    let mut window = Window::open();
    *window.desktop.clipboard.lock().expect("lock") =
        Some("see http://127.0.0.1:9/a.iso and http://127.0.0.1:9/b.iso".into());
    window
        .harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    // The clipboard is offered, not merged into what the user types.
    window.wait_for_label("Use the clipboard's 2 links");
    // The dialog grew by a line and is centred again: let it settle before clicking.
    window.settle();
    window.harness.get_by_label("No links yet");
    window
        .harness
        .get_by_label("Use the clipboard's 2 links")
        .click();
    window.wait_for_label("2 links found");
    window.settle();
    window.harness.get_by_label("Start paused").click();
    window.settle();
    window.harness.get_by_label("Add 2 downloads").click();
    window.settle();
    let snapshot = window.snapshot();
    assert_eq!(snapshot.downloads.len(), 2);
    assert!(
        snapshot
            .downloads
            .iter()
            .all(|d| haul::describe::status(&d.status) == "Paused")
    );
    assert_eq!(window.harness.query_all_by_label("Paused").count(), 2);
}

#[test]
fn paste_outside_a_text_field_opens_the_dialog_with_the_links() {
    let mut window = Window::open();
    window.harness.event(egui::Event::Paste(
        "http://127.0.0.1:9/one.bin\nnot a link\nhttp://127.0.0.1:9/two.bin".into(),
    ));
    window.wait_for_label("2 links found");
    window.harness.get_by_label("Add downloads");
    window.harness.get_by_label("Cancel").click();
    window.settle();
    assert!(window.harness.query_by_label("Add downloads").is_none());
    assert!(
        window.snapshot().downloads.is_empty(),
        "cancel adds nothing"
    );
}

#[test]
fn a_click_outside_the_add_dialog_never_throws_pasted_links_away() {
    let mut window = Window::open();
    // Empty, a click outside closes it.
    window.harness.get_by_label("Add").click();
    window.wait_for_label("Add downloads");
    window.click_outside();
    assert!(window.harness.query_by_label("Add downloads").is_none());
    // With links in it, the click outside keeps it and them; Escape still closes it.
    window
        .harness
        .event(egui::Event::Paste("http://127.0.0.1:9/kept.bin".into()));
    window.wait_for_label("1 link found");
    window.click_outside();
    window.settle();
    window.harness.get_by_label("Add downloads");
    window.harness.get_by_label("1 link found");
    window.harness.key_press(egui::Key::Escape);
    window.settle();
    assert!(window.harness.query_by_label("Add downloads").is_none());
    assert!(window.snapshot().downloads.is_empty(), "nothing added");
}

#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_link_lists_fills_the_dialog_and_explains_unusable_files() {
    let mut window = Window::open();
    let dir = tempfile::tempdir().expect("temp dir");
    let list = dir.path().join("links.txt");
    std::fs::write(
        &list,
        "http://127.0.0.1:9/a.zip\n# comment\nhttp://127.0.0.1:9/b.zip\n",
    )
    .expect("write");
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        "<html><a href=\"http://127.0.0.1:9/c.zip\">c</a> <a href=\"http://127.0.0.1:9/a.zip\">a</a></html>",
    )
    .expect("write");
    let binary = dir.path().join("photo.png");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 0, 13]).expect("write");

    window
        .harness
        .input_mut()
        .hovered_files
        .push(egui::HoveredFile {
            path: Some(list.clone()),
            mime: String::new(),
        });
    window.settle();
    window.harness.get_by_label("⬇  Drop to add links");
    window.harness.input_mut().hovered_files.clear();
    for path in [list, page, binary] {
        window
            .harness
            .input_mut()
            .dropped_files
            .push(Arc::new(DroppedPath(path)));
    }
    window.harness.step();
    window.harness.input_mut().dropped_files.clear();
    window.wait_for_label("3 links found");
    assert!(
        window
            .harness
            .query_by_label("⬇  Drop to add links")
            .is_none()
    );
    window.harness.get_by_label("1 problem (skipped):");
    window
        .harness
        .get_by_label("photo.png is not a text file; it was skipped.");
}

#[test]
fn links_given_on_the_command_line_are_added_at_once() {
    let server = TestServer::start();
    server.route("/cli.bin", Route::file(data(1000, 201)));
    let mut window = Window::open_with(vec![server.url("/cli.bin"), "ftp://nope/x".into()], |_| {});
    window.wait_for_label("Finished");
    assert!(
        window
            .harness
            .state()
            .notices()
            .iter()
            .any(|n| n.contains("ftp links are not supported")),
        "{:?}",
        window.harness.state().notices()
    );
}

#[test]
fn links_already_here_are_marked_and_skipped_unless_ticked() {
    let server = TestServer::start();
    let body = data(50_000, 205);
    server.route("/here.iso", Route::file(body.clone()));
    let url = server.url("/here.iso");
    let mut window = Window::open_with(vec![url.clone()], |_| {});
    window.wait_for_label("Finished");
    if !haul::engine::files::origin::supported_in(&window.downloads()).unwrap_or(false) {
        eprintln!("SKIPPED: no user extended attributes here");
        return;
    }

    // In the list already.
    window.harness.event(egui::Event::Paste(url.clone()));
    window.wait_for_label("1 link is already here and is skipped unless you tick it:");
    window
        .harness
        .get_by_label(&format!("{url}: already in the list (Finished)"));
    window.harness.get_by_label("Cancel").click();
    window.settle();

    // Off the list, the file still remembers where it came from.
    let id = window.snapshot().downloads[0].id;
    window.harness.state_mut().execute(
        None,
        haul::app::Command::Act(haul::app::RowAction::Remove, vec![id]),
    );
    window.settle();
    assert!(window.snapshot().downloads.is_empty());
    window.harness.event(egui::Event::Paste(format!(
        "{url}\nhttp://127.0.0.1:9/new.bin"
    )));
    let today = haul::format::day_month(haul::engine::clock::unix_now());
    let mark = format!("{url}: already downloaded on {today} to downloads/here.iso");
    window.wait_for_label(&mark);
    // The dialog grew and centred itself again: let its layout settle before clicking.
    window.settle();
    window.harness.get_by_label("Add 1 download");
    window.harness.get_by_label(&mark).click();
    window.settle();
    window.harness.get_by_label("Add 2 downloads").click();
    window.settle();
    let rows = window.snapshot().downloads;
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().any(|d| d.url.as_str() == url && d.again));
    window.step_until("the fresh copy", |w| {
        w.downloads().join("here (1).iso").exists()
    });
    assert_eq!(
        sha256_file(&window.downloads().join("here (1).iso")),
        sha256(&body)
    );
}

#[test]
fn a_link_with_a_space_is_said_and_the_whole_link_offered() {
    let server = TestServer::start();
    let body = data(20_000, 205);
    server.route("/a%20file.bin", Route::file(body.clone()));
    let mut window = Window::open();
    window.harness.get_by_label("Add").click();
    window.settle();
    window.harness.get_by_label("Links").focus();
    window.harness.step();
    let cut = format!("{}/a file.bin", server.url(""));
    window.harness.event(egui::Event::Paste(format!("{cut}\n")));
    window.settle();
    // Not taken as the link to "a": said, with the whole link one click away.
    window.wait_for_label("No valid links found");
    window.wait_for_label_containing("a space may have cut this link short");
    window.harness.get_by_label("Use the whole link").click();
    window.settle();
    window.wait_for_label("1 link found");
    window.harness.get_by_label("Add 1 download").click();
    window.wait_for_download("finished", |d| d.status == haul::engine::Status::Finished);
    assert_eq!(
        sha256_file(&window.downloads().join("a file.bin")),
        sha256(&body)
    );
}
