//! The keyboard: arrows (with Shift) move the selection, Home and End jump, Space pauses and
//! resumes, Enter opens a finished file, Delete removes, Ctrl+Q asks before quitting while
//! downloads run.

use eframe::egui;
use egui_kittest::kittest::{NodeT, Queryable};
use haul::engine::Status;

use super::Window;
use super::support::data;
use super::support::server::{Route, TestServer};

#[test]
fn arrows_space_enter_and_delete_work_on_the_selection() {
    let server = TestServer::start();
    server.route("/done.txt", Route::file(data(300, 401)));
    server.route(
        "/slow.bin",
        Route::file(data(2_000_000, 402)).throttle(50_000),
    );
    let mut window = Window::open_with(
        vec![server.url("/done.txt"), server.url("/slow.bin")],
        |_| {},
    );
    window.wait_for_label("Finished");
    window.wait_for_label("Downloading");

    // Down selects the first row; Enter opens it (it is finished).
    window.harness.key_press(egui::Key::ArrowDown);
    window.settle();
    window.harness.key_press(egui::Key::Enter);
    window.step_until("the file opened", |w| {
        !w.desktop.opened.lock().expect("lock").is_empty()
    });
    assert_eq!(
        window.desktop.opened.lock().expect("lock")[0],
        window.downloads().join("done.txt")
    );

    // End moves to the last row; Space pauses it, Space again resumes it.
    window.harness.key_press(egui::Key::End);
    window.settle();
    window.harness.key_press(egui::Key::Space);
    window.step_until("paused by Space", |w| {
        w.snapshot().downloads[1].status == Status::Paused { reason: None }
    });
    window.harness.key_press(egui::Key::Space);
    window.step_until("resumed by Space", |w| {
        w.snapshot().downloads[1].status != Status::Paused { reason: None }
    });

    // Shift+Up grows the selection to both rows; Delete removes both (asking about the
    // partial file of the running one).
    window
        .harness
        .key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowUp);
    window.settle();
    window.harness.key_press(egui::Key::Delete);
    window.wait_for_label("Remove 2 downloads from the list?");
}

#[test]
fn ctrl_q_asks_while_downloads_run() {
    let server = TestServer::start();
    server.route(
        "/slow.bin",
        Route::file(data(2_000_000, 403)).throttle(50_000),
    );
    let mut window = Window::open_with(vec![server.url("/slow.bin")], |_| {});
    window.wait_for_label("Downloading");
    window
        .harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    window.wait_for_label("Downloads are still running");
    window
        .harness
        .get_by_label_contains("1 download is still running. If you quit now, it stops");
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
fn tab_reaches_the_rows_buttons_which_have_names() {
    let server = TestServer::start();
    server.route(
        "/slow.bin",
        Route::file(data(2_000_000, 404)).throttle(50_000),
    );
    let mut window = Window::open_with(vec![server.url("/slow.bin")], |_| {});
    window.wait_for_label("Downloading");
    // Tab walks through the toolbar, the tabs and the filter into the table's buttons.
    let mut reached = false;
    for _ in 0..30 {
        window.harness.key_press(egui::Key::Tab);
        window.settle();
        let focused = window
            .harness
            .query_by(|node| node.is_focused())
            .and_then(|node| node.accesskit_node().label());
        if focused.as_deref() == Some("Pause") {
            reached = true;
            break;
        }
    }
    assert!(reached, "the row's Pause button is reachable by Tab");
    window.harness.key_press(egui::Key::Enter);
    window.step_until("paused from the keyboard", |w| {
        w.snapshot().downloads[0].status == Status::Paused { reason: None }
    });
}
