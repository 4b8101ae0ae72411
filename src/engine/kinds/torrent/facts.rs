//! A running torrent's facts for the details panel and the remote control, read off the
//! session: its files with their progress, its peers and trackers, and a magnet to share.

use std::sync::Arc;

use librqbit::TorrentStats;

use crate::engine::details::torrent_facts::MOST_PEERS_SHOWN;
use crate::engine::details::{PeerFacts, TorrentFacts, TorrentFileFacts};

/// The addresses of `handle`'s trackers, sorted.
fn tracker_addresses(handle: &librqbit::ManagedTorrent) -> Vec<String> {
    let mut trackers: Vec<String> = handle
        .shared()
        .trackers
        .iter()
        .map(|url| url.to_string())
        .collect();
    trackers.sort();
    trackers
}

/// The facts of `handle`, whose stats are `stats` and trackers `trackers`; `before`: the
/// facts read `secs` earlier (each peer's speed is what it sent since).
fn of(
    handle: &Arc<librqbit::ManagedTorrent>,
    stats: &TorrentStats,
    before: Option<(&TorrentFacts, f64)>,
    trackers: Vec<crate::engine::details::TrackerFacts>,
) -> TorrentFacts {
    let info_hash = handle.info_hash().as_string();
    let name = handle.name();
    let addresses: Vec<&str> = trackers.iter().map(|t| t.address.as_str()).collect();
    let chosen = handle.only_files();
    let files = handle
        .with_metadata(|metadata| {
            metadata
                .info
                .iter_file_details()
                .enumerate()
                .map(|(index, file)| TorrentFileFacts {
                    path: safe_path(file.filename.iter_components()),
                    size: file.len,
                    done: stats.file_progress.get(index).copied().unwrap_or(0),
                    chosen: chosen.as_ref().is_none_or(|files| files.contains(&index)),
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let piece_length = handle
        .with_metadata(|metadata| metadata.info.info().piece_length)
        .unwrap_or(0);
    let peer_list = handle
        .live()
        .map(|live| {
            let mut peers: Vec<PeerFacts> = live
                .per_peer_stats_snapshot(Default::default())
                .peers
                .into_iter()
                .map(|(address, peer)| {
                    let (fetch_speed, upload_speed) = before
                        .and_then(|(facts, secs)| {
                            let earlier = facts.peer_list.iter().find(|p| p.address == address)?;
                            let per_sec = |now: u64, then: u64| {
                                (now.saturating_sub(then) as f64 / secs.max(0.1)) as u64
                            };
                            Some((
                                per_sec(peer.counters.fetched_bytes, earlier.fetched),
                                per_sec(peer.counters.uploaded_bytes, earlier.uploaded),
                            ))
                        })
                        .unwrap_or((0, 0));
                    PeerFacts {
                        address,
                        client: peer.client_name,
                        fetched: peer.counters.fetched_bytes,
                        uploaded: peer.counters.uploaded_bytes,
                        fetch_speed,
                        upload_speed,
                    }
                })
                .collect();
            peers.sort_by(|a, b| b.fetched.cmp(&a.fetched).then(a.address.cmp(&b.address)));
            peers.truncate(MOST_PEERS_SHOWN);
            peers
        })
        .unwrap_or_default();
    let live_peers = stats.live.as_ref().map(|live| &live.snapshot.peer_stats);
    TorrentFacts {
        magnet: magnet(&info_hash, name.as_deref(), &addresses),
        info_hash,
        peers: live_peers.map_or(0, |p| p.live as usize),
        seeds: live_peers.map_or(0, |p| p.live_seeders as usize),
        peers_seen: live_peers.map_or(0, |p| p.seen as usize),
        uploaded: stats.uploaded_bytes,
        upload_speed: stats
            .live
            .as_ref()
            .map_or(0, |live| live.upload_speed.as_bytes()),
        files,
        peer_list,
        trackers,
        piece_length,
    }
}

/// A file's path inside a torrent from its parts, each made safe as server names are.
pub(super) fn safe_path<'a>(parts: impl Iterator<Item = std::borrow::Cow<'a, str>>) -> String {
    parts
        .map(|part| crate::engine::files::naming::sanitize(&part))
        .collect::<Vec<_>>()
        .join("/")
}

/// The facts read last, and when (each peer's speed is what it sent since), and the
/// trackers' answers.
#[derive(Default)]
pub(super) struct FactsReader {
    last: Option<(std::time::Instant, TorrentFacts)>,
    trackers: super::tracker_watch::TrackerWatch,
}

/// How often the facts (files, peers) are read again.
const FACTS_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

impl FactsReader {
    /// True when the facts are due again.
    pub(super) fn due(&self) -> bool {
        self.last
            .as_ref()
            .is_none_or(|(at, _)| at.elapsed() >= FACTS_EVERY)
    }

    /// The facts of `handle` now, as the details keep them.
    pub(super) fn read(
        &mut self,
        handle: &Arc<librqbit::ManagedTorrent>,
        stats: &TorrentStats,
        resources: &crate::engine::resources::Resources,
    ) -> crate::engine::details::KindFacts {
        let trackers =
            self.trackers
                .look(tracker_addresses(handle), handle.info_hash().0, resources);
        let before = self
            .last
            .as_ref()
            .map(|(at, facts)| (facts, at.elapsed().as_secs_f64()));
        let facts = of(handle, stats, before, trackers);
        self.last = Some((std::time::Instant::now(), facts.clone()));
        crate::engine::details::KindFacts::Torrent(facts)
    }
}

/// A magnet link for the torrent with `info_hash`, its name and trackers.
fn magnet(info_hash: &str, name: Option<&str>, trackers: &[&str]) -> String {
    let mut rest = url::form_urlencoded::Serializer::new(String::new());
    if let Some(name) = name {
        rest.append_pair("dn", name);
    }
    for tracker in trackers {
        rest.append_pair("tr", tracker);
    }
    let rest = rest.finish();
    if rest.is_empty() {
        format!("magnet:?xt=urn:btih:{info_hash}")
    } else {
        format!("magnet:?xt=urn:btih:{info_hash}&{rest}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_magnet_names_its_hash_name_and_trackers() {
        let link = magnet(
            "cab507494d02ebb1178b38f2e9d7be299c86b862",
            Some("a b"),
            &["udp://127.0.0.1:6969/announce"],
        );
        assert_eq!(
            link,
            "magnet:?xt=urn:btih:cab507494d02ebb1178b38f2e9d7be299c86b862&dn=a+b&tr=udp%3A%2F%2F127.0.0.1%3A6969%2Fannounce"
        );
    }
}
