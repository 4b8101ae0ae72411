//! `haul get` where processes and disks meet: two runs of one link at once, a kill in the first
//! second, a rerun after completion, `--again`, and a full disk that gets more space.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::interrupts::spawn_get;
use super::support::server::{Route, TestServer};
use super::support::{data, file_names, sha256, sha256_file};
use super::{Home, stderr};

#[test]
fn two_runs_of_one_link_at_once_download_it_once() {
    let server = TestServer::start();
    let body = data(2_000_000, 1100);
    server.route("/cc.bin", Route::file(body.clone()).throttle(1_500_000));
    let home = Home::new();
    let first = spawn_get(&home, &server.url("/cc.bin"), "1");
    let second = spawn_get(&home, &server.url("/cc.bin"), "1");
    let first = first.wait_with_output().expect("first");
    let second = second.wait_with_output().expect("second");
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert_eq!(file_names(&home.downloads()), vec!["cc.bin"]);
    assert_eq!(sha256_file(&home.downloads().join("cc.bin")), sha256(&body));
    let sent = server.body_bytes_sent();
    assert!(
        sent < body.len() as u64 * 11 / 10,
        "served {sent} bytes for a {} byte file",
        body.len()
    );
    let said: String = [stderr(&first), stderr(&second)].concat();
    assert_eq!(
        said.matches("waiting: another Haul is downloading this file")
            .count(),
        1,
        "one of them waited and said so once:\n{said}"
    );
    assert!(said.contains("already downloaded"), "{said}");
}

#[test]
fn a_kill_in_the_first_second_then_a_rerun_finishes_under_the_same_name() {
    let server = TestServer::start();
    let body = data(3_000_000, 1101);
    server.route("/early.iso", Route::file(body.clone()).throttle(1_000_000));
    let home = Home::new();
    let mut child = spawn_get(&home, &server.url("/early.iso"), "4");
    // Before the first flushed checkpoint (five seconds); perhaps after a quick record of the
    // written ranges (a quarter second).
    let part = home.downloads().join("early.iso.part");
    let deadline = Instant::now() + Duration::from_secs(5);
    while !part.exists() {
        assert!(Instant::now() < deadline, "the download never started");
        std::thread::sleep(Duration::from_millis(10));
    }
    // The claim is made and marked at once; on a loaded machine the process may be
    // descheduled between creating the file and marking it, so wait for the mark (or a
    // control file) rather than for a fixed time.
    let control = home.downloads().join("early.iso.part.haul");
    while haul::engine::files::origin::read(&part).is_none() && !control.exists() {
        assert!(Instant::now() < deadline, "the partial was never marked");
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(300));
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    // The partial names its link from the first moment: by its mark, or (where the file
    // system keeps no extended attributes) by a control file.
    let part = home.downloads().join("early.iso.part");
    let marked =
        haul::engine::files::origin::read(&part).is_some_and(|o| o.url == server.url("/early.iso"));
    let names = file_names(&home.downloads());
    if marked && names.len() == 1 {
        assert_eq!(names, vec!["early.iso.part"]);
    } else {
        assert_eq!(names, vec!["early.iso.part", "early.iso.part.haul"]);
    }
    // What arrived in that first moment was never recorded as safe, so it may come again;
    // everything else must not, and nothing may end up under another name.
    let before = server.body_bytes_sent();
    server.set_throttle("/early.iso", None);
    let rerun = home.get(&[&server.url("/early.iso")]);
    assert_eq!(rerun.status.code(), Some(0), "{}", stderr(&rerun));
    assert_eq!(file_names(&home.downloads()), vec!["early.iso"]);
    assert_eq!(
        sha256_file(&home.downloads().join("early.iso")),
        sha256(&body)
    );
    let again = server.body_bytes_sent() - before;
    assert!(
        again < body.len() as u64 * 11 / 10,
        "the rerun fetched {again} bytes for a {} byte file",
        body.len()
    );
}

#[test]
fn a_rerun_after_completion_fetches_nothing_and_again_fetches_a_copy() {
    let server = TestServer::start();
    let body = data(600_000, 1102);
    server.route("/again.bin", Route::file(body.clone()));
    let home = Home::new();
    if !haul::engine::files::origin::supported_in(home.path()).unwrap_or(false) {
        eprintln!("SKIPPED: no user extended attributes here");
        return;
    }
    let url = server.url("/again.bin");
    let output = home.get(&[&url]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let sent = server.body_bytes_sent();

    let rerun = home.get(&[&url]);
    assert_eq!(rerun.status.code(), Some(0), "{}", stderr(&rerun));
    assert!(
        stderr(&rerun).contains("already downloaded"),
        "{}",
        stderr(&rerun)
    );
    assert_eq!(server.body_bytes_sent(), sent, "nothing fetched again");
    assert_eq!(file_names(&home.downloads()), vec!["again.bin"]);

    let fresh = home.get(&["--again", &url]);
    assert_eq!(fresh.status.code(), Some(0), "{}", stderr(&fresh));
    assert_eq!(
        file_names(&home.downloads()),
        vec!["again (1).bin", "again.bin"]
    );
    assert_eq!(
        sha256_file(&home.downloads().join("again (1).bin")),
        sha256(&body)
    );
}

/// A tmpfs of `size` at a fresh mount point (needs root); `None` and SKIPPED otherwise.
fn small_disk(size: &str) -> Option<(tempfile::TempDir, Unmount)> {
    let outer = tempfile::tempdir().expect("temp dir");
    let mount_point = outer.path().join("disk");
    std::fs::create_dir(&mount_point).expect("mkdir");
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(&mount_point)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI runs as root and must be able to mount a tmpfs"
        );
        eprintln!("SKIPPED: cannot mount a tmpfs (not root?)");
        return None;
    }
    Some((outer, Unmount(mount_point)))
}

struct Unmount(std::path::PathBuf);

impl Drop for Unmount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_exits_one_and_a_rerun_with_more_space_finishes_every_file() {
    let Some((_outer, disk)) = small_disk("20m") else {
        return;
    };
    let server = TestServer::start();
    let bodies: Vec<Vec<u8>> = (0..3).map(|i| data(12 * 1024 * 1024, 1110 + i)).collect();
    for (i, body) in bodies.iter().enumerate() {
        server.route(&format!("/df{i}.bin"), Route::file(body.clone()));
    }
    let home = Home::new();
    let urls: Vec<String> = (0..3).map(|i| server.url(&format!("/df{i}.bin"))).collect();
    let dir = disk.0.display().to_string();
    let mut args: Vec<&str> = vec!["get", "-d", &dir];
    args.extend(urls.iter().map(String::as_str));
    let full = home.haul().args(&args).output().expect("run haul");
    assert_eq!(full.status.code(), Some(1), "{}", stderr(&full));
    assert!(
        stderr(&full).contains("the disk is full"),
        "{}",
        stderr(&full)
    );
    assert!(
        stderr(&full).contains("run the same command again"),
        "{}",
        stderr(&full)
    );
    let names = file_names(&disk.0);
    assert!(
        names.iter().all(|n| !n.contains(" (")),
        "no renamed copies: {names:?}"
    );
    // Every partial left has its control file.
    for name in names.iter().filter(|n| n.ends_with(".part")) {
        assert!(
            names.contains(&format!("{name}.haul")),
            "{name} without its control file: {names:?}"
        );
    }
    let sent_first = server.body_bytes_sent();
    let recorded: u64 = names
        .iter()
        .filter_map(|name| name.strip_suffix(".part.haul"))
        .filter_map(|name| {
            haul::engine::files::control::read(
                &haul::engine::files::control::PartPaths::new(&disk.0, name).control,
            )
        })
        .map(|record| record.usable_done().iter().map(|[a, b]| b - a).sum::<u64>())
        .sum();

    let grown = Command::new("mount")
        .args(["-o", "remount,size=80m"])
        .arg(&disk.0)
        .status()
        .is_ok_and(|s| s.success());
    assert!(grown, "remount with more space");
    let rerun = home.haul().args(&args).output().expect("run haul");
    assert_eq!(rerun.status.code(), Some(0), "{}", stderr(&rerun));
    assert_eq!(file_names(&disk.0), vec!["df0.bin", "df1.bin", "df2.bin"]);
    for (i, body) in bodies.iter().enumerate() {
        assert_eq!(
            sha256_file(&disk.0.join(format!("df{i}.bin"))),
            sha256(body)
        );
    }
    let total: u64 = bodies.iter().map(|b| b.len() as u64).sum();
    let sent = server.body_bytes_sent();
    let finished_first: u64 = 12 * 1024 * 1024; // df0 fits and finishes in the first run
    let missing = total - finished_first - recorded;
    let rerun_sent = sent - sent_first;
    eprintln!(
        "full disk, then more space: {sent} bytes served in all for {total} ({:.2}x); the rerun \
         fetched {rerun_sent} for {missing} missing ({:.2}x)",
        sent as f64 / total as f64,
        rerun_sent as f64 / missing.max(1) as f64
    );
    assert!(
        rerun_sent < missing * 12 / 10 + 1024 * 1024,
        "the rerun fetched {rerun_sent} bytes for {missing} missing"
    );
    assert!(sent < total * 3 / 2, "served {sent} for {total} in all");
}
