//! Interrupted runs of `haul get` and their reruns: SIGKILL (one and eight connections),
//! Ctrl+C, SIGTERM and SIGHUP (progress saved at the moment), and a lost connection; each rerun
//! finishes the file by resuming.

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use super::support::server::{Fault, Route, TestServer};
use super::support::{data, file_names, sha256, sha256_file, wait_until};
use super::{Home, stderr};
use haul::engine::files::control::{self, PartPaths};

/// Waits until the running download has durable progress (a control file with bytes in it).
pub(crate) fn wait_for_checkpoint(dir: &Path, name: &str) -> u64 {
    let paths = PartPaths::new(dir, name);
    wait_until(Duration::from_secs(10), "a checkpoint", || {
        control::read(&paths.control)
            .map(|r| r.usable_done().iter().map(|[a, b]| b - a).sum::<u64>())
            .filter(|&done| done > 0)
    })
}

/// Reruns `haul get` after an interruption, at full speed, and checks that it finished the file
/// by resuming: right bytes, no leftovers, and well under twice the file served in total.
fn rerun_resumes(server: &TestServer, home: &Home, path: &str, extra: &[&str], body: &[u8]) {
    server.set_throttle(path, None);
    let url = server.url(path);
    let mut args = extra.to_vec();
    args.push(&url);
    let output = home.get(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let name = path.trim_start_matches('/');
    assert_eq!(sha256_file(&home.downloads().join(name)), sha256(body));
    assert_eq!(file_names(&home.downloads()), vec![name]);
    let total_sent = server.body_bytes_sent();
    assert!(
        total_sent < body.len() as u64 * 3 / 2,
        "served {total_sent} bytes for a {} byte file",
        body.len()
    );
}

pub(crate) fn spawn_get(home: &Home, url: &str, connections: &str) -> Child {
    home.haul()
        .args(["get", "-x", connections, "-d"])
        .arg(home.downloads())
        .arg(url)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn haul")
}

#[test]
fn rerun_after_sigkill_resumes_instead_of_starting_over() {
    let server = TestServer::start();
    let body = data(4_000_000, 108);
    server.route("/big.iso", Route::file(body.clone()).throttle(1_500_000));
    let home = Home::new();
    let mut child = spawn_get(&home, &server.url("/big.iso"), "1");
    let checkpoint = wait_for_checkpoint(&home.downloads(), "big.iso");
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    assert!(home.downloads().join("big.iso.part").exists());
    let sent_before = server.body_bytes_sent();
    assert!(checkpoint > 0 && sent_before < body.len() as u64);

    rerun_resumes(&server, &home, "/big.iso", &[], &body);
    let last = server.requests("/big.iso").pop().expect("requests");
    assert!(
        last.header("range").is_some(),
        "the rerun asked for the rest"
    );
}

#[test]
fn ctrl_c_saves_progress_and_exits_promptly() {
    interrupt_saves_progress_and_exits_promptly("-INT");
}

/// `timeout`, a closing terminal or a service manager stop `haul get` with SIGTERM or SIGHUP:
/// the same as Ctrl+C.
#[test]
fn sigterm_and_sighup_save_progress_like_ctrl_c() {
    interrupt_saves_progress_and_exits_promptly("-TERM");
    interrupt_saves_progress_and_exits_promptly("-HUP");
}

fn interrupt_saves_progress_and_exits_promptly(signal: &str) {
    let server = TestServer::start();
    let body = data(3_000_000, 109);
    server.route("/slow.bin", Route::file(body.clone()).throttle(1_000_000));
    let home = Home::new();
    let mut child = spawn_get(&home, &server.url("/slow.bin"), "1");
    wait_for_checkpoint(&home.downloads(), "slow.bin");
    let sent_at_interrupt = server.body_bytes_sent();
    let interrupted_at = Instant::now();
    let kill = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(kill.success());
    let output = wait_with_timeout(&mut child, Duration::from_secs(3));
    assert!(interrupted_at.elapsed() < Duration::from_secs(3));
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("interrupted"),
        "{}",
        stderr(&output)
    );
    // Progress at the moment of interruption was saved, not just the last periodic checkpoint.
    let saved = control::read(&PartPaths::new(&home.downloads(), "slow.bin").control)
        .expect("control file")
        .usable_done()
        .iter()
        .map(|[a, b]| b - a)
        .sum::<u64>();
    assert!(
        saved + 200_000 >= sent_at_interrupt,
        "saved {saved} of {sent_at_interrupt}"
    );

    rerun_resumes(&server, &home, "/slow.bin", &[], &body);
}

#[test]
fn rerun_after_a_lost_connection_resumes() {
    let server = TestServer::start();
    let body = data(1_000_000, 110);
    // The connection drops, then the server is unreachable for every retry.
    server.route(
        "/net.bin",
        Route::file(body.clone()).faults([
            Fault::DropAfter(600_000),
            Fault::Status(503, vec![]),
            Fault::Status(503, vec![]),
        ]),
    );
    let home = Home::new();
    let first = home.get(&["-x", "1", &server.url("/net.bin")]);
    assert_eq!(first.status.code(), Some(1));
    assert!(stderr(&first).contains("503"), "{}", stderr(&first));
    let second = home.get(&["-x", "1", &server.url("/net.bin")]);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert_eq!(
        sha256_file(&home.downloads().join("net.bin")),
        sha256(&body)
    );
    assert_eq!(
        server
            .requests("/net.bin")
            .last()
            .and_then(|r| r.header("range")),
        Some("bytes=600000-")
    );
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> Output {
    let deadline = Instant::now() + timeout;
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            let mut stderr = Vec::new();
            if let Some(mut pipe) = child.stderr.take() {
                use std::io::Read;
                let _ = pipe.read_to_end(&mut stderr);
            }
            return Output {
                status,
                stdout: Vec::new(),
                stderr,
            };
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            panic!("haul did not exit within {timeout:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn rerun_after_sigkill_during_an_eight_connection_download_resumes() {
    let server = TestServer::start();
    let body = data(12_000_000, 111);
    server.route("/multi.iso", Route::file(body.clone()).throttle(500_000));
    let home = Home::new();
    let mut child = spawn_get(&home, &server.url("/multi.iso"), "8");
    let checkpoint = wait_for_checkpoint(&home.downloads(), "multi.iso");
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    let record = control::read(&PartPaths::new(&home.downloads(), "multi.iso").control)
        .expect("control file");
    assert!(
        record.usable_done().len() > 1,
        "several segments were in progress: {:?}",
        record.done
    );
    assert!(checkpoint > 0);
    let ranged = server
        .requests("/multi.iso")
        .iter()
        .filter(|r| r.header("range").is_some())
        .count();
    assert!(ranged >= 4, "{ranged} ranged requests");

    rerun_resumes(&server, &home, "/multi.iso", &["-x", "8"], &body);
}

#[test]
fn kills_within_the_first_second_of_each_run_lose_little() {
    // Each run is killed under a second after its bytes start to flow, before a flushed
    // checkpoint is due: the written ranges recorded a few times a second must carry it.
    let server = TestServer::start();
    let rate = 400_000;
    let body = data(6_000_000, 112);
    server.route("/kills.iso", Route::file(body.clone()).throttle(rate));
    let home = Home::new();
    // Two connections stay two (the server holds each to a rate: more would be added, and a
    // kill then loses what is on its way in each of them; that is measured by benches).
    let settings = home.path().join("config/haul/haul.toml");
    let mut text = std::fs::read_to_string(&settings).expect("settings");
    text.push_str("connections_per_host = 2\n");
    std::fs::write(&settings, text).expect("settings");
    let kills = 4;
    let mut recorded = Vec::new();
    for _ in 0..kills {
        let sent_before = server.body_bytes_sent();
        let mut child = spawn_get(&home, &server.url("/kills.iso"), "2");
        wait_until(Duration::from_secs(10), "bytes flowing", || {
            (server.body_bytes_sent() > sent_before + 50_000).then_some(())
        });
        std::thread::sleep(Duration::from_millis(700));
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        let saved = control::read(&PartPaths::new(&home.downloads(), "kills.iso").control)
            .map(|r| r.usable_done().iter().map(|[a, b]| b - a).sum::<u64>())
            .unwrap_or(0);
        recorded.push(saved);
    }
    assert!(
        recorded.windows(2).all(|w| w[1] > w[0]) && recorded[0] > 0,
        "every killed run left recorded progress: {recorded:?}"
    );
    rerun_resumes(&server, &home, "/kills.iso", &["-x", "2"], &body);
    // At most about a second of transfer (two connections) lost per kill, and some slack for
    // what is on its way in the sockets.
    let waste = server.body_bytes_sent() - body.len() as u64;
    let allowed = kills * (2 * rate + 256 * 1024);
    assert!(
        waste <= allowed,
        "{kills} kills cost {waste} bytes more than the file (allowed {allowed})"
    );
}

/// What a download learned about the server (how many connections paid off) is in its control
/// file: killed and run again, it opens that many at once instead of climbing again.
#[test]
fn a_rerun_after_sigkill_starts_with_the_connections_that_paid_off() {
    let server = TestServer::start();
    let body = data(6_000_000, 112);
    // Each connection is held to 100 KB/s: more connections pay, up to the eight allowed.
    server.route("/held.iso", Route::file(body.clone()).throttle(100_000));
    let home = Home::new();
    let settings = home.path().join("config/haul/haul.toml");
    let mut text = std::fs::read_to_string(&settings).expect("settings");
    text.push_str("connections_per_host = 8\nchecksum_discovery = false\n");
    std::fs::write(&settings, text).expect("settings");
    let url = server.url("/held.iso");
    let mut child = home
        .haul()
        .args(["get", "-q", "-d"])
        .arg(home.downloads())
        .arg(&url)
        .spawn()
        .expect("spawn haul");
    let paths = PartPaths::new(&home.downloads(), "held.iso");
    let learned = wait_until(Duration::from_secs(20), "the learned connections", || {
        control::read(&paths.control).and_then(|record| record.connections)
    });
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    assert_eq!(learned.connections, 8, "{learned:?}");
    // The first run climbed: one connection alone, the others a measured while later.
    let first_run = server.requests("/held.iso");
    let climb = first_run[1].at.duration_since(first_run[0].at);
    assert!(
        climb >= Duration::from_millis(300),
        "the first run's second connection came after {climb:?}"
    );

    let mut rerun = home
        .haul()
        .args(["get", "-q", "-d"])
        .arg(home.downloads())
        .arg(&url)
        .spawn()
        .expect("spawn haul");
    let opened = wait_until(Duration::from_secs(10), "the rerun's connections", || {
        let requests = server.requests("/held.iso");
        let rerun: Vec<_> = requests[first_run.len()..].to_vec();
        (rerun.len() >= 8).then_some(rerun)
    });
    let spread = opened[7].at.duration_since(opened[0].at);
    rerun.kill().expect("SIGKILL");
    let _ = rerun.wait();
    assert!(
        spread < Duration::from_millis(250),
        "the rerun's eight connections opened over {spread:?} (a climb takes a second)"
    );
    rerun_resumes(&server, &home, "/held.iso", &[], &body);
}
