//! The queue survives quitting: unfinished downloads come back with their progress and
//! continue; finished ones stay listed; a damaged queue file is moved aside and reported.

use std::time::Duration;

use super::support::server::{Route, TestServer};
use super::support::{data, sha256, sha256_file};
use super::{add, fast_config, wait_finished, wait_for};
use haul::engine::state::Kind;
use haul::engine::{Engine, EngineConfig, Status};

fn engine_with_queue(queue_dir: &std::path::Path) -> Engine {
    Engine::start(EngineConfig {
        queue_dir: Some(queue_dir.to_owned()),
        ..fast_config()
    })
    .expect("engine")
}

#[test]
fn unfinished_downloads_continue_after_a_restart() {
    let server = TestServer::start();
    let big = data(1_500_000, 70);
    let small = data(10_000, 71);
    server.route("/big.bin", Route::file(big.clone()).throttle(600_000));
    server.route("/small.bin", Route::file(small.clone()));
    let data_dir = tempfile::tempdir().expect("temp dir");
    let dir = tempfile::tempdir().expect("temp dir");

    let first = engine_with_queue(data_dir.path());
    let small_id = add(&first, &server.url("/small.bin"), dir.path());
    wait_finished(&first, small_id);
    let big_id = add(&first, &server.url("/big.bin"), dir.path());
    // Past the first checkpoint (one second), so there is durable progress to resume.
    wait_for(&first, big_id, Duration::from_secs(10), "progress", |d| {
        d.bytes_done > 700_000
    });
    assert!(first.shutdown(Duration::from_secs(3)), "workers stopped");
    drop(first);
    let sent_before_restart = server.body_bytes_sent();

    server.set_throttle("/big.bin", None);
    let second = engine_with_queue(data_dir.path());
    let snapshot = second.snapshot();
    assert_eq!(snapshot.downloads.len(), 2);
    assert_eq!(
        snapshot.get(small_id).map(|d| d.status.clone()),
        Some(Status::Finished),
        "finished downloads stay listed"
    );
    let restored = snapshot.get(big_id).expect("the big download came back");
    assert!(restored.bytes_done > 0, "progress came back");
    // An HTTP row is saved as before kinds existed (no `kind`), and comes back as one.
    let saved = std::fs::read_to_string(data_dir.path().join("queue.json")).expect("queue");
    assert!(!saved.contains("\"kind\""), "{saved}");
    assert_eq!(restored.kind, Kind::Http);
    let files = restored.files();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].path, Some(dir.path().join("big.bin")));
    assert_eq!(files[0].length, Some(big.len() as u64));
    wait_finished(&second, big_id);
    assert_eq!(sha256_file(&dir.path().join("big.bin")), sha256(&big));
    let resent = server.body_bytes_sent() - sent_before_restart;
    assert!(
        resent < big.len() as u64 - 500_000,
        "resumed rather than restarted: {resent} bytes sent again"
    );
    second.shutdown(Duration::from_secs(1));
}

#[test]
fn paused_downloads_stay_paused_across_restarts() {
    let server = TestServer::start();
    server.route("/p.bin", Route::file(data(100_000, 72)).throttle(50_000));
    let data_dir = tempfile::tempdir().expect("temp dir");
    let dir = tempfile::tempdir().expect("temp dir");
    let first = engine_with_queue(data_dir.path());
    let id = add(&first, &server.url("/p.bin"), dir.path());
    wait_for(&first, id, Duration::from_secs(5), "progress", |d| {
        d.bytes_done > 0
    });
    first.pause(&[id]);
    first.shutdown(Duration::from_secs(3));
    drop(first);
    let second = engine_with_queue(data_dir.path());
    assert_eq!(
        second.snapshot().get(id).map(|d| d.status.clone()),
        Some(Status::Paused { reason: None })
    );
    second.shutdown(Duration::from_secs(1));
}

#[test]
fn damaged_queue_file_is_moved_aside_and_reported() {
    let data_dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(data_dir.path().join("queue.json"), b"\x00\x01 not json").expect("write");
    let engine = engine_with_queue(data_dir.path());
    let notices: Vec<String> = engine
        .take_notices()
        .iter()
        .map(haul::describe::notice)
        .collect();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains("could not be read"), "{}", notices[0]);
    assert!(engine.snapshot().downloads.is_empty());
    let names = super::support::file_names(data_dir.path());
    assert!(
        names.iter().any(|n| n.starts_with("queue.json.damaged-")),
        "{names:?}"
    );
    engine.shutdown(Duration::from_secs(1));
}

#[test]
fn saved_queue_and_control_files_never_hold_passwords() {
    let server = TestServer::start();
    server.route(
        "/secret.bin",
        Route::file(data(400_000, 73)).throttle(200_000),
    );
    let data_dir = tempfile::tempdir().expect("temp dir");
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_with_queue(data_dir.path());
    let url = format!("http://bob:hunter2@127.0.0.1:{}/secret.bin", server.port());
    let id = add(&engine, &url, dir.path());
    wait_for(&engine, id, Duration::from_secs(5), "progress", |d| {
        d.bytes_done > 250_000
    });
    engine.shutdown(Duration::from_secs(3));
    let queue = std::fs::read_to_string(data_dir.path().join("queue.json")).expect("queue");
    assert!(queue.contains("bob:***@"), "{queue}");
    assert!(!queue.contains("hunter2"));
    let control =
        std::fs::read_to_string(dir.path().join("secret.bin.part.haul")).expect("control");
    assert!(!control.contains("hunter2"));
    // The password itself is kept apart so the download can continue after a restart.
    let again = engine_with_queue(data_dir.path());
    let row = again.snapshot().get(id).cloned().expect("restored");
    assert_eq!(row.url.password(), Some("hunter2"));
    again.shutdown(Duration::from_secs(1));
}

#[test]
fn a_restart_shows_the_progress_the_partial_files_hold_even_if_the_list_is_older() {
    let server = TestServer::start();
    server.route("/q.bin", Route::file(data(400_000, 73)).throttle(100_000));
    let data_dir = tempfile::tempdir().expect("temp dir");
    let dir = tempfile::tempdir().expect("temp dir");
    let first = engine_with_queue(data_dir.path());
    let id = add(&first, &server.url("/q.bin"), dir.path());
    wait_for(&first, id, Duration::from_secs(10), "progress", |d| {
        d.bytes_done > 120_000
    });
    first.pause(&[id]);
    first.shutdown(Duration::from_secs(3));
    let listed = first.snapshot().get(id).map(|d| d.bytes_done).expect("row");
    drop(first);
    let on_disk: u64 = haul::engine::files::control::read(
        &haul::engine::files::control::PartPaths::new(dir.path(), "q.bin").control,
    )
    .expect("a control file")
    .usable_done()
    .iter()
    .map(|[a, b]| b - a)
    .sum();
    // A list saved before the last progress (a crash between the two saves).
    let queue = data_dir.path().join("queue.json");
    let text = std::fs::read_to_string(&queue).expect("the list");
    let older = text.replace(&format!("\"bytes_done\": {listed}"), "\"bytes_done\": 1");
    assert_ne!(older, text, "the list names the progress");
    std::fs::write(&queue, older).expect("write");

    let second = engine_with_queue(data_dir.path());
    wait_for(
        &second,
        id,
        Duration::from_secs(5),
        "the partial's progress",
        |d| d.bytes_done == on_disk,
    );
    assert_eq!(
        second.snapshot().get(id).map(|d| d.status.clone()),
        Some(Status::Paused { reason: None })
    );
    second.shutdown(Duration::from_secs(1));
}

#[test]
fn a_downloads_own_proxy_is_kept_among_the_secrets() {
    use haul::engine::net::proxy::{Exceptions, ProxyChoice, ProxyUrl};
    let server = TestServer::start();
    server.route(
        "/slow.bin",
        Route::file(data(2_000_000, 75)).throttle(100_000),
    );
    let data_dir = tempfile::tempdir().expect("temp dir");
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_with_queue(data_dir.path());
    let own = ProxyChoice::Manual {
        proxy: ProxyUrl::parse("http://ann:pr0xy-pw@127.0.0.1:1").expect("proxy"),
        except: Exceptions::default(),
    };
    let mut request = haul::engine::AddRequest::new(
        url::Url::parse(&server.url("/slow.bin")).expect("url"),
        dir.path(),
    );
    request.paused = true;
    request.proxy = Some(own.clone());
    let id = engine.add(request).expect("added");
    engine.shutdown(Duration::from_secs(3));
    drop(engine);
    let queue = std::fs::read_to_string(data_dir.path().join("queue.json")).expect("queue");
    assert!(!queue.contains("pr0xy-pw"), "{queue}");
    let again = engine_with_queue(data_dir.path());
    let row = again.snapshot().get(id).cloned().expect("restored");
    assert_eq!(row.proxy, Some(own));
    again.shutdown(Duration::from_secs(1));
}

#[test]
fn a_download_behind_a_cookie_resumes_after_a_restart_with_its_headers() {
    let server = TestServer::start();
    let body = data(1_200_000, 76);
    server.route(
        "/members.bin",
        Route::file(body.clone())
            .requires("cookie", "session=k33p-me")
            .requires("x-token", "t0ken"),
    );
    let data_dir = tempfile::tempdir().expect("temp dir");
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_with_queue(data_dir.path());
    let mut extra = haul::engine::FromBrowser::default();
    extra.take_line("Cookie: session=k33p-me").expect("cookie");
    extra.take_line("X-Token: t0ken").expect("header");
    let mut request = haul::engine::AddRequest::new(
        url::Url::parse(&server.url("/members.bin")).expect("url"),
        dir.path(),
    );
    request.paused = true;
    request.from_browser = Some(std::sync::Arc::new(extra));
    let id = engine.add(request).expect("added");
    engine.shutdown(Duration::from_secs(3));
    drop(engine);
    let queue = std::fs::read_to_string(data_dir.path().join("queue.json")).expect("queue");
    assert!(
        !queue.contains("k33p-me"),
        "the cookie stays out of queue.json: {queue}"
    );

    let again = engine_with_queue(data_dir.path());
    again.resume(&[id]);
    let done = wait_finished(&again, id);
    assert_eq!(
        sha256_file(&done.target_path().expect("path")),
        sha256(&body)
    );
    again.shutdown(Duration::from_secs(1));
    drop(again);
    let secrets = data_dir.path().join("secrets.json");
    let left = std::fs::read_to_string(&secrets).unwrap_or_default();
    assert!(
        !left.contains("k33p-me"),
        "a finished download forgets its cookie: {left}"
    );
}
