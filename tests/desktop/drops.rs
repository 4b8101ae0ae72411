//! Drag-and-drop from another program, for real: a GTK window offers a link-list file, text
//! with links, and a link the way a browser offers it; the real pointer drags each onto Haul's
//! window; the Add dialog collects them and the files download. Text without links is refused.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::support::server::{Route, TestServer};
use super::support::xsession::XSession;
use super::support::{data, sha256, sha256_file};
use super::{HaulWindow, drag_source_script, screenshot_dir};

/// Where the GTK source window sits, and where on Haul's window things are dropped (away from
/// the middle, so a screenshot shows the overlay beside the pointer's drag icon).
const SOURCE_AT: (i32, i32) = (1200, 200);
const GRAB: (i32, i32) = (1300, 260);
const DROP_AT: (i32, i32) = (260, 470);

/// Drags what `args` describe from a GTK program onto the window; returns what the program
/// printed (the types it was asked for, and whether the drop was taken).
fn drag_from_gtk(x: &XSession, args: &[&str], screenshot: Option<&str>) -> String {
    let mut source = Command::new("/usr/bin/python3")
        .arg(drag_source_script())
        .arg(SOURCE_AT.0.to_string())
        .arg(SOURCE_AT.1.to_string())
        .args(args)
        .env("DISPLAY", x.display())
        .env("NO_AT_BRIDGE", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the drag source");
    let stdout = source.stdout.take().expect("stdout");
    let (lines_tx, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = lines_tx.send(line);
        }
    });
    let ready = lines
        .recv_timeout(Duration::from_secs(20))
        .expect("the drag source starts");
    assert_eq!(ready, "ready");
    x.drag_and_look(GRAB, DROP_AT, || {
        if let (Some(dir), Some(name)) = (screenshot_dir(), screenshot) {
            x.screenshot(&dir.join(name));
        }
    });
    let mut printed = String::new();
    let deadline = Instant::now() + Duration::from_secs(20);
    while let Ok(line) = lines.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        printed.push_str(&line);
        printed.push('\n');
        if line == "end" {
            break;
        }
    }
    let _ = source.wait();
    printed
}

#[test]
fn link_lists_text_and_browser_links_dropped_from_another_program_download() {
    let Some(x) = XSession::start() else { return };
    let server = TestServer::start();
    let names = [
        "listed-1.bin",
        "listed-2.bin",
        "text-1.bin",
        "text-2.bin",
        "link.bin",
    ];
    let bodies: Vec<Vec<u8>> = (0..names.len())
        .map(|i| data(150_000 + i * 1000, 700 + i as u64))
        .collect();
    for (name, body) in names.iter().zip(&bodies) {
        server.route(&format!("/{name}"), Route::file(body.clone()));
    }
    let home = tempfile::tempdir().expect("temp dir");
    let list = home.path().join("my links.txt");
    std::fs::write(
        &list,
        format!(
            "# two files\r\n{}\r\n{}\r\n",
            server.url("/listed-1.bin"),
            server.url("/listed-2.bin")
        ),
    )
    .expect("write list");

    let haul = HaulWindow::start(&x, home.path(), &[]);
    haul.wait_for_log("XDND proxy", Duration::from_secs(60));
    let mut haul = haul;
    let window = haul.wait_for_window(&x);

    let list_arg = list.display().to_string();
    let printed = drag_from_gtk(&x, &["files", &list_arg], Some("drop-file-list.png"));
    assert!(printed.contains("asked text/uri-list"), "{printed}");
    assert!(
        !printed.contains("failed"),
        "the file list was taken: {printed}"
    );

    let text = format!(
        "Mirrors: {} and {} (checked today)",
        server.url("/text-1.bin"),
        server.url("/text-2.bin")
    );
    let printed = drag_from_gtk(&x, &["text", &text], Some("drop-text.png"));
    assert!(printed.contains("asked "), "{printed}");
    assert!(!printed.contains("failed"), "the text was taken: {printed}");

    let link = server.url("/link.bin");
    let printed = drag_from_gtk(&x, &["link", &link], Some("drop-link.png"));
    assert!(printed.contains("asked text/uri-list"), "{printed}");
    assert!(!printed.contains("failed"), "the link was taken: {printed}");

    let printed = drag_from_gtk(&x, &["text", "no links in here"], Some("drop-nothing.png"));
    assert!(
        printed.contains("failed"),
        "text without links is refused: {printed}"
    );

    // The Add dialog now holds all five links; Ctrl+Enter adds them.
    x.xdotool(&["windowfocus", &window]);
    std::thread::sleep(Duration::from_millis(300));
    if let Some(dir) = screenshot_dir() {
        x.screenshot(&dir.join("drop-dialog.png"));
    }
    x.xdotool(&["key", "ctrl+Return"]);

    let out = home.path().join("out");
    let deadline = Instant::now() + Duration::from_secs(60);
    for (name, body) in names.iter().zip(&bodies) {
        let path = out.join(name);
        while !path.exists() {
            assert!(
                Instant::now() < deadline,
                "{name} never arrived; folder has {:?}; haul said:\n{}",
                super::support::file_names(&out),
                haul.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        assert_eq!(sha256_file(&path), sha256(body), "{name}");
    }
    assert_eq!(
        server.requests("/listed-1.bin").len(),
        1,
        "each link was added once"
    );
}
