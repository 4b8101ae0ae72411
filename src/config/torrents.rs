//! The torrent settings as the engine takes them: the file's plain numbers (kilobytes per
//! second, a ratio, minutes) turned into the engine's units, with nonsense (a negative or
//! absurd ratio) read as the nearest sensible value.

use crate::engine::net::peers::{PeerSettings, SeedGoal};

/// The highest share ratio taken (aria2 and qBittorrent stop at about the same).
const MOST_RATIO: f64 = 100.0;

/// The torrent settings as the file has them.
pub(super) struct TorrentFields {
    pub dht: bool,
    pub trackers: bool,
    pub pex: bool,
    pub upnp: bool,
    pub port: u16,
    pub upload_limit_kb: u64,
    pub seed_ratio: f64,
    pub seed_minutes: u64,
    /// The settings' proxy, when it is one peers can go through (SOCKS5).
    pub proxy: Option<String>,
}

/// What `fields` say about torrents.
pub(super) fn peer_settings(fields: &TorrentFields) -> PeerSettings {
    PeerSettings {
        dht: fields.dht,
        trackers: fields.trackers,
        pex: fields.pex,
        upnp: fields.upnp,
        listen_port: (fields.port != 0).then_some(fields.port),
        upload_limit: fields.upload_limit_kb.saturating_mul(1024),
        seed: seed_goal(fields.seed_ratio, fields.seed_minutes),
        proxy: fields.proxy.clone(),
    }
}

/// The seeding goal of a ratio and minutes as written (0 or less: that goal is not set).
pub fn seed_goal(ratio: f64, minutes: u64) -> SeedGoal {
    SeedGoal {
        ratio: (ratio.is_finite() && ratio > 0.0).then(|| ratio.min(MOST_RATIO)),
        secs: (minutes > 0).then(|| minutes.saturating_mul(60)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kilobytes_become_bytes_and_a_port_of_zero_any_port() {
        let peers = peer_settings(&TorrentFields {
            dht: true,
            trackers: true,
            pex: true,
            upnp: false,
            port: 0,
            upload_limit_kb: 1024,
            seed_ratio: 1.0,
            seed_minutes: 0,
            proxy: None,
        });
        assert_eq!(peers.upload_limit, 1024 * 1024);
        assert_eq!(peers.listen_port, None);
        assert_eq!(peers.seed, SeedGoal::default());
        assert!(!peers.upnp);
    }

    #[test]
    fn nonsense_ratios_mean_no_ratio() {
        assert_eq!(seed_goal(-1.0, 0), SeedGoal::NONE);
        assert_eq!(seed_goal(f64::NAN, 0), SeedGoal::NONE);
        assert_eq!(seed_goal(1e9, 0).ratio, Some(MOST_RATIO));
        assert_eq!(seed_goal(0.0, 30).secs, Some(1800));
    }
}
