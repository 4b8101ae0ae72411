//! The one BitTorrent session every torrent shares (made when the first one starts, with the
//! peer settings of that moment), and what Haul keeps beside it: which torrent each row is,
//! and the stop signal of each torrent still seeding after its row finished.
//!
//! Which pieces each torrent has is kept between runs by Haul (`HASH.have` beside the kept
//! `.torrent` files, see `kinds/torrent/known_pieces`) and handed to librqbit's fast resume
//! as the torrent is added: librqbit checks a sample of them against their hashes and trusts
//! the rest, so a resumed torrent does not read all it has again. librqbit's own persistence
//! folder is only the way in: a private temporary folder of this session's, so that it never
//! restores torrents on its own beside Haul's list, nor meets another Haul process's (and
//! librqbit writes its copy only every 16 MiB).

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
    /// The info hash of each row's torrent, once known.
    hashes: Mutex<HashMap<DownloadId, librqbit::dht::Id20>>,
    /// Rows whose torrent is seeding, with the signal that ends it.
    seeding: Mutex<HashMap<DownloadId, Arc<StopSignal>>>,
    /// Where the `.torrent` of each seeding torrent is kept, so that a magnet's seeding taken
    /// up at the next start does not wait for peers to send its metadata (`None`: nowhere).
    metadata_dir: Option<PathBuf>,
    /// librqbit's persistence folder, made with the session (see the module's note).
    way_in: std::sync::OnceLock<PrivateFolder>,
}

impl Swarm {
    /// A swarm that keeps seeding torrents' metadata in `metadata_dir`.
    pub fn new(metadata_dir: Option<PathBuf>) -> Self {
        Self {
            metadata_dir,
            ..Self::default()
        }
    }

    /// Keeps the `.torrent` of the torrent `hash` (40 hex digits) while it seeds.
    pub fn keep_metadata(&self, hash: &str, torrent: &[u8]) {
        if let Some(dir) = &self.metadata_dir {
            let _ = std::fs::create_dir_all(dir).and_then(|()| {
                std::fs::write(dir.join(format!("{hash}.seeding.torrent")), torrent)
            });
        }
    }

    /// The `.torrent` kept for `hash`, if any.
    pub fn kept_metadata(&self, hash: &str) -> Option<Vec<u8>> {
        let dir = self.metadata_dir.as_ref()?;
        std::fs::read(dir.join(format!("{hash}.seeding.torrent"))).ok()
    }

    /// Forgets the `.torrent` kept for `hash` (its seeding is over).
    pub fn forget_metadata(&self, hash: &str) {
        if let Some(dir) = &self.metadata_dir {
            let _ = std::fs::remove_file(dir.join(format!("{hash}.seeding.torrent")));
        }
    }

    /// Where `hash`'s known pieces are kept between runs.
    pub fn known_pieces_file(&self, hash: &str) -> Option<PathBuf> {
        Some(self.metadata_dir.as_ref()?.join(format!("{hash}.have")))
    }

    /// Hands `hash`'s known pieces to librqbit's fast resume, for the torrent about to be
    /// added (nothing when none are kept).
    pub fn offer_known_pieces(&self, hash: &str) {
        if let (Some(kept), Some(way_in)) = (self.known_pieces_file(hash), self.way_in.get()) {
            let offered = way_in.path().join(format!("{hash}.bitv"));
            if std::fs::copy(&kept, &offered).is_err() {
                let _ = std::fs::remove_file(offered);
            }
        }
    }

    /// Forgets `hash`'s known pieces (its files are complete and it left, or they are gone).
    pub fn forget_known_pieces(&self, hash: &str) {
        if let Some(kept) = self.known_pieces_file(hash) {
            let _ = std::fs::remove_file(kept);
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
                // Without a place for known pieces, or a temporary folder, no fast resume:
                // a resumed torrent has all its pieces checked.
                let way_in = self
                    .metadata_dir
                    .as_ref()
                    .and_then(|_| PrivateFolder::new().ok())
                    .map(|folder| self.way_in.get_or_init(|| folder).path().to_path_buf());
                let session = Session::new_with_opts(default_dir, options(peers, way_in))
                    .await
                    .map_err(|err| format!("{err:#}"))?;
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

    /// Ends every torrent's seeding (Haul is quitting: each row keeps what it says, and the
    /// next start takes it up).
    pub fn stop_all_seeding(&self) {
        for signal in lock(&self.seeding).values() {
            signal.raise(StopRequest::Shutdown);
        }
    }

    /// True while any torrent seeds.
    pub fn any_seeding(&self) -> bool {
        !lock(&self.seeding).is_empty()
    }
}

/// A folder of this process's own in the temporary folder, readable by the user alone, gone
/// when it is dropped.
struct PrivateFolder(PathBuf);

impl PrivateFolder {
    fn new() -> std::io::Result<Self> {
        use std::os::unix::fs::DirBuilderExt;
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| since.subsec_nanos());
        let path =
            std::env::temp_dir().join(format!("haul-torrents-{}-{nanos}", std::process::id()));
        // `create`, not `create_all`: a folder already there (someone else's) is refused.
        std::fs::DirBuilder::new().mode(0o700).create(&path)?;
        Ok(Self(path))
    }

    fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for PrivateFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The session's options for `peers`, with fast resume through `way_in` when there is one.
fn options(peers: &PeerSettings, way_in: Option<PathBuf>) -> SessionOptions {
    SessionOptions {
        fastresume: way_in.is_some(),
        persistence: way_in.map(|folder| SessionPersistenceConfig::Json {
            folder: Some(folder),
        }),
        dht: (peers.dht && peers.proxy.is_none())
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
        peer_limit: Some(MOST_PEERS),
        connect: peers
            .proxy
            .as_ref()
            .map(|proxy| librqbit::ConnectionOptions {
                proxy_url: Some(proxy.clone()),
                ..Default::default()
            }),
        ..Default::default()
    }
}

/// Most peers one torrent connects to (aria2's `bt-max-peers` default): more only spreads the
/// same line thinner and holds more sockets and memory.
const MOST_PEERS: usize = 55;

/// A rate in bytes per second as librqbit takes it (`None`: no limit).
pub(crate) fn bps(rate: u64) -> Option<std::num::NonZeroU32> {
    std::num::NonZeroU32::new(u32::try_from(rate).unwrap_or(u32::MAX))
}

/// `mutex`'s guard, even after a thread panicked holding it (the maps stay usable).
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
