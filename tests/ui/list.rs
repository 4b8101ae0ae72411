//! The list as a person works in it: sorting by a header (remembered after a restart), the
//! state tabs and their counts, the filter, the columns of a narrow window, new rows brought
//! into sight, Retry failed and Clear failed, the title and the taskbar progress.

use eframe::egui;
use egui_kittest::kittest::Queryable;
use haul::engine::Status;

use super::Window;
use super::support::data;
use super::support::server::{Route, TestServer};

/// The names shown, top to bottom.
fn shown_order(window: &Window, names: &[&str]) -> Vec<String> {
    window.shown_order(names)
}

fn three_files() -> (TestServer, Vec<String>) {
    let server = TestServer::start();
    server.route("/b-middle.bin", Route::file(data(2_000, 301)));
    server.route("/c-small.bin", Route::file(data(1_000, 302)));
    server.route("/a-large.bin", Route::file(data(3_000, 303)));
    let links = ["/b-middle.bin", "/c-small.bin", "/a-large.bin"]
        .iter()
        .map(|path| server.url(path))
        .collect();
    (server, links)
}

const NAMES: [&str; 3] = ["b-middle.bin", "c-small.bin", "a-large.bin"];

#[test]
fn headers_sort_and_the_order_is_remembered() {
    let (_server, links) = three_files();
    let mut window = Window::open_with(links, |_| {});
    window.step_until("three finished rows", |w| {
        w.snapshot().counts().finished == 3
    });
    window.settle();
    assert_eq!(shown_order(&window, &NAMES), NAMES, "the order added");

    window.harness.get_by_label("Name").click();
    window.settle();
    assert_eq!(
        shown_order(&window, &NAMES),
        ["a-large.bin", "b-middle.bin", "c-small.bin"]
    );
    window.harness.get_by_label("Name ⏶").click();
    window.settle();
    assert_eq!(
        shown_order(&window, &NAMES),
        ["c-small.bin", "b-middle.bin", "a-large.bin"]
    );
    window.harness.get_by_label("Size").click();
    window.settle();
    assert_eq!(
        shown_order(&window, &NAMES),
        ["a-large.bin", "b-middle.bin", "c-small.bin"],
        "largest first"
    );

    window.harness.state().shutdown();
    let home = std::mem::replace(&mut window.home, tempfile::tempdir().expect("temp dir"));
    drop(window);
    let mut reopened = Window::open_in(home, Vec::new());
    reopened.settle();
    reopened.harness.get_by_label("Size ⏷");
    assert_eq!(
        shown_order(&reopened, &NAMES),
        ["a-large.bin", "b-middle.bin", "c-small.bin"]
    );
}

#[test]
fn tabs_count_and_narrow_and_the_filter_matches_names_and_links() {
    let (server, mut links) = three_files();
    links.push(server.url("/missing.iso"));
    let mut window = Window::open_with(links, |_| {});
    window.step_until("all settled", |w| {
        let counts = w.snapshot().counts();
        counts.finished == 3 && counts.failed == 1
    });
    window.settle();
    window.harness.get_by_label("All 4");
    window.harness.get_by_label("Finished 3");
    window.harness.get_by_label("Failed 1").click();
    window.settle();
    assert!(window.harness.query_by_label("a-large.bin").is_none());
    window.harness.get_by_label("missing.iso");
    window.harness.get_by_label("All 4").click();
    window.settle();

    window
        .harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    window.settle();
    window.harness.get_by_label("Filter").type_text("SMALL");
    window.settle();
    assert_eq!(shown_order(&window, &NAMES), ["c-small.bin"]);
    // The link counts too: every file is on this server.
    window.harness.get_by_label("Filter").type_text("");
    window
        .harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    window.harness.key_press(egui::Key::Backspace);
    window.harness.get_by_label("Filter").type_text("127.0.0.1");
    window.settle();
    assert_eq!(shown_order(&window, &NAMES).len(), 3);
    window.harness.get_by_label("Clear the filter").click();
    window.settle();
    window.harness.get_by_label("missing.iso");
}

#[test]
fn a_narrow_window_keeps_the_status_in_sight() {
    let server = TestServer::start();
    let mut window = Window::open_sized(vec![server.url("/missing.iso")], [640.0, 480.0]);
    window.wait_for_label("Failed: server said 404 Not Found");
    let status = window
        .harness
        .get_by_label("Failed: server said 404 Not Found");
    assert!(
        status.rect().min.x < 640.0 && status.rect().min.x > 100.0,
        "{:?}",
        status.rect()
    );
    assert!(
        window.harness.query_by_label("Added").is_none(),
        "less useful columns go first"
    );
    window.harness.get_by_label("Name");
    window.harness.get_by_label("Status");
    // The toolbar's buttons keep their names for screen readers and tests.
    window.harness.get_by_label("Retry failed");
    window.harness.get_by_label("Settings");
}

#[test]
fn retry_failed_gives_feedback_and_clear_failed_removes_them() {
    let server = TestServer::start();
    server.route("/ok.bin", Route::file(data(500, 304)));
    let mut window = Window::open_with(
        vec![server.url("/ok.bin"), server.url("/missing.iso")],
        |_| {},
    );
    window.wait_for_label("Failed: server said 404 Not Found");
    window.harness.get_by_label("Retry failed").click();
    window.wait_for_label("Retrying missing.iso");
    window.wait_for_label("Failed again: server said 404 Not Found");
    window.harness.get_by_label("Clear failed").click();
    window.settle();
    window.step_until("the failed row gone", |w| w.snapshot().downloads.len() == 1);
    assert_eq!(window.snapshot().downloads[0].status, Status::Finished);
    window
        .harness
        .get_by_label_contains("Removed missing.iso from the list");
}

#[test]
fn the_title_and_the_taskbar_show_the_queues_progress() {
    let server = TestServer::start();
    server.route(
        "/slow.bin",
        Route::file(data(600_000, 305)).throttle(100_000),
    );
    let mut window = Window::open_with(vec![server.url("/slow.bin")], |_| {});
    window.step_until("a title with progress", |w| {
        let title = w.harness.state().title().to_owned();
        title.ends_with("% - 1 downloading - Haul")
    });
    window.step_until("progress on the taskbar", |w| {
        w.desktop
            .progress
            .lock()
            .expect("lock")
            .iter()
            .any(|p| p.count == 1 && p.progress.is_some_and(|f| f > 0.0 && f < 1.0))
    });
    window.harness.get_by_label_contains("% of 586 KiB");
    window.step_until("the end", |w| w.harness.state().title() == "Haul");
    let last = *window
        .desktop
        .progress
        .lock()
        .expect("lock")
        .last()
        .expect("updates");
    assert_eq!((last.progress, last.count), (None, 0), "hidden when done");
}

#[test]
fn rows_added_below_the_fold_are_brought_into_sight() {
    let server = TestServer::start();
    let links: Vec<String> = (0..60)
        .map(|i| format!("{}{i:02}.bin", server.url("/file-")))
        .collect();
    let mut window = Window::open_with(links, |_| {});
    window.step_until("sixty rows", |w| w.snapshot().downloads.len() == 60);
    window.settle();
    server.route("/newest.bin", Route::file(data(100, 306)));
    window
        .harness
        .event(egui::Event::Paste(server.url("/newest.bin")));
    window.wait_for_label("Add 1 download");
    window.settle();
    window.harness.get_by_label("Add 1 download").click();
    window.settle();
    let newest = window.harness.get_by_label("newest.bin");
    assert!(
        newest.rect().max.y < 700.0,
        "scrolled to the new row: {:?}",
        newest.rect()
    );
}

#[test]
fn category_tabs_count_each_kind_and_show_only_it() {
    let server = TestServer::start();
    server.route("/film.mkv", Route::file(data(2_000, 311)));
    server.route("/song.flac", Route::file(data(2_000, 312)));
    server.route("/other.flac", Route::file(data(2_000, 313)));
    server.route("/notes", Route::file(data(2_000, 314)));
    let links = ["/film.mkv", "/song.flac", "/other.flac", "/notes"]
        .iter()
        .map(|path| server.url(path))
        .collect();
    let mut window = Window::open_with(links, |_| {});
    window.step_until("all finished", |w| {
        w.harness
            .state()
            .engine()
            .is_some_and(|engine| engine.snapshot().counts().finished == 4)
    });
    window.wait_for_label("Videos 1");
    window.wait_for_label("Music 2");
    window.wait_for_label("Other 1");
    assert!(
        window.harness.query_by_label("Pictures 0").is_none(),
        "empty categories take no room"
    );

    window.harness.get_by_label("Music 2").click();
    window.settle();
    assert_eq!(
        shown_order(&window, &["film.mkv", "song.flac", "other.flac", "notes"]),
        ["song.flac", "other.flac"]
    );
    window.harness.get_by_label("Any kind").click();
    window.settle();
    assert_eq!(
        shown_order(&window, &["film.mkv", "song.flac", "other.flac", "notes"]).len(),
        4
    );
}

/// True when two widgets sit on one line (their heights overlap).
fn on_one_line(a: eframe::egui::Rect, b: eframe::egui::Rect) -> bool {
    a.min.y < b.max.y && b.min.y < a.max.y
}

#[test]
fn the_filter_bar_keeps_labels_with_their_fields() {
    for width in [1040.0, 820.0, 640.0] {
        let home = Window::new_home(|home| {
            let path = home.join("config/haul.toml");
            let mut text = std::fs::read_to_string(&path).unwrap_or_default();
            text.push_str("\n[[queues]]\nname = \"Night\"\n");
            std::fs::write(path, text).expect("settings");
        });
        // Paused rows of six kinds: six category tabs.
        let links = ["a.mp4", "b.mp3", "c.jpg", "d.pdf", "e.zip", "f.exe"]
            .iter()
            .map(|name| format!("http://127.0.0.1:9/{name}"))
            .collect();
        let mut window = Window::open_in_sized(home, links, [width, 600.0]);
        window.step_until("six categories", |w| {
            w.harness.query_by_label_contains("Programs").is_some()
        });
        window.settle();
        let both = |label| {
            window
                .harness
                .query_all(
                    egui_kittest::kittest::By::new()
                        .label(label)
                        .include_labels(),
                )
                .map(|node| node.rect())
                .collect::<Vec<_>>()
        };
        let filter = both("Filter");
        assert_eq!(filter.len(), 2, "the label and its box");
        assert!(
            on_one_line(filter[0], filter[1]),
            "at {width}: 'Filter' at {:?}, its box at {:?}",
            filter[0],
            filter[1]
        );
        let queue = both("Queue");
        assert_eq!(queue.len(), 2, "the label and its chooser");
        assert!(
            on_one_line(queue[0], queue[1]),
            "at {width}: 'Queue' at {:?}, its chooser at {:?}",
            queue[0],
            queue[1]
        );
    }
}

#[test]
fn the_tabs_and_the_status_bar_count_alike() {
    let mut window = Window::open_with_settings("\n[[queues]]\nname = \"Night\"\n", Vec::new());
    let engine = window.harness.state().engine().expect("engine").clone();
    let paused = |name: &str| {
        let mut request = haul::engine::AddRequest::new(
            url::Url::parse(&format!("http://127.0.0.1:9/{name}")).expect("url"),
            window.downloads(),
        );
        request.paused = true;
        engine.add(request).expect("add")
    };
    paused("one.bin");
    let (two, three) = (paused("two.bin"), paused("three.bin"));
    engine.move_to_queue(&[two], "Night");
    engine.cancel(&[three]);
    window.step_until("the rows", |w| {
        w.snapshot().downloads.len() == 3
            && w.snapshot().downloads[2].status == haul::engine::Status::Cancelled
    });
    window.settle();
    // A paused row waits in the tabs and in the status bar; a cancelled one (in its undo
    // time) has not failed.
    window.harness.get_by_label("Waiting 2");
    window.harness.get_by_label("2 waiting");
    window.harness.get_by_label("Failed 0");
    assert!(window.harness.query_by_label("1 failed").is_none());
    window.harness.get_by_label("All 3");
    // With a queue chosen, the tabs count that queue's rows.
    window.harness.get_by_label("Queue").click();
    window.settle();
    window.harness.get_by_label("Night 1").click();
    window.settle();
    window.harness.get_by_label("All 1");
    window.harness.get_by_label("Waiting 1");
}

/// The overall speed the status bar shows, in KiB/s.
fn shown_speed(window: &Window) -> f64 {
    use egui_kittest::kittest::NodeT;
    let node = window.harness.get_by_label_contains("⬇");
    let text = node
        .accesskit_node()
        .value()
        .or_else(|| node.accesskit_node().label().map(|l| l.to_string()))
        .unwrap_or_default();
    let number: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let value: f64 = number.parse().unwrap_or(0.0);
    if text.contains("MiB") {
        value * 1024.0
    } else {
        value
    }
}

#[test]
fn the_speed_shown_under_a_limit_is_the_speed_the_bytes_come_at() {
    let server = TestServer::start();
    server.route("/big.bin", Route::file(data(20_000_000, 720)));
    let mut window = Window::open_with_settings(
        "speed_limit = \"256K\"\nconnections_per_file = 4\n",
        vec![server.url("/big.bin")],
    );
    window.wait_for_label("Downloading");
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(2) {
        window.harness.step();
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let (from_bytes, from) = (
        window.snapshot().downloads[0].bytes_done,
        std::time::Instant::now(),
    );
    let mut most = 0.0_f64;
    while from.elapsed() < std::time::Duration::from_secs(3) {
        window.harness.step();
        most = most.max(shown_speed(&window));
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let real = (window.snapshot().downloads[0].bytes_done - from_bytes) as f64
        / from.elapsed().as_secs_f64()
        / 1024.0;
    // Rows publish their bytes about ten times a second: on a loaded machine a publication
    // late at one end of the three seconds shifts the measure by a few percent.
    assert!(
        real < 256.0 * 1.15,
        "the bytes came at {real:.0} KiB/s under a 256 KiB/s limit"
    );
    assert!(
        most <= 256.0 * 1.15,
        "the status bar showed up to {most:.0} KiB/s (the bytes came at {real:.0})"
    );
}
