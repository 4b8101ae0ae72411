//! Engine tests against the fault-injecting loopback server: every rule of "Behaviour the
//! engine must get right" checked by the bytes on disk and the status a user would see.

#[path = "../support/mod.rs"]
mod support;

mod browser;
mod categories;
mod checksums;
mod details;
mod growth;
mod lifecycle;
mod logins;
mod ownership;
mod pages;
mod persistence;
mod proxies;
mod queues;
mod relink;
mod resume;
mod retries;
mod safety;
mod segments;
mod streams;
mod torrents;
mod trust;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use haul::engine::{
    AddRequest, Download, DownloadId, Engine, EngineConfig, NetworkSettings, RetryPolicy, Status,
};
use url::Url;

/// An engine tuned for tests: quick retries and a short stall timeout.
pub fn fast_config() -> EngineConfig {
    EngineConfig {
        jobs: 3,
        network: NetworkSettings {
            connect_timeout: Duration::from_secs(2),
            stall_timeout: Duration::from_secs(2),
            ..NetworkSettings::default()
        },
        retry: RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(20),
            max_delay: Duration::from_secs(3),
        },
        // One connection: these tests pin down the request sequence; tests/engine/segments.rs
        // covers several connections.
        connections: 1,
        // Short, so tests see the deletion that follows a cancel.
        undo_window: Duration::from_millis(800),
        ..EngineConfig::default()
    }
}

/// Starts an engine with [`fast_config`].
pub fn engine() -> Engine {
    Engine::start(fast_config()).expect("engine starts")
}

/// Adds `url` for download into `dir`.
pub fn add(engine: &Engine, url: &str, dir: &Path) -> DownloadId {
    engine
        .add(AddRequest::new(Url::parse(url).expect("url"), dir))
        .expect("added")
}

/// Waits until the download's row satisfies `check`.
pub fn wait_for(
    engine: &Engine,
    id: DownloadId,
    timeout: Duration,
    what: &str,
    check: impl Fn(&Download) -> bool,
) -> Arc<Download> {
    support::wait_until(timeout, what, || {
        engine.snapshot().get(id).filter(|d| check(d)).cloned()
    })
}

/// Waits until the download stops running (finished, failed, paused or cancelled).
pub fn wait_settled(engine: &Engine, id: DownloadId) -> Arc<Download> {
    wait_for(
        engine,
        id,
        Duration::from_secs(20),
        "the download to settle",
        |d| !d.status.is_running() && d.status != Status::Queued,
    )
}

/// Waits for a finished download and returns it.
pub fn wait_finished(engine: &Engine, id: DownloadId) -> Arc<Download> {
    let download = wait_settled(engine, id);
    assert_eq!(download.status, Status::Finished, "{:?}", download.status);
    download
}
