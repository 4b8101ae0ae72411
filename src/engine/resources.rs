//! What workers use besides their row: the HTTP client and policies, read buffers, reader
//! threads, the folder syncer and the indexes of files in download folders. None of it is
//! anyone's status; a worker reports that through its [`Reporter`](crate::engine::state::reporter::Reporter).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use tokio::runtime::{Handle, Runtime};

pub(crate) mod swarm;
pub(crate) mod swarm_session;

use crate::engine::net::http::{self, NetworkSettings};
use reqwest::Client;

use crate::engine::checksum;
use crate::engine::files::categories::Categories;
use crate::engine::files::{control, dirsync, origin};
use crate::engine::net::hosts::Hosts;
use crate::engine::net::limiter::RateLimiter;
use crate::engine::net::login::{Netrc, SiteLogins};
use crate::engine::net::proxy::{ProxyChoice, Router};
use crate::engine::net::pump;
use crate::engine::net::retry::RetryPolicy;

/// Threads driving every connection: one is enough to read faster than a disk writes (curl
/// does it all on one), and leaves the other cores to the writers.
const NET_THREADS: usize = 1;

/// What a transfer attempt reads at its start; replaced when the settings change.
#[derive(Clone)]
pub(crate) struct Tuning {
    pub client: Client,
    /// Which way each link goes (the client above asks it too).
    pub router: Arc<Router>,
    pub network: NetworkSettings,
    pub retry: RetryPolicy,
    pub connections: usize,
    pub hosts: Arc<Hosts>,
    /// The overall speed limit, shared by every connection.
    pub limiter: Arc<RateLimiter>,
    /// Look for published checksums beside downloads.
    pub checksum_discovery: bool,
    /// How downloads are sorted into categories.
    pub categories: Arc<Categories>,
    /// The logins of `~/.netrc`, when it is used.
    pub netrc: Option<Arc<Netrc>>,
    /// How torrents meet their peers (read when the first torrent starts).
    pub peers: crate::engine::net::peers::PeerSettings,
}

/// Shared by every worker; reached through an `Arc`.
pub(crate) struct Resources {
    /// Read buffers reused by all transfers.
    pub buffers: Arc<pump::BufferPool>,
    /// The network thread: every request and response body is a task here. (An `Option` only
    /// so that dropping can let it end in the background.)
    net: Option<Runtime>,
    net_handle: Handle,
    /// Folders whose renames are waiting to be made durable.
    pub dir_syncer: dirsync::DirSyncer,
    /// Unfinished downloads found in download folders, for resuming by link.
    pub controls: control::ControlIndex,
    /// Finished files in download folders, by the link they came from.
    pub origins: origin::OriginIndex,
    /// Checksum files found in download folders on servers.
    pub checksums: Arc<checksum::discovery::Catalog>,
    /// Logins the user saved for sites.
    pub site_logins: SiteLogins,
    /// The BitTorrent session every torrent runs in, made when the first one starts.
    pub swarm: swarm::Swarm,
    /// The clients for discovery requests, by the network settings they were made for (a
    /// queue's own proxy makes its own).
    discovery_client: Mutex<HashMap<NetworkSettings, Option<Client>>>,
    /// The clients for downloads handed over by a browser, the same way.
    browser_client: Mutex<HashMap<NetworkSettings, Option<Client>>>,
    /// The router and client of each queue's own proxy, the same way.
    proxied: Mutex<HashMap<NetworkSettings, Option<Proxied>>>,
    /// Every byte written by every download since the engine started (for the overall speed,
    /// which must count files too short to show a speed of their own).
    received: AtomicU64,
    tuning: Mutex<Tuning>,
}

impl Resources {
    /// Starts the network thread.
    /// `metadata_dir`: where seeding torrents' `.torrent` files and torrents' known pieces
    /// are kept (`None`: nowhere, and no fast resume).
    pub fn new(tuning: Tuning, metadata_dir: Option<std::path::PathBuf>) -> std::io::Result<Self> {
        let net = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(NET_THREADS)
            .thread_name("haul-net")
            .enable_io()
            .enable_time()
            .build()?;
        Ok(Self {
            buffers: Arc::default(),
            net_handle: net.handle().clone(),
            net: Some(net),
            dir_syncer: dirsync::DirSyncer::default(),
            controls: control::ControlIndex::default(),
            origins: origin::OriginIndex::default(),
            checksums: Arc::default(),
            site_logins: SiteLogins::default(),
            swarm: swarm::Swarm::new(metadata_dir),
            discovery_client: Mutex::default(),
            browser_client: Mutex::default(),
            proxied: Mutex::default(),
            received: AtomicU64::new(0),
            tuning: Mutex::new(tuning),
        })
    }

    /// Where network tasks run.
    pub fn net(&self) -> &Handle {
        &self.net_handle
    }

    /// The current client and policies (a cheap copy: the client is reference-counted).
    pub fn tuning(&self) -> Tuning {
        self.tuning
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Changes the client and policies; attempts that start later use the new ones.
    pub fn retune(&self, change: impl FnOnce(&mut Tuning)) {
        change(&mut self.tuning.lock().unwrap_or_else(PoisonError::into_inner));
    }

    /// The client for discovery requests (see [`http::build_discovery_client`]); `None` when
    /// it cannot be made (discovery then simply does not happen).
    pub fn discovery_client(&self, tuning: &Tuning) -> Option<reqwest::Client> {
        kept_client(&self.discovery_client, &tuning.network, || {
            http::build_discovery_client(&tuning.network, &tuning.router)
                .inspect_err(|err| log::warn!("no checksum discovery: {err}"))
                .ok()
        })
    }

    /// The client for downloads a browser handed over (see [`http::build_browser_client`]).
    pub fn browser_client(&self, tuning: &Tuning) -> Option<reqwest::Client> {
        kept_client(&self.browser_client, &tuning.network, || {
            http::build_browser_client(&tuning.network, &tuning.router)
                .inspect_err(|err| log::warn!("no client for browser downloads: {err}"))
                .ok()
        })
    }

    /// The router and client for a queue's own proxy `choice`, with `network`'s other settings.
    pub fn clients_for(
        &self,
        network: &NetworkSettings,
        choice: &ProxyChoice,
    ) -> Option<(Arc<Router>, Client)> {
        let mut network = network.clone();
        network.proxy = choice.clone();
        kept_client(&self.proxied, &network, || {
            let router = Router::new(choice.clone());
            http::build_client(&network, &router)
                .inspect_err(|err| log::warn!("no client for a queue's proxy: {err}"))
                .ok()
                .map(|client| (router, client))
        })
    }

    /// Counts bytes that arrived.
    pub fn count_received(&self, bytes: u64) {
        self.received.fetch_add(bytes, Ordering::Relaxed);
    }

    /// Every byte received so far.
    pub fn received(&self) -> u64 {
        self.received.load(Ordering::Relaxed)
    }
}

/// A queue's own proxy: its router and the client made for it.
type Proxied = (Arc<Router>, Client);

/// Clients kept per network settings, at most (old settings are forgotten beyond it).
const MOST_KEPT: usize = 8;

/// What `kept` holds for `network`, made by `build` the first time.
fn kept_client<T: Clone>(
    kept: &Mutex<HashMap<NetworkSettings, Option<T>>>,
    network: &NetworkSettings,
    build: impl FnOnce() -> Option<T>,
) -> Option<T> {
    let mut kept = kept.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(made) = kept.get(network) {
        return made.clone();
    }
    if kept.len() >= MOST_KEPT {
        kept.clear();
    }
    let made = build();
    kept.insert(network.clone(), made.clone());
    made
}

impl Drop for Resources {
    fn drop(&mut self) {
        // Never blocks, so the engine may go away from any thread; tasks still running (a
        // stalled server) simply end.
        if let Some(net) = self.net.take() {
            net.shutdown_background();
        }
    }
}
