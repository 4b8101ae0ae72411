//! How Haul meets BitTorrent peers: the DHT (on by default, as every client has it; off for
//! a private swarm and for the tests, which never leave 127.0.0.1) and the port it listens on
//! for peers that come to it.

/// The BitTorrent network settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeerSettings {
    /// Find peers through the DHT.
    pub dht: bool,
    /// The port peers reach Haul on (`None`: any free one).
    pub listen_port: Option<u16>,
}

impl Default for PeerSettings {
    fn default() -> Self {
        Self {
            dht: true,
            listen_port: None,
        }
    }
}
