//! Haul started where there is no desktop (an SSH session, a service): the window says so in
//! a sentence and points to `haul get`; a browser's native host whose window cannot open
//! answers at once with why, so the browser takes its download back without waiting.

use std::process::Stdio;
use std::time::{Duration, Instant};

use super::support::{extension_origin, native_message};
use super::{Home, stderr};

/// `haul` with no display of any kind and a private runtime folder of its own.
fn without_desktop(home: &Home) -> std::process::Command {
    let runtime = home.path().join("runtime");
    std::fs::create_dir_all(&runtime).expect("mkdir");
    std::fs::set_permissions(
        &runtime,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )
    .expect("chmod");
    let mut command = home.haul();
    command
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env("XDG_RUNTIME_DIR", runtime);
    command
}

#[test]
fn the_window_without_a_desktop_says_so_and_points_to_haul_get() {
    let home = Home::new();
    let output = without_desktop(&home).output().expect("run haul");
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("there is no desktop session to open the window in"),
        "{text}"
    );
    assert!(text.contains("haul get URL"), "{text}");
    assert!(!text.contains(".rs:"), "no source locations: {text}");
}

#[test]
fn a_native_host_whose_window_cannot_open_answers_at_once() {
    let home = Home::new();
    let mut host = without_desktop(&home)
        .arg(extension_origin())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the host");
    let message = serde_json::json!({
        "type": "download",
        "downloads": [{"url": "http://127.0.0.1:9/file.bin"}],
    })
    .to_string();
    let started = Instant::now();
    let answer = native_message(&mut host, &message);
    let took = started.elapsed();
    drop(host.stdin.take());
    let _ = host.wait();
    assert_eq!(answer["ok"], false, "{answer}");
    assert!(
        answer["error"]
            .as_str()
            .is_some_and(|e| e.contains("Haul's window could not open")),
        "{answer}"
    );
    // Not the twenty seconds a starting window is given.
    assert!(took < Duration::from_secs(5), "answered after {took:?}");
}
