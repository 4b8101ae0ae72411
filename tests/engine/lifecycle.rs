//! Pause, resume, cancel, remove and the job limit, as a user drives them.

use std::time::{Duration, Instant};

use super::support::server::{Fault, Route, TestServer};
use super::support::{data, file_names, sha256, sha256_file, wait_until};
use super::{add, engine, fast_config, wait_finished, wait_for};
use haul::engine::files::control::{self, PartPaths};
use haul::engine::{Engine, PartialFiles, Status};

#[test]
fn pause_acts_within_a_second_on_a_stalled_server_and_resume_finishes() {
    let server = TestServer::start();
    let body = data(500_000, 30);
    server.route(
        "/p.bin",
        Route::file(body.clone()).faults([Fault::StallAfter(150_000)]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = add(&engine, &server.url("/p.bin"), dir.path());
    wait_for(&engine, id, Duration::from_secs(5), "the stall", |d| {
        d.bytes_done == 150_000
    });
    let paused_at = Instant::now();
    engine.pause(&[id]);
    assert_eq!(
        engine.snapshot().get(id).map(|d| d.status.clone()),
        Some(Status::Paused { reason: None })
    );
    // The worker saves its progress as it stops: the control file shows it.
    let paths = PartPaths::new(dir.path(), "p.bin");
    wait_until(Duration::from_secs(1), "progress saved on pause", || {
        control::read(&paths.control).filter(|r| r.done == vec![[0, 150_000]])
    });
    assert!(paused_at.elapsed() < Duration::from_secs(1));
    engine.resume(&[id]);
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("p.bin")), sha256(&body));
    assert_eq!(
        server
            .requests("/p.bin")
            .last()
            .and_then(|r| r.header("range")),
        Some("bytes=150000-")
    );
}

#[test]
fn cancel_keeps_the_files_for_the_undo_window_then_deletes_only_this_downloads_files() {
    let server = TestServer::start();
    server.route(
        "/c.bin",
        Route::file(data(400_000, 31)).faults([Fault::StallAfter(100_000)]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("unrelated.txt"), b"keep me").expect("write");
    let engine = engine();
    let id = add(&engine, &server.url("/c.bin"), dir.path());
    wait_for(&engine, id, Duration::from_secs(5), "the stall", |d| {
        d.bytes_done == 100_000
    });
    assert!(dir.path().join("c.bin.part").exists());
    engine.cancel(&[id]);
    assert_eq!(
        engine.snapshot().get(id).map(|d| d.status.clone()),
        Some(Status::Cancelled)
    );
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        dir.path().join("c.bin.part").exists(),
        "nothing is deleted while the cancel can be undone"
    );
    wait_until(Duration::from_secs(3), "partial files deleted", || {
        let row = engine.snapshot().get(id).cloned()?;
        (file_names(dir.path()) == vec!["unrelated.txt"] && row.bytes_done == 0).then_some(())
    });
}

#[test]
fn undo_after_cancel_brings_the_download_back_with_its_bytes() {
    let server = TestServer::start();
    let body = data(600_000, 34);
    server.route("/u.bin", Route::file(body.clone()).throttle(400_000));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(haul::engine::EngineConfig {
        undo_window: Duration::from_secs(30),
        ..fast_config()
    })
    .expect("engine");
    let id = add(&engine, &server.url("/u.bin"), dir.path());
    wait_for(&engine, id, Duration::from_secs(5), "progress", |d| {
        d.bytes_done > 200_000
    });
    let token = engine.cancel(&[id]);
    std::thread::sleep(Duration::from_millis(300));
    assert!(engine.undo(token), "undone within the window");
    let row = wait_for(&engine, id, Duration::from_secs(5), "paused", |d| {
        matches!(d.status, Status::Paused { .. })
    });
    assert!(row.bytes_done > 200_000, "its bytes are still there");
    assert!(!engine.undo(token), "an undo is taken once");
    server.set_throttle("/u.bin", None);
    engine.resume(&[id]);
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("u.bin")), sha256(&body));
    assert!(
        server.body_bytes_sent() < body.len() as u64 * 13 / 10,
        "continued"
    );
}

#[test]
fn retrying_a_cancelled_download_keeps_its_files_past_the_undo_window() {
    let server = TestServer::start();
    let body = data(600_000, 35);
    server.route("/r.bin", Route::file(body.clone()).throttle(400_000));
    let dir = tempfile::tempdir().expect("temp dir");
    // The suite's short window (800 ms) passes while the retried download sits paused.
    let engine = engine();
    let id = add(&engine, &server.url("/r.bin"), dir.path());
    wait_for(&engine, id, Duration::from_secs(5), "progress", |d| {
        d.bytes_done > 200_000
    });
    engine.cancel(&[id]);
    engine.retry(&[id]);
    engine.pause(&[id]);
    std::thread::sleep(Duration::from_millis(1_500));
    assert!(
        dir.path().join("r.bin.part").exists(),
        "a retried download's files are its own again"
    );
    let row = engine.snapshot().get(id).cloned().expect("row");
    assert!(row.bytes_done > 200_000, "{row:?}");
    server.set_throttle("/r.bin", None);
    engine.resume(&[id]);
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("r.bin")), sha256(&body));
    assert!(
        server.body_bytes_sent() < body.len() as u64 * 13 / 10,
        "it continued its partial"
    );
}

#[test]
fn quitting_deletes_what_was_cancelled_at_once() {
    let server = TestServer::start();
    server.route(
        "/q.bin",
        Route::file(data(400_000, 35)).faults([Fault::StallAfter(100_000)]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(haul::engine::EngineConfig {
        undo_window: Duration::from_secs(30),
        ..fast_config()
    })
    .expect("engine");
    let id = add(&engine, &server.url("/q.bin"), dir.path());
    wait_for(&engine, id, Duration::from_secs(5), "the stall", |d| {
        d.bytes_done == 100_000
    });
    engine.cancel(&[id]);
    assert!(engine.shutdown(Duration::from_secs(5)));
    assert!(
        file_names(dir.path()).is_empty(),
        "{:?}",
        file_names(dir.path())
    );
}

#[test]
fn cancel_frees_the_slot_even_when_the_server_never_answers() {
    let server = TestServer::start();
    server.route(
        "/hang",
        Route::file(data(10, 32)).faults([Fault::StallHeaders]),
    );
    let body = data(50_000, 33);
    server.route("/next.bin", Route::file(body.clone()));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(haul::engine::EngineConfig {
        jobs: 1,
        ..fast_config()
    })
    .expect("engine");
    let hang = add(&engine, &server.url("/hang"), dir.path());
    let next = add(&engine, &server.url("/next.bin"), dir.path());
    wait_for(&engine, hang, Duration::from_secs(5), "connecting", |d| {
        d.status == Status::Connecting
    });
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        engine.snapshot().get(next).map(|d| d.status.clone()),
        Some(Status::Queued),
        "one job at a time"
    );
    let cancelled_at = Instant::now();
    engine.cancel(&[hang]);
    wait_for(
        &engine,
        next,
        Duration::from_secs(1),
        "the next download to finish",
        |d| d.status == Status::Finished,
    );
    assert!(cancelled_at.elapsed() < Duration::from_secs(1));
    assert_eq!(sha256_file(&dir.path().join("next.bin")), sha256(&body));
}

#[test]
fn job_limit_is_respected_and_everything_finishes() {
    let server = TestServer::start();
    let bodies: Vec<Vec<u8>> = (0..5).map(|i| data(120_000, 40 + i)).collect();
    for (i, body) in bodies.iter().enumerate() {
        server.route(
            &format!("/j{i}.bin"),
            Route::file(body.clone()).throttle(400_000),
        );
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(haul::engine::EngineConfig {
        jobs: 2,
        ..fast_config()
    })
    .expect("engine");
    let ids: Vec<_> = (0..5)
        .map(|i| add(&engine, &server.url(&format!("/j{i}.bin")), dir.path()))
        .collect();
    let mut most_running = 0;
    wait_until(Duration::from_secs(20), "all downloads", || {
        let snapshot = engine.snapshot();
        most_running = most_running.max(snapshot.counts().active);
        snapshot
            .downloads
            .iter()
            .all(|d| d.status == Status::Finished)
            .then_some(())
    });
    assert_eq!(most_running, 2);
    for (i, body) in bodies.iter().enumerate() {
        assert_eq!(
            sha256_file(&dir.path().join(format!("j{i}.bin"))),
            sha256(body)
        );
    }
    assert_eq!(ids.len(), 5);
}

#[test]
fn removing_keeps_files_unless_asked_and_can_be_undone() {
    let server = TestServer::start();
    server.route("/done.bin", Route::file(data(20_000, 50)));
    server.route(
        "/half.bin",
        Route::file(data(300_000, 51))
            .faults([Fault::DropAfter(100_000), Fault::Status(404, vec![])]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let done = add(&engine, &server.url("/done.bin"), dir.path());
    let half = add(&engine, &server.url("/half.bin"), dir.path());
    wait_finished(&engine, done);
    wait_for(&engine, half, Duration::from_secs(10), "the failure", |d| {
        matches!(d.status, Status::Failed { .. })
    });
    assert!(dir.path().join("half.bin.part").exists());
    // Plain remove: off the list, every file stays.
    let token = engine.remove(&[done, half], PartialFiles::Keep);
    assert!(engine.snapshot().downloads.is_empty());
    std::thread::sleep(Duration::from_millis(1200));
    assert_eq!(
        file_names(dir.path()),
        vec!["done.bin", "half.bin.part", "half.bin.part.haul"]
    );
    // Too late for that undo (the window was 800 ms).
    assert!(!engine.undo(token));
    let half = add(&engine, &server.url("/half.bin"), dir.path());
    engine.pause(&[half]);
    // Remove with deletion: undone in time, the row is back.
    let token = engine.remove(&[half], PartialFiles::Delete);
    assert!(engine.snapshot().downloads.is_empty());
    assert!(engine.undo(token));
    assert_eq!(engine.snapshot().downloads.len(), 1);
    // And for good: only the partial goes, the finished file stays.
    engine.remove(&[half], PartialFiles::Delete);
    wait_until(Duration::from_secs(3), "partial deleted", || {
        (file_names(dir.path()) == vec!["done.bin"]).then_some(())
    });
}

#[test]
fn paused_when_added_waits_until_resumed() {
    let server = TestServer::start();
    server.route("/later.bin", Route::file(data(1000, 52)));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = engine
        .add(haul::engine::AddRequest {
            paused: true,
            ..haul::engine::AddRequest::new(
                url::Url::parse(&server.url("/later.bin")).expect("url"),
                dir.path(),
            )
        })
        .expect("added");
    std::thread::sleep(Duration::from_millis(200));
    assert!(server.requests("/later.bin").is_empty());
    engine.resume_all();
    wait_finished(&engine, id);
}

#[test]
fn a_settled_waker_is_called_when_everything_settled_not_for_each_change() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let calls = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = std::sync::Arc::clone(&calls);
    engine.set_settled_waker(move || seen.lock().expect("calls").push(Instant::now()));
    let mut requests = Vec::new();
    for n in 0..30 {
        let path = format!("/w/{n}.bin");
        server.route(&path, Route::file(data(10_000, 40 + n)));
        let url = url::Url::parse(&server.url(&path)).expect("url");
        requests.push(haul::engine::AddRequest::new(url, dir.path()));
    }
    // All at once, so the engine is never idle in between.
    let ids: Vec<_> = engine
        .add_many(requests)
        .into_iter()
        .map(|added| added.expect("added"))
        .collect();
    let settled = wait_until(Duration::from_secs(20), "every download to finish", || {
        engine.is_idle().then(Instant::now)
    });
    for id in ids {
        assert_eq!(wait_finished(&engine, id).status, Status::Finished);
    }
    let calls = calls.lock().expect("calls").clone();
    assert!(!calls.is_empty(), "woken once everything settled");
    // Thirty downloads make well over a hundred changes; only the last few find all settled
    // (a loaded machine lets a few more moments of "all settled" show between two starts).
    assert!(calls.len() <= 10, "woken {} times", calls.len());
    assert!(
        calls[0] <= settled + Duration::from_millis(50),
        "woken as soon as the last one settled"
    );
}
