//! What aria2 answers of a torrent beside a file's fields: `tellStatus`'s info hash, seeders,
//! what was sent, `bittorrent` (name, mode, trackers) and a seeding torrent as active and a
//! seeder; and `getPeers`' list.

use serde_json::{Value, json};

use crate::engine::Download;
use crate::engine::details::TorrentFacts;

/// Adds a torrent's fields to `map`, the status object of `download`.
pub fn fields(
    map: &mut serde_json::Map<String, Value>,
    download: &Download,
    torrent: &TorrentFacts,
) {
    let seeding = download.seeding;
    let running = download.status.is_running() || seeding.is_some();
    let text = |value: u64| Value::String(value.to_string());
    map.insert("infoHash".into(), Value::String(torrent.info_hash.clone()));
    map.insert(
        "numSeeders".into(),
        text(if running { torrent.seeds as u64 } else { 0 }),
    );
    map.insert(
        "connections".into(),
        text(if running { torrent.peers as u64 } else { 0 }),
    );
    // A finished torrent still seeding is active, as aria2 shows it.
    if seeding.is_some() {
        map.insert("status".into(), Value::String("active".into()));
    }
    map.insert(
        "seeder".into(),
        Value::String(seeding.is_some().to_string()),
    );
    let sent = seeding.map_or(torrent.uploaded, |seeding| seeding.sent);
    map.insert("uploadLength".into(), text(sent));
    map.insert("uploadSpeed".into(), text(upload_speed(download)));
    if torrent.piece_length > 0 {
        map.insert("pieceLength".into(), text(u64::from(torrent.piece_length)));
        let total: u64 = torrent.files.iter().map(|file| file.size).sum();
        map.insert(
            "numPieces".into(),
            text(total.div_ceil(u64::from(torrent.piece_length))),
        );
    }
    let announce: Vec<Value> = torrent
        .trackers
        .iter()
        .map(|tracker| json!([tracker.address]))
        .collect();
    map.insert(
        "bittorrent".into(),
        json!({
            "announceList": announce,
            "mode": if torrent.files.len() > 1 { "multi" } else { "single" },
            "info": {"name": download.display_name()},
        }),
    );
}

/// `getPeers` of a torrent: the peers connected now, as aria2 lists them.
pub fn peers(download: &Download, torrent: &TorrentFacts) -> Value {
    if !download.status.is_running() && download.seeding.is_none() {
        return json!([]);
    }
    let listed: Vec<Value> = torrent
        .peer_list
        .iter()
        .map(|peer| {
            let (ip, port) = match peer.address.rsplit_once(':') {
                Some((ip, port)) => (ip.trim_matches(['[', ']']), port),
                None => (peer.address.as_str(), "0"),
            };
            json!({
                "peerId": "",
                "ip": ip,
                "port": port,
                "amChoking": "false",
                "peerChoking": "false",
                "downloadSpeed": peer.fetch_speed.to_string(),
                "uploadSpeed": peer.upload_speed.to_string(),
                "seeder": "false",
                "client": peer.client.clone().unwrap_or_default(),
                "fetchedLength": peer.fetched.to_string(),
                "uploadedLength": peer.uploaded.to_string(),
            })
        })
        .collect();
    Value::Array(listed)
}

/// Bytes per second `download` sends to peers now (0 unless it is a torrent that runs or
/// seeds).
pub fn upload_speed(download: &Download) -> u64 {
    match (download.seeding, download.details.torrent()) {
        (Some(seeding), _) => seeding.bytes_per_sec,
        (None, Some(torrent)) if download.status.is_running() => torrent.upload_speed,
        _ => 0,
    }
}
