//! `haul get` with a magnet link on a local swarm (DHT off in the settings, the seeder named
//! by the magnet): the files arrive in a folder named after the torrent, and the run exits 0.

use std::process::Stdio;
use std::time::Duration;

use super::support::swarm::{free_port, leech, seed_files};
use super::support::{data, sha256, sha256_file};
use super::{Home, stderr};

/// A private home whose settings keep the DHT off (nothing leaves 127.0.0.1).
fn home_without_dht() -> Home {
    let home = Home::new();
    let settings = home.path().join("config/haul/haul.toml");
    let mut text = std::fs::read_to_string(&settings).expect("settings");
    // Nothing leaves 127.0.0.1 (no DHT, no UPnP); no seeding unless a test asks.
    text.push_str("torrent_dht = false\ntorrent_upnp = false\nseed_ratio = 0\n");
    std::fs::write(&settings, text).expect("settings");
    home
}

/// The same, seeding finished torrents to a ratio of 1.0 (the default, as aria2's).
fn home_that_seeds() -> Home {
    let home = home_without_dht();
    let settings = home.path().join("config/haul/haul.toml");
    let text = std::fs::read_to_string(&settings).expect("settings");
    std::fs::write(
        &settings,
        text.replace("seed_ratio = 0\n", "seed_ratio = 1.0\n"),
    )
    .expect("settings");
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
    // As aria2: the magnet's GID is its metadata step's, followed by the torrent's.
    let step = daemon.add(json!([[seeder.magnet()]]));
    let gid = daemon.followed(&step);
    assert_ne!(gid, step);
    let step_status = daemon.ok("aria2.tellStatus", json!([step]));
    assert_eq!(step_status["followedBy"], json!([gid]), "{step_status}");
    assert_eq!(
        step_status["files"][0]["path"],
        json!(format!("[METADATA]{}", seeder.info_hash)),
        "{step_status}"
    );
    assert_eq!(step_status["infoHash"], json!(seeder.info_hash));
    // A complete step is listed with the stopped; it cannot be paused, its torrent can.
    let stopped = daemon.ok("aria2.tellStopped", json!([0, 10, ["gid"]]));
    assert!(
        stopped
            .as_array()
            .is_some_and(|l| l.contains(&json!({"gid": step}))),
        "{stopped}"
    );
    assert!(daemon.call("aria2.pause", json!([step]))["error"].is_object());
    wait_until(Duration::from_secs(30), "complete", || {
        (daemon.status(&gid) == "complete").then_some(())
    });
    assert_eq!(
        sha256_file(&home.downloads().join("notes/n.txt")),
        sha256(&body)
    );
    // As aria2 answers of a torrent.
    let status = daemon.ok("aria2.tellStatus", json!([gid]));
    assert_eq!(status["following"], json!(step), "{status}");
    assert_eq!(status["infoHash"], json!(seeder.info_hash), "{status}");
    assert_eq!(
        status["bittorrent"]["info"]["name"],
        json!("notes"),
        "{status}"
    );
    assert_eq!(status["seeder"], json!("false"));
}

#[test]
fn a_torrent_killed_mid_way_resumes_without_fetching_its_pieces_again() {
    let body = data(3_000_000, 3641);
    let (_shared, seeder) = seed_files("big", &[("big.bin", &body), ("small.bin", b"s")]);
    let home = home_without_dht();
    let mut child = home
        .haul()
        .args(["get", "-q", "--limit", "600K", "-d"])
        .arg(home.downloads())
        .arg(seeder.magnet())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn haul");
    // Killed once a good part is here (the pieces are written as they arrive).
    super::support::wait_until(Duration::from_secs(30), "a third of it", || {
        (seeder.uploaded() > 1_000_000).then_some(())
    });
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    let before = seeder.uploaded();
    assert!(
        before < body.len() as u64,
        "killed before the end: {before}"
    );
    // What it had was kept as it came (not only at a quit), claiming only data on disk.
    let known = home
        .path()
        .join(format!("data/haul/torrents/{}.have", seeder.info_hash));
    let claimed = std::fs::read(&known).expect("known pieces kept");
    let on_disk = std::fs::read(home.downloads().join("big/big.bin")).expect("partial");
    let piece = 64 * 1024;
    let mut claimed_bytes = 0;
    for index in (0..claimed.len() * 8).filter(|i| claimed[i / 8] & (0x80 >> (i % 8)) != 0) {
        let range = index * piece..((index + 1) * piece).min(body.len());
        assert!(
            on_disk.get(range.clone()) == body.get(range),
            "piece {index}"
        );
        claimed_bytes += piece;
    }
    assert!(claimed_bytes > 500_000, "{claimed_bytes} bytes claimed");
    let output = home.get(&["-q", &seeder.magnet()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        sha256_file(&home.downloads().join("big/big.bin")),
        sha256(&body)
    );
    // The rerun checked the pieces on disk against their hashes and fetched only the rest.
    let again = seeder.uploaded() - before;
    assert!(
        again < body.len() as u64 - before / 2,
        "fetched {again} bytes again after {before} of {}",
        body.len()
    );
    assert!(!known.exists(), "kept after the end");
}

#[test]
fn select_file_fetches_only_those_and_seed_ratio_seeds_before_exiting() {
    let wanted = data(300_000, 3651);
    let unwanted = data(600_000, 3652);
    let (_shared, seeder) = seed_files("pick", &[("a.bin", &wanted), ("b.bin", &unwanted)]);
    let home = home_without_dht();
    let port = free_port();
    let settings = home.path().join("config/haul/haul.toml");
    let mut text = std::fs::read_to_string(&settings).expect("settings");
    text.push_str(&format!("torrent_port = {port}\n"));
    std::fs::write(&settings, text).expect("settings");
    let number = seeder.file_number("a.bin").to_string();
    let mut child = home
        .haul()
        .args([
            "get",
            "-q",
            "--select-file",
            &number,
            "--seed-ratio",
            "0.5",
            "-d",
        ])
        .arg(home.downloads())
        .arg(seeder.magnet())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn haul");
    let file = home.downloads().join("pick/a.bin");
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while !(file.exists() && sha256_file(&file) == sha256(&wanted)) {
        if std::time::Instant::now() > deadline || child.try_wait().expect("wait").is_some() {
            let _ = child.kill();
            let output = child.wait_with_output().expect("output");
            panic!("a.bin did not arrive: {}", stderr(&output));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // Complete, but seeding to 0.5: it has not exited.
    std::thread::sleep(Duration::from_millis(500));
    assert!(child.try_wait().expect("wait").is_none(), "still seeding");
    seeder.stop();
    let newcomer = tempfile::tempdir().expect("temp dir");
    let address = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    // The newcomer takes what Haul has (a.bin); Haul reaches its ratio and exits 0.
    leech(
        &seeder.torrent,
        address,
        newcomer.path(),
        Duration::from_secs(8),
    );
    let status = super::support::wait_until(Duration::from_secs(30), "haul to exit", || {
        child.try_wait().expect("wait")
    });
    assert_eq!(status.code(), Some(0));
    let unwanted_file = home.downloads().join("pick/b.bin");
    assert!(
        !unwanted_file.exists() || sha256_file(&unwanted_file) != sha256(&unwanted),
        "b.bin was not chosen"
    );
}

#[test]
fn add_torrent_takes_a_torrent_file_with_chosen_files_and_answers_as_aria2() {
    use super::daemon_client::Daemon;
    use super::support::wait_until;
    use base64::Engine as _;
    use serde_json::json;
    let wanted = data(500_000, 3671);
    let other = data(200_000, 3672);
    // Found through a tracker of the test's (a .torrent names no peer).
    let tracker = super::support::tracker::Tracker::start();
    let (_shared, seeder) = super::support::swarm::seed_files_tracked(
        "set",
        &[("w.bin", &wanted), ("o.bin", &other)],
        vec![tracker.announce.clone()],
    );
    // Seeding after it completes, as aria2's default: active, and a seeder.
    let home = home_that_seeds();
    let daemon = Daemon::start(&home);
    let encoded = base64::engine::general_purpose::STANDARD.encode(&seeder.torrent);
    let number = seeder.file_number("w.bin").to_string();
    let gid = daemon.ok(
        "aria2.addTorrent",
        json!([
            encoded,
            [],
            {"select-file": number, "max-download-limit": "250K"}
        ]),
    );
    let gid = gid.as_str().expect("a GID").to_owned();
    // While it runs: its peer is the seeder, on 127.0.0.1.
    let peers = wait_until(Duration::from_secs(30), "a peer", || {
        let peers = daemon.ok("aria2.getPeers", json!([gid]));
        (peers.as_array().is_some_and(|p| !p.is_empty())).then_some(peers)
    });
    assert_eq!(peers[0]["ip"], json!("127.0.0.1"), "{peers}");
    assert!(tracker.peers_seen() >= 2, "both announced themselves");
    let status = wait_until(Duration::from_secs(30), "seeding", || {
        let status = daemon.ok("aria2.tellStatus", json!([gid]));
        (status["seeder"] == json!("true")).then_some(status)
    });
    assert_eq!(status["status"], json!("active"), "{status}");
    assert_eq!(status["bittorrent"]["mode"], json!("multi"), "{status}");
    assert_eq!(status["infoHash"], json!(seeder.info_hash));
    let active = daemon.ok("aria2.tellActive", json!([["gid"]]));
    assert!(
        active
            .as_array()
            .is_some_and(|a| a.iter().any(|d| d["gid"] == json!(gid)))
    );
    assert_eq!(
        sha256_file(&home.downloads().join("set/w.bin")),
        sha256(&wanted)
    );
    // getFiles: both, each with its path, size and whether it was chosen.
    let files = daemon.ok("aria2.getFiles", json!([gid]));
    let listed = files.as_array().expect("files");
    assert_eq!(listed.len(), 2, "{files}");
    let by_name = |name: &str| {
        listed
            .iter()
            .find(|f| f["path"].as_str().is_some_and(|p| p.ends_with(name)))
            .cloned()
            .unwrap_or_else(|| panic!("{name} in {files}"))
    };
    assert_eq!(by_name("w.bin")["selected"], json!("true"));
    assert_eq!(by_name("w.bin")["length"], json!("500000"));
    assert_eq!(by_name("w.bin")["completedLength"], json!("500000"));
    assert_eq!(by_name("o.bin")["selected"], json!("false"));
    // Not a torrent: refused in words.
    let refused = daemon.call("aria2.addTorrent", json!(["bm90IGEgdG9ycmVudA=="]));
    assert!(
        refused["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("not a .torrent")),
        "{refused}"
    );
}

#[test]
fn haul_get_fetches_from_aria2c_as_the_only_seeder() {
    let one = data(1_500_000, 3691);
    let two = data(700_000, 3692);
    let Some((_shared, seeder)) = super::support::swarm::aria2_seed_files(
        "from-aria2",
        &[("one.bin", &one), ("two.bin", &two)],
    ) else {
        eprintln!("skipped: aria2c is not installed (.ci/run installs it)");
        return;
    };
    let home = home_without_dht();
    let output = home.get(&["-q", &seeder.magnet()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let folder = home.downloads().join("from-aria2");
    assert_eq!(sha256_file(&folder.join("one.bin")), sha256(&one));
    assert_eq!(sha256_file(&folder.join("two.bin")), sha256(&two));
}

#[test]
fn change_global_option_seed_time_zero_turns_seeding_off_as_in_aria2() {
    use super::daemon_client::Daemon;
    use super::support::wait_until;
    use serde_json::json;
    let body = data(300_000, 3761);
    let (_shared, seeder) = seed_files("unseeded", &[("u.bin", &body), ("v.bin", b"v")]);
    let home = home_that_seeds();
    let daemon = Daemon::start(&home);
    let refused = daemon.call("aria2.changeGlobalOption", json!([{"seed-ratio": "much"}]));
    assert!(
        refused["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("number")),
        "{refused}"
    );
    daemon.ok("aria2.changeGlobalOption", json!([{"seed-time": "0"}]));
    let kept = daemon.ok("aria2.getGlobalOption", json!([]));
    assert_eq!(kept["seed-time"], json!("0"), "{kept}");
    let gid = daemon.followed(&daemon.add(json!([[seeder.magnet()]])));
    // Complete, not seeding: aria2's seed-time=0.
    let status = wait_until(Duration::from_secs(30), "complete", || {
        let status = daemon.ok("aria2.tellStatus", json!([gid]));
        (status["status"] == json!("complete")).then_some(status)
    });
    assert_eq!(status["seeder"], json!("false"), "{status}");
    std::thread::sleep(Duration::from_millis(1500));
    let later = daemon.ok("aria2.tellStatus", json!([gid, ["status", "seeder"]]));
    assert_eq!(later, json!({"status": "complete", "seeder": "false"}));
    assert_eq!(
        sha256_file(&home.downloads().join("unseeded/u.bin")),
        sha256(&body)
    );
}

#[test]
fn add_uri_seed_time_zero_keeps_that_torrent_from_seeding() {
    use super::daemon_client::Daemon;
    use super::support::wait_until;
    use serde_json::json;
    let body = data(250_000, 3771);
    let (_shared, seeder) = seed_files("own-goal", &[("o.bin", &body), ("p.bin", b"p")]);
    let home = home_that_seeds();
    let daemon = Daemon::start(&home);
    let refused = daemon.call(
        "aria2.addUri",
        json!([[seeder.magnet()], {"seed-ratio": "-2"}]),
    );
    assert!(refused["error"].is_object(), "{refused}");
    let gid = daemon.followed(&daemon.add(json!([[seeder.magnet()], {"seed-time": "0"}])));
    wait_until(Duration::from_secs(30), "complete", || {
        (daemon.status(&gid) == "complete").then_some(())
    });
    std::thread::sleep(Duration::from_millis(1500));
    let later = daemon.ok("aria2.tellStatus", json!([gid, ["status", "seeder"]]));
    assert_eq!(later, json!({"status": "complete", "seeder": "false"}));
}

#[test]
fn seed_ratio_zero_seeds_until_change_option_ends_it_as_in_aria2() {
    use super::daemon_client::Daemon;
    use super::support::wait_until;
    use serde_json::json;
    let body = data(400_000, 3781);
    let (shared, seeder) = seed_files("forever", &[("f.bin", &body), ("g.bin", b"g")]);
    let home = home_without_dht();
    let port = super::support::swarm::free_port();
    let settings = home.path().join("config/haul/haul.toml");
    let text = std::fs::read_to_string(&settings).expect("settings");
    std::fs::write(&settings, format!("{text}torrent_port = {port}\n")).expect("settings");
    let daemon = Daemon::start(&home);
    // aria2's seed-ratio=0.0 with no seed-time: seeding regardless of the ratio.
    let gid = daemon.followed(&daemon.add(json!([[seeder.magnet()], {"seed-ratio": "0.0"}])));
    wait_until(Duration::from_secs(30), "seeding", || {
        let status = daemon.ok("aria2.tellStatus", json!([gid, ["status", "seeder"]]));
        (status["seeder"] == json!("true")).then_some(())
    });
    seeder.stop();
    // A newcomer fetches all of it from Haul: a ratio of 1.0 (where a default goal ends).
    let newcomer = tempfile::tempdir().expect("temp dir");
    let haul_peer = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    assert!(super::support::swarm::leech(
        &seeder.torrent,
        haul_peer,
        newcomer.path(),
        Duration::from_secs(60)
    ));
    assert_eq!(sha256_file(&newcomer.path().join("f.bin")), sha256(&body));
    std::thread::sleep(Duration::from_millis(2500));
    let still = daemon.ok("aria2.tellStatus", json!([gid, ["status", "seeder"]]));
    assert_eq!(
        still,
        json!({"status": "active", "seeder": "true"}),
        "past 1.0"
    );
    // Counted as active, as aria2 counts a seeding torrent.
    let stat = daemon.ok("aria2.getGlobalStat", json!([]));
    assert_eq!(stat["numActive"], json!("1"), "{stat}");
    // Its own seed-time of 0, given while it seeds, ends the seeding at once.
    daemon.ok("aria2.changeOption", json!([gid, {"seed-time": "0"}]));
    let ended = wait_until(Duration::from_secs(15), "seeding ended", || {
        let status = daemon.ok("aria2.tellStatus", json!([gid, ["status", "seeder"]]));
        (status["seeder"] == json!("false")).then_some(status)
    });
    assert_eq!(ended["status"], json!("complete"), "{ended}");
    drop(shared);
}

#[test]
fn the_desktops_socks5_all_proxy_carries_a_torrents_peers() {
    use super::support::proxies::{Kind as ProxyKind, TestProxy};
    let body = data(300_000, 3791);
    let (_shared, seeder) = seed_files("via-env", &[("e.bin", &body), ("f.bin", b"f")]);
    let proxy = TestProxy::start(ProxyKind::Socks5, None);
    let home = home_without_dht();
    // No proxy in the settings: the desktop's (the environment's all_proxy, as curl reads it).
    let output = home
        .haul()
        .args(["get", "-q", "-d"])
        .arg(home.downloads())
        .arg(seeder.magnet())
        .env("all_proxy", format!("socks5h://127.0.0.1:{}", proxy.port()))
        .output()
        .expect("run haul");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        sha256_file(&home.downloads().join("via-env/e.bin")),
        sha256(&body)
    );
    let seen = proxy.seen();
    assert!(
        seen.iter()
            .any(|s| s.method == "SOCKS" && s.target == seeder.address.to_string()),
        "the seeder was reached through the proxy: {seen:?}"
    );
}
