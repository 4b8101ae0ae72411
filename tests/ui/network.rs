//! The Network page: a proxy given by hand is checked as typed (Save waits for one Haul can
//! use), saved, and taken by the running engine: the next download goes through it.

use egui_kittest::kittest::Queryable;
use haul::config::{ProxyMode, Settings};

use super::Window;
use super::support::data;
use super::support::proxies::{Kind, TestProxy};
use super::support::server::{Route, TestServer};

#[test]
fn a_proxy_set_on_the_network_page_carries_the_next_download() {
    let proxy = TestProxy::start(Kind::Socks5, None);
    let mut window = Window::open();
    window.open_settings_page("Network");
    window.harness.get_by_label("This proxy:").click();
    window.settle();
    window.harness.get_by_label("Address").focus();
    window.harness.step();
    window
        .harness
        .get_by_label("Address")
        .type_text("ftp://127.0.0.1:21");
    window.settle();
    window
        .harness
        .get_by_label_contains("proxies of the kind \"ftp\" cannot be used");
    // Save waits for an address Haul can use.
    window.harness.get_by_label("Save").click();
    window.settle();
    assert!(
        window
            .harness
            .query_by_label_contains("proxies of the kind")
            .is_some(),
        "the dialog stayed open"
    );
    window.harness.get_by_label("Address").focus();
    for _ in 0.."ftp://127.0.0.1:21".len() {
        window.harness.key_press(eframe::egui::Key::Backspace);
    }
    let address = format!("socks5h://127.0.0.1:{}", proxy.port());
    window.harness.get_by_label("Address").type_text(&address);
    window.settle();
    assert!(
        window
            .harness
            .query_by_label_contains("proxies of the kind")
            .is_none()
    );
    window.harness.get_by_label("Save").click();
    window.settle();
    let config = window.paths().config_file();
    window.step_until("settings written", |_| {
        let saved = Settings::load(&config).0;
        saved.proxy == ProxyMode::Manual && saved.proxy_address == address
    });
    // The running engine took it.
    let server = TestServer::start();
    server.route("/through.bin", Route::file(data(100_000, 251)));
    window
        .harness
        .event(eframe::egui::Event::Paste(server.url("/through.bin")));
    window.wait_for_label("Add 1 download");
    window.harness.get_by_label("Add 1 download").click();
    window.wait_for_label("Finished");
    assert!(
        proxy
            .seen()
            .iter()
            .any(|seen| seen.target == format!("127.0.0.1:{}", server.port())),
        "{:?}",
        proxy.seen()
    );
}
