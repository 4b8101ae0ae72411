//! Queues in the window: the queue chooser with counts, moving rows to another queue and
//! within the order (menu and dragging), and a closed queue's rows saying when it opens.

use eframe::egui;
use egui_kittest::kittest::Queryable;

use super::Window;
use super::support::data;
use super::support::server::{Route, TestServer};

const NAMES: [&str; 3] = ["q1.bin", "q2.bin", "q3.bin"];

/// Rows in the order shown.
fn shown_order(window: &Window) -> Vec<String> {
    window.shown_order(&NAMES)
}

/// Three slow downloads in Main (one at a time, so two wait), and a Night queue that opens
/// at 01:00 three days from now.
fn three_waiting() -> (TestServer, Window, &'static str) {
    let server = TestServer::start();
    for (n, name) in NAMES.iter().enumerate() {
        server.route(
            &format!("/{name}"),
            Route::file(data(3_000_000, 600 + n as u64)).throttle(50_000),
        );
    }
    let day = haul::engine::clock::Clock::now(&haul::engine::clock::SystemClock).weekday;
    let later = usize::from((day + 3) % 7);
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let settings = format!(
        "jobs = 1\n\n[[queues]]\nname = \"Night\"\njobs = 1\nstart_at = \"01:00\"\n\
         stop_at = \"02:00\"\ndays = [\"{}\"]\n",
        days[later]
    );
    let links = NAMES
        .iter()
        .map(|name| server.url(&format!("/{name}")))
        .collect();
    let window = Window::open_with_settings(&settings, links);
    (server, window, names[later])
}

#[test]
fn a_row_moved_to_a_closed_queue_says_when_it_starts_and_the_chooser_counts() {
    let (_server, mut window, day) = three_waiting();
    window.wait_for_label("q3.bin");
    window.harness.get_by_label("q3.bin").click_secondary();
    window.settle();
    window.harness.get_by_label("Move to queue").click();
    window.settle();
    window.harness.get_by_label("Night").click();
    window.settle();
    let scheduled = format!("Scheduled: starts {day} 01:00");
    window.wait_for_label(&scheduled);
    window.step_until("moved", |w| {
        w.snapshot()
            .downloads
            .iter()
            .any(|d| d.queue == "Night" && d.display_name() == "q3.bin")
    });
    // The chooser shows one queue at a time.
    window.harness.get_by_label("Queue").click();
    window.settle();
    window.harness.get_by_label("Night 1").click();
    window.settle();
    assert_eq!(shown_order(&window), ["q3.bin"]);
    window.harness.get_by_label("Queue").click();
    window.settle();
    window.harness.get_by_label("All queues").click();
    window.settle();
    assert_eq!(shown_order(&window).len(), 3);
}

#[test]
fn rows_move_to_the_top_from_the_menu_and_by_dragging() {
    let (_server, mut window, _) = three_waiting();
    window.wait_for_label("q3.bin");
    assert_eq!(shown_order(&window), NAMES);
    window.harness.get_by_label("q3.bin").click_secondary();
    window.settle();
    window.harness.get_by_label("Move to top").click();
    window.settle();
    window.step_until("moved to the top", |w| {
        shown_order(w) == ["q3.bin", "q1.bin", "q2.bin"]
    });
    // Dragged from the bottom row to just above the top one.
    let from = window.harness.get_by_label("q2.bin").rect().center();
    let to = window.harness.get_by_label("q3.bin").rect().center() - egui::vec2(0.0, 8.0);
    drag(&mut window, from, to);
    window.step_until("dragged to the top", |w| {
        shown_order(w) == ["q2.bin", "q3.bin", "q1.bin"]
    });
    let order: Vec<u64> = {
        let snapshot = window.snapshot();
        let mut rows: Vec<_> = snapshot
            .downloads
            .iter()
            .map(|d| (d.order, d.id.0))
            .collect();
        rows.sort_unstable();
        rows.into_iter().map(|(_, id)| id).collect()
    };
    assert_eq!(order, [2, 3, 1], "the engine's order is the one shown");
}

fn drag(window: &mut Window, from: egui::Pos2, to: egui::Pos2) {
    let press = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    window.harness.event(egui::Event::PointerMoved(from));
    window.harness.step();
    window.harness.event(press(from, true));
    window.harness.step();
    for step in 1..=6 {
        let at = from + (to - from) * (step as f32 / 6.0);
        window.harness.event(egui::Event::PointerMoved(at));
        window.harness.step();
    }
    window.harness.event(press(to, false));
    window.harness.step();
    window.settle();
}

#[test]
fn the_add_dialog_puts_links_in_the_queue_chosen() {
    let server = TestServer::start();
    server.route("/late.bin", Route::file(data(2_000, 610)));
    let mut window = Window::open_with_settings("\n[[queues]]\nname = \"Later\"\n", Vec::new());
    window.harness.state_mut().execute(
        None,
        haul::app::Command::OpenAddDialog(server.url("/late.bin")),
    );
    window.wait_for_label("Add 1 download");
    window.harness.get_by_label("Queue").click();
    window.settle();
    window.harness.get_by_label("Later").click();
    window.settle();
    window.harness.get_by_label("Add 1 download").click();
    window.wait_for_download("finished in Later", |d| {
        d.queue == "Later" && d.status == haul::engine::Status::Finished
    });
}

/// Bytes done of the only download, after frames for `time`.
fn bytes_after(window: &mut Window, time: std::time::Duration) -> u64 {
    let end = std::time::Instant::now() + time;
    while std::time::Instant::now() < end {
        window.harness.step();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    window.snapshot().downloads[0].bytes_done
}

#[test]
fn a_running_download_moved_into_a_limited_queue_slows_at_once_and_says_why() {
    let server = TestServer::start();
    server.route(
        "/fast.bin",
        Route::file(data(30_000_000, 610)).throttle(1_500_000),
    );
    let mut window = Window::open_with_settings(
        "\n[[queues]]\nname = \"Slow\"\njobs = 1\nspeed_limit = \"200K\"\n",
        vec![server.url("/fast.bin")],
    );
    window.wait_for_label("Downloading");
    window.harness.get_by_label("fast.bin").click_secondary();
    window.settle();
    window.harness.get_by_label("Move to queue").click();
    window.settle();
    window.harness.get_by_label("Slow").click();
    window.settle();
    window.step_until("moved", |w| w.snapshot().downloads[0].queue == "Slow");
    // A second for the limit to take hold, then it holds: 200 KiB/s, not 1.5 MB/s.
    let start = bytes_after(&mut window, std::time::Duration::from_secs(1));
    let end = bytes_after(&mut window, std::time::Duration::from_secs(2));
    let rate = (end - start) / 2;
    assert!(
        rate < 300_000,
        "{rate} B/s in a queue limited to 200 KiB/s (it was running at 1.5 MB/s)"
    );
    assert!(
        window.snapshot().downloads[0].status.is_running(),
        "still running"
    );
    // The details name the queue's limit as the reason.
    // (The row is selected since its menu was opened.)
    window.harness.get_by_label("Details").click();
    window.settle();
    window.wait_for_label_containing("Why slow: The limit of the queue Slow (200 KiB/s)");
}
