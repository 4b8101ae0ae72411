//! What the details panel shows comes from the engine: each connection's piece and speed, a
//! speed history, where the link led, the file's validators, retries with their reasons and
//! how often a download failed.

use std::time::Duration;

use super::support::data;
use super::support::server::{Fault, Route, TestServer};
use super::{add, fast_config, wait_for, wait_settled};
use haul::engine::{Engine, EngineConfig, Reason, Status};

#[test]
fn a_running_segmented_download_shows_its_connections_and_speed() {
    let server = TestServer::start();
    let body = data(6_000_000, 41);
    server.route("/real/big.bin", Route::file(body).throttle(600_000));
    server.route("/big", Route::redirect(302, "/real/big.bin"));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(EngineConfig {
        connections: 4,
        // Four stay four (the server holds each to a rate: more would be added).
        connections_per_host: 4,
        ..fast_config()
    })
    .expect("engine starts");
    let id = add(&engine, &server.url("/big"), dir.path());
    let row = wait_for(
        &engine,
        id,
        Duration::from_secs(15),
        "two connections and two speed samples",
        |d| d.details.connections.len() >= 2 && d.details.speed_history.len() >= 2,
    );
    let details = &row.details;
    assert_eq!(
        details.final_url.as_ref().map(url::Url::path),
        Some("/real/big.bin"),
        "the link after the redirect"
    );
    assert_eq!(details.etag.as_deref(), Some("\"v1\""));
    assert_eq!(details.connections_wanted, 4);
    assert!(details.started_unix.is_some());
    let total = 6_000_000;
    let mut previous_end = 0;
    for piece in &details.connections {
        assert!(piece.from <= piece.cursor, "{piece:?}");
        let until = piece.until.expect("segmented pieces are bounded");
        assert!(piece.cursor <= until && until <= total, "{piece:?}");
        assert!(
            piece.from >= previous_end,
            "pieces do not overlap: {details:?}"
        );
        previous_end = until;
    }
    assert!(details.speed_history.iter().any(|&speed| speed > 0));
    engine.pause(&[id]);
    let paused = wait_settled(&engine, id);
    assert!(
        paused.details.connections.is_empty(),
        "a stopped download has no connections"
    );
    assert!(
        !paused.details.speed_history.is_empty(),
        "the history stays"
    );
}

#[test]
fn retries_are_remembered_with_their_reasons() {
    let server = TestServer::start();
    server.route(
        "/flaky.bin",
        Route::file(data(100_000, 42)).faults([Fault::Status(503, vec![])]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(fast_config()).expect("engine starts");
    let id = add(&engine, &server.url("/flaky.bin"), dir.path());
    let done = wait_settled(&engine, id);
    assert_eq!(done.status, Status::Finished);
    let retries: Vec<_> = done.details.retries.iter().collect();
    assert_eq!(retries.len(), 1, "{retries:?}");
    assert_eq!(retries[0].attempt, 2);
    assert!(
        matches!(retries[0].reason, Reason::HttpStatus { code: 503, .. }),
        "{:?}",
        retries[0].reason
    );
    assert_eq!(done.details.failures, 0);
}

#[test]
fn a_retry_that_fails_again_is_counted() {
    let server = TestServer::start();
    server.route("/missing.bin", Route::status(404));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(fast_config()).expect("engine starts");
    let id = add(&engine, &server.url("/missing.bin"), dir.path());
    let first = wait_settled(&engine, id);
    assert!(matches!(first.status, Status::Failed { .. }));
    assert_eq!(first.details.failures, 1);
    engine.retry(&[id]);
    let again = wait_for(
        &engine,
        id,
        Duration::from_secs(10),
        "the second failure",
        |d| d.details.failures == 2,
    );
    assert!(matches!(again.status, Status::Failed { .. }));
}
