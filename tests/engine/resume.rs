//! Resume and validation: Range + If-Range, Content-Range checks, restarts, 416, truncation.

use std::time::{Duration, Instant};

use super::support::server::{Fault, Route, TestServer};
use super::support::{data, file_names, sha256, sha256_file};
use super::{add, engine, fast_config, wait_finished};
use haul::engine::files::control::{self, ControlRecord, PartPaths};
use haul::engine::{Engine, EngineConfig, RetryPolicy};

#[test]
fn plain_download_lands_complete_with_no_leftovers() {
    let server = TestServer::start();
    let body = data(3_000_000, 1);
    server.route("/files/big.bin", Route::file(body.clone()));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/files/big.bin"), dir.path());
    let done = wait_finished(&engine, id);
    assert_eq!(done.file_name.as_deref(), Some("big.bin"));
    assert_eq!(done.bytes_done, body.len() as u64);
    assert_eq!(done.fraction(), Some(1.0));
    assert_eq!(sha256_file(&dir.path().join("big.bin")), sha256(&body));
    assert_eq!(file_names(dir.path()), vec!["big.bin"]);
    let request = &server.requests("/files/big.bin")[0];
    assert_eq!(request.header("accept-encoding"), Some("identity"));
    assert_eq!(request.header("range"), None);
}

#[test]
fn dropped_connection_resumes_with_range_and_if_range() {
    let server = TestServer::start();
    let body = data(2_000_000, 2);
    server.route(
        "/a.bin",
        Route::file(body.clone()).faults([Fault::DropAfter(700_000)]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/a.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("a.bin")), sha256(&body));
    let requests = server.requests("/a.bin");
    assert_eq!(requests.len(), 2);
    let range = requests[1]
        .header("range")
        .expect("second request is ranged");
    let offset: u64 = range
        .strip_prefix("bytes=")
        .and_then(|r| r.strip_suffix('-'))
        .and_then(|n| n.parse().ok())
        .expect("bytes=N-");
    assert!(offset > 0 && offset <= 700_000, "resumed at {offset}");
    assert_eq!(requests[1].header("if-range"), Some("\"v1\""));
    // Only the missing part was fetched again.
    assert!(server.body_bytes_sent() <= body.len() as u64 + 700_000);
}

/// The retry delay is for failures in a row: a connection that broke off while the server was
/// sending is picked up again at once, with one connection or several, and no byte is fetched
/// twice.
#[test]
fn a_connection_dropped_mid_file_is_picked_up_at_once() {
    for connections in [1, 4] {
        let server = TestServer::start();
        let body = data(3_000_000, 31);
        server.route(
            "/d.bin",
            Route::file(body.clone()).faults([Fault::DropAfter(1_100_000)]),
        );
        let dir = tempfile::tempdir().expect("temp dir");
        let engine = Engine::start(EngineConfig {
            // Long enough that waiting it out would fail the time limit below.
            retry: RetryPolicy {
                max_attempts: 4,
                base_delay: Duration::from_secs(60),
                max_delay: Duration::from_secs(60),
            },
            connections,
            ..fast_config()
        })
        .expect("engine starts");
        let started = Instant::now();
        let id = add(&engine, &server.url("/d.bin"), dir.path());
        wait_finished(&engine, id);
        let took = started.elapsed();
        assert!(
            took < Duration::from_secs(20),
            "{connections} connection(s): took {took:?}"
        );
        assert_eq!(sha256_file(&dir.path().join("d.bin")), sha256(&body));
        assert!(
            server.body_bytes_sent() <= body.len() as u64 + 64 * 1024,
            "{connections} connection(s): {} bytes sent for {}",
            server.body_bytes_sent(),
            body.len()
        );
    }
}

#[test]
fn chunked_body_without_last_chunk_is_an_interruption() {
    let server = TestServer::start();
    let body = data(500_000, 3);
    server.route(
        "/c.bin",
        Route::file(body.clone())
            .chunked()
            .faults([Fault::CutChunked(200_000)]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/c.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("c.bin")), sha256(&body));
    assert_eq!(
        server.requests("/c.bin").len(),
        2,
        "the cut body was retried"
    );
}

#[test]
fn server_ignoring_range_restarts_from_zero() {
    let server = TestServer::start();
    let body = data(1_000_000, 4);
    server.route(
        "/r.bin",
        Route::file(body.clone())
            .no_ranges()
            .faults([Fault::DropAfter(300_000)]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/r.bin"), dir.path());
    let done = wait_finished(&engine, id);
    assert_eq!(done.bytes_done, body.len() as u64);
    assert_eq!(sha256_file(&dir.path().join("r.bin")), sha256(&body));
}

#[test]
fn changed_etag_restarts_and_never_mixes_versions() {
    let server = TestServer::start();
    let old = data(1_000_000, 5);
    let new = data(1_200_000, 6);
    server.route(
        "/v.bin",
        Route::file(old).faults([
            Fault::DropAfter(400_000),
            Fault::Replace(new.clone().into(), "\"v2\"".into()),
        ]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/v.bin"), dir.path());
    let done = wait_finished(&engine, id);
    assert_eq!(done.bytes_done, new.len() as u64);
    assert_eq!(sha256_file(&dir.path().join("v.bin")), sha256(&new));
}

#[test]
fn partial_response_at_the_wrong_offset_restarts() {
    let server = TestServer::start();
    let body = data(800_000, 7);
    server.route(
        "/w.bin",
        Route::file(body.clone()).faults([Fault::DropAfter(250_000), Fault::WrongRangeStart]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/w.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("w.bin")), sha256(&body));
    let requests = server.requests("/w.bin");
    assert_eq!(requests.len(), 3, "drop, rejected 206, fresh download");
    assert_eq!(requests[2].header("range"), None);
}

#[test]
fn changed_length_in_content_range_restarts() {
    let server = TestServer::start();
    let old = data(900_000, 8);
    let new = data(950_000, 9);
    let mut route = Route::file(old).faults([
        Fault::DropAfter(300_000),
        Fault::Replace(new.clone().into(), "\"v1\"".into()),
    ]);
    // A server that keeps the same ETag for different content, so only the length tells.
    route.if_range = false;
    server.route("/l.bin", route);
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/l.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("l.bin")), sha256(&new));
}

/// Leaves a partial file and control file as a crashed earlier run would have.
fn plant_partial(dir: &std::path::Path, name: &str, url: &str, bytes: &[u8], total: u64) {
    let paths = PartPaths::new(dir, name);
    std::fs::write(&paths.part, bytes).expect("write part");
    let mut record = ControlRecord::new(url.to_owned(), name.to_owned());
    record.etag = Some("\"v1\"".into());
    record.total = Some(total);
    record.set_contiguous_done(bytes.len() as u64);
    control::write(&paths.control, &record).expect("write control");
}

#[test]
fn range_not_satisfiable_with_our_length_means_done() {
    let server = TestServer::start();
    let body = data(400_000, 10);
    server.route("/d.bin", Route::file(body.clone()));
    let dir = tempfile::tempdir().expect("temp dir");
    plant_partial(
        dir.path(),
        "d.bin",
        &server.url("/d.bin"),
        &body,
        body.len() as u64,
    );
    let engine = engine();
    let id = add(&engine, &server.url("/d.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(server.body_bytes_sent(), 0, "nothing needed fetching");
    assert_eq!(sha256_file(&dir.path().join("d.bin")), sha256(&body));
    assert_eq!(file_names(dir.path()), vec!["d.bin"]);
}

#[test]
fn range_not_satisfiable_with_other_length_restarts() {
    let server = TestServer::start();
    let body = data(300_000, 11);
    server.route("/s.bin", Route::file(body.clone()));
    let dir = tempfile::tempdir().expect("temp dir");
    // Our partial claims more bytes than the server's file now has.
    let stale = data(350_000, 12);
    plant_partial(dir.path(), "s.bin", &server.url("/s.bin"), &stale, 500_000);
    let engine = engine();
    let id = add(&engine, &server.url("/s.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("s.bin")), sha256(&body));
}

#[test]
fn partial_bytes_beyond_the_control_record_are_not_trusted() {
    let server = TestServer::start();
    let body = data(600_000, 13);
    server.route("/t.bin", Route::file(body.clone()));
    let dir = tempfile::tempdir().expect("temp dir");
    // The control file vouches for 100 000 bytes; 50 000 garbage bytes follow on disk.
    plant_partial(
        dir.path(),
        "t.bin",
        &server.url("/t.bin"),
        &body[..100_000],
        600_000,
    );
    let paths = PartPaths::new(dir.path(), "t.bin");
    let mut on_disk = body[..100_000].to_vec();
    on_disk.extend(std::iter::repeat_n(0xAA, 50_000));
    std::fs::write(&paths.part, &on_disk).expect("write");
    let engine = engine();
    let id = add(&engine, &server.url("/t.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("t.bin")), sha256(&body));
    assert_eq!(server.body_bytes_sent(), 500_000);
    let _ = Duration::ZERO;
}
