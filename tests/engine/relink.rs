//! Change link: an unfinished download gets a new link (its old one expired) and continues
//! with every byte it has when the new link gives the same file; another file is refused and
//! can be started over; a new link that fails fails.

use std::time::Duration;

use super::support::server::{Route, TestServer};
use super::support::{data, file_names, sha256, sha256_file};
use super::{add, engine, wait_for, wait_settled};
use haul::engine::{Download, Engine, Reason, Status};

const SIZE: usize = 3_000_000;

/// Starts `/old/exp.bin` slowly, waits for about a third of it, then lets the old link expire
/// (403) and waits for the download to fail with it.
fn half_done_with_an_expired_link(
    server: &TestServer,
    body: &[u8],
) -> (Engine, tempfile::TempDir, haul::engine::DownloadId) {
    server.route(
        "/old/exp.bin",
        Route::file(body.to_vec()).throttle(1_000_000),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/old/exp.bin"), dir.path());
    wait_for(
        &engine,
        id,
        Duration::from_secs(15),
        "a third of the file",
        |d| d.bytes_done >= SIZE as u64 / 3,
    );
    engine.pause(&[id]);
    wait_settled(&engine, id);
    server.route("/old/exp.bin", Route::status(403));
    engine.retry(&[id]);
    let failed = wait_for(
        &engine,
        id,
        Duration::from_secs(15),
        "the expired link",
        |d| matches!(d.status, Status::Failed { .. }),
    );
    assert!(failed.bytes_done > 0);
    (engine, dir, id)
}

fn finished(engine: &Engine, id: haul::engine::DownloadId) -> std::sync::Arc<Download> {
    let done = wait_settled(engine, id);
    assert_eq!(done.status, Status::Finished, "{:?}", done.status);
    done
}

#[test]
fn the_same_file_at_a_new_link_continues_with_its_bytes() {
    let server = TestServer::start();
    let body = data(SIZE, 601);
    let (engine, dir, id) = half_done_with_an_expired_link(&server, &body);
    server.route("/new/exp.bin", Route::file(body.clone()));
    let before = server.body_bytes_sent();
    engine
        .change_link(
            id,
            url::Url::parse(&server.url("/new/exp.bin")).expect("url"),
        )
        .expect("a valid link");
    let done = finished(&engine, id);
    assert_eq!(done.url.path(), "/new/exp.bin");
    assert_eq!(sha256_file(&dir.path().join("exp.bin")), sha256(&body));
    assert_eq!(file_names(dir.path()), vec!["exp.bin"], "no second copy");
    let total_sent = server.body_bytes_sent();
    assert!(
        total_sent < SIZE as u64 * 14 / 10,
        "{total_sent} bytes in all for a {SIZE}-byte file"
    );
    assert!(
        total_sent - before < SIZE as u64,
        "the new link sent only what was missing (and a little more)"
    );
}

#[test]
fn different_validators_are_settled_by_comparing_bytes() {
    let server = TestServer::start();
    let body = data(SIZE, 602);
    let (engine, dir, id) = half_done_with_an_expired_link(&server, &body);
    let mut signed = Route::file(body.clone());
    signed.etag = Some("\"cdn-7f3a\"".into());
    signed.last_modified = None;
    server.route("/cdn/exp.bin", signed);
    engine
        .change_link(
            id,
            url::Url::parse(&server.url("/cdn/exp.bin")).expect("url"),
        )
        .expect("a valid link");
    finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("exp.bin")), sha256(&body));
    let probes = server
        .requests("/cdn/exp.bin")
        .iter()
        .filter(|r| r.header("range").is_some_and(|range| !range.ends_with('-')))
        .count();
    assert!(probes >= 3, "three probes of the bytes on disk: {probes}");
}

#[test]
fn another_file_is_refused_and_can_be_started_over() {
    let server = TestServer::start();
    let body = data(SIZE, 603);
    let (engine, dir, id) = half_done_with_an_expired_link(&server, &body);
    let other = data(SIZE, 604);
    let mut route = Route::file(other.clone());
    route.etag = Some("\"other\"".into());
    server.route("/other/exp.bin", route);
    engine
        .change_link(
            id,
            url::Url::parse(&server.url("/other/exp.bin")).expect("url"),
        )
        .expect("a valid link");
    let refused = wait_settled(&engine, id);
    assert!(
        matches!(
            refused.status,
            Status::Failed {
                reason: Reason::NotTheSameFile { .. }
            }
        ),
        "{:?}",
        refused.status
    );
    assert!(
        dir.path().join("exp.bin.part").exists(),
        "the partial stays for the user to decide"
    );
    engine.start_over(&[id]);
    finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("exp.bin")), sha256(&other));
    assert_eq!(file_names(dir.path()), vec!["exp.bin"]);

    // A smaller file is described by its size.
    let words = haul::describe::describe_reason(&Reason::NotTheSameFile {
        ours: Some(1_503_238_554),
        theirs: Some(1_288_490_189),
    });
    assert_eq!(
        words,
        "the new link gives a different file: 1.20 GiB instead of 1.40 GiB"
    );
}

#[test]
fn a_new_link_that_fails_keeps_the_partial() {
    let server = TestServer::start();
    let body = data(SIZE, 605);
    let (engine, dir, id) = half_done_with_an_expired_link(&server, &body);
    let had = wait_settled(&engine, id).bytes_done;
    engine
        .change_link(
            id,
            url::Url::parse(&server.url("/nowhere/exp.bin")).expect("url"),
        )
        .expect("a valid link");
    let failed = wait_for(&engine, id, Duration::from_secs(15), "the 404", |d| {
        matches!(
            &d.status,
            Status::Failed {
                reason: Reason::HttpStatus { code: 404, .. }
            }
        )
    });
    assert_eq!(failed.bytes_done, had, "nothing lost");
    assert!(dir.path().join("exp.bin.part").exists());
    assert!(
        engine
            .change_link(id, url::Url::parse("ftp://x/exp.bin").expect("url"))
            .is_err(),
        "only http and https"
    );
}
