//! The one BitTorrent session every torrent shares (made when the first one starts, with the
//! peer settings of that moment), and what Haul keeps beside it: which torrent each row is,
//! and the stop signal of each torrent still seeding after its row finished.
//!
//! The window's session keeps librqbit's fast-resume state in Haul's own folder, so a torrent
//! resumed after a quit or a crash knows its verified pieces without reading its files again;
//! the torrents it remembers start paused and run only when their row does.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use librqbit::{Session, SessionOptions, SessionPersistenceConfig};

use crate::engine::net::peers::PeerSettings;
use crate::engine::signal::{StopRequest, StopSignal};
use crate::engine::state::DownloadId;

/// The shared session and Haul's notes about it.
#[derive(Default)]
pub(crate) struct Swarm {
    session: tokio::sync::OnceCell<Arc<Session>>,
    /// Where the session keeps its state (`None`: nowhere; `haul get` checks the pieces on
    /// disk instead).
    state_dir: Option<PathBuf>,
    /// The info hash of each row's torrent, once known.
    hashes: Mutex<HashMap<DownloadId, librqbit::dht::Id20>>,
    /// Rows whose torrent is seeding, with the signal that ends it.
    seeding: Mutex<HashMap<DownloadId, Arc<StopSignal>>>,
}

impl Swarm {
    /// A swarm whose session keeps its state in `state_dir`.
    pub fn new(state_dir: Option<PathBuf>) -> Self {
        Self {
            state_dir,
            ..Self::default()
        }
    }

    /// The session, made now if no torrent made it yet (`Err`: what librqbit said).
    pub async fn session(
        &self,
        peers: &PeerSettings,
        default_dir: PathBuf,
    ) -> Result<Arc<Session>, String> {
        self.session
            .get_or_try_init(|| async {
                let session = Session::new_with_opts(default_dir, options(peers, &self.state_dir))
                    .await
                    .map_err(|err| format!("{err:#}"))?;
                // The torrents it remembers run when their rows do, not before.
                let remembered = session
                    .with_torrents(|all| all.map(|(_, handle)| handle.clone()).collect::<Vec<_>>());
                for handle in remembered {
                    let _ = session.pause(&handle).await;
                }
                session.ratelimits.set_upload_bps(bps(peers.upload_limit));
                Ok::<_, String>(session)
            })
            .await
            .cloned()
    }

    /// The session, if a torrent made it.
    pub fn started(&self) -> Option<Arc<Session>> {
        self.session.get().cloned()
    }

    /// `id`'s torrent is the one with `hash`.
    pub fn remember(&self, id: DownloadId, hash: librqbit::dht::Id20) {
        lock(&self.hashes).insert(id, hash);
    }

    /// The info hash of `id`'s torrent, if it was added in this run.
    pub fn hash_of(&self, id: DownloadId) -> Option<librqbit::dht::Id20> {
        lock(&self.hashes).get(&id).copied()
    }

    /// `id`'s torrent seeds from now; the signal ends it.
    pub fn seeding_started(&self, id: DownloadId) -> Arc<StopSignal> {
        let signal = Arc::new(StopSignal::default());
        lock(&self.seeding).insert(id, Arc::clone(&signal));
        signal
    }

    /// `id`'s torrent no longer seeds.
    pub fn seeding_ended(&self, id: DownloadId) {
        lock(&self.seeding).remove(&id);
    }

    /// Ends `id`'s seeding; false when it was not seeding.
    pub fn stop_seeding(&self, id: DownloadId) -> bool {
        match lock(&self.seeding).get(&id) {
            Some(signal) => {
                signal.raise(StopRequest::Pause);
                true
            }
            None => false,
        }
    }

    /// Ends every torrent's seeding (Haul is quitting).
    pub fn stop_all_seeding(&self) {
        for signal in lock(&self.seeding).values() {
            signal.raise(StopRequest::Pause);
        }
    }

    /// True while any torrent seeds.
    pub fn any_seeding(&self) -> bool {
        !lock(&self.seeding).is_empty()
    }
}

/// The session's options for `peers`.
fn options(peers: &PeerSettings, state_dir: &Option<PathBuf>) -> SessionOptions {
    SessionOptions {
        dht: peers
            .dht
            .then(librqbit::DhtSessionConfig::default)
            .map(|mut dht| {
                // Haul keeps no DHT state of its own between runs.
                dht.persistence = None;
                dht
            }),
        disable_trackers: !peers.trackers,
        listen: Some(librqbit::ListenerOptions {
            listen_addr: (
                std::net::Ipv4Addr::UNSPECIFIED,
                peers.listen_port.unwrap_or(0),
            )
                .into(),
            enable_upnp_port_forwarding: peers.upnp,
            ..Default::default()
        }),
        disable_local_service_discovery: !peers.dht,
        fastresume: state_dir.is_some(),
        persistence: state_dir
            .as_ref()
            .map(|folder| SessionPersistenceConfig::Json {
                folder: Some(folder.clone()),
            }),
        ..Default::default()
    }
}

/// A rate in bytes per second as librqbit takes it (`None`: no limit).
pub(crate) fn bps(rate: u64) -> Option<std::num::NonZeroU32> {
    std::num::NonZeroU32::new(u32::try_from(rate).unwrap_or(u32::MAX))
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
