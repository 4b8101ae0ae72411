//! A server that wants a login: the window asks for it at once (user, password, "remember for
//! this site"), the download continues with it, the login is kept in the keyring, and the next
//! download from the same site goes in without asking.

use egui_kittest::kittest::Queryable;
use haul::engine::Status;

use super::Window;
use super::support::data;
use super::support::server::{Route, TestServer};
use super::support::sha256;

#[test]
fn a_login_asked_for_is_given_remembered_and_used_again() {
    let server = TestServer::start();
    let body = data(60_000, 1501);
    server.route(
        "/one.bin",
        Route::file(body.clone()).digest_login("ann", "s3cret"),
    );
    server.route(
        "/two.bin",
        Route::file(body.clone()).digest_login("ann", "s3cret"),
    );
    let mut window = Window::open_with(vec![server.url("/one.bin")], |_| {});
    window.wait_for_label("Log in to 127.0.0.1");
    window
        .harness
        .get_by_label("It asks for a login to \"haul-test\".");
    window.harness.get_by_label("User name").focus();
    window.harness.step();
    window.harness.get_by_label("User name").type_text("ann");
    // A click outside keeps what was typed.
    window.click_outside();
    window.harness.get_by_label("Log in to 127.0.0.1");
    window.harness.get_by_label("Password").focus();
    window.harness.step();
    window.harness.get_by_label("Password").type_text("s3cret");
    window.settle();
    window.harness.get_by_label("Log in").click();
    window.wait_for_download("the first file", |d| d.status == Status::Finished);
    assert_eq!(
        sha256(&std::fs::read(window.downloads().join("one.bin")).expect("one.bin")),
        sha256(&body)
    );
    window.wait_for_label_containing("kept in the desktop's keyring");
    let kept = window.desktop.logins.lock().expect("logins").clone();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(kept[0].0, format!("http://127.0.0.1:{}", server.port()));
    assert_eq!(kept[0].1.user, "ann");
    // The same site again: no question.
    window
        .harness
        .event(eframe::egui::Event::Paste(server.url("/two.bin")));
    window.wait_for_label("Add 1 download");
    window.harness.get_by_label("Add 1 download").click();
    window.step_until("both finished", |w| {
        w.snapshot()
            .downloads
            .iter()
            .filter(|d| d.status == Status::Finished)
            .count()
            == 2
    });
    assert!(
        window
            .harness
            .query_by_label("Log in to 127.0.0.1")
            .is_none()
    );
}

#[test]
fn a_proxy_set_in_settings_that_wants_a_login_gets_it_from_the_window() {
    use super::support::proxies::{Kind, TestProxy};
    let server = TestServer::start();
    let body = data(20_000, 1502);
    server.route("/p.bin", Route::file(body.clone()));
    let proxy = TestProxy::start(Kind::Http, Some("pat:pw"));
    let mut window = Window::open_with_settings(
        &format!(
            "proxy = \"manual\"\nproxy_address = \"127.0.0.1:{}\"\n",
            proxy.port()
        ),
        vec![server.url("/p.bin")],
    );
    let title = format!("Log in to the proxy http://127.0.0.1:{}", proxy.port());
    window.wait_for_label(&title);
    type_login(&mut window, "pat", "pw");
    window.harness.get_by_label("Log in").click();
    window.wait_for_download("the file", |d| d.status == Status::Finished);
    assert!(
        proxy
            .seen()
            .iter()
            .any(|s| s.target == server.url("/p.bin") && s.login.as_deref() == Some("pat:pw")),
        "{:?}",
        proxy.seen()
    );
    let config = window.paths().config_file();
    window.step_until("the proxy's login kept", |_| {
        haul::config::Settings::load(&config)
            .0
            .proxy_address
            .contains("pat:pw@")
    });
}

#[test]
fn a_queues_own_proxy_that_wants_a_login_gets_it_from_the_window_and_keeps_it() {
    use super::support::proxies::{Kind, TestProxy};
    let server = TestServer::start();
    let body = data(20_000, 1503);
    server.route("/q.bin", Route::file(body.clone()));
    let proxy = TestProxy::start(Kind::Http, Some("quinn:pw"));
    let mut window = Window::open_with_settings(
        &format!(
            "proxy = \"none\"\n[[queues]]\nname = \"Behind\"\nproxy = \"127.0.0.1:{}\"\n",
            proxy.port()
        ),
        Vec::new(),
    );
    let dir = window.downloads();
    window.harness.state_mut().execute(
        None,
        haul::app::Command::Add {
            urls: vec![url::Url::parse(&server.url("/q.bin")).expect("url")],
            dir,
            paused: false,
            again: Vec::new(),
            attach: Vec::new(),
            checksums: Default::default(),
            queue: "Behind".to_owned(),
            extra: None,
            remember_extra: false,
            quality: Default::default(),
            as_pages: false,
            only_files: Default::default(),
        },
    );
    // Not the proxy set in Settings: the login is kept for this proxy, not in an address.
    let shown = format!("http://127.0.0.1:{}", proxy.port());
    window.wait_for_label(&format!("Log in to the proxy {shown}"));
    window.harness.get_by_label("Remember for this proxy");
    type_login(&mut window, "quinn", "pw");
    window.harness.get_by_label("Log in").click();
    window.wait_for_download("the file", |d| d.status == Status::Finished);
    assert!(
        proxy
            .seen()
            .iter()
            .any(|s| s.target == server.url("/q.bin") && s.login.as_deref() == Some("quinn:pw")),
        "{:?}",
        proxy.seen()
    );
    window.wait_for_label_containing("kept in the desktop's keyring");
    let kept = window.desktop.logins.lock().expect("logins").clone();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(kept[0].0, format!("proxy:{shown}"));
    assert_eq!(kept[0].1.user, "quinn");
    // The settings' address was not touched.
    let settings = haul::config::Settings::load(&window.paths().config_file()).0;
    assert!(!settings.proxy_address.contains("quinn"));
}

/// Types a login into the open Log in dialog.
fn type_login(window: &mut Window, user: &str, password: &str) {
    window.harness.get_by_label("User name").focus();
    window.harness.step();
    window.harness.get_by_label("User name").type_text(user);
    window.harness.get_by_label("Password").focus();
    window.harness.step();
    window.harness.get_by_label("Password").type_text(password);
    window.settle();
}
