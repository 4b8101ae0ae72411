//! Connections earned by the total speed: a line capped as a whole never sees more than the
//! user's number, a step that brings no speed is taken back, nothing grows under the user's own
//! limit, what paid off is remembered for the server's next download, and a slow connection's
//! bytes reach the file and its record on a clock, not when a buffer fills.

use std::time::{Duration, Instant};

use super::support::server::{Fault, Route, TestServer};
use super::support::{data, sha256, sha256_file, wait_until};
use super::{add, fast_config, wait_finished, wait_for};
use haul::engine::files::control::{self, PartPaths};
use haul::engine::rate::Rate;
use haul::engine::{Engine, EngineConfig, NetworkSettings};

/// Four connections by the user's choice, up to sixteen to one server when they pay.
fn growing_config() -> EngineConfig {
    EngineConfig {
        connections: 4,
        connections_per_host: 16,
        // Look-ups of published checksums would be answers of their own to count.
        checksum_discovery: false,
        ..fast_config()
    }
}

fn growing_engine() -> Engine {
    Engine::start(growing_config()).expect("engine")
}

#[test]
fn a_line_capped_as_a_whole_never_gets_more_than_the_users_number() {
    let server = TestServer::start();
    let body = data(6_000_000, 140);
    // One connection could have all of it; more only share it.
    server.route("/line.bin", Route::file(body.clone()).shared_cap(2_000_000));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = growing_engine();
    let id = add(&engine, &server.url("/line.bin"), dir.path());
    let row = wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("line.bin")), sha256(&body));
    let most = server.take_most_answering();
    assert!(
        most <= 4,
        "{most} connections at once to a line capped as a whole"
    );
    assert_eq!(row.details.growth.added, None, "no connection was added");
    let fact = row.details.growth.not_faster.expect("what the step showed");
    assert_eq!((fact.tried, fact.than), (4, 1), "{fact:?}");
    assert!(
        (1_500_000..2_500_000).contains(&fact.total),
        "the line's speed: {}",
        fact.total
    );
}

#[test]
fn a_step_that_brings_no_speed_is_taken_back_and_remembered() {
    let server = TestServer::start();
    let body = data(8_000_000, 141);
    // Each connection is held to 500 KB/s, the whole to 2.75 MB/s: four pay, eight bring only
    // a third more than four did. The line takes five and a half connections' worth: not on
    // the edge between two counts, so a loaded machine's measuring still lands on 5 or 6.
    server.route(
        "/both.bin",
        Route::file(body.clone())
            .throttle(500_000)
            .shared_cap(2_750_000),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(EngineConfig {
        connections_per_host: 8,
        ..growing_config()
    })
    .expect("engine");
    let id = add(&engine, &server.url("/both.bin"), dir.path());
    let judged = wait_for(
        &engine,
        id,
        Duration::from_secs(15),
        "the step to eight judged",
        |d| d.details.growth.not_faster.is_some(),
    );
    let fact = judged.details.growth.not_faster.expect("judged");
    assert_eq!((fact.tried, fact.than), (8, 4), "{fact:?}");
    let kept = judged.details.connections_wanted;
    assert!(
        (5..=7).contains(&kept),
        "back to about what the line takes (5 or 6): {kept}"
    );
    // The extra connections are closed at once, not when their pieces end.
    wait_until(
        Duration::from_secs(2),
        "the extra connections closed",
        || (server.answering() <= kept as u64).then_some(()),
    );
    let row = wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("both.bin")), sha256(&body));
    let added = row.details.growth.added.expect("more than four paid off");
    assert_eq!(added.to, kept);
    assert_eq!(added.each, None, "eight did not bring their share");

    // The next download from the server starts with what paid off, without climbing.
    server.route(
        "/next.bin",
        Route::file(data(2_000_000, 142)).throttle(500_000),
    );
    let next = add(&engine, &server.url("/next.bin"), dir.path());
    let started = wait_for(
        &engine,
        next,
        Duration::from_secs(10),
        "the remembered start",
        |d| d.details.growth.added.is_some(),
    );
    let remembered = started.details.growth.added.expect("remembered");
    assert!(remembered.remembered, "{remembered:?}");
    assert_eq!(remembered.to, kept);
    wait_finished(&engine, next);
}

#[test]
fn nothing_grows_while_the_users_own_limit_binds() {
    let server = TestServer::start();
    let body = data(6_000_000, 143);
    // Each connection is held to 400 KB/s, and the user allows 1.4 MB/s: four bring nearly
    // four times what one did (a step to sixteen would look worth it), but the limit binds.
    server.route("/limited.bin", Route::file(body.clone()).throttle(400_000));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = growing_engine();
    let id = add(&engine, &server.url("/limited.bin"), dir.path());
    engine.set_speed_limit(&[id], Some(Rate::bytes_per_sec(1_400_000)));
    let row = wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("limited.bin")), sha256(&body));
    let most = server.take_most_answering();
    assert!(most <= 4, "{most} connections under a limit of the user's");
    assert_eq!(row.details.growth.added, None, "nothing was added");
}

#[test]
fn a_slow_connections_bytes_reach_the_file_and_its_record_on_a_clock() {
    let server = TestServer::start();
    let body = data(1_000_000, 144);
    // 100 KB arrive, far less than a read buffer, then the server goes silent.
    server.route(
        "/slow.bin",
        Route::file(body.clone()).faults([Fault::StallAfter(100_000)]),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(EngineConfig {
        connections: 1,
        checksum_discovery: false,
        network: NetworkSettings {
            // A stall is noticed only much later: whatever is recorded before, the clock did.
            stall_timeout: Duration::from_secs(30),
            ..fast_config().network
        },
        ..fast_config()
    })
    .expect("engine");
    let started = Instant::now();
    let id = add(&engine, &server.url("/slow.bin"), dir.path());
    let paths = PartPaths::new(dir.path(), "slow.bin");
    let recorded = wait_until(Duration::from_secs(5), "the bytes recorded", || {
        control::read(&paths.control)
            .map(|record| record.usable_done().to_vec())
            .filter(|done| done.first().is_some_and(|[a, b]| *a == 0 && *b >= 100_000))
    });
    let waited = started.elapsed();
    assert!(
        waited < Duration::from_secs(2),
        "recorded after {waited:?} (the stall timeout is 30 s)"
    );
    assert_eq!(recorded, vec![[0, 100_000]]);
    let on_disk = std::fs::read(&paths.part).expect("the partial file");
    assert_eq!(
        &on_disk[..100_000],
        &body[..100_000],
        "the bytes are in the file"
    );
    engine.pause(&[id]);
}
