//! The torrent settings as the engine takes them: the file's plain numbers (kilobytes per
//! second, a ratio, minutes) turned into the engine's units, with nonsense (a negative or
//! absurd ratio) read as the nearest sensible value.

use super::Settings;
use crate::engine::net::peers::{PeerSettings, SeedGoal};

/// The highest share ratio taken (aria2 and qBittorrent stop at about the same).
const MOST_RATIO: f64 = 100.0;

/// What `settings` say about torrents.
pub(super) fn peer_settings(settings: &Settings) -> PeerSettings {
    PeerSettings {
        dht: settings.torrent_dht,
        trackers: settings.torrent_trackers,
        upnp: settings.torrent_upnp,
        listen_port: (settings.torrent_port != 0).then_some(settings.torrent_port),
        upload_limit: settings.torrent_upload_limit_kb.saturating_mul(1024),
        seed: seed_goal(settings.seed_ratio, settings.seed_minutes),
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
    fn the_defaults_seed_to_a_ratio_of_one_and_share_a_megabyte_a_second() {
        let peers = peer_settings(&Settings::builtin());
        assert_eq!(peers.seed, SeedGoal::default());
        assert_eq!(peers.upload_limit, 1024 * 1024);
        assert!(peers.dht && peers.trackers && peers.upnp);
    }

    #[test]
    fn nonsense_ratios_mean_no_ratio() {
        assert_eq!(seed_goal(-1.0, 0), SeedGoal::NONE);
        assert_eq!(seed_goal(f64::NAN, 0), SeedGoal::NONE);
        assert_eq!(seed_goal(1e9, 0).ratio, Some(MOST_RATIO));
        assert_eq!(seed_goal(0.0, 30).secs, Some(1800));
    }
}
