//! The download engine: a queue of downloads run by background worker threads.
//!
//! Nothing here knows about windows. Front ends send commands through [`Engine`] and read
//! [`Snapshot`]s; workers publish progress into the one shared state (about ten times a second
//! each) and wake the front end through a callback. Commands return at once: anything that
//! touches the disk or the network happens on a worker thread.

mod checkpoint;
pub mod control;
pub mod disk;
pub mod error;
pub mod fsutil;
pub mod hosts;
pub mod http;
pub mod limiter;
pub mod meter;
pub mod naming;
pub mod origin;
pub mod ownership;
pub mod plan;
pub mod pump;
pub mod ranges;
pub mod reason;
pub mod redact;
pub mod retry;
pub mod signal;
pub mod state;
pub mod store;
mod waker;
mod worker;

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};
use std::thread;
use std::time::{Duration, Instant};

use reqwest::blocking::Client;
use thiserror::Error;
use url::Url;

pub use error::{AddError, TransferError};
pub use http::NetworkSettings;
pub use reason::{Reason, SpeedNote};
pub use retry::RetryPolicy;
pub use signal::StopRequest;
pub use state::{Counts, Download, DownloadId, Snapshot, Status};

use signal::StopSignal;
use state::State;
use store::{Persister, QueueSource, QueueStore};
use waker::Waker;
use worker::{Job, JobKind, Outcome};

/// How the engine is set up.
#[derive(Clone, Debug)]
pub struct EngineConfig {
    /// Downloads running at the same time.
    pub jobs: usize,
    /// Timeouts and the user agent.
    pub network: NetworkSettings,
    /// How failed attempts are retried.
    pub retry: RetryPolicy,
    /// Connections per file (1 to 16); more are used only when the server supports ranges.
    pub connections: usize,
    /// Most connections to one host across all downloads.
    pub connections_per_host: usize,
    /// Overall speed limit in bytes per second; 0 for none.
    pub speed_limit: u64,
    /// Folder for the saved queue; `None` keeps the queue in memory only (`haul get`).
    pub queue_dir: Option<PathBuf>,
}

impl Default for EngineConfig {
    fn default() -> Self {
        Self {
            jobs: 3,
            network: NetworkSettings::default(),
            retry: RetryPolicy::default(),
            connections: 4,
            connections_per_host: 8,
            speed_limit: 0,
            queue_dir: None,
        }
    }
}

/// The engine could not start.
#[derive(Debug, Error)]
pub enum EngineError {
    /// The HTTP client could not be built (for example no TLS support).
    #[error("could not set up the HTTP client: {0}")]
    Client(#[from] reqwest::Error),
    /// A background thread could not be started.
    #[error("could not start a background thread: {0}")]
    Thread(#[from] std::io::Error),
}

/// A download to add.
#[derive(Clone, Debug)]
pub struct AddRequest {
    /// The link.
    pub url: Url,
    /// Folder for the file.
    pub dir: PathBuf,
    /// A name chosen by the user instead of the server's suggestion.
    pub file_name: Option<String>,
    /// Expected SHA-256 of the file, as hex.
    pub sha256: Option<String>,
    /// Add it paused instead of queued.
    pub paused: bool,
    /// Download a fresh copy even if the same file from this link is already in the folder.
    pub again: bool,
}

impl AddRequest {
    /// A request to download `url` into `dir` with the server's name, starting when a slot
    /// is free.
    pub fn new(url: Url, dir: impl Into<PathBuf>) -> Self {
        Self {
            url,
            dir: dir.into(),
            file_name: None,
            sha256: None,
            paused: false,
            again: false,
        }
    }
}

/// What a transfer attempt reads at its start; replaced when the settings change.
#[derive(Clone)]
pub(crate) struct Tuning {
    pub client: Client,
    pub network: NetworkSettings,
    pub retry: RetryPolicy,
    pub connections: usize,
    pub hosts: Arc<hosts::Hosts>,
    /// The overall speed limit, shared by every connection.
    pub limiter: Arc<limiter::RateLimiter>,
}

/// Most connections per file.
pub const MAX_CONNECTIONS: usize = 16;

/// The shared core: state, HTTP client and helpers, reachable from every worker.
pub(crate) struct Shared {
    state: Mutex<State>,
    /// Read buffers reused by all transfers.
    buffers: Arc<pump::BufferPool>,
    /// Unfinished downloads found in download folders, for resuming by link.
    controls: control::ControlIndex,
    /// Finished files in download folders, by the link they came from.
    origins: origin::OriginIndex,
    tuning: Mutex<Tuning>,
    waker: Waker,
    persister: Option<Persister>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The current client and policies (a cheap copy: the client is reference-counted).
    pub(crate) fn tuning(&self) -> Tuning {
        self.tuning
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn changed(&self) {
        if let Some(persister) = &self.persister {
            persister.mark_dirty();
        }
        self.waker.wake(true);
    }
}

impl Shared {
    /// Tells the user something that is not about one row (shown once).
    pub(crate) fn notice(&self, message: String) {
        self.report(message);
        self.waker.wake(true);
    }
}

impl QueueSource for Shared {
    fn rows_to_save(&self) -> Option<(Vec<Arc<Download>>, u64)> {
        let state = self.lock();
        Some((state.rows.clone(), state.next_id))
    }

    fn report(&self, message: String) {
        let mut state = self.lock();
        if !state.notices.contains(&message) {
            state.notices.push(message);
            state.version += 1;
        }
    }
}

/// Handle to the running engine. Cheap to clone; all clones drive the same queue.
#[derive(Clone)]
pub struct Engine {
    shared: Arc<Shared>,
}

impl Engine {
    /// Starts the engine: loads the saved queue (if configured) and resumes what was running.
    pub fn start(config: EngineConfig) -> Result<Self, EngineError> {
        let client = http::build_client(&config.network)?;
        let store = config.queue_dir.as_deref().map(QueueStore::new);
        let loaded = store.as_ref().map(QueueStore::load).unwrap_or_default();
        let state = State {
            // Never equal to an empty `Snapshot::default()`, so a first look always copies.
            version: 1,
            rows: loaded.downloads.into_iter().map(Arc::new).collect(),
            next_id: loaded.next_id.max(1),
            jobs: config.jobs.max(1),
            notices: loaded.notices,
            ..State::default()
        };
        let mut spawn_error = None;
        let shared = Arc::new_cyclic(|weak: &Weak<Shared>| {
            let persister = store.and_then(|store| match Persister::spawn(store, weak.clone()) {
                Ok(persister) => Some(persister),
                Err(err) => {
                    spawn_error = Some(err);
                    None
                }
            });
            Shared {
                state: Mutex::new(state),
                buffers: Arc::default(),
                controls: control::ControlIndex::default(),
                origins: origin::OriginIndex::default(),
                tuning: Mutex::new(Tuning {
                    client,
                    network: config.network,
                    retry: config.retry,
                    connections: config.connections.clamp(1, MAX_CONNECTIONS),
                    hosts: hosts::Hosts::new(config.connections_per_host),
                    limiter: Arc::new(limiter::RateLimiter::new(config.speed_limit)),
                }),
                waker: Waker::default(),
                persister,
            }
        });
        if let Some(err) = spawn_error {
            return Err(EngineError::Thread(err));
        }
        schedule(&shared);
        Ok(Self { shared })
    }

    /// Sets the function that wakes the front end when something changed.
    pub fn set_waker(&self, wake: impl Fn() + Send + Sync + 'static) {
        self.shared.waker.set(Arc::new(wake));
    }

    /// Adds one download.
    pub fn add(&self, request: AddRequest) -> Result<DownloadId, AddError> {
        self.add_many(vec![request])
            .pop()
            .unwrap_or(Err(AddError::NoHost))
    }

    /// Adds several downloads under one lock (for pasted lists of thousands of links).
    pub fn add_many(&self, requests: Vec<AddRequest>) -> Vec<Result<DownloadId, AddError>> {
        let now = store::unix_now();
        let mut results = Vec::with_capacity(requests.len());
        {
            let mut state = self.shared.lock();
            for request in requests {
                results.push(validate(&request).map(|()| {
                    let id = DownloadId(state.next_id);
                    state.next_id += 1;
                    let name_fixed = request.file_name.is_some();
                    state.rows.push(Arc::new(Download {
                        id,
                        url: request.url,
                        dir: request.dir,
                        file_name: request.file_name.map(|n| naming::sanitize(&n)),
                        name_fixed,
                        status: if request.paused {
                            Status::Paused { reason: None }
                        } else {
                            Status::Queued
                        },
                        bytes_done: 0,
                        total_bytes: None,
                        bytes_per_sec: 0,
                        eta_secs: None,
                        sha256: request.sha256.map(|h| h.to_ascii_lowercase()),
                        speed_limit: None,
                        added_unix: now,
                        finished_unix: None,
                        note: None,
                        again: request.again,
                        already_downloaded: false,
                    }));
                    id
                }));
            }
            state.version += 1;
        }
        self.shared.changed();
        schedule(&self.shared);
        results
    }

    /// Pauses downloads; running ones stop within a fraction of a second, keeping their data.
    pub fn pause(&self, ids: &[DownloadId]) {
        self.command(ids, |state, id| {
            let Some(row) = state.row(id) else { return };
            if !row.status.can_pause() {
                return;
            }
            if let Some(signal) = state.workers.get(&id) {
                signal.raise(StopRequest::Pause);
            }
            state.update(id, |d| {
                d.status = Status::Paused { reason: None };
                d.bytes_per_sec = 0;
                d.eta_secs = None;
            });
        });
    }

    /// Resumes paused downloads (they queue for a free slot).
    pub fn resume(&self, ids: &[DownloadId]) {
        self.command(ids, |state, id| {
            if matches!(
                state.row(id).map(|d| &d.status),
                Some(Status::Paused { .. })
            ) {
                state.update(id, |d| d.status = Status::Queued);
            }
        });
    }

    /// Tries failed or cancelled downloads again (a failed one continues its partial file).
    pub fn retry(&self, ids: &[DownloadId]) {
        self.command(ids, |state, id| {
            if matches!(
                state.row(id).map(|d| &d.status),
                Some(Status::Failed { .. } | Status::Cancelled | Status::Paused { .. })
            ) {
                state.update(id, |d| {
                    d.status = Status::Queued;
                    d.note = None;
                });
            }
        });
    }

    /// Cancels downloads: stops them and deletes the partial data they created.
    pub fn cancel(&self, ids: &[DownloadId]) {
        let shared = Arc::clone(&self.shared);
        self.command(ids, |state, id| {
            let Some(row) = state.row(id) else { return };
            if matches!(row.status, Status::Finished | Status::Cancelled) {
                return;
            }
            let job = Job::from_row(row, JobKind::Cleanup);
            state.update(id, |d| {
                d.status = Status::Cancelled;
                d.bytes_done = 0;
                d.bytes_per_sec = 0;
                d.eta_secs = None;
            });
            stop_or_clean(&shared, state, job);
        });
    }

    /// Removes downloads from the list. Unfinished ones are cancelled first; finished files
    /// stay on disk.
    pub fn remove(&self, ids: &[DownloadId]) {
        let shared = Arc::clone(&self.shared);
        self.command(ids, |state, id| {
            let Some(index) = state.index(id) else { return };
            let row = state.rows.remove(index);
            state.limiters.remove(&id);
            state.version += 1;
            if !matches!(row.status, Status::Finished | Status::Cancelled) {
                stop_or_clean(&shared, state, Job::from_row(&row, JobKind::Cleanup));
            }
        });
    }

    /// Pauses everything that is waiting or running.
    pub fn pause_all(&self) {
        let ids = self.ids_where(|d| d.status.can_pause());
        self.pause(&ids);
    }

    /// Resumes everything paused.
    pub fn resume_all(&self) {
        let ids = self.ids_where(|d| matches!(d.status, Status::Paused { .. }));
        self.resume(&ids);
    }

    /// Removes finished downloads from the list (their files stay).
    pub fn clear_finished(&self) {
        let ids = self.ids_where(|d| d.status == Status::Finished);
        self.remove(&ids);
    }

    /// Changes how many downloads run at once; running ones are never interrupted.
    pub fn set_jobs(&self, jobs: usize) {
        {
            let mut state = self.shared.lock();
            state.jobs = jobs.max(1);
            state.version += 1;
        }
        schedule(&self.shared);
        self.shared.waker.wake(true);
    }

    /// Applies new settings: the job limit at once, timeouts and retries from each download's
    /// next attempt. The queue folder cannot change while running.
    pub fn apply_config(&self, config: &EngineConfig) -> Result<(), EngineError> {
        let client = http::build_client(&config.network)?;
        {
            let mut tuning = self
                .shared
                .tuning
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            tuning.client = client;
            tuning.network = config.network.clone();
            tuning.retry = config.retry.clone();
            tuning.connections = config.connections.clamp(1, MAX_CONNECTIONS);
            tuning.hosts.set_per_host(config.connections_per_host);
            tuning.limiter.set(config.speed_limit);
        }
        self.set_jobs(config.jobs);
        Ok(())
    }

    /// Sets the overall speed limit in bytes per second (0: none), effective at once.
    pub fn set_overall_limit(&self, bytes_per_sec: u64) {
        self.shared.tuning().limiter.set(bytes_per_sec);
        self.shared.waker.wake(true);
    }

    /// The overall speed limit in bytes per second (0: none).
    pub fn overall_limit(&self) -> u64 {
        self.shared.tuning().limiter.get()
    }

    /// Limits these downloads to `bytes_per_sec` each (`None`: no limit), effective at once.
    pub fn set_speed_limit(&self, ids: &[DownloadId], bytes_per_sec: Option<u64>) {
        self.command(ids, |state, id| {
            if state.update(id, |d| d.speed_limit = bytes_per_sec) {
                state
                    .limiter_for(id, bytes_per_sec)
                    .set(bytes_per_sec.unwrap_or(0));
            }
        });
    }

    /// A consistent copy of every download.
    pub fn snapshot(&self) -> Snapshot {
        self.shared.lock().snapshot()
    }

    /// The current version; a snapshot is only worth taking when this changed.
    pub fn version(&self) -> u64 {
        self.shared.lock().version
    }

    /// Messages for the user that are not about one download; each is returned once.
    pub fn take_notices(&self) -> Vec<String> {
        std::mem::take(&mut self.shared.lock().notices)
    }

    /// Stops all transfers so they continue on the next start, and saves the queue. Returns
    /// false if some worker did not stop within `timeout`.
    pub fn shutdown(&self, timeout: Duration) -> bool {
        {
            let mut state = self.shared.lock();
            state.shutting_down = true;
            for signal in state.workers.values() {
                signal.raise(StopRequest::Shutdown);
            }
        }
        let deadline = Instant::now() + timeout;
        let stopped = loop {
            if self.shared.lock().workers.is_empty() {
                break true;
            }
            if Instant::now() >= deadline {
                break false;
            }
            thread::sleep(Duration::from_millis(10));
        };
        if let Some(persister) = &self.shared.persister {
            persister.stop();
        }
        stopped
    }

    fn ids_where(&self, wanted: impl Fn(&Download) -> bool) -> Vec<DownloadId> {
        let state = self.shared.lock();
        state
            .rows
            .iter()
            .filter(|d| wanted(d))
            .map(|d| d.id)
            .collect()
    }

    fn command(&self, ids: &[DownloadId], mut apply: impl FnMut(&mut State, DownloadId)) {
        {
            let mut state = self.shared.lock();
            for &id in ids {
                apply(&mut state, id);
            }
        }
        self.shared.changed();
        schedule(&self.shared);
    }
}

fn validate(request: &AddRequest) -> Result<(), AddError> {
    if !matches!(request.url.scheme(), "http" | "https") {
        return Err(AddError::UnsupportedScheme(request.url.scheme().to_owned()));
    }
    if request.url.host_str().is_none_or(str::is_empty) {
        return Err(AddError::NoHost);
    }
    if let Some(hash) = &request.sha256
        && (hash.len() != 64 || !hash.chars().all(|c| c.is_ascii_hexdigit()))
    {
        return Err(AddError::BadChecksum);
    }
    Ok(())
}

/// Stops a running worker with a cancel, or starts a cleanup for one that is not running.
fn stop_or_clean(shared: &Arc<Shared>, state: &mut State, job: Job) {
    if let Some(signal) = state.workers.get(&job.id) {
        signal.raise(StopRequest::Cancel);
        return;
    }
    if job.file_name.is_some() {
        spawn_worker(shared, state, job);
    }
}

/// Starts queued downloads while slots are free.
fn schedule(shared: &Arc<Shared>) {
    let mut state = shared.lock();
    if state.shutting_down {
        return;
    }
    let mut running = state
        .rows
        .iter()
        .filter(|d| state.workers.contains_key(&d.id) && d.status.is_running())
        .count();
    let mut starting = Vec::new();
    for row in &state.rows {
        if running >= state.jobs {
            break;
        }
        if row.status == Status::Queued && !state.workers.contains_key(&row.id) {
            starting.push(Job::from_row(row, JobKind::Download));
            running += 1;
        }
    }
    for job in starting {
        state.update(job.id, |d| d.status = Status::Connecting);
        spawn_worker(shared, &mut state, job);
    }
}

fn spawn_worker(shared: &Arc<Shared>, state: &mut State, job: Job) {
    let id = job.id;
    let signal = Arc::new(StopSignal::default());
    state.workers.insert(id, Arc::clone(&signal));
    let limit = state.row(id).and_then(|d| d.speed_limit);
    let limiter = state.limiter_for(id, limit);
    let thread_shared = Arc::clone(shared);
    let spawned = thread::Builder::new()
        .name(format!("haul-worker-{}", id.0))
        .spawn(move || {
            let outcome = worker::run(&thread_shared, &job, &signal, limiter);
            worker_finished(&thread_shared, id, outcome);
        });
    if let Err(err) = spawned {
        state.workers.remove(&id);
        state.update(id, |d| {
            d.status = Status::Failed {
                reason: Reason::NoThread {
                    detail: err.to_string(),
                },
            }
        });
    }
}

/// Records how a worker ended and lets the next download start.
fn worker_finished(shared: &Arc<Shared>, id: DownloadId, outcome: Outcome) {
    {
        let mut state = shared.lock();
        state.workers.remove(&id);
        state.space_claims.remove(&id);
        let shutting_down = state.shutting_down;
        state.update(id, |d| {
            d.bytes_per_sec = 0;
            d.eta_secs = None;
            let still_running = d.status.is_running();
            match outcome {
                Outcome::Finished {
                    file_name,
                    bytes,
                    already,
                } => {
                    d.status = Status::Finished;
                    d.already_downloaded = already;
                    d.file_name = Some(file_name);
                    d.bytes_done = bytes;
                    d.total_bytes = Some(bytes);
                    d.finished_unix = Some(store::unix_now());
                }
                Outcome::Failed(reason) if still_running => d.status = Status::Failed { reason },
                Outcome::PausedBecause(reason) if still_running => {
                    d.status = Status::Paused {
                        reason: Some(reason),
                    }
                }
                // A worker stopped by Haul quitting continues on the next start.
                Outcome::Stopped if still_running && shutting_down => d.status = Status::Queued,
                Outcome::Stopped if still_running => d.status = Status::Paused { reason: None },
                // The user changed the status meanwhile (pause, cancel, resume): keep theirs.
                _ => {}
            }
        });
    }
    shared.changed();
    schedule(shared);
}
