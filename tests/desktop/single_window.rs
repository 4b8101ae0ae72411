//! One window per session, with real processes: a second `haul URL` hands its links to the
//! running window and exits at once; one window remains and downloads both; a window that
//! crashed is replaced by the next launch.

use std::process::Stdio;
use std::time::{Duration, Instant};

use super::support::server::{Route, TestServer};
use super::support::xsession::XSession;
use super::support::{data, sha256, sha256_file, wait_until};
use super::{HaulWindow, haul_command};

fn wait_for_file(path: &std::path::Path, body: &[u8], haul: &HaulWindow) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !path.exists() {
        assert!(
            Instant::now() < deadline,
            "{} never arrived; haul said:\n{}",
            path.display(),
            haul.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(sha256_file(path), sha256(body), "{}", path.display());
}

#[test]
fn a_second_launch_hands_its_links_to_the_window_and_exits() {
    let Some(x) = XSession::start() else { return };
    let server = TestServer::start();
    let first_body = data(3_000_000, 900);
    let second_body = data(400_000, 901);
    let listed_body = data(300_000, 902);
    // The first download is slow, so it is still running when the second launch comes.
    server.route(
        "/first.bin",
        Route::file(first_body.clone()).throttle(1_000_000),
    );
    server.route("/second.bin", Route::file(second_body.clone()));
    server.route("/listed.bin", Route::file(listed_body.clone()));
    let home = tempfile::tempdir().expect("temp dir");
    let out = home.path().join("out");

    let first_url = server.url("/first.bin");
    let mut window = HaulWindow::start(&x, home.path(), &[&first_url]);
    window.wait_for_window(&x);
    let socket = home.path().join("runtime/haul/haul.sock");
    wait_until(Duration::from_secs(30), "the window's socket", || {
        socket.exists().then_some(())
    });

    // A link-list file named relative to the second launch's own folder.
    let cwd = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        cwd.path().join("more links.txt"),
        format!("{}\n", server.url("/listed.bin")),
    )
    .expect("write list");
    let started = Instant::now();
    let second = haul_command(&x, home.path())
        .arg(server.url("/second.bin"))
        .arg("more links.txt")
        .current_dir(cwd.path())
        .stderr(Stdio::piped())
        .output()
        .expect("run the second haul");
    let took = started.elapsed();
    eprintln!("the second launch exited after {} ms", took.as_millis());
    assert_eq!(
        second.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    assert!(
        took < Duration::from_secs(2),
        "the second launch took {took:?}"
    );

    wait_for_file(&out.join("second.bin"), &second_body, &window);
    wait_for_file(&out.join("listed.bin"), &listed_body, &window);
    wait_for_file(&out.join("first.bin"), &first_body, &window);
    assert_eq!(x.windows_titled("Haul"), 1, "one window only");
    assert!(window.is_running(), "the first window is still there");
    assert_eq!(
        super::support::file_names(&out),
        vec!["first.bin", "listed.bin", "second.bin"],
        "each file once, no leftovers"
    );
    // The one saved list holds every download.
    let queue = home.path().join("data/haul/queue.json");
    wait_until(Duration::from_secs(10), "the saved list", || {
        let text = std::fs::read_to_string(&queue).ok()?;
        (text.contains("/first.bin")
            && text.contains("/second.bin")
            && text.contains("/listed.bin"))
        .then_some(())
    });
    window.kill();
}

#[test]
fn a_crashed_window_is_replaced_by_the_next_launch() {
    let Some(x) = XSession::start() else { return };
    let server = TestServer::start();
    let body = data(200_000, 903);
    server.route("/after-crash.bin", Route::file(body.clone()));
    let home = tempfile::tempdir().expect("temp dir");
    let mut crashed = HaulWindow::start(&x, home.path(), &[]);
    crashed.wait_for_window(&x);
    let socket = home.path().join("runtime/haul/haul.sock");
    wait_until(Duration::from_secs(30), "the window's socket", || {
        socket.exists().then_some(())
    });
    crashed.kill();
    assert!(socket.exists(), "the crash leaves its socket behind");

    // The next launch finds the lock free: it becomes the window (it does not exit), takes
    // over the stale socket and downloads its link.
    let url = server.url("/after-crash.bin");
    let mut next = HaulWindow::start(&x, home.path(), &[&url]);
    wait_for_file(&home.path().join("out/after-crash.bin"), &body, &next);
    assert!(next.is_running(), "the new launch is the window");
    next.wait_for_log("replaced a stale socket", Duration::from_secs(5));
    // And it answers later launches.
    let status = haul_command(&x, home.path())
        .stderr(Stdio::null())
        .status()
        .expect("run haul");
    assert_eq!(status.code(), Some(0));
    assert!(next.is_running());
}

/// Logging out sends SIGTERM; a terminal that closes sends SIGHUP.
#[test]
fn a_signal_closes_the_window_with_progress_saved_and_the_next_start_continues() {
    let Some(x) = XSession::start() else { return };
    let server = TestServer::start();
    let body = data(4_000_000, 904);
    server.route("/long.bin", Route::file(body.clone()).throttle(250_000));
    let home = tempfile::tempdir().expect("temp dir");
    let out = home.path().join("out");
    // Two connections at 250 kB/s each: the download runs about eight seconds in all.
    let config = home.path().join("config/haul");
    std::fs::create_dir_all(&config).expect("mkdir");
    std::fs::write(
        config.join("haul.toml"),
        format!(
            "download_dir = \"{}\"\nconnections_per_file = 2\nretry_delay_ms = 50\n",
            out.display()
        ),
    )
    .expect("settings");
    let url = server.url("/long.bin");
    // The first start gets the link; the second continues it from the saved list.
    for (signal, links) in [("-TERM", vec![url.as_str()]), ("-HUP", vec![])] {
        let mut window = HaulWindow::start(&x, home.path(), &links);
        window.wait_for_window(&x);
        let control = out.join("long.bin.part.haul");
        wait_until(Duration::from_secs(30), "a checkpoint", || {
            control.exists().then_some(())
        });
        std::thread::sleep(Duration::from_millis(700));
        let sent_at_signal = server.body_bytes_sent();
        let signalled = Instant::now();
        let kill = std::process::Command::new("kill")
            .args([signal, &window.pid().to_string()])
            .status()
            .expect("kill");
        assert!(kill.success());
        wait_until(Duration::from_secs(10), "the window to close", || {
            (!window.is_running()).then_some(())
        });
        eprintln!(
            "{signal}: closed after {} ms",
            signalled.elapsed().as_millis()
        );
        window.wait_for_log("asked to quit by a signal", Duration::from_secs(1));
        assert!(
            !home.path().join("runtime/haul/haul.sock").exists(),
            "a window that closed takes its socket with it"
        );
        // Progress at the signal was saved, not just the last periodic checkpoint.
        let saved: u64 = haul::engine::files::control::read(&control)
            .expect("control file")
            .usable_done()
            .iter()
            .map(|[a, b]| b - a)
            .sum();
        assert!(
            saved + 300_000 >= sent_at_signal,
            "{signal}: saved {saved} of {sent_at_signal}"
        );
        let queue = home.path().join("data/haul/queue.json");
        let list = std::fs::read_to_string(&queue).expect("the saved list");
        assert!(list.contains("/long.bin"), "{list}");
    }
    // The list remembers the download: a plain start (no links) finishes it.
    let window = HaulWindow::start(&x, home.path(), &[]);
    wait_for_file(&out.join("long.bin"), &body, &window);
    let sent = server.body_bytes_sent();
    assert!(
        sent < body.len() as u64 * 14 / 10,
        "{sent} bytes served for a {}-byte file",
        body.len()
    );
    assert_eq!(super::support::file_names(&out), vec!["long.bin"]);
}
