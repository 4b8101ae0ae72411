//! The one BitTorrent session every torrent shares (see `swarm_session` for its life: made
//! when a torrent needs it, retired when none does), and what Haul keeps beside it: which
//! torrent each row is, the stop signal of each torrent still seeding after its row finished,
//! and, between runs, seeding torrents' `.torrent` files and each torrent's known pieces.
//!
//! Which pieces each torrent has is kept between runs by Haul (`HASH.have` beside the kept
//! `.torrent` files, see `kinds/torrent/known_pieces`) and handed to librqbit's fast resume
//! as the torrent is added: librqbit checks a sample of them against their hashes and trusts
//! the rest, so a resumed torrent does not read all it has again.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use librqbit::Session;

use super::swarm_session::{Busy, Live, lock};
use crate::engine::net::peers::PeerSettings;
use crate::engine::signal::{StopRequest, StopSignal};
use crate::engine::state::DownloadId;

/// The shared session and Haul's notes about it.
#[derive(Default)]
pub(crate) struct Swarm {
    session: Arc<Live>,
    /// The info hash of each row's torrent, once known.
    hashes: Mutex<HashMap<DownloadId, librqbit::dht::Id20>>,
    /// Rows whose torrent is seeding, with the signal that ends it.
    seeding: Mutex<HashMap<DownloadId, Arc<StopSignal>>>,
    /// Where torrents' `.torrent` files and known pieces are kept between runs (`None`:
    /// nowhere).
    metadata_dir: Option<PathBuf>,
}

/// The ending of a kept `.torrent`'s name (after its info hash).
const KEPT: &str = "kept.torrent";
/// The same, as Haul named it when it kept them only for seeding torrents.
const KEPT_BEFORE: &str = "seeding.torrent";

impl Swarm {
    /// A swarm that keeps torrents' state between runs in `metadata_dir`.
    pub fn new(metadata_dir: Option<PathBuf>) -> Self {
        Self {
            metadata_dir,
            ..Self::default()
        }
    }

    /// Keeps the `.torrent` of the torrent `hash` (40 hex digits) from when it is added until
    /// it is done with (finished and seeded, or cancelled): a magnet's seeding taken up at the
    /// next start needs no peer for it, and a cancel in a later run knows its files.
    pub fn keep_metadata(&self, hash: &str, torrent: &[u8]) {
        if let Some(dir) = &self.metadata_dir {
            let kept = dir.join(format!("{hash}.{KEPT}"));
            // Added again (a resume, a new limit): its info, so its name, is the same.
            if !kept.exists() {
                let _ = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&kept, torrent));
            }
        }
    }

    /// The `.torrent` kept for `hash`, if any.
    pub fn kept_metadata(&self, hash: &str) -> Option<Vec<u8>> {
        let dir = self.metadata_dir.as_ref()?;
        [KEPT, KEPT_BEFORE]
            .iter()
            .find_map(|name| std::fs::read(dir.join(format!("{hash}.{name}"))).ok())
    }

    /// Forgets all that is kept for `hash` (it is done with): its `.torrent` and its pieces.
    pub fn forget(&self, hash: &str) {
        if let Some(dir) = &self.metadata_dir {
            for name in [KEPT, KEPT_BEFORE, "have"] {
                let _ = std::fs::remove_file(dir.join(format!("{hash}.{name}")));
            }
        }
    }

    /// Where `hash`'s known pieces are kept between runs.
    pub fn known_pieces_file(&self, hash: &str) -> Option<PathBuf> {
        Some(self.metadata_dir.as_ref()?.join(format!("{hash}.have")))
    }

    /// Hands `hash`'s known pieces to librqbit's fast resume, for the torrent about to be
    /// added (nothing when none are kept).
    pub fn offer_known_pieces(&self, hash: &str) {
        if let (Some(kept), Some(way_in)) = (self.known_pieces_file(hash), self.session.way_in()) {
            let offered = way_in.join(format!("{hash}.bitv"));
            if std::fs::copy(&kept, &offered).is_err() {
                let _ = std::fs::remove_file(offered);
            }
        }
    }

    /// The session, made now if none runs (`Err`: what librqbit said); while the `Busy`
    /// is held, it is not retired.
    pub async fn session(
        &self,
        peers: &PeerSettings,
        default_dir: PathBuf,
    ) -> Result<(Arc<Session>, Busy), String> {
        // Without a place for known pieces there is no fast resume: a resumed torrent has
        // all its pieces checked.
        let fast_resume = self.metadata_dir.is_some();
        Live::session(&self.session, peers, default_dir, fast_resume).await
    }

    /// The session, if one runs.
    pub fn started(&self) -> Option<Arc<Session>> {
        self.session.running()
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
