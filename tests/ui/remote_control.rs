//! Remote control from the window: off by default; turned on in Settings it makes a secret,
//! shows the address, listens for aria2's JSON-RPC at once (the secret required); turned off,
//! it stops listening.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use egui_kittest::kittest::Queryable;
use haul::config::Settings;

use super::Window;

const TURN_ON: &str = "Let other programs control Haul (aria2's JSON-RPC: AriaNg, aria2p, scripts)";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The HTTP status and body of a JSON-RPC call, or `None` when nothing listens.
fn call(port: u16, body: &str) -> Option<(String, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let request = format!(
        "POST /jsonrpc HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    let (head, body) = answer.split_once("\r\n\r\n")?;
    Some((head.lines().next()?.to_owned(), body.to_owned()))
}

fn toggle(window: &mut Window) {
    window.open_settings_page("Remote control");
    window.harness.get_by_label(TURN_ON).click();
    window.settle();
}

#[test]
fn turning_remote_control_on_and_off_in_settings() {
    let port = free_port();
    let mut window = Window::open_with_settings(&format!("remote_port = {port}\n"), Vec::new());
    window.settle();
    assert!(
        call(port, "{}").is_none(),
        "off by default: nothing listens"
    );

    toggle(&mut window);
    window.wait_for_label(&format!("http://127.0.0.1:{port}/jsonrpc"));
    window.harness.get_by_label("Save").click();
    window.step_until("the settings saved with a secret", |w| {
        let settings = Settings::load(&w.paths().config_file()).0;
        settings.remote_control && settings.remote_secret.len() == 24
    });
    let secret = Settings::load(&window.paths().config_file())
        .0
        .remote_secret;
    window.step_until("the API listening", |_| call(port, "{}").is_some());
    let version = format!(
        r#"{{"jsonrpc":"2.0","id":1,"method":"aria2.getVersion","params":["token:{secret}"]}}"#
    );
    let (status, body) = call(port, &version).expect("an answer");
    assert!(status.contains("200"), "{status}");
    assert!(body.contains("\"version\""), "{body}");
    let wrong = r#"{"jsonrpc":"2.0","id":2,"method":"aria2.getVersion","params":["token:nope"]}"#;
    let (_, body) = call(port, wrong).expect("an answer");
    assert!(body.contains("Unauthorized"), "{body}");

    toggle(&mut window);
    window.harness.get_by_label("Save").click();
    window.step_until("the API stopped and the setting saved off", |w| {
        call(port, "{}").is_none() && !Settings::load(&w.paths().config_file()).0.remote_control
    });
}

#[test]
fn the_limit_set_in_the_window_is_the_one_the_remote_control_reports() {
    let port = free_port();
    let secret = "a-secret-of-24-characters";
    let mut window = Window::open_with_settings(
        &format!("remote_port = {port}\nremote_control = true\nremote_secret = \"{secret}\"\n"),
        Vec::new(),
    );
    let limit_of = || -> Option<String> {
        let ask = format!(
            r#"{{"jsonrpc":"2.0","id":1,"method":"aria2.getGlobalOption","params":["token:{secret}"]}}"#
        );
        let (_, body) = call(port, &ask)?;
        let answer: serde_json::Value = serde_json::from_str(&body).ok()?;
        answer["result"]["max-overall-download-limit"]
            .as_str()
            .map(str::to_owned)
    };
    window.step_until("the API listening", |_| limit_of().is_some());
    assert_eq!(limit_of().as_deref(), Some("0"));
    // The user sets 2M in Settings: the remote control says so at once (it used to keep the
    // limit it started with).
    window.harness.get_by_label("Settings").click();
    window.settle();
    window.harness.get_by_label("Overall speed limit").focus();
    window.harness.step();
    window
        .harness
        .get_by_label("Overall speed limit")
        .type_text("2M");
    window.settle();
    window.harness.get_by_label("Save").click();
    window.settle();
    window.wait_for_label("(limit 2.00 MiB/s)");
    window.step_until("the remote control sees the new limit", |_| {
        limit_of().as_deref() == Some("2097152")
    });
}

#[test]
fn a_limit_set_over_the_remote_control_shows_in_the_window_at_once() {
    let port = free_port();
    let secret = "a-secret-of-24-characters";
    let mut window = Window::open_with_settings(
        &format!("remote_port = {port}\nremote_control = true\nremote_secret = \"{secret}\"\n"),
        Vec::new(),
    );
    let change = format!(
        r#"{{"jsonrpc":"2.0","id":1,"method":"aria2.changeGlobalOption","params":["token:{secret}",{{"max-overall-download-limit":"2M"}}]}}"#
    );
    window.step_until("the API listening", |_| call(port, "{}").is_some());
    let (status, body) = call(port, &change).expect("an answer");
    assert!(status.contains("200"), "{status} {body}");
    // The window reads the limit from the engine, which the remote control changed.
    window.wait_for_label("(limit 2.00 MiB/s)");
}

#[test]
fn settings_open_with_the_limit_and_jobs_the_remote_control_set() {
    let port = free_port();
    let secret = "a-secret-of-24-characters";
    let mut window = Window::open_with_settings(
        &format!(
            "remote_port = {port}\nremote_control = true\nremote_secret = \"{secret}\"\n\
             speed_limit = \"1M\"\njobs = 3\n"
        ),
        Vec::new(),
    );
    let change = format!(
        r#"{{"jsonrpc":"2.0","id":1,"method":"aria2.changeGlobalOption","params":["token:{secret}",{{"max-overall-download-limit":"500K","max-concurrent-downloads":"5"}}]}}"#
    );
    window.step_until("the API listening", |_| call(port, "{}").is_some());
    let (status, body) = call(port, &change).expect("an answer");
    assert!(status.contains("200"), "{status} {body}");
    window.wait_for_label("(limit 500 KiB/s)");
    // Settings shows what is in force, and saving it keeps that (it used to put back 1M and
    // 3 from the file).
    window.harness.get_by_label("Settings").click();
    window.settle();
    let shown = window
        .harness
        .get_by_label("Overall speed limit")
        .value()
        .unwrap_or_default();
    assert_eq!(shown, "500K");
    window.harness.get_by_label("Save").click();
    window.settle();
    window.step_until("the settings file keeps the values in force", |w| {
        let saved = Settings::load(&w.paths().config_file()).0;
        saved.speed_limit == "500K" && saved.jobs == 5
    });
    window.wait_for_label("(limit 500 KiB/s)");
}
