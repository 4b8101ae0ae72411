//! Transient failures retry with backoff (honouring Retry-After); permanent ones fail at once
//! with the reason in the row; stalls are detected.

use std::time::Duration;

use super::support::server::{Fault, Route, TestServer};
use super::support::{data, sha256, sha256_file};
use super::{add, engine, wait_finished, wait_for, wait_settled};
use haul::engine::Status;

#[test]
fn not_found_fails_at_once_with_the_reason() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/missing.iso"), dir.path());
    let row = wait_settled(&engine, id);
    assert_eq!(
        row.status,
        Status::Failed {
            reason: haul::engine::Reason::HttpStatus {
                code: 404,
                phrase: "Not Found".into()
            }
        }
    );
    assert_eq!(
        haul::describe::status(&row.status),
        "Failed: server said 404 Not Found"
    );
    assert_eq!(server.requests("/missing.iso").len(), 1, "not retried");
    server.route("/gone", Route::status(410));
    let id = add(&engine, &server.url("/gone"), dir.path());
    let row = wait_settled(&engine, id);
    assert_eq!(
        haul::describe::status(&row.status),
        "Failed: server said 410 Gone"
    );
    assert_eq!(
        server.requests("/gone").len(),
        1,
        "permanent errors are not retried"
    );
    assert!(super::support::file_names(dir.path()).is_empty());
}

#[test]
fn service_unavailable_waits_for_retry_after() {
    let server = TestServer::start();
    let body = data(100_000, 20);
    server.route(
        "/busy.bin",
        Route::file(body.clone())
            .faults([Fault::Status(503, vec![("Retry-After".into(), "1".into())])]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/busy.bin"), dir.path());
    let retrying = wait_for(&engine, id, Duration::from_secs(5), "a retry", |d| {
        matches!(d.status, Status::Retrying { .. })
    });
    assert!(
        haul::describe::status(&retrying.status).contains("503 Service Unavailable"),
        "{}",
        haul::describe::status(&retrying.status)
    );
    wait_finished(&engine, id);
    let requests = server.requests("/busy.bin");
    assert_eq!(requests.len(), 2);
    let gap = requests[1].at.duration_since(requests[0].at);
    assert!(gap >= Duration::from_millis(950), "waited only {gap:?}");
    assert_eq!(sha256_file(&dir.path().join("busy.bin")), sha256(&body));
}

#[test]
fn too_many_requests_then_success() {
    let server = TestServer::start();
    let body = data(10_000, 21);
    server.route(
        "/rate.bin",
        Route::file(body.clone()).faults([Fault::Status(429, vec![]), Fault::Status(500, vec![])]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/rate.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(server.requests("/rate.bin").len(), 3);
}

#[test]
fn persistent_server_errors_give_up_after_the_attempt_limit() {
    let server = TestServer::start();
    server.route("/down", Route::status(503));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/down"), dir.path());
    let row = wait_settled(&engine, id);
    assert_eq!(
        haul::describe::status(&row.status),
        "Failed: server said 503 Service Unavailable"
    );
    assert_eq!(
        server.requests("/down").len(),
        4,
        "max_attempts = 4 in tests"
    );
}

#[test]
fn stalled_transfer_times_out_and_resumes() {
    let server = TestServer::start();
    let body = data(600_000, 22);
    server.route(
        "/stall.bin",
        Route::file(body.clone()).faults([Fault::StallAfter(200_000)]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/stall.bin"), dir.path());
    let retrying = wait_for(&engine, id, Duration::from_secs(6), "a retry", |d| {
        matches!(d.status, Status::Retrying { .. })
    });
    assert!(
        haul::describe::status(&retrying.status).contains("stopped sending data"),
        "{}",
        haul::describe::status(&retrying.status)
    );
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("stall.bin")), sha256(&body));
    let requests = server.requests("/stall.bin");
    assert_eq!(requests[1].header("range"), Some("bytes=200000-"));
}

#[test]
fn refused_connection_is_retried_then_reported() {
    // A port nobody listens on: bind, learn the port, close.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(
        &engine,
        &format!("http://127.0.0.1:{port}/x.bin"),
        dir.path(),
    );
    let row = wait_settled(&engine, id);
    let label = haul::describe::status(&row.status);
    assert!(label.starts_with("Failed: could not connect"), "{label}");
}

#[test]
fn retry_after_a_failure_continues_the_partial_file() {
    let server = TestServer::start();
    let body = data(700_000, 23);
    server.route(
        "/flaky.bin",
        Route::file(body.clone()).faults([Fault::DropAfter(300_000), Fault::Status(403, vec![])]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/flaky.bin"), dir.path());
    let row = wait_settled(&engine, id);
    assert_eq!(
        haul::describe::status(&row.status),
        "Failed: server said 403 Forbidden"
    );
    assert!(dir.path().join("flaky.bin.part").exists(), "partial kept");
    engine.retry(&[id]);
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("flaky.bin")), sha256(&body));
    let requests = server.requests("/flaky.bin");
    assert_eq!(
        requests.last().and_then(|r| r.header("range")),
        Some("bytes=300000-")
    );
}

#[test]
fn an_answer_that_is_not_http_fails_at_once_and_says_so() {
    let server = TestServer::start();
    server.route(
        "/bad.bin",
        Route::file(data(1000, 47)).faults([Fault::Raw(
            b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\nX-Bad: a\x01b\x02\r\n\r\n0123456789"
                .to_vec(),
        )]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let started = std::time::Instant::now();
    let id = add(&engine, &server.url("/bad.bin"), dir.path());
    let row = wait_settled(&engine, id);
    let label = haul::describe::status(&row.status);
    assert!(
        label.starts_with("Failed: the server's answer is not valid HTTP ("),
        "{label}"
    );
    assert!(!label.contains("connection lost"), "{label}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "no retry loop"
    );
    assert_eq!(server.requests("/bad.bin").len(), 1, "not retried");
}
