//! How Haul meets BitTorrent peers and what it gives back: the DHT (on by default, as every
//! client has it; off for a private swarm and for the tests, which never leave 127.0.0.1),
//! trackers, peer exchange (PEX), UPnP, the port it listens on, the upload limit, and how long a finished torrent
//! is seeded.

/// The BitTorrent network settings.
#[derive(Clone, Debug, PartialEq)]
pub struct PeerSettings {
    /// Find peers through the DHT.
    pub dht: bool,
    /// Ask the torrents' trackers for peers.
    pub trackers: bool,
    /// Exchange peers with peers (PEX, BEP 11); private torrents never do (BEP 27).
    pub pex: bool,
    /// Ask the router (UPnP) to forward the listening port, so that peers can come in.
    pub upnp: bool,
    /// The port peers reach Haul on (`None`: any free one).
    pub listen_port: Option<u16>,
    /// Most bytes per second sent to peers, all torrents together (0: no limit).
    pub upload_limit: u64,
    /// How long a finished torrent is seeded.
    pub seed: SeedGoal,
    /// A SOCKS5 proxy that connections to peers and HTTP trackers go through (`socks5://`,
    /// login included); with one, the DHT is off, as it would tell the world this address.
    pub proxy: Option<String>,
}

impl Default for PeerSettings {
    fn default() -> Self {
        Self {
            dht: true,
            trackers: true,
            pex: true,
            upnp: true,
            listen_port: None,
            upload_limit: DEFAULT_UPLOAD_LIMIT,
            seed: SeedGoal::default(),
            proxy: None,
        }
    }
}

impl PeerSettings {
    /// Settings for a swarm on this machine alone: no DHT, no UPnP (nothing leaves it but
    /// what trackers and magnets name).
    pub fn private() -> Self {
        Self {
            dht: false,
            upnp: false,
            ..Self::default()
        }
    }
}

/// The proxy peers go through for `choice`: a SOCKS5 proxy given by hand, or the desktop's
/// when its environment names one for all traffic (`all_proxy`, as curl reads it). librqbit
/// speaks no other kind: an HTTP proxy leaves peers direct, as other clients do.
pub fn peer_proxy(choice: &super::proxy::ProxyChoice) -> Option<String> {
    match choice {
        super::proxy::ProxyChoice::Manual { proxy, .. }
            if proxy.url().scheme().starts_with("socks5") =>
        {
            Some(proxy.url().as_str().to_owned())
        }
        super::proxy::ProxyChoice::System => super::proxy::environment_socks_proxy(),
        _ => None,
    }
}

/// A sensible share of a home line's upstream (about 8 Mbit/s): enough to give back, not
/// enough to choke the user's own traffic.
pub const DEFAULT_UPLOAD_LIMIT: u64 = 1024 * 1024;

/// When seeding a finished torrent stops: at a share ratio (bytes sent over the torrent's
/// size) or after a time, whichever comes first; neither set means no seeding at all.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SeedGoal {
    /// Stop once this much was sent per byte of the torrent (1.0: as much as it has).
    pub ratio: Option<f64>,
    /// Stop after this many seconds of seeding.
    pub secs: Option<u64>,
}

impl Default for SeedGoal {
    /// Seed back as much as was taken, as most clients suggest.
    fn default() -> Self {
        Self {
            ratio: Some(1.0),
            secs: None,
        }
    }
}

impl SeedGoal {
    /// No seeding: the torrent leaves the swarm once its files are complete (what
    /// `aria2c --seed-time=0` does, and `haul get` without `--seed-ratio`/`--seed-time`).
    pub const NONE: SeedGoal = SeedGoal {
        ratio: None,
        secs: None,
    };

    /// Seeding that only the user ends (aria2's `seed-ratio=0.0` with no `seed-time`): a
    /// ratio no torrent reaches.
    pub const FOREVER: SeedGoal = SeedGoal {
        ratio: Some(f64::MAX),
        secs: None,
    };

    /// The goal aria2's `seed-ratio` and `seed-time` (minutes) mean: a time of 0 is no
    /// seeding; a ratio of 0 is no ratio goal, so with no time it seeds until stopped; else
    /// whichever comes first. Both must be finite and not negative (checked before).
    pub fn from_aria2(ratio: Option<f64>, minutes: Option<f64>) -> SeedGoal {
        match (ratio, minutes) {
            (_, Some(minutes)) if minutes <= 0.0 => SeedGoal::NONE,
            (Some(ratio), None) if ratio <= 0.0 => SeedGoal::FOREVER,
            (ratio, minutes) => SeedGoal {
                ratio: ratio.filter(|ratio| *ratio > 0.0),
                secs: minutes.map(|minutes| (minutes * 60.0).round() as u64),
            },
        }
    }

    /// The ratio that ends seeding, if one does.
    pub fn ratio_goal(&self) -> Option<f64> {
        self.ratio.filter(|&ratio| ratio > 0.0 && ratio < f64::MAX)
    }

    /// True when a finished torrent is seeded at all.
    pub fn seeds(&self) -> bool {
        self.ratio.is_some_and(|ratio| ratio > 0.0) || self.secs.is_some_and(|secs| secs > 0)
    }

    /// True once seeding that sent `sent` of `size` bytes for `secs` seconds may stop.
    pub fn reached(&self, sent: u64, size: u64, secs: u64) -> bool {
        if !self.seeds() {
            return true;
        }
        let by_ratio = self
            .ratio_goal()
            .is_some_and(|ratio| size == 0 || sent as f64 / size as f64 >= ratio);
        let by_time = self
            .secs
            .filter(|&limit| limit > 0)
            .is_some_and(|limit| secs >= limit);
        by_ratio || by_time
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aria2s_seeding_options_mean_what_aria2_says() {
        assert_eq!(SeedGoal::from_aria2(Some(2.0), Some(0.0)), SeedGoal::NONE);
        assert_eq!(SeedGoal::from_aria2(Some(0.0), None), SeedGoal::FOREVER);
        assert_eq!(
            SeedGoal::from_aria2(Some(0.0), Some(30.0)),
            SeedGoal {
                ratio: None,
                secs: Some(1800)
            }
        );
        assert_eq!(
            SeedGoal::from_aria2(Some(1.5), None),
            SeedGoal {
                ratio: Some(1.5),
                secs: None
            }
        );
    }

    #[test]
    fn seeding_stops_at_the_ratio_or_the_time_whichever_comes_first() {
        let goal = SeedGoal {
            ratio: Some(1.0),
            secs: Some(60),
        };
        assert!(!goal.reached(50, 100, 10));
        assert!(goal.reached(100, 100, 10));
        assert!(goal.reached(0, 100, 60));
        let ratio_only = SeedGoal::default();
        assert!(!ratio_only.reached(99, 100, 1_000_000));
        assert!(SeedGoal::NONE.reached(0, 100, 0));
        assert!(!SeedGoal::NONE.seeds());
        let time_only = SeedGoal {
            ratio: None,
            secs: Some(5),
        };
        assert!(time_only.seeds());
        assert!(SeedGoal::FOREVER.seeds());
        assert!(!SeedGoal::FOREVER.reached(u64::MAX, 1, u64::MAX));
        assert_eq!(SeedGoal::FOREVER.ratio_goal(), None);
        assert!(!time_only.reached(1_000, 100, 4));
    }
}
