//! The handle front ends hold: how the engine is set up, started, tuned and stopped. What
//! users ask of single downloads is in `commands`; the undo in `undo`.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, Weak};
use std::thread;
use std::time::{Duration, Instant};

use thiserror::Error;

use crate::engine::rate::Rate;

use super::clock_thread;
use super::partials_on_disk;
use super::persister::Persister;
use super::pool::Pool;
use super::scheduler::schedule;
use super::shared::Shared;
use super::speed_rules::SpeedRules;
use super::store::QueueStore;
use super::undo_records::{UndoBook, UndoToken};
use super::undoing;
use crate::engine::clock::{Clock, SystemClock};
use crate::engine::files::categories::Categories;
use crate::engine::limits;
use crate::engine::net::hosts::Hosts;
use crate::engine::net::http::{self, NetworkSettings};
use crate::engine::net::limiter::RateLimiter;
use crate::engine::net::login::{Netrc, NetrcProblem};
use crate::engine::net::proxy::{ProxyChoice, Router};
use crate::engine::net::retry::RetryPolicy;
use crate::engine::net::tls;
use crate::engine::notice::Notice;
use crate::engine::resources::{Resources, Tuning};
use crate::engine::state::QueueConfig;
use crate::engine::state::waker::Waker;
use crate::engine::state::{Download, DownloadId, Snapshot, State};
use crate::engine::timetable::SpeedGrid;

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
    /// Overall speed limit.
    pub speed_limit: Rate,
    /// Folder for the saved queue; `None` keeps the queue in memory only (`haul get`).
    pub queue_dir: Option<PathBuf>,
    /// How long a cancel or a removal with deletion can be undone before files are deleted.
    pub undo_window: Duration,
    /// Look for published checksums beside downloads (sidecars, sums files).
    pub checksum_discovery: bool,
    /// How downloads are sorted into categories (and which folders those send files to).
    pub categories: Categories,
    /// The queues besides Main (and Main's own rules, if named); Main runs `jobs` at once.
    pub queues: Vec<QueueConfig>,
    /// The netrc whose logins are used (`None`: none; the window and `haul get` give
    /// `~/.netrc`).
    pub netrc: Option<PathBuf>,
    /// The weekly speed grid, if the user made one.
    pub speed_grid: Option<SpeedGrid>,
    /// Where schedules read the time.
    pub clock: Arc<dyn Clock>,
    /// How torrents meet their peers.
    pub peers: crate::engine::net::peers::PeerSettings,
    /// Where torrents' known pieces and seeding `.torrent` files are kept between runs
    /// (`None`: in `queue_dir`'s `torrents`, or nowhere without one).
    pub torrent_state_dir: Option<PathBuf>,
}

impl Default for EngineConfig {
    fn default() -> Self {
        Self {
            jobs: limits::JOBS.usize_default(),
            network: NetworkSettings::default(),
            retry: RetryPolicy::default(),
            connections: limits::CONNECTIONS_PER_FILE.usize_default(),
            connections_per_host: limits::CONNECTIONS_PER_HOST.usize_default(),
            speed_limit: Rate::NONE,
            queue_dir: None,
            undo_window: UNDO_WINDOW,
            checksum_discovery: true,
            categories: Categories::default(),
            queues: Vec::new(),
            netrc: None,
            speed_grid: None,
            clock: Arc::new(SystemClock),
            peers: crate::engine::net::peers::PeerSettings::default(),
            torrent_state_dir: None,
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

/// How long a cancel or a removal with deletion can be undone.
pub const UNDO_WINDOW: Duration = Duration::from_secs(10);

/// Handle to the running engine. Cheap to clone; all clones drive the same queue.
#[derive(Clone)]
pub struct Engine {
    pub(super) shared: Arc<Shared>,
}

impl Engine {
    /// Starts the engine: loads the saved queue (if configured) and resumes what was running.
    pub fn start(config: EngineConfig) -> Result<Self, EngineError> {
        let router = Router::new(config.network.proxy.clone());
        let client = http::build_client(&config.network, &router)?;
        let store = config.queue_dir.as_deref().map(QueueStore::new);
        let loaded = store.as_ref().map(QueueStore::load).unwrap_or_default();
        let mut state = State::new(
            loaded.downloads,
            loaded.next_id,
            config.jobs,
            &config.queues,
        );
        for notice in loaded.notices {
            state.notice(notice);
        }
        let netrc = netrc_of(&config, &mut state);
        if let Some(notice) = ca_file_not_used(&config.network) {
            state.notice(notice);
        }
        let metadata_dir = config
            .torrent_state_dir
            .clone()
            .or_else(|| config.queue_dir.as_ref().map(|dir| dir.join("torrents")));
        let resources = Arc::new(Resources::new(
            Tuning {
                client,
                router,
                network: config.network,
                retry: config.retry,
                connections: limits::CONNECTIONS_PER_FILE.clamp_usize(config.connections),
                hosts: Hosts::new(config.connections_per_host),
                limiter: Arc::new(RateLimiter::new(config.speed_limit.get())),
                checksum_discovery: config.checksum_discovery,
                categories: Arc::new(config.categories.clone()),
                netrc,
                peers: config.peers.clone(),
            },
            metadata_dir,
        )?);
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
                undo: Mutex::new(UndoBook::new(config.undo_window)),
                worker_threads: Pool::new("haul-worker"),
                resources,
                waker: Waker::default(),
                persister,
                speed_rules: SpeedRules::new(
                    Arc::clone(&config.clock),
                    config.speed_grid.clone(),
                    config.speed_limit.get(),
                ),
            }
        });
        if let Some(err) = spawn_error {
            return Err(EngineError::Thread(err));
        }
        let targets = partials_on_disk::targets(shared.lock().rows());
        partials_on_disk::spawn(&shared, targets);
        clock_thread::check(&shared);
        clock_thread::spawn(&shared).map_err(EngineError::Thread)?;
        super::seeding_again::take_up(&shared);
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
                state.has_notices() || state.is_idle()
            };
            if wanted {
                wake();
            }
        }));
    }

    /// Changes how many downloads run at once; running ones are never interrupted.
    pub fn set_jobs(&self, jobs: usize) {
        {
            self.shared.lock().set_jobs(jobs);
        }
        schedule(&self.shared);
        self.shared.waker.wake(true);
    }

    /// Applies new settings: the job limit at once, timeouts and retries from each download's
    /// next attempt. The queue folder cannot change while running.
    pub fn apply_config(&self, config: &EngineConfig) -> Result<(), EngineError> {
        let router = Router::new(config.network.proxy.clone());
        let client = http::build_client(&config.network, &router)?;
        let ca_file_changed =
            self.shared.resources.tuning().network.tls.ca_file != config.network.tls.ca_file;
        if ca_file_changed && let Some(notice) = ca_file_not_used(&config.network) {
            self.shared.lock().notice(notice);
            self.shared.changed();
        }
        self.shared.resources.retune(|tuning| {
            tuning.client = client;
            tuning.router = router;
            tuning.network = config.network.clone();
            tuning.retry = config.retry.clone();
            tuning.connections = limits::CONNECTIONS_PER_FILE.clamp_usize(config.connections);
            tuning.hosts.set_per_host(config.connections_per_host);
            tuning.limiter.set(config.speed_limit.get());
            tuning.checksum_discovery = config.checksum_discovery;
            tuning.peers = config.peers.clone();
            tuning.categories = Arc::new(config.categories.clone());
            // Read again (a fix of its permissions takes effect); a problem was said at start.
            tuning.netrc = config
                .netrc
                .as_ref()
                .and_then(|path| Netrc::load(path).ok().flatten())
                .map(Arc::new);
        });
        self.shared
            .speed_rules
            .set(config.speed_grid.clone(), config.speed_limit.get());
        self.shared
            .lock()
            .configure_queues(&config.queues, config.jobs);
        self.set_jobs(config.jobs);
        clock_thread::check(&self.shared);
        Ok(())
    }

    /// Sets the overall speed limit, effective at once.
    pub fn set_overall_limit(&self, limit: Rate) {
        self.shared.speed_rules.set_overall(limit.get());
        clock_thread::check(&self.shared);
        self.shared.waker.wake(true);
    }

    /// Sends downloads another way from their next request on: the client is made anew for
    /// the proxy (the remote control's `all-proxy`).
    pub fn set_proxy(&self, choice: ProxyChoice) -> Result<(), EngineError> {
        let mut network = self.shared.resources.tuning().network;
        network.proxy = choice;
        let router = Router::new(network.proxy.clone());
        let client = http::build_client(&network, &router)?;
        self.shared.resources.retune(|tuning| {
            tuning.client = client;
            tuning.router = router;
            tuning.network = network;
        });
        Ok(())
    }

    /// Where downloads go now (the settings' choice, or the remote control's).
    pub fn proxy(&self) -> ProxyChoice {
        self.shared.resources.tuning().router.choice().clone()
    }

    /// How many downloads of Main may run at once (without copying the rows, as a snapshot
    /// would).
    pub fn jobs(&self) -> usize {
        self.shared.lock().jobs()
    }

    /// The overall speed limit in force: the engine is its one owner; the window, the tray
    /// and the remote control read it here.
    pub fn overall_limit(&self) -> Rate {
        Rate::bytes_per_sec(self.shared.speed_rules.overall())
    }

    /// Limits these downloads to `limit` each (`None`: no limit), effective at once.
    pub fn set_speed_limit(&self, ids: &[DownloadId], limit: Option<Rate>) {
        self.command(ids, |state, id| {
            state.set_speed_limit(id, limit);
        });
    }

    /// Lets these downloads use at most `connections` each (`None`: the settings' number),
    /// from their next start on.
    pub fn set_connections(&self, ids: &[DownloadId], connections: Option<usize>) {
        let connections =
            connections.map(|n| crate::engine::limits::CONNECTIONS_PER_HOST.clamp_usize(n));
        self.command(ids, |state, id| {
            state.set_connections(id, connections);
        });
    }

    /// Gives downloads their own proxy (`None`: their queue's, else the settings'), from
    /// their next start.
    pub fn set_download_proxy(&self, ids: &[DownloadId], proxy: Option<ProxyChoice>) {
        self.command(ids, |state, id| state.set_proxy(id, proxy.clone()));
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
        self.shared.lock().version()
    }

    /// Messages for the user that are not about one download; each is returned once.
    pub fn take_notices(&self) -> Vec<Notice> {
        self.shared.lock().take_notices()
    }

    /// Takes back a cancel or a removal: cancelled downloads are paused again with their
    /// partial files, removed ones return to the list. False when the window has passed.
    pub fn undo(&self, token: UndoToken) -> bool {
        undoing::undo(&self.shared, token)
    }

    /// Stops all transfers so they continue on the next start, and saves the queue. Returns
    /// false if some worker did not stop within `timeout`.
    pub fn shutdown(&self, timeout: Duration) -> bool {
        {
            self.shared.lock().shut_down();
        }
        // Seeding ends with Haul (it is not taken up again at the next start).
        self.shared.resources.swarm.stop_all_seeding();
        let deadline = Instant::now() + timeout;
        let stopped = loop {
            if !self.shared.lock().running().any() && !self.shared.resources.swarm.any_seeding() {
                break true;
            }
            if Instant::now() >= deadline {
                break false;
            }
            thread::sleep(Duration::from_millis(10));
        };
        // Quitting ends every undo window: what was cancelled goes now.
        undoing::delete_all_now(&self.shared);
        self.shared.resources.dir_syncer.wait();
        if let Some(persister) = &self.shared.persister {
            persister.stop();
        }
        stopped
    }

    pub(super) fn ids_where(&self, wanted: impl Fn(&Download) -> bool) -> Vec<DownloadId> {
        let state = self.shared.lock();
        state
            .rows()
            .iter()
            .filter(|d| wanted(d))
            .map(|d| d.id)
            .collect()
    }

    pub(super) fn command(
        &self,
        ids: &[DownloadId],
        mut apply: impl FnMut(&mut State, DownloadId),
    ) {
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

/// Says why the certificate authorities file the settings name is not used (certificates it
/// should vouch for would be refused, and the reason would otherwise be hidden in a log).
fn ca_file_not_used(network: &NetworkSettings) -> Option<Notice> {
    let path = network.tls.ca_file.as_ref()?;
    let problem = tls::read_authorities(path).err()?;
    Some(Notice::CaFileNotUsed {
        path: path.clone(),
        detail: match problem {
            tls::CaFileProblem::Unreadable(detail) => detail,
            tls::CaFileProblem::NoCertificates => String::new(),
        },
    })
}

/// The logins of `config`'s netrc; one that is not used says why, once, as a notice.
fn netrc_of(config: &EngineConfig, state: &mut State) -> Option<Arc<Netrc>> {
    let path = config.netrc.as_ref()?;
    match Netrc::load(path) {
        Ok(netrc) => netrc.map(Arc::new),
        Err(problem) => {
            log::warn!("{problem}");
            state.notice(Notice::NetrcNotUsed {
                path: path.clone(),
                readable_by_others: matches!(problem, NetrcProblem::ReadableByOthers { .. }),
                detail: match problem {
                    NetrcProblem::Unreadable { detail, .. } => detail,
                    NetrcProblem::ReadableByOthers { .. } => String::new(),
                },
            });
            None
        }
    }
}
