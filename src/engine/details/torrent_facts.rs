//! What the details panel (and the remote control's `getFiles`, `getPeers`, `getServers`)
//! shows of a torrent: its identity, its peers and trackers, and each file with its own
//! progress and whether it is chosen.

/// What the details show of a torrent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TorrentFacts {
    /// Its info hash (40 hex digits).
    pub info_hash: String,
    /// A magnet link that finds it again (with its name and trackers).
    pub magnet: String,
    /// Peers connected now.
    pub peers: usize,
    /// Of them, those that have the whole torrent.
    pub seeds: usize,
    /// Peers known (connected or not).
    pub peers_seen: usize,
    /// Bytes sent to peers.
    pub uploaded: u64,
    /// Bytes per second sent to peers.
    pub upload_speed: u64,
    /// Its files, in the torrent's order.
    pub files: Vec<TorrentFileFacts>,
    /// The peers connected now (at most [`MOST_PEERS_SHOWN`]).
    pub peer_list: Vec<PeerFacts>,
    /// Its trackers, with how each answers.
    pub trackers: Vec<TrackerFacts>,
    /// Its piece size in bytes.
    pub piece_length: u32,
}

/// The most peers the details list (a popular torrent has hundreds).
pub const MOST_PEERS_SHOWN: usize = 200;

/// One file of a torrent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TorrentFileFacts {
    /// Its path inside the torrent, parts joined by `/`.
    pub path: String,
    /// Its size in bytes.
    pub size: u64,
    /// Bytes of it here and checked.
    pub done: u64,
    /// It is fetched (the user did not leave it out).
    pub chosen: bool,
}

/// One connected peer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeerFacts {
    /// Its address and port.
    pub address: String,
    /// The program it runs, when it said.
    pub client: Option<String>,
    /// Bytes it sent us.
    pub fetched: u64,
    /// Bytes we sent it.
    pub uploaded: u64,
    /// Bytes per second it sends us (over the last look).
    pub fetch_speed: u64,
    /// Bytes per second we send it.
    pub upload_speed: u64,
}

/// One tracker of a torrent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackerFacts {
    /// Its announce address.
    pub address: String,
    /// How it answered when last asked.
    pub state: TrackerState,
}

/// How a tracker answered when last asked (a scrape: see `engine::net::scrape`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrackerState {
    /// Not asked yet, or the answer is awaited.
    Asking,
    /// It answered, with what it knows of the torrent.
    Working(crate::engine::net::scrape::Counts),
    /// It did not answer, or not with counts.
    Problem(crate::engine::net::scrape::ScrapeProblem),
    /// Trackers are switched off in the settings.
    Off,
}
