//! Watching the clipboard (opt-in): links copied after it began are offered in the Add
//! dialog (window in front) or in a notification with "Add" (window behind), never added by
//! themselves; what was on the clipboard before is not offered; off by default.

use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use haul::app::notifications::NoticeAction;

use super::Window;

fn watching(settings: &str) -> Window {
    let window = Window::open_with_settings(settings, Vec::new());
    *window.desktop.clipboard.lock().expect("lock") =
        Some("copied before: http://127.0.0.1:9/old.zip".into());
    window
}

/// Frames for a while (the clipboard is read about once a second).
fn run_for(window: &mut Window, time: Duration) {
    let end = Instant::now() + time;
    while Instant::now() < end {
        window.harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn copy(window: &Window, text: &str) {
    *window.desktop.clipboard.lock().expect("lock") = Some(text.into());
}

#[test]
fn a_copied_link_opens_the_add_dialog_but_adds_nothing() {
    let mut window = watching("watch_clipboard = true\n");
    run_for(&mut window, Duration::from_millis(1_500));
    assert!(
        window.harness.query_by_label("Add downloads").is_none(),
        "what was copied before is not offered"
    );
    copy(&window, "see https://example.com/new/film.mkv today");
    window.wait_for_label("1 link found");
    window.harness.get_by_label("Add 1 download");
    assert!(
        window.snapshot().downloads.is_empty(),
        "nothing added by itself"
    );
}

#[test]
fn behind_other_windows_a_notification_offers_the_links() {
    let mut window = watching("watch_clipboard = true\n");
    *window.desktop.notice_click.lock().expect("lock") = Some(NoticeAction::Add);
    window.set_focus(false);
    run_for(&mut window, Duration::from_millis(1_500));
    copy(
        &window,
        "https://example.com/a.iso\nhttps://example.com/b.iso\n",
    );
    window.step_until("a notification", |w| {
        !w.desktop.notices.lock().expect("lock").is_empty()
    });
    let notice = window.desktop.notices.lock().expect("lock")[0].clone();
    assert_eq!(notice.summary, "2 download links were copied");
    assert!(notice.offer.as_deref().is_some_and(|o| o.contains("b.iso")));
    // "Add" was clicked in it: the Add dialog shows them.
    window.wait_for_label("2 links found");
    assert!(window.snapshot().downloads.is_empty());
}

#[test]
fn watching_is_off_unless_asked_for() {
    let mut window = watching("");
    run_for(&mut window, Duration::from_millis(1_200));
    copy(&window, "https://example.com/new/film.mkv");
    run_for(&mut window, Duration::from_millis(2_500));
    assert!(window.harness.query_by_label("Add downloads").is_none());
    assert!(window.desktop.notices.lock().expect("lock").is_empty());
}
