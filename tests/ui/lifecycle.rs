//! Quitting with transfers running asks first; unfinished downloads come back next time.

use eframe::egui;
use egui_kittest::kittest::Queryable;

use super::Window;
use super::support::server::{Route, TestServer};
use super::support::{data, sha256, sha256_file};

fn request_close(window: &mut Window) {
    window
        .harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    window.harness.step();
}

fn sent_commands(window: &Window) -> Vec<egui::ViewportCommand> {
    window
        .harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|out| out.commands.clone())
        .unwrap_or_default()
}

/// Answers the quit question with "Keep downloading": the question goes.
fn keep_downloading(window: &mut Window) {
    window.harness.get_by_label("Keep downloading").click();
    window.settle();
    assert!(
        window
            .harness
            .query_by_label("Downloads are still running")
            .is_none()
    );
}

#[test]
fn closing_with_active_downloads_asks_and_quitting_resumes_next_time() {
    let server = TestServer::start();
    let body = data(800_000, 220);
    server.route("/long.iso", Route::file(body.clone()).throttle(200_000));
    let mut window = Window::open_with(vec![server.url("/long.iso")], |_| {});
    window.wait_for_download("progress", |d| d.bytes_done > 250_000);

    request_close(&mut window);
    assert!(sent_commands(&window).contains(&egui::ViewportCommand::CancelClose));
    window.wait_for_label("Downloads are still running");
    keep_downloading(&mut window);

    request_close(&mut window);
    window.wait_for_label("Quit and resume later");
    window.harness.get_by_label("Quit and resume later").click();
    window.harness.step();
    assert!(sent_commands(&window).contains(&egui::ViewportCommand::Close));
    window.harness.state().shutdown();

    let home = std::mem::replace(&mut window.home, tempfile::tempdir().expect("temp dir"));
    drop(window);
    let sent_before = server.body_bytes_sent();
    server.set_throttle("/long.iso", None);
    let mut reopened = Window::open_in(home, Vec::new());
    reopened.wait_for_label("Finished");
    assert_eq!(
        sha256_file(&reopened.downloads().join("long.iso")),
        sha256(&body)
    );
    assert!(
        server.body_bytes_sent() - sent_before < body.len() as u64 - 200_000,
        "continued rather than started over"
    );
}

#[test]
fn closing_when_idle_does_not_ask() {
    let mut window = Window::open();
    request_close(&mut window);
    assert!(!sent_commands(&window).contains(&egui::ViewportCommand::CancelClose));
    assert!(
        window
            .harness
            .query_by_label("Downloads are still running")
            .is_none()
    );
}

#[test]
fn the_list_comes_back_after_a_restart_even_when_nothing_is_running() {
    let server = TestServer::start();
    server.route("/done.txt", Route::file(data(500, 221)));
    let mut window = Window::open_with(vec![server.url("/done.txt")], |_| {});
    window.wait_for_label("Finished");
    window.harness.state().shutdown();
    let home = std::mem::replace(&mut window.home, tempfile::tempdir().expect("temp dir"));
    drop(window);
    let mut reopened = Window::open_in(home, Vec::new());
    reopened.harness.step();
    reopened.harness.get_by_label("done.txt");
    reopened.harness.get_by_label("Finished");
    reopened.harness.get_by_label("1 finished");
}

#[test]
fn the_quit_question_opens_over_a_dialog_and_keeping_on_returns_to_it() {
    let server = TestServer::start();
    server.route(
        "/long.iso",
        Route::file(data(800_000, 221)).throttle(100_000),
    );
    let mut window = Window::open_with(vec![server.url("/long.iso")], |_| {});
    window.wait_for_download("progress", |d| d.bytes_done > 50_000);
    window.harness.state_mut().execute(
        None,
        haul::app::Command::OpenAddDialog("http://127.0.0.1:9/later.zip".into()),
    );
    window.wait_for_label("Add downloads");

    request_close(&mut window);
    window.wait_for_label("Downloads are still running");
    assert!(
        window.harness.query_by_label("Add downloads").is_some(),
        "the Add dialog stays under the question"
    );
    keep_downloading(&mut window);
    assert!(
        window.harness.query_by_label("Add downloads").is_some(),
        "keeping on returns to the Add dialog"
    );
    // One Close closes the dialog on top, the Add dialog now, and nothing is added.
    window
        .harness
        .state_mut()
        .execute(None, haul::app::Command::CloseDialog);
    window.settle();
    assert!(window.harness.query_by_label("Add downloads").is_none());
    assert_eq!(
        window
            .harness
            .state()
            .engine()
            .expect("engine")
            .snapshot()
            .downloads
            .len(),
        1
    );
}
