//! Torrents through librqbit, on a local swarm (DHT off, nothing leaves 127.0.0.1): a seeder
//! (a second librqbit session in the test) and Haul fetching a magnet that names it (`x.pe`);
//! the files' bytes on disk match, in a folder named after the torrent.

use std::path::Path;

use super::support::swarm::seed;
use super::support::{data, sha256, sha256_file};
use super::{fast_config, wait_finished};
use haul::engine::state::Kind;
use haul::engine::{AddRequest, Engine, EngineConfig};

fn torrent_config() -> EngineConfig {
    let mut config = fast_config();
    config.peers.dht = false;
    config
}

#[test]
fn a_magnet_and_a_torrent_file_download_from_a_local_seeder() {
    let shared = tempfile::tempdir().expect("temp dir");
    let content = shared.path().join("album");
    std::fs::create_dir_all(&content).expect("mkdir");
    let one = data(700_000, 3601);
    let two = data(300_000, 3602);
    std::fs::write(content.join("one.bin"), &one).expect("write");
    std::fs::write(content.join("two.bin"), &two).expect("write");
    let seeder = seed(&content);

    let engine = Engine::start(torrent_config()).expect("engine");
    let by_magnet = tempfile::tempdir().expect("temp dir");
    let magnet = format!(
        "magnet:?xt=urn:btih:{}&x.pe={}",
        seeder.info_hash, seeder.address
    );
    let id = engine
        .add(AddRequest::new(
            url::Url::parse(&magnet).expect("magnet"),
            by_magnet.path(),
        ))
        .expect("added");
    assert_eq!(
        engine.snapshot().get(id).map(|d| d.kind),
        Some(Kind::Torrent)
    );
    let row = wait_finished(&engine, id);
    assert_eq!(row.file_name.as_deref(), Some("album"));
    assert_eq!(
        sha256_file(&by_magnet.path().join("album/one.bin")),
        sha256(&one)
    );
    assert_eq!(
        sha256_file(&by_magnet.path().join("album/two.bin")),
        sha256(&two)
    );
    // A torrent of several files gets a folder named after it, and nothing else is left.
    assert_eq!(walk(by_magnet.path()).len(), 2);
    let file = shared.path().join("album.torrent");
    std::fs::write(&file, &seeder.torrent).expect("torrent file");
    assert_eq!(
        Kind::of_link(&url::Url::from_file_path(&file).expect("file url")),
        Kind::Torrent
    );
}

fn walk(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path.display().to_string());
        }
    }
    found
}
