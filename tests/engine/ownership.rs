//! Files that know their owner: a finished file remembers its link, so the same link is not
//! fetched again; two engines never write one partial (the second waits); a partial without a
//! control file is adopted when its bytes match the server and moved aside when not; the
//! control file exists from the first moment.

use std::time::Duration;

use super::support::server::{Route, TestServer};
use super::support::{data, file_names, sha256, sha256_file, wait_until};
use super::{add, engine, wait_finished, wait_for};
use haul::engine::files::control::{self, PartPaths};
use haul::engine::files::origin;
use haul::engine::{Reason, Status};

/// True when this folder's file system keeps extended attributes (tmpfs on old kernels does
/// not); the tests that rely on them say SKIPPED otherwise.
fn xattrs(dir: &std::path::Path) -> bool {
    let ok = origin::supported_in(dir).unwrap_or(false);
    if !ok {
        eprintln!("SKIPPED: no user extended attributes in {}", dir.display());
    }
    ok
}

#[test]
fn a_finished_file_remembers_its_link_and_a_rerun_fetches_nothing() {
    let server = TestServer::start();
    let body = data(400_000, 800);
    server.route("/again.bin", Route::file(body.clone()));
    let dir = tempfile::tempdir().expect("temp dir");
    if !xattrs(dir.path()) {
        return;
    }
    let first = engine();
    wait_finished(&first, add(&first, &server.url("/again.bin"), dir.path()));
    let path = dir.path().join("again.bin");
    let remembered = origin::read(&path).expect("origin attributes");
    assert_eq!(remembered.url, server.url("/again.bin"));
    assert_eq!(remembered.size, Some(400_000));
    assert_eq!(remembered.etag.as_deref(), Some("\"v1\""));
    drop(first);

    // A new engine, as a rerun of the same command would start.
    let sent = server.body_bytes_sent();
    let rerun = engine();
    let row = wait_finished(&rerun, add(&rerun, &server.url("/again.bin"), dir.path()));
    assert!(row.already_downloaded);
    assert_eq!(row.file_name.as_deref(), Some("again.bin"));
    assert_eq!(
        server.body_bytes_sent(),
        sent,
        "no body bytes the second time"
    );
    let last = server.requests("/again.bin").pop().expect("a request");
    assert_eq!(
        last.header("if-none-match"),
        Some("\"v1\""),
        "asked once, conditionally"
    );
    assert_eq!(file_names(dir.path()), vec!["again.bin"]);
    assert_eq!(sha256_file(&path), sha256(&body));
}

#[test]
fn a_server_that_ignores_conditions_is_still_recognised_and_a_changed_file_is_fetched() {
    let server = TestServer::start();
    let body = data(300_000, 801);
    server.route("/v.bin", Route::file(body.clone()).ignoring_conditions());
    let dir = tempfile::tempdir().expect("temp dir");
    if !xattrs(dir.path()) {
        return;
    }
    let engine = engine();
    wait_finished(&engine, add(&engine, &server.url("/v.bin"), dir.path()));
    let row = wait_finished(&engine, add(&engine, &server.url("/v.bin"), dir.path()));
    assert!(row.already_downloaded, "same size and ETag: the same file");
    // A new version on the server is a new file, saved beside the old one.
    let new_body = data(300_000, 802);
    server.replace("/v.bin", new_body.clone(), "\"v2\"");
    let row = wait_finished(&engine, add(&engine, &server.url("/v.bin"), dir.path()));
    assert!(!row.already_downloaded);
    assert_eq!(row.file_name.as_deref(), Some("v (1).bin"));
    assert_eq!(sha256_file(&dir.path().join("v.bin")), sha256(&body));
    assert_eq!(
        sha256_file(&dir.path().join("v (1).bin")),
        sha256(&new_body)
    );
}

#[test]
fn the_partial_names_its_link_from_the_first_moment() {
    let server = TestServer::start();
    server.route(
        "/slow.bin",
        Route::file(data(2_000_000, 803)).throttle(200_000),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/slow.bin"), dir.path());
    let paths = PartPaths::new(dir.path(), "slow.bin");
    // Its mark (or, without extended attributes, a control file) says whose it is before a
    // single byte is recorded as safe...
    let named = wait_until(Duration::from_millis(800), "the partial's link", || {
        origin::read(&paths.part)
            .map(|mark| mark.url)
            .or_else(|| control::read(&paths.control).map(|record| record.url))
    });
    assert_eq!(named, server.url("/slow.bin"));
    // ...and the first checkpoint records the version and its progress.
    let record = wait_until(Duration::from_secs(3), "a control file", || {
        control::read(&paths.control).filter(|r| !r.usable_done().is_empty())
    });
    assert_eq!(record.url, server.url("/slow.bin"));
    assert_eq!(record.total, Some(2_000_000));
    engine.pause(&[id]);
}

#[test]
fn a_second_engine_waits_for_the_first_and_takes_its_file() {
    let server = TestServer::start();
    let body = data(1_500_000, 804);
    server.route("/shared.bin", Route::file(body.clone()).throttle(1_000_000));
    let dir = tempfile::tempdir().expect("temp dir");
    let first = engine();
    let second = engine();
    let a = add(&first, &server.url("/shared.bin"), dir.path());
    wait_for(&first, a, Duration::from_secs(10), "bytes", |d| {
        d.bytes_done > 100_000
    });
    let b = add(&second, &server.url("/shared.bin"), dir.path());
    let waiting = wait_for(&second, b, Duration::from_secs(10), "the wait", |d| {
        matches!(d.status, Status::WaitingFor { .. })
    });
    assert_eq!(
        haul::describe::status(&waiting.status),
        "Waiting: another Haul is downloading this file"
    );
    wait_finished(&first, a);
    let row = wait_finished(&second, b);
    assert_eq!(row.file_name.as_deref(), Some("shared.bin"));
    assert_eq!(file_names(dir.path()), vec!["shared.bin"]);
    assert_eq!(sha256_file(&dir.path().join("shared.bin")), sha256(&body));
    assert!(
        server.body_bytes_sent() < body.len() as u64 * 11 / 10,
        "fetched once: {} bytes",
        server.body_bytes_sent()
    );
}

#[test]
fn a_paused_partial_left_by_another_engine_is_continued() {
    let server = TestServer::start();
    let body = data(1_500_000, 805);
    server.route("/left.bin", Route::file(body.clone()).throttle(1_000_000));
    let dir = tempfile::tempdir().expect("temp dir");
    let first = engine();
    let a = add(&first, &server.url("/left.bin"), dir.path());
    let paths = PartPaths::new(dir.path(), "left.bin");
    wait_until(Duration::from_secs(10), "durable progress", || {
        control::read(&paths.control).filter(|r| !r.usable_done().is_empty())
    });
    first.pause(&[a]);
    wait_for(&first, a, Duration::from_secs(5), "paused", |d| {
        matches!(d.status, Status::Paused { .. })
    });
    server.set_throttle("/left.bin", None);
    let sent = server.body_bytes_sent();
    let second = engine();
    let row = wait_finished(&second, add(&second, &server.url("/left.bin"), dir.path()));
    assert_eq!(row.file_name.as_deref(), Some("left.bin"));
    assert_eq!(sha256_file(&dir.path().join("left.bin")), sha256(&body));
    assert!(
        server.body_bytes_sent() - sent < body.len() as u64,
        "continued, not restarted"
    );
}

#[test]
fn a_partial_without_a_control_file_is_adopted_when_its_bytes_match() {
    let server = TestServer::start();
    let body = data(1_200_000, 806);
    server.route("/orphan.iso", Route::file(body.clone()));
    let dir = tempfile::tempdir().expect("temp dir");
    // What a crash before the first control file used to leave.
    std::fs::write(dir.path().join("orphan.iso.part"), &body[..700_000]).expect("plant");
    let engine = engine();
    let row = wait_finished(
        &engine,
        add(&engine, &server.url("/orphan.iso"), dir.path()),
    );
    assert_eq!(row.file_name.as_deref(), Some("orphan.iso"));
    assert_eq!(file_names(dir.path()), vec!["orphan.iso"]);
    assert_eq!(sha256_file(&dir.path().join("orphan.iso")), sha256(&body));
    // The first answer's body is abandoned at once; the probe and the rest are small.
    assert!(
        server.body_bytes_sent() < 900_000,
        "kept what was there: {} bytes sent",
        server.body_bytes_sent()
    );
}

#[test]
fn a_partial_that_does_not_match_is_moved_aside_and_reported() {
    let server = TestServer::start();
    let body = data(500_000, 807);
    server.route("/stranger.iso", Route::file(body.clone()));
    let dir = tempfile::tempdir().expect("temp dir");
    let planted = data(200_000, 999);
    std::fs::write(dir.path().join("stranger.iso.part"), &planted).expect("plant");
    let engine = engine();
    let row = wait_finished(
        &engine,
        add(&engine, &server.url("/stranger.iso"), dir.path()),
    );
    assert_eq!(row.file_name.as_deref(), Some("stranger.iso"));
    assert_eq!(sha256_file(&dir.path().join("stranger.iso")), sha256(&body));
    let names = file_names(dir.path());
    let aside = names
        .iter()
        .find(|n| n.starts_with("stranger.iso.part.unmatched-"))
        .unwrap_or_else(|| panic!("moved aside: {names:?}"));
    assert_eq!(
        std::fs::read(dir.path().join(aside)).expect("read"),
        planted,
        "nothing of it was lost"
    );
    let notices: Vec<String> = engine
        .take_notices()
        .iter()
        .map(haul::describe::notice)
        .collect();
    assert!(
        notices
            .iter()
            .any(|n| n.contains("did not match") && n.contains(aside)),
        "{notices:?}"
    );
}

#[test]
fn a_damaged_control_file_is_moved_aside_and_reported_and_its_partial_still_counts() {
    let server = TestServer::start();
    let body = data(600_000, 808);
    server.route("/kept.iso", Route::file(body.clone()));
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("kept.iso.part"), &body[..300_000]).expect("plant");
    let garbage = b"{\"format\": 1, \"url\": \"http://".to_vec();
    std::fs::write(dir.path().join("kept.iso.part.haul"), &garbage).expect("plant");
    let engine = engine();
    let sent_before = server.body_bytes_sent();
    wait_finished(&engine, add(&engine, &server.url("/kept.iso"), dir.path()));
    assert_eq!(sha256_file(&dir.path().join("kept.iso")), sha256(&body));
    let names = file_names(dir.path());
    let aside = names
        .iter()
        .find(|n| n.starts_with("kept.iso.part.haul.damaged-"))
        .unwrap_or_else(|| panic!("moved aside: {names:?}"));
    assert_eq!(
        std::fs::read(dir.path().join(aside)).expect("read"),
        garbage,
        "kept as it was"
    );
    assert_eq!(names.len(), 2, "{names:?}");
    let notices: Vec<String> = engine
        .take_notices()
        .iter()
        .map(haul::describe::notice)
        .collect();
    assert!(
        notices
            .iter()
            .any(|n| n.contains("could not be read") && n.contains(aside.as_str())),
        "{notices:?}"
    );
    // The partial's bytes matched the server and were kept.
    let sent = server.body_bytes_sent() - sent_before;
    assert!(sent < 500_000, "{sent} bytes sent for 300,000 missing");
}

#[test]
fn a_full_disk_pause_says_how_much_is_needed() {
    let reason = Reason::DiskFull {
        needed_bytes: Some(5 * 1024 * 1024),
    };
    assert!(
        haul::describe::status(&Status::Paused {
            reason: Some(reason)
        })
        .contains("5.00 MiB more is needed")
    );
}
