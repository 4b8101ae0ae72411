//! The download engine: a queue of downloads run by background worker threads.
//!
//! Nothing here knows about windows. Front ends send commands through [`Engine`] and read
//! [`Snapshot`]s; workers publish progress into the one shared state (about ten times a second
//! each) and wake the front end through a callback. Commands return at once: anything that
//! touches the disk or the network happens on a worker thread.

mod checkpoint;
pub mod checksum;
mod commands;
pub mod control;
pub mod details;
mod dirsync;
pub mod disk;
pub mod error;
pub mod from_browser;
pub mod fsutil;
pub mod hosts;
pub mod http;
pub mod limiter;
pub mod limits;
pub mod meter;
pub mod naming;
pub mod origin;
pub mod ownership;
mod partials_on_disk;
mod persister;
pub mod plan;
mod pool;
pub mod pump;
pub mod ranges;
pub mod reason;
pub mod redact;
mod reporter;
mod resources;
pub mod retry;
pub mod same_file;
mod scheduler;
pub mod signal;
pub mod state;
pub mod store;
mod tls;
mod undo;
mod waker;
pub mod web_page;
mod worker;

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};
use std::thread;
use std::time::{Duration, Instant};

use reqwest::Client;
use thiserror::Error;

pub use checksum::{Algorithm, Checksum, Expected};
pub use commands::AddRequest;
pub use details::{ConnectionInfo, Details, RetryRecord};
pub use error::{AddError, TransferError};
pub use from_browser::FromBrowser;
pub use http::NetworkSettings;
pub use reason::{Reason, SpeedNote};
pub use retry::RetryPolicy;
pub use signal::StopRequest;
pub use state::{Counts, Download, DownloadId, Relink, Snapshot, Status};
pub use undo::{PartialFiles, UndoToken};

use persister::{Persister, QueueSource};
use scheduler::schedule;
use state::State;
use store::QueueStore;
use waker::Waker;

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
    /// How long a cancel or a removal with deletion can be undone before files are deleted.
    pub undo_window: Duration,
    /// Look for published checksums beside downloads (sidecars, sums files).
    pub checksum_discovery: bool,
}

impl Default for EngineConfig {
    fn default() -> Self {
        Self {
            jobs: limits::JOBS.usize_default(),
            network: NetworkSettings::default(),
            retry: RetryPolicy::default(),
            connections: limits::CONNECTIONS_PER_FILE.usize_default(),
            connections_per_host: limits::CONNECTIONS_PER_HOST.usize_default(),
            speed_limit: 0,
            queue_dir: None,
            undo_window: UNDO_WINDOW,
            checksum_discovery: true,
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
    /// Look for published checksums beside downloads.
    pub checksum_discovery: bool,
}

/// How long a cancel or a removal with deletion can be undone.
pub const UNDO_WINDOW: Duration = Duration::from_secs(10);

/// The shared core: the rows behind their one lock, whom to tell when they change, and what
/// workers use. Workers do not get this; they get a [`reporter::Reporter`] and the
/// [`resources::Resources`].
pub(crate) struct Shared {
    state: Mutex<State>,
    /// Threads running downloads, kept for the next one.
    worker_threads: pool::Pool,
    resources: Arc<resources::Resources>,
    waker: Waker,
    persister: Option<Persister>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
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
            undo_window: config.undo_window,
            ..State::default()
        };
        let resources = Arc::new(resources::Resources::new(Tuning {
            client,
            network: config.network,
            retry: config.retry,
            connections: limits::CONNECTIONS_PER_FILE.clamp_usize(config.connections),
            hosts: hosts::Hosts::new(config.connections_per_host),
            limiter: Arc::new(limiter::RateLimiter::new(config.speed_limit)),
            checksum_discovery: config.checksum_discovery,
        })?);
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
                worker_threads: pool::Pool::new("haul-worker"),
                resources,
                waker: Waker::default(),
                persister,
            }
        });
        if let Some(err) = spawn_error {
            return Err(EngineError::Thread(err));
        }
        let targets = partials_on_disk::targets(&shared.lock().rows);
        partials_on_disk::spawn(&shared, targets);
        schedule(&shared);
        Ok(Self { shared })
    }

    /// Sets the function that wakes the front end when something changed.
    pub fn set_waker(&self, wake: impl Fn() + Send + Sync + 'static) {
        self.shared.waker.set(Arc::new(wake));
    }

    /// Sets a function called only when every download has settled or a notice waits: for a
    /// front end that shows progress on its own clock (the command line), so a list of many
    /// short files does not wake it several times per file.
    pub fn set_settled_waker(&self, wake: impl Fn() + Send + Sync + 'static) {
        let shared = Arc::downgrade(&self.shared);
        self.shared.waker.set(Arc::new(move || {
            let Some(shared) = shared.upgrade() else {
                return;
            };
            let wanted = {
                let state = shared.lock();
                !state.notices.is_empty() || state.is_idle()
            };
            if wanted {
                wake();
            }
        }));
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
        self.shared.resources.retune(|tuning| {
            tuning.client = client;
            tuning.network = config.network.clone();
            tuning.retry = config.retry.clone();
            tuning.connections = limits::CONNECTIONS_PER_FILE.clamp_usize(config.connections);
            tuning.hosts.set_per_host(config.connections_per_host);
            tuning.limiter.set(config.speed_limit);
            tuning.checksum_discovery = config.checksum_discovery;
        });
        self.set_jobs(config.jobs);
        Ok(())
    }

    /// Sets the overall speed limit in bytes per second (0: none), effective at once.
    pub fn set_overall_limit(&self, bytes_per_sec: u64) {
        self.shared.resources.tuning().limiter.set(bytes_per_sec);
        self.shared.waker.wake(true);
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
        let mut snapshot = self.shared.lock().snapshot();
        snapshot.received_bytes = self.shared.resources.received();
        snapshot
    }

    /// True when no download is running or waiting to run (a look, without a copy).
    pub fn is_idle(&self) -> bool {
        self.shared.lock().is_idle()
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
        // Quitting ends every undo window: what was cancelled goes now.
        undo::delete_all_now(&self.shared);
        self.shared.resources.dir_syncer.wait();
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
