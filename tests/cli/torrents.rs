//! `haul get` with a magnet link on a local swarm (DHT off in the settings, the seeder named
//! by the magnet): the files arrive in a folder named after the torrent, and the run exits 0.

use super::support::swarm::seed_files;
use super::support::{data, sha256, sha256_file};
use super::{Home, stderr};

/// A private home whose settings keep the DHT off (nothing leaves 127.0.0.1).
fn home_without_dht() -> Home {
    let home = Home::new();
    let settings = home.path().join("config/haul/haul.toml");
    let mut text = std::fs::read_to_string(&settings).expect("settings");
    text.push_str("torrent_dht = false\n");
    std::fs::write(&settings, text).expect("settings");
    home
}

#[test]
fn haul_get_fetches_a_magnet_from_a_local_seeder() {
    let one = data(400_000, 3611);
    let two = data(90_000, 3612);
    let (_shared, seeder) = seed_files("photos", &[("a.jpg", &one), ("b.jpg", &two)]);
    let home = home_without_dht();
    let output = home.get(&["-q", &seeder.magnet()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        sha256_file(&home.downloads().join("photos/a.jpg")),
        sha256(&one)
    );
    assert_eq!(
        sha256_file(&home.downloads().join("photos/b.jpg")),
        sha256(&two)
    );

    let bad = home.get(&["magnet:?dn=nothing"]);
    assert_ne!(bad.status.code(), Some(0));
    assert!(
        stderr(&bad).contains("names no torrent"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn add_uri_takes_a_magnet() {
    use super::daemon_client::Daemon;
    use super::support::wait_until;
    use serde_json::json;
    use std::time::Duration;
    let body = data(200_000, 3613);
    let (_shared, seeder) = seed_files("notes", &[("n.txt", &body), ("m.txt", &body)]);
    let home = home_without_dht();
    let daemon = Daemon::start(&home);
    let gid = daemon.add(json!([[seeder.magnet()]]));
    wait_until(Duration::from_secs(30), "complete", || {
        (daemon.status(&gid) == "complete").then_some(())
    });
    assert_eq!(
        sha256_file(&home.downloads().join("notes/n.txt")),
        sha256(&body)
    );
    // As aria2 answers of a torrent.
    let status = daemon.ok("aria2.tellStatus", json!([gid]));
    assert_eq!(status["infoHash"], json!(seeder.info_hash), "{status}");
    assert_eq!(
        status["bittorrent"]["info"]["name"],
        json!("notes"),
        "{status}"
    );
    assert_eq!(status["seeder"], json!("false"));
}
