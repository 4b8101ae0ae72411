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
