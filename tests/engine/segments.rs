//! Several connections per file: dynamic splitting, fallbacks, one connection failing, the
//! file changing, servers pushing back, a stalled tail, and speed limits.

use std::time::{Duration, Instant};

use super::support::server::{Fault, Route, TestServer};
use super::support::{data, sha256, sha256_file};
use super::{add, fast_config, wait_finished, wait_for};
use haul::engine::rate::Rate;
use haul::engine::{Engine, EngineConfig, Status};

fn engine_with(connections: usize) -> Engine {
    Engine::start(EngineConfig {
        connections,
        ..fast_config()
    })
    .expect("engine")
}

fn ranged_requests(server: &TestServer, path: &str) -> usize {
    server
        .requests(path)
        .iter()
        .filter(|r| r.header("range").is_some())
        .count()
}

#[test]
fn several_connections_share_the_file_and_finish_together() {
    let server = TestServer::start();
    let body = data(8_000_000, 80);
    // 1 MB/s per connection: one connection alone would need 8 s.
    server.route("/big.bin", Route::file(body.clone()).throttle(1_000_000));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_with(4);
    let started = Instant::now();
    let id = add(&engine, &server.url("/big.bin"), dir.path());
    wait_finished(&engine, id);
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(sha256_file(&dir.path().join("big.bin")), sha256(&body));
    assert!(ranged_requests(&server, "/big.bin") >= 4);
    assert!(
        secs < 3.6,
        "4 connections took {secs:.1} s (one alone: 8 s)"
    );
    let first = &server.requests("/big.bin")[0];
    assert_eq!(
        first.header("range"),
        Some("bytes=0-1048575"),
        "the first request probes for ranges with its first piece"
    );
    // Pieces are asked for bounded, and splits never cut into what was asked: nothing is
    // fetched twice but a tail taken over from a connection that would finish last.
    let sent = server.body_bytes_sent();
    assert!(
        sent < body.len() as u64 * 102 / 100,
        "{sent} bytes sent for {}",
        body.len()
    );
}

#[test]
fn a_server_without_ranges_gets_one_connection() {
    let server = TestServer::start();
    let body = data(3_000_000, 81);
    server.route("/plain.bin", Route::file(body.clone()).no_ranges());
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_with(8);
    let id = add(&engine, &server.url("/plain.bin"), dir.path());
    let row = wait_finished(&engine, id);
    assert_eq!(server.requests("/plain.bin").len(), 1);
    assert_eq!(sha256_file(&dir.path().join("plain.bin")), sha256(&body));
    assert_eq!(row.note, Some(haul::engine::SpeedNote::NoParallel));
}

#[test]
fn a_connection_dropped_mid_range_is_picked_up_again() {
    let server = TestServer::start();
    let body = data(6_000_000, 82);
    server.route(
        "/drop.bin",
        Route::file(body.clone())
            .throttle(2_000_000)
            .faults([Fault::Pass, Fault::DropAfter(300_000)]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_with(4);
    let id = add(&engine, &server.url("/drop.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("drop.bin")), sha256(&body));
    let requests = server.requests("/drop.bin");
    let dropped_from: u64 = requests[1]
        .header("range")
        .and_then(|r| r.strip_prefix("bytes="))
        .and_then(|r| r.split('-').next())
        .and_then(|n| n.parse().ok())
        .expect("a ranged second request");
    let resumed_at = format!("bytes={}-", dropped_from + 300_000);
    assert!(
        requests[2..].iter().any(|r| r
            .header("range")
            .is_some_and(|h| h.starts_with(&resumed_at))),
        "the dropped part was asked for again from where it stopped"
    );
}

#[test]
fn a_changed_file_mid_download_restarts_without_mixing() {
    let server = TestServer::start();
    let old = data(6_000_000, 83);
    let new = data(6_000_000, 84);
    server.route(
        "/v.bin",
        Route::file(old).throttle(3_000_000).faults([
            Fault::Pass,
            Fault::Replace(new.clone().into(), "\"v2\"".into()),
        ]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_with(4);
    let id = add(&engine, &server.url("/v.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("v.bin")), sha256(&new));
}

#[test]
fn too_many_requests_backs_off_and_uses_fewer_connections() {
    let server = TestServer::start();
    let body = data(12_000_000, 85);
    server.route(
        "/busy.bin",
        Route::file(body.clone()).throttle(1_500_000).faults([
            Fault::Pass,
            Fault::Status(429, vec![("Retry-After".into(), "1".into())]),
        ]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_with(4);
    let id = add(&engine, &server.url("/busy.bin"), dir.path());
    let noted = wait_for(&engine, id, Duration::from_secs(5), "a note", |d| {
        d.note.is_some()
    });
    assert!(
        matches!(
            noted.note,
            Some(haul::engine::SpeedNote::ServerAllows { .. })
        ),
        "{:?}",
        noted.note
    );
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("busy.bin")), sha256(&body));
    // The further connections go out together; one gets the 429. After that moment (plus
    // the time for the answer to arrive) no new connection may start for a second.
    let requests = server.requests("/busy.bin");
    let refused_at = requests[1].at;
    for later in &requests[2..] {
        let gap = later.at.saturating_duration_since(refused_at);
        assert!(
            gap < Duration::from_millis(100) || gap >= Duration::from_millis(950),
            "a new connection {gap:?} after the 429"
        );
    }
    assert!(requests.len() > 4, "connections came back after the pause");
}

#[test]
fn a_stalled_tail_is_raced_by_a_second_connection() {
    let server = TestServer::start();
    let body = data(5_000_000, 86);
    server.route(
        "/tail.bin",
        Route::file(body.clone()).faults([Fault::Pass, Fault::StallAfter(200_000)]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    // A stall timeout far beyond the test: only a duplicate request can finish it in time.
    let mut config = fast_config();
    config.connections = 4;
    config.network.stall_timeout = Duration::from_secs(60);
    let engine = Engine::start(config).expect("engine");
    let started = Instant::now();
    let id = add(&engine, &server.url("/tail.bin"), dir.path());
    wait_finished(&engine, id);
    assert!(started.elapsed() < Duration::from_secs(8));
    assert_eq!(sha256_file(&dir.path().join("tail.bin")), sha256(&body));
}

#[test]
fn pausing_a_segmented_download_resumes_every_segment() {
    let server = TestServer::start();
    let body = data(6_000_000, 87);
    server.route("/p.bin", Route::file(body.clone()).throttle(800_000));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_with(4);
    let id = add(&engine, &server.url("/p.bin"), dir.path());
    wait_for(&engine, id, Duration::from_secs(10), "progress", |d| {
        d.bytes_done > 2_000_000
    });
    engine.pause(&[id]);
    std::thread::sleep(Duration::from_millis(300));
    server.set_throttle("/p.bin", None);
    engine.resume(&[id]);
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("p.bin")), sha256(&body));
    assert!(server.body_bytes_sent() < body.len() as u64 * 13 / 10);
}

#[test]
fn speed_limits_overall_and_per_download() {
    let server = TestServer::start();
    let body = data(1_000_000, 88);
    server.route("/a.bin", Route::file(body.clone()));
    server.route("/b.bin", Route::file(body.clone()));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(EngineConfig {
        speed_limit: Rate::bytes_per_sec(1_000_000),
        ..fast_config()
    })
    .expect("engine");
    let started = Instant::now();
    let a = add(&engine, &server.url("/a.bin"), dir.path());
    let b = add(&engine, &server.url("/b.bin"), dir.path());
    wait_finished(&engine, a);
    wait_finished(&engine, b);
    let secs = started.elapsed().as_secs_f64();
    // 2 MB through one 1 MB/s limit: about 2 s together.
    assert!((1.7..3.5).contains(&secs), "took {secs:.2} s");

    engine.set_overall_limit(Rate::NONE);
    server.route("/c.bin", Route::file(body.clone()));
    let c = add(&engine, &server.url("/c.bin"), dir.path());
    engine.set_speed_limit(&[c], Some(Rate::bytes_per_sec(400_000)));
    let started = Instant::now();
    let row = wait_finished(&engine, c);
    let secs = started.elapsed().as_secs_f64();
    assert!(
        (2.0..4.5).contains(&secs),
        "1 MB at 400 kB/s took {secs:.2} s"
    );
    assert_eq!(row.speed_limit, Some(Rate::bytes_per_sec(400_000)));
    assert_eq!(
        engine.snapshot().get(c).map(|d| d.status.clone()),
        Some(Status::Finished)
    );
}

#[test]
fn many_small_files_reuse_a_few_connections() {
    let server = TestServer::start();
    let bodies: Vec<Vec<u8>> = (0..40).map(|i| data(20_000, 90 + i)).collect();
    for (i, body) in bodies.iter().enumerate() {
        server.route(&format!("/s{i}.bin"), Route::file(body.clone()));
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(EngineConfig {
        jobs: 4,
        // Counted here: the downloads' own connections (discovery asks for sums files too).
        checksum_discovery: false,
        ..fast_config()
    })
    .expect("engine");
    let ids: Vec<_> = (0..40)
        .map(|i| add(&engine, &server.url(&format!("/s{i}.bin")), dir.path()))
        .collect();
    for id in ids {
        wait_finished(&engine, id);
    }
    for (i, body) in bodies.iter().enumerate() {
        assert_eq!(
            sha256_file(&dir.path().join(format!("s{i}.bin"))),
            sha256(body)
        );
    }
    // Keep-alive: 40 files over at most a handful of connections, not 40.
    assert!(
        server.connections() <= 8,
        "{} connections for 40 files",
        server.connections()
    );
    // A file finished within a second never needed a control file.
    assert_eq!(super::support::file_names(dir.path()).len(), 40);
}

#[test]
fn connections_held_to_a_rate_are_added_up_to_the_per_server_limit() {
    let server = TestServer::start();
    let body = data(12_000_000, 88);
    // 400 KB/s per connection: four alone would need 7.5 s.
    server.route("/held.bin", Route::file(body.clone()).throttle(400_000));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(EngineConfig {
        connections: 4,
        connections_per_host: 16,
        ..fast_config()
    })
    .expect("engine");
    let started = Instant::now();
    let id = add(&engine, &server.url("/held.bin"), dir.path());
    let grown = wait_for(
        &engine,
        id,
        Duration::from_secs(10),
        "connections added",
        |d| d.details.growth.added.is_some(),
    );
    let added = grown.details.growth.added.expect("added");
    assert_eq!((added.from, added.to), (4, 16), "{added:?}");
    let each = added.each.expect("each connection held to a rate");
    assert!(
        (300_000..500_000).contains(&each),
        "each connection's rate: {each}"
    );
    let row = wait_finished(&engine, id);
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(sha256_file(&dir.path().join("held.bin")), sha256(&body));
    assert!(secs < 5.0, "16 connections took {secs:.1} s (4: 7.5 s)");
    assert!(
        row.details.growth.added.is_some(),
        "the details keep what happened"
    );
    let sent = server.body_bytes_sent();
    assert!(
        sent <= body.len() as u64 * 102 / 100,
        "{sent} bytes sent for {}",
        body.len()
    );
}

#[test]
fn a_fast_server_keeps_the_connections_asked_for() {
    let server = TestServer::start();
    let body = data(20_000_000, 89);
    server.route("/fast.bin", Route::file(body.clone()));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_with(4);
    let id = add(&engine, &server.url("/fast.bin"), dir.path());
    let row = wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("fast.bin")), sha256(&body));
    assert_eq!(
        row.details.growth.added, None,
        "nothing held each connection back"
    );
}
