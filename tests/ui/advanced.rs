//! The Add dialog's Advanced part: a Referer and a header line for a site that checks them,
//! a line Haul cannot send holding Add back, and "remember for these sites" filling the next
//! dialog for the same site (without the cookie).

use egui_kittest::kittest::Queryable;
use haul::engine::Status;

use super::Window;
use super::support::data;
use super::support::server::{Route, TestServer};

#[test]
fn request_extras_reach_a_checking_site_and_are_remembered_for_it() {
    let server = TestServer::start();
    let body = data(30_000, 1701);
    server.route(
        "/checked.bin",
        Route::file(body.clone())
            .requires("x-token", "t0k3n")
            .requires("referer", "https://page.example/"),
    );
    server.route("/second.bin", Route::file(body.clone()));
    let mut window = Window::open();
    window
        .harness
        .event(eframe::egui::Event::Paste(server.url("/checked.bin")));
    window.wait_for_label("Add 1 download");
    window
        .harness
        .get_by_label("Advanced: what the requests carry")
        .click();
    window.settle();
    let type_into = |window: &mut Window, label: &str, text: &str| {
        window.harness.get_by_label(label).focus();
        window.harness.step();
        window.harness.get_by_label(label).type_text(text);
        window.settle();
    };
    type_into(&mut window, "Other headers", "Range: bytes=0-");
    window
        .harness
        .get_by_label_contains("Haul sets the Range header itself");
    window.harness.get_by_label("Other headers").focus();
    for _ in 0.."Range: bytes=0-".len() {
        window.harness.key_press(eframe::egui::Key::Backspace);
    }
    type_into(&mut window, "Other headers", "X-Token: t0k3n");
    type_into(&mut window, "Referer", "https://page.example/");
    type_into(&mut window, "Cookie", "session=1");
    window
        .harness
        .get_by_label("Remember for these sites (not the cookie)")
        .click();
    window.settle();
    window.harness.get_by_label("Add 1 download").click();
    window.wait_for_download("the checked file", |d| d.status == Status::Finished);
    // The next dialog for the same site comes filled in and unfolded, but for the cookie.
    window
        .harness
        .event(eframe::egui::Event::Paste(server.url("/second.bin")));
    window.wait_for_label("Add 1 download");
    window.settle();
    let referer = window.harness.get_by_label("Referer").value();
    assert_eq!(referer.as_deref(), Some("https://page.example/"));
    let cookie = window.harness.get_by_label("Cookie").value();
    assert_eq!(cookie.as_deref().unwrap_or_default(), "");
    let saved = window.paths().data_dir.join("sites.json");
    window.step_until("the site's extras saved", |_| saved.exists());
    let text = std::fs::read_to_string(&saved).expect("sites.json");
    assert!(
        text.contains("t0k3n") && !text.contains("session=1"),
        "{text}"
    );
}
