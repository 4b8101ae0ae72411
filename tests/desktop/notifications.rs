//! Desktop services, for real: the window under Xvfb talks to a notification server, a file
//! manager and a dock on a private D-Bus session bus (a small stand-in, `notify_server.py`),
//! which records what it was asked and clicks "Show in folder"; the click reaches the file
//! manager interface, and the queue's progress reaches the dock.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::bus::PrivateBus;
use super::support::server::{Route, TestServer};
use super::support::xsession::XSession;
use super::support::{data, wait_until};
use super::{HaulWindow, haul_command};

/// A private session bus and the stand-in desktop services on it; both stopped when dropped.
struct Bus {
    _bus: PrivateBus,
    services: Child,
    address: String,
}

impl Bus {
    fn start(record: &Path) -> Option<Self> {
        let bus = PrivateBus::start()?;
        let address = bus.address.clone();
        let mut services = Command::new("/usr/bin/python3")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/desktop/notify_server.py"))
            .arg(record)
            .args(["--click", "show"])
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the stand-in services");
        let mut ready = String::new();
        BufReader::new(services.stdout.take().expect("stdout"))
            .read_line(&mut ready)
            .expect("services ready");
        assert_eq!(ready.trim(), "ready");
        Some(Self {
            _bus: bus,
            services,
            address,
        })
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.services.kill();
        let _ = self.services.wait();
    }
}

fn calls(record: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(record)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect()
}

#[test]
fn a_download_finished_in_the_background_is_notified_and_show_in_folder_works() {
    let Some(x) = XSession::start() else { return };
    let home = tempfile::tempdir().expect("temp dir");
    let record = home.path().join("calls.jsonl");
    let Some(bus) = Bus::start(&record) else {
        return;
    };
    let server = TestServer::start();
    server.route("/told.iso", Route::file(data(300_000, 1200)));
    let url = server.url("/told.iso");
    let child = haul_command(&x, home.path())
        .arg(&url)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .stderr(Stdio::piped())
        .spawn()
        .expect("start haul");
    let mut window = HaulWindow::from_child(child);
    window.wait_for_window(&x);
    let file = home.path().join("out/told.iso");
    let deadline = Instant::now() + Duration::from_secs(30);
    let notified = loop {
        let calls = calls(&record);
        if let Some(call) = calls.iter().find(|c| c["call"] == "Notify") {
            break call.clone();
        }
        assert!(
            Instant::now() < deadline,
            "no notification; haul said:\n{}",
            window.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(notified["app"], "Haul");
    assert_eq!(notified["summary"], "Download finished");
    assert_eq!(notified["body"], "told.iso");
    assert_eq!(
        notified["actions"],
        serde_json::json!(["open", "Open", "show", "Show in folder"])
    );
    assert!(file.exists());
    // The stand-in clicked "Show in folder": the file manager is asked to show the file.
    let shown = wait_until(Duration::from_secs(15), "the file manager call", || {
        calls(&record)
            .into_iter()
            .find(|c| c["call"] == "ShowItems")
    });
    let uri = url::Url::from_file_path(&file)
        .expect("file url")
        .to_string();
    assert_eq!(shown["items"], serde_json::json!([uri]));
    drop(window);
    drop(bus);
}

#[test]
fn the_queues_progress_reaches_the_dock() {
    let Some(x) = XSession::start() else { return };
    let home = tempfile::tempdir().expect("temp dir");
    let record = home.path().join("calls.jsonl");
    let Some(bus) = Bus::start(&record) else {
        return;
    };
    let server = TestServer::start();
    server.route(
        "/slow.iso",
        Route::file(data(1_500_000, 1201)).throttle(300_000),
    );
    let child = haul_command(&x, home.path())
        .arg(server.url("/slow.iso"))
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .stderr(Stdio::piped())
        .spawn()
        .expect("start haul");
    let mut window = HaulWindow::from_child(child);
    window.wait_for_window(&x);
    let updates = || -> Vec<serde_json::Value> {
        calls(&record)
            .into_iter()
            .filter(|c| c["call"] == "LauncherUpdate")
            .collect()
    };
    let running = wait_until(Duration::from_secs(20), "progress on the dock", || {
        updates().into_iter().find(|u| {
            let progress = u["properties"]["progress"].as_f64().unwrap_or(0.0);
            u["properties"]["progress-visible"] == true && progress > 0.0 && progress < 1.0
        })
    });
    assert_eq!(running["app_uri"], "application://dev.haul.Haul.desktop");
    assert_eq!(running["properties"]["count"], 1);
    assert_eq!(running["properties"]["count-visible"], true);
    wait_until(
        Duration::from_secs(30),
        "the dock cleared at the end",
        || {
            updates()
                .last()
                .filter(|u| {
                    u["properties"]["progress-visible"] == false && u["properties"]["count"] == 0
                })
                .cloned()
        },
    );
    assert!(
        home.path().join("out/slow.iso").exists(),
        "{}",
        window.log()
    );
    drop(window);
    drop(bus);
}
