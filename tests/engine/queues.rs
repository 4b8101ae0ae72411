//! Queues and the clock, end to end: a scheduled queue waits for its window, stops at its end
//! and continues in the next one; a queue runs its own number at once at its own speed; the
//! speed grid limits or pauses everything. Time comes from a fake clock: nothing sleeps for it.

use std::sync::Arc;
use std::time::{Duration, Instant};

use haul::engine::clock::FakeClock;
use haul::engine::timetable::{Repeat, Schedule, SpeedCell, SpeedGrid, TimeOfDay};
use haul::engine::{AddRequest, DownloadId, Engine, EngineConfig, QueueConfig, Status};

use super::support::server::{Route, TestServer};
use super::support::{data, sha256, sha256_file};
use super::{fast_config, wait_finished, wait_for};
use haul::engine::rate::Rate;

fn night() -> QueueConfig {
    QueueConfig {
        schedule: Some(Schedule {
            start: TimeOfDay::new(1, 0).expect("time"),
            stop: TimeOfDay::new(3, 0),
            days: 0,
            repeat: Repeat::Weekly,
            set_unix: 0,
        }),
        ..QueueConfig::new("Night", 2)
    }
}

fn start(clock: &Arc<FakeClock>, queues: Vec<QueueConfig>, grid: Option<SpeedGrid>) -> Engine {
    Engine::start(EngineConfig {
        queues,
        speed_grid: grid,
        clock: Arc::clone(clock) as _,
        ..fast_config()
    })
    .expect("engine")
}

fn add_to(engine: &Engine, url: &str, dir: &std::path::Path, queue: &str) -> DownloadId {
    engine
        .add(AddRequest {
            queue: queue.to_owned(),
            ..AddRequest::new(url::Url::parse(url).expect("url"), dir)
        })
        .expect("added")
}

fn status(engine: &Engine, id: DownloadId) -> Status {
    engine.snapshot().get(id).expect("row").status.clone()
}

#[test]
fn a_scheduled_queue_waits_for_its_window_stops_at_its_end_and_continues_in_the_next() {
    let server = TestServer::start();
    let body = data(1_200_000, 500);
    server.route("/night.bin", Route::file(body.clone()).throttle(300_000));
    let dir = tempfile::tempdir().expect("temp dir");
    // Monday noon.
    let clock = Arc::new(FakeClock::at(0, 12, 0));
    let engine = start(&clock, vec![night()], None);
    let id = add_to(&engine, &server.url("/night.bin"), dir.path(), "Night");
    let snapshot = engine.snapshot();
    let queue = &snapshot.queues[1];
    assert_eq!(queue.config.name, "Night");
    assert!(!queue.open);
    let next = queue.next_start.expect("planned");
    assert_eq!(
        (next.weekday, next.minute_of_day()),
        (1, 60),
        "Tuesday 01:00"
    );
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(status(&engine, id), Status::Queued, "waits for its window");

    clock.set(1, 1, 0);
    engine.check_time();
    wait_for(&engine, id, Duration::from_secs(10), "progress", |d| {
        d.bytes_done > 300_000
    });
    // 03:00: back to waiting, its partial kept.
    clock.set(1, 3, 0);
    engine.check_time();
    assert_eq!(status(&engine, id), Status::Queued);
    let next = engine.snapshot().queues[1].next_start.expect("planned");
    assert_eq!(
        (next.weekday, next.minute_of_day()),
        (2, 60),
        "Wednesday 01:00"
    );
    std::thread::sleep(Duration::from_millis(500));
    let held = engine.snapshot().get(id).expect("row").bytes_done;
    assert!(held > 0 && held < body.len() as u64, "kept {held}");
    assert_eq!(status(&engine, id), Status::Queued, "stays waiting");

    server.set_throttle("/night.bin", None);
    let sent_before = server.body_bytes_sent();
    clock.set(2, 1, 30);
    engine.check_time();
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("night.bin")), sha256(&body));
    assert!(
        server.body_bytes_sent() - sent_before < body.len() as u64,
        "continued, not started over"
    );
}

#[test]
fn each_queue_runs_its_own_number_at_its_own_speed() {
    let server = TestServer::start();
    for n in 0..2 {
        server.route(
            &format!("/slow{n}.bin"),
            Route::file(data(150_000, 510 + n)),
        );
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = Arc::new(FakeClock::at(0, 12, 0));
    let slow = QueueConfig {
        speed_limit: Rate::bytes_per_sec(100_000),
        ..QueueConfig::new("Slow", 1)
    };
    let engine = start(&clock, vec![slow], None);
    let begun = Instant::now();
    let ids: Vec<_> = (0..2)
        .map(|n| {
            add_to(
                &engine,
                &server.url(&format!("/slow{n}.bin")),
                dir.path(),
                "Slow",
            )
        })
        .collect();
    let mut most_at_once = 0;
    while ids
        .iter()
        .any(|&id| status(&engine, id) != Status::Finished)
    {
        // A download putting its finished file in place (saving, looking for a checksum)
        // holds no slot: the next one may start meanwhile.
        let running = ids
            .iter()
            .map(|&id| status(&engine, id))
            .filter(|status| status.is_running() && !status.is_finishing())
            .count();
        most_at_once = most_at_once.max(running);
        assert!(begun.elapsed() < Duration::from_secs(30), "too slow");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(most_at_once, 1, "one at a time in Slow");
    // 300 KB at 100 KB/s in all: about three seconds (the first burst is free).
    assert!(
        begun.elapsed() > Duration::from_millis(1_800),
        "the queue's limit held: {:?}",
        begun.elapsed()
    );
}

#[test]
fn the_speed_grid_limits_and_pauses_live() {
    let server = TestServer::start();
    let body = data(400_000, 520);
    server.route("/a.bin", Route::file(body.clone()));
    let dir = tempfile::tempdir().expect("temp dir");
    // Monday 12:00 is paused, 13:00 limited to 100 KB/s.
    let clock = Arc::new(FakeClock::at(0, 12, 0));
    let mut grid = SpeedGrid {
        limited: Rate::bytes_per_sec(100_000),
        ..SpeedGrid::default()
    };
    grid.cells[0][12] = SpeedCell::Paused;
    grid.cells[0][13] = SpeedCell::Limited;
    let engine = start(&clock, Vec::new(), Some(grid));
    let id = add_to(&engine, &server.url("/a.bin"), dir.path(), "");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        status(&engine, id),
        Status::Queued,
        "paused hours start nothing"
    );
    assert!(!engine.snapshot().queues[0].open);
    clock.set(0, 13, 0);
    let begun = Instant::now();
    engine.check_time();
    wait_finished(&engine, id);
    assert!(
        begun.elapsed() > Duration::from_millis(2_000),
        "limited hours hold the rate: {:?}",
        begun.elapsed()
    );
    assert_eq!(sha256_file(&dir.path().join("a.bin")), sha256(&body));
}
