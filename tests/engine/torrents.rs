//! Torrents through librqbit, on a local swarm (DHT off, nothing leaves 127.0.0.1): a seeder
//! (a second librqbit session in the test) and Haul fetching a magnet that names it (`x.pe`);
//! the files' bytes on disk match, in a folder named after the torrent.

use std::path::Path;

use std::time::Duration;

use super::support::swarm::{free_port, leech, seed_files};
use super::support::{data, sha256, sha256_file};
use super::{fast_config, wait_finished, wait_for};
use haul::engine::net::peers::{PeerSettings, SeedGoal};
use haul::engine::state::Kind;
use haul::engine::{AddRequest, Engine, EngineConfig};

fn torrent_config() -> EngineConfig {
    let mut config = fast_config();
    config.peers = PeerSettings::private();
    // These tests look at downloading; seeding has its own test.
    config.peers.seed = SeedGoal::NONE;
    config
}

#[test]
fn a_magnet_and_a_torrent_file_download_from_a_local_seeder() {
    let one = data(700_000, 3601);
    let two = data(300_000, 3602);
    let (shared, seeder) = seed_files("album", &[("one.bin", &one), ("two.bin", &two)]);

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
    let facts = row.details.torrent().expect("torrent facts");
    assert_eq!(facts.info_hash, seeder.info_hash);
    assert!(facts.peers_seen >= 1, "{facts:?}");
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

/// A bencoded `.torrent` of the files `(path parts, length)`, named `name` (pieces made up:
/// the tests only look at what is refused before any piece is fetched).
fn torrent_of(name: &str, files: &[(Vec<&str>, u64)]) -> Vec<u8> {
    fn text(out: &mut Vec<u8>, value: &[u8]) {
        out.extend_from_slice(format!("{}:", value.len()).as_bytes());
        out.extend_from_slice(value);
    }
    let mut out = b"d4:infod5:filesl".to_vec();
    for (parts, length) in files {
        out.extend_from_slice(format!("d6:lengthi{length}e4:pathl").as_bytes());
        for part in parts {
            text(&mut out, part.as_bytes());
        }
        out.extend_from_slice(b"ee");
    }
    out.extend_from_slice(b"e4:name");
    text(&mut out, name.as_bytes());
    // One made-up hash per piece, so only the names are wrong.
    let total: u64 = files.iter().map(|(_, length)| length).sum();
    let pieces = total.div_ceil(16384).max(1) as usize;
    out.extend_from_slice(format!("12:piece lengthi16384e6:pieces{}:", pieces * 20).as_bytes());
    out.extend_from_slice(&vec![7u8; pieces * 20]);
    out.extend_from_slice(b"ee");
    out
}

#[test]
fn hostile_torrent_files_are_refused_in_words_and_write_nothing() {
    let shared = tempfile::tempdir().expect("temp dir");
    let long = "x".repeat(300);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "climb.torrent",
            torrent_of("album", &[(vec!["..", "evil.sh"], 10)]),
            "the torrent failed",
        ),
        (
            "absolute.torrent",
            torrent_of("album", &[(vec!["/etc", "evil.sh"], 10)]),
            "the torrent failed",
        ),
        (
            "long.torrent",
            torrent_of("album", &[(vec![long.as_str()], 10)]),
            "cannot be written safely",
        ),
        (
            "bell.torrent",
            torrent_of("album", &[(vec!["a\u{7}b"], 10)]),
            "cannot be written safely",
        ),
        (
            "garbage.torrent",
            b"this is not bencode".to_vec(),
            "the torrent failed",
        ),
    ];
    // A torrent of more files than any real one: refused before any is made.
    let names: Vec<String> = (0..100_001).map(|n| format!("f{n}")).collect();
    let many: Vec<(Vec<&str>, u64)> = names.iter().map(|n| (vec![n.as_str()], 1)).collect();
    let mut cases = cases;
    cases.push((
        "many.torrent",
        torrent_of("album", &many),
        "more than 100000 files",
    ));
    let engine = Engine::start(torrent_config()).expect("engine");
    for (name, bytes, said) in cases {
        let file = shared.path().join(name);
        std::fs::write(&file, bytes).expect("write");
        let out = tempfile::tempdir().expect("temp dir");
        let id = engine
            .add(AddRequest::new(
                url::Url::from_file_path(&file).expect("file url"),
                out.path(),
            ))
            .expect("added");
        let row = super::wait_settled(&engine, id);
        let words = haul::describe::status(&row.status);
        assert!(words.contains(said), "{name}: {words}");
        assert!(walk(out.path()).is_empty(), "{name}: nothing written");
    }
    assert!(!shared.path().join("evil.sh").exists());
}

#[test]
fn a_torrents_own_speed_limit_holds() {
    let body = data(600_000, 3604);
    let (_shared, seeder) = seed_files("slow", &[("s.bin", &body), ("t.bin", b"second file")]);
    let engine = Engine::start(torrent_config()).expect("engine");
    let out = tempfile::tempdir().expect("temp dir");
    let started = std::time::Instant::now();
    let id = add_limited(&engine, &seeder.magnet(), out.path(), 200_000);
    wait_finished(&engine, id);
    let took = started.elapsed();
    // 600 kB at 200 kB/s: three seconds, less what a first burst lets through.
    assert!(took >= std::time::Duration::from_secs(2), "{took:?}");
    assert_eq!(sha256_file(&out.path().join("slow/s.bin")), sha256(&body));
}

#[test]
fn only_the_chosen_files_are_fetched_and_the_list_is_read_before_adding() {
    let one = data(400_000, 3611);
    let two = data(500_000, 3612);
    let three = data(300_000, 3613);
    let (_shared, seeder) = seed_files(
        "three",
        &[("a.bin", &one), ("b.bin", &two), ("c.bin", &three)],
    );
    let engine = Engine::start(torrent_config()).expect("engine");
    let out = tempfile::tempdir().expect("temp dir");
    let magnet = url::Url::parse(&seeder.magnet()).expect("magnet");
    // What the Add dialog shows: the files, from the seeder, before anything is added.
    let listing = engine
        .torrent_files(&magnet, out.path().to_owned(), Duration::from_secs(20))
        .expect("the files");
    assert_eq!(listing.name, "three");
    assert_eq!(listing.info_hash, seeder.info_hash);
    let mut names: Vec<(String, u64)> = listing
        .files
        .iter()
        .map(|file| (file.path.clone(), file.size))
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec![
            ("a.bin".to_owned(), 400_000),
            ("b.bin".to_owned(), 500_000),
            ("c.bin".to_owned(), 300_000)
        ]
    );
    let place = |name: &str| {
        listing
            .files
            .iter()
            .position(|file| file.path == name)
            .expect("listed")
    };
    let mut request = AddRequest::new(magnet, out.path());
    request.only_files = Some(vec![place("a.bin"), place("c.bin")]);
    let id = engine.add(request).expect("added");
    let row = wait_finished(&engine, id);
    assert_eq!(sha256_file(&out.path().join("three/a.bin")), sha256(&one));
    assert_eq!(sha256_file(&out.path().join("three/c.bin")), sha256(&three));
    let skipped = out.path().join("three/b.bin");
    assert!(
        !skipped.exists() || sha256_file(&skipped) != sha256(&two),
        "b.bin was not chosen"
    );
    // The row counts what was chosen (pieces shared with b.bin's neighbours included).
    let total = row.total_bytes.expect("a size");
    assert!((700_000..1_200_000).contains(&total), "{total}");
    let facts = row.details.torrent().expect("facts");
    let chosen: Vec<bool> = ["a.bin", "b.bin", "c.bin"]
        .iter()
        .map(|name| facts.files[place(name)].chosen)
        .collect();
    assert_eq!(chosen, vec![true, false, true]);
    assert!(
        facts
            .magnet
            .starts_with(&format!("magnet:?xt=urn:btih:{}", seeder.info_hash))
    );
}

#[test]
fn a_finished_torrent_seeds_to_its_ratio_then_leaves_the_swarm() {
    let body = data(900_000, 3621);
    let (_shared, seeder) = seed_files("gift", &[("g.bin", &body), ("h.bin", b"and more")]);
    let mut config = torrent_config();
    let port = free_port();
    config.peers.listen_port = Some(port);
    config.peers.seed = SeedGoal {
        ratio: Some(1.0),
        secs: None,
    };
    let engine = Engine::start(config).expect("engine");
    let out = tempfile::tempdir().expect("temp dir");
    let id = engine
        .add(AddRequest::new(
            url::Url::parse(&seeder.magnet()).expect("magnet"),
            out.path(),
        ))
        .expect("added");
    // Finished (its files complete) while it seeds: when-done and haul get stop waiting.
    let row = wait_for(&engine, id, Duration::from_secs(30), "seeding", |d| {
        d.status == haul::engine::Status::Finished && d.seeding.is_some()
    });
    assert_eq!(sha256_file(&out.path().join("gift/g.bin")), sha256(&body));
    let words = haul::describe::seeding(row.seeding.as_ref().expect("seeding"));
    assert!(words.contains("of 1.0"), "{words}");
    assert!(engine.any_seeding());
    // Only Haul has it now; a newcomer fetches all of it from Haul, which reaches 1.0.
    seeder.stop();
    newcomer_takes_all_then_seeding_ends(&engine, id, &seeder.torrent, port, ("g.bin", &body));
    super::support::wait_until(Duration::from_secs(10), "no seeding", || {
        (!engine.any_seeding()).then_some(())
    });
}

#[test]
fn a_cancelled_torrent_leaves_nothing_behind() {
    let body = data(2_000_000, 3631);
    let (_shared, seeder) = seed_files("gone", &[("x.bin", &body), ("y.bin", b"y")]);
    let (engine, out, id) = running_limited(torrent_config(), &seeder, 200_000);
    // The row shows its speed and time left, as a file's does.
    wait_for(&engine, id, Duration::from_secs(20), "a speed", |d| {
        d.bytes_per_sec > 0 && d.eta_secs.is_some() && d.bytes_done > 100_000
    });
    engine.cancel(&[id]);
    // After the undo time the torrent's files and its folder are gone.
    super::support::wait_until(Duration::from_secs(20), "the files deleted", || {
        walk(out.path()).is_empty().then_some(())
    });
    assert!(!out.path().join("gone").exists());
}

#[test]
fn a_torrent_resumes_after_a_restart_fetching_only_what_its_checked_pieces_lack() {
    let body = data(2_500_000, 3661);
    let (_shared, seeder) = seed_files("kept", &[("k.bin", &body), ("l.bin", b"l")]);
    let stopped = stopped_after(&seeder, 800_000, false);
    let out = &stopped.out;
    let before = seeder.uploaded();
    // What it has is kept, and it claims only pieces whose data is on disk, nearly all of it.
    let known = stopped.known(&seeder);
    let claimed = claimed_pieces(&known);
    let on_disk = std::fs::read(out.path().join("kept/k.bin")).expect("partial file");
    for &piece in &claimed {
        let range = piece * PIECE..((piece + 1) * PIECE).min(body.len());
        assert!(
            on_disk.get(range.clone()) == body.get(range),
            "piece {piece} claimed but not on disk"
        );
    }
    assert!(
        (claimed.len() * PIECE) as u64 > before * 3 / 4,
        "{} pieces claimed after {before} bytes came",
        claimed.len()
    );

    let second = stopped.resumed();
    let row = wait_finished(&second, stopped.id);
    assert_eq!(row.file_name.as_deref(), Some("kept"));
    assert_eq!(sha256_file(&out.path().join("kept/k.bin")), sha256(&body));
    let again = seeder.uploaded() - before;
    // The pieces it knew it had (a sample checked against their hashes) were not fetched
    // again; only the rest came.
    assert!(
        again < body.len() as u64 - before / 2,
        "fetched {again} bytes again after {before}"
    );
    // Finished and not seeding: nothing is kept for it any more.
    assert!(!known.exists());
}

#[test]
fn a_restart_trusts_the_pieces_it_knew_and_reads_back_no_more() {
    let body = data(2_000_000, 3663);
    let (_shared, seeder) = seed_files("trusted", &[("t.bin", &body), ("u.bin", b"u")]);
    let stopped = stopped_after(&seeder, 1_000_000, false);
    let before = seeder.uploaded();
    // As if it had been killed just after the first piece was known: the pieces that came
    // later are on disk, but not known to be.
    let known = stopped.known(&seeder);
    let mut first_only = vec![0u8; std::fs::read(&known).expect("known pieces").len()];
    first_only[0] = 0x80;
    std::fs::write(&known, first_only).expect("rewrite");

    let second = stopped.resumed();
    wait_finished(&second, stopped.id);
    assert_eq!(
        sha256_file(&stopped.out.path().join("trusted/t.bin")),
        sha256(&body)
    );
    // Nothing it did not know it had was read back and checked: all but the first piece
    // came again (a full check would have found them on disk and fetched only the rest).
    let again = seeder.uploaded() - before;
    assert!(
        again >= (body.len() - PIECE) as u64,
        "fetched only {again} bytes again of {}",
        body.len()
    );
}

/// A torrent stopped part-way by its engine's shutdown, its list kept in `data_dir`.
struct Stopped {
    data_dir: tempfile::TempDir,
    out: tempfile::TempDir,
    id: haul::engine::DownloadId,
    /// The configuration of the next engine (the same list).
    config: EngineConfig,
}

impl Stopped {
    /// Where the pieces known for `seeder`'s torrent are kept.
    fn known(&self, seeder: &super::support::swarm::Seeder) -> std::path::PathBuf {
        self.data_dir
            .path()
            .join(format!("torrents/{}.have", seeder.info_hash))
    }

    /// The next run, the torrent resumed at full speed.
    fn resumed(&self) -> Engine {
        let engine = Engine::start(self.config.clone()).expect("engine");
        engine.set_speed_limit(&[self.id], None);
        engine.resume(&[self.id]);
        engine
    }
}

/// `seeder`'s torrent fetched slowly until more than `bytes` are here (then paused, when
/// `pause`), then its engine shut down.
fn stopped_after(seeder: &super::support::swarm::Seeder, bytes: u64, pause: bool) -> Stopped {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let mut config = torrent_config();
    config.queue_dir = Some(data_dir.path().to_owned());
    let (first, out, id) = running_limited(config.clone(), seeder, 400_000);
    wait_for(&first, id, Duration::from_secs(20), "part of it", |d| {
        d.bytes_done > bytes
    });
    if pause {
        first.pause(&[id]);
    }
    first.shutdown(Duration::from_secs(10));
    drop(first);
    Stopped {
        data_dir,
        out,
        id,
        config,
    }
}

/// The piece length of the test swarm's torrents.
const PIECE: usize = 64 * 1024;

/// The pieces a known-pieces file claims (bit 7 of byte 0 is piece 0).
fn claimed_pieces(path: &Path) -> Vec<usize> {
    let bytes = std::fs::read(path).expect("known pieces");
    (0..bytes.len() * 8)
        .filter(|&piece| bytes[piece / 8] & (0x80 >> (piece % 8)) != 0)
        .collect()
}

#[test]
fn a_link_whose_server_answers_a_torrent_becomes_a_torrent_found_through_its_tracker() {
    let body = data(500_000, 3711);
    let tracker = super::support::tracker::Tracker::start();
    let (_shared, seeder) = super::support::swarm::seed_files_tracked(
        "served",
        &[("s.bin", &body), ("t.bin", b"t")],
        vec![tracker.announce.clone()],
    );
    let server = super::support::server::TestServer::start();
    // A name that does not say "torrent": its media type does.
    server.route(
        "/get",
        super::support::server::Route::file(seeder.torrent.clone())
            .header("Content-Type", "application/x-bittorrent"),
    );
    let engine = Engine::start(torrent_config()).expect("engine");
    let out = tempfile::tempdir().expect("temp dir");
    let id = engine
        .add(AddRequest::new(
            url::Url::parse(&server.url("/get")).expect("url"),
            out.path(),
        ))
        .expect("added");
    let row = wait_for(&engine, id, Duration::from_secs(30), "finished", |d| {
        d.status == haul::engine::Status::Finished
    });
    assert_eq!(row.kind, Kind::Torrent);
    assert_eq!(sha256_file(&out.path().join("served/s.bin")), sha256(&body));
    // Only the files: the .torrent itself was not saved as a download.
    assert_eq!(walk(out.path()).len(), 2, "{:?}", walk(out.path()));
}

#[test]
fn a_paused_torrent_resumes_where_it_was() {
    let body = data(2_000_000, 3721);
    let (_shared, seeder) = seed_files("paused", &[("p.bin", &body), ("q.bin", b"q")]);
    let (engine, out, id) = running_limited(torrent_config(), &seeder, 400_000);
    wait_for(&engine, id, Duration::from_secs(20), "some of it", |d| {
        d.status == haul::engine::Status::Downloading && d.bytes_done > 600_000
    });
    engine.pause(&[id]);
    let paused = super::wait_settled(&engine, id);
    assert!(matches!(paused.status, haul::engine::Status::Paused { .. }));
    // What was on its way when it paused (socket buffers) arrives; then nothing more.
    std::thread::sleep(Duration::from_millis(500));
    let before = seeder.uploaded();
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(seeder.uploaded(), before, "still fetching after the pause");
    assert!(
        before < body.len() as u64,
        "paused before the end: {before}"
    );
    engine.set_speed_limit(&[id], None);
    engine.resume(&[id]);
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&out.path().join("paused/p.bin")), sha256(&body));
    let again = seeder.uploaded() - before;
    assert!(
        again < body.len() as u64 - before / 2,
        "fetched {again} bytes again after {before}"
    );
}

/// Adds `magnet` into `dir` held to `rate` bytes a second from its first byte (added paused,
/// limited, then resumed).
/// An engine of `config` fetching `seeder`'s magnet at `rate` bytes a second into a folder
/// of its own.
fn running_limited(
    config: EngineConfig,
    seeder: &super::support::swarm::Seeder,
    rate: u64,
) -> (Engine, tempfile::TempDir, haul::engine::DownloadId) {
    let engine = Engine::start(config).expect("engine");
    let out = tempfile::tempdir().expect("temp dir");
    let id = add_limited(&engine, &seeder.magnet(), out.path(), rate);
    (engine, out, id)
}

fn add_limited(engine: &Engine, magnet: &str, dir: &Path, rate: u64) -> haul::engine::DownloadId {
    let mut request = AddRequest::new(url::Url::parse(magnet).expect("magnet"), dir);
    request.paused = true;
    let id = engine.add(request).expect("added");
    engine.set_speed_limit(&[id], Some(haul::engine::rate::Rate::bytes_per_sec(rate)));
    engine.resume(&[id]);
    id
}

#[test]
fn a_running_torrents_own_limit_changes_at_once() {
    let body = data(3_000_000, 3731);
    let (_shared, seeder) = seed_files("eased", &[("e.bin", &body), ("f.bin", b"f")]);
    let engine = Engine::start(torrent_config()).expect("engine");
    let out = tempfile::tempdir().expect("temp dir");
    // 100 kB/s: half a minute for the whole of it.
    let id = add_limited(&engine, &seeder.magnet(), out.path(), 100_000);
    wait_for(&engine, id, Duration::from_secs(20), "some of it", |d| {
        d.status == haul::engine::Status::Downloading && d.bytes_done > 150_000
    });
    let lifted = std::time::Instant::now();
    engine.set_speed_limit(&[id], None);
    wait_finished(&engine, id);
    let took = lifted.elapsed();
    assert!(
        took < Duration::from_secs(10),
        "the limit was still held: {took:?}"
    );
    assert_eq!(sha256_file(&out.path().join("eased/e.bin")), sha256(&body));
    // Added again with its pieces checked, not fetched again.
    assert!(
        seeder.uploaded() < body.len() as u64 * 3 / 2,
        "sent {} for {}",
        seeder.uploaded(),
        body.len()
    );
}

#[test]
fn seeding_is_taken_up_again_after_a_restart() {
    let body = data(900_000, 3741);
    let (_shared, seeder) = seed_files("again", &[("a.bin", &body), ("b.bin", b"b")]);
    let data_dir = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    let config = || {
        let mut config = torrent_config();
        config.queue_dir = Some(data_dir.path().to_owned());
        config.peers.listen_port = Some(port);
        config.peers.seed = SeedGoal {
            ratio: Some(1.0),
            secs: None,
        };
        config
    };
    let first = Engine::start(config()).expect("engine");
    let id = first
        .add(AddRequest::new(
            url::Url::parse(&seeder.magnet()).expect("magnet"),
            out.path(),
        ))
        .expect("added");
    wait_for(&first, id, Duration::from_secs(30), "seeding", |d| {
        d.status == haul::engine::Status::Finished && d.seeding.is_some()
    });
    first.shutdown(Duration::from_secs(10));
    drop(first);
    seeder.stop();

    // The next start seeds on: a newcomer gets everything from Haul, which then stops.
    let second = Engine::start(config()).expect("engine");
    let row = second.snapshot().get(id).cloned().expect("the row");
    assert!(row.seeding.is_some(), "still seeding after the restart");
    let address = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    super::support::wait_until(Duration::from_secs(30), "Haul listening", || {
        std::net::TcpStream::connect(address).ok()
    });
    newcomer_takes_all_then_seeding_ends(&second, id, &seeder.torrent, port, ("a.bin", &body));
}

#[test]
fn peers_are_reached_through_a_socks5_proxy() {
    use super::support::proxies::{Kind as ProxyKind, TestProxy};
    let body = data(400_000, 3751);
    let (_shared, seeder) = seed_files("hidden", &[("h.bin", &body), ("i.bin", b"i")]);
    let proxy = TestProxy::start(ProxyKind::Socks5, None);
    let mut config = torrent_config();
    config.peers.proxy = Some(format!("socks5://127.0.0.1:{}", proxy.port()));
    let engine = Engine::start(config).expect("engine");
    let out = tempfile::tempdir().expect("temp dir");
    let id = engine
        .add(AddRequest::new(
            url::Url::parse(&seeder.magnet()).expect("magnet"),
            out.path(),
        ))
        .expect("added");
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&out.path().join("hidden/h.bin")), sha256(&body));
    let seen = proxy.seen();
    assert!(
        seen.iter()
            .any(|s| s.method == "SOCKS" && s.target == seeder.address.to_string()),
        "the seeder was reached through the proxy: {seen:?}"
    );
}

/// A newcomer fetches the whole `torrent` from Haul alone (at `port`), its `file` whole; Haul
/// reaches its ratio of 1.0 and seeding ends, the row finished.
fn newcomer_takes_all_then_seeding_ends(
    engine: &Engine,
    id: haul::engine::DownloadId,
    torrent: &[u8],
    port: u16,
    (file, body): (&str, &[u8]),
) {
    let newcomer = tempfile::tempdir().expect("temp dir");
    let address = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    assert!(leech(
        torrent,
        address,
        newcomer.path(),
        Duration::from_secs(60)
    ));
    assert_eq!(sha256_file(&newcomer.path().join(file)), sha256(body));
    let row = wait_for(engine, id, Duration::from_secs(30), "seeding to end", |d| {
        d.seeding.is_none()
    });
    assert_eq!(row.status, haul::engine::Status::Finished);
}

#[test]
fn a_torrent_found_through_a_udp_tracker_downloads_and_each_tracker_says_how_it_answers() {
    let body = data(1_200_000, 3771);
    let tracker = super::support::tracker::Tracker::start();
    // A tracker that is not there: nothing listens on this port.
    let gone = format!("http://127.0.0.1:{}/announce", free_port());
    let (shared, seeder) = super::support::swarm::seed_files_tracked(
        "over-udp",
        &[("u.bin", &body), ("v.bin", b"v")],
        vec![tracker.udp_announce.clone(), gone.clone()],
    );
    let file = shared.path().join("over-udp.torrent");
    std::fs::write(&file, &seeder.torrent).expect("torrent file");
    let engine = Engine::start(torrent_config()).expect("engine");
    let out = tempfile::tempdir().expect("temp dir");
    let link = url::Url::from_file_path(&file).expect("file url");
    let mut request = AddRequest::new(link, out.path());
    request.paused = true;
    let id = engine.add(request).expect("added");
    // Slow enough for the trackers' answers to be seen while it runs.
    engine.set_speed_limit(
        &[id],
        Some(haul::engine::rate::Rate::bytes_per_sec(200_000)),
    );
    engine.resume(&[id]);
    use haul::engine::details::TrackerState;
    use haul::engine::net::scrape::ScrapeProblem;
    let state_of = |row: &haul::engine::Download, address: &str| {
        row.details
            .torrent()
            .and_then(|facts| facts.trackers.iter().find(|t| t.address == address))
            .map(|tracker| tracker.state.clone())
    };
    let row = wait_for(
        &engine,
        id,
        Duration::from_secs(30),
        "trackers' answers",
        |row| {
            matches!(state_of(row, &tracker.udp_announce), Some(TrackerState::Working(counts)) if counts.seeds >= 1)
                && matches!(state_of(row, &gone), Some(TrackerState::Problem(_)))
        },
    );
    assert_eq!(
        state_of(&row, &gone),
        Some(TrackerState::Problem(ScrapeProblem::Unreachable))
    );
    engine.set_speed_limit(&[id], None);
    wait_finished(&engine, id);
    assert_eq!(
        sha256_file(&out.path().join("over-udp/u.bin")),
        sha256(&body)
    );
    // The only way to the seeder was the UDP tracker (the file names no peer).
    assert!(tracker.udp_announces() >= 2, "{}", tracker.udp_announces());
}

#[test]
fn the_swarm_is_retired_once_no_torrent_needs_it_and_made_again_for_the_next() {
    let body = data(300_000, 3801);
    let (_shared, seeder) = seed_files("passing", &[("p.bin", &body), ("q.bin", b"q")]);
    let port = free_port();
    let mut config = torrent_config();
    config.peers.listen_port = Some(port);
    let engine = Engine::start(config).expect("engine");
    let listening = || std::net::TcpStream::connect(("127.0.0.1", port)).is_ok();
    let out = tempfile::tempdir().expect("temp dir");
    let add = |dir: &Path| {
        engine
            .add(AddRequest::new(
                url::Url::parse(&seeder.magnet()).expect("magnet"),
                dir,
            ))
            .expect("added")
    };
    let first = add(out.path());
    wait_finished(&engine, first);
    assert!(listening(), "the session listens on {port} while in use");
    // Finished, not seeding: nothing needs the session, so it goes (its socket with it).
    let deadline = std::time::Instant::now() + Duration::from_secs(40);
    while listening() {
        assert!(
            std::time::Instant::now() < deadline,
            "the session still listens on {port} with no torrent in it"
        );
        std::thread::sleep(Duration::from_millis(250));
    }
    // The next torrent makes a new one.
    let again = tempfile::tempdir().expect("temp dir");
    let second = add(again.path());
    wait_finished(&engine, second);
    assert_eq!(
        sha256_file(&again.path().join("passing/p.bin")),
        sha256(&body)
    );
}

#[test]
fn a_torrent_from_an_earlier_run_cancelled_leaves_nothing_behind() {
    let body = data(2_000_000, 3811);
    let (_shared, seeder) = seed_files("earlier", &[("e.bin", &body), ("f.bin", b"f")]);
    // Paused, so that the next run does not start it.
    let Stopped {
        data_dir,
        out,
        id,
        config,
    } = stopped_after(&seeder, 500_000, true);
    assert!(out.path().join("earlier/e.bin").exists());
    let kept = data_dir.path().join("torrents");
    assert!(
        std::fs::read_dir(&kept).is_ok_and(|mut files| files.next().is_some()),
        "its state is kept"
    );
    // The next run cancels it before it runs again: its session never saw it.
    let second = Engine::start(config).expect("engine");
    assert!(matches!(
        second.snapshot().get(id).map(|d| d.status.clone()),
        Some(haul::engine::Status::Paused { .. })
    ));
    second.cancel(&[id]);
    super::support::wait_until(Duration::from_secs(20), "the files deleted", || {
        walk(out.path()).is_empty().then_some(())
    });
    assert!(!out.path().join("earlier").exists());
    // Nothing is kept for it any more.
    let left: Vec<_> = std::fs::read_dir(&kept)
        .map(|files| files.flatten().map(|f| f.file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn peer_exchange_is_offered_to_peers_only_while_it_is_on() {
    use super::support::raw_peer::{RawPeer, offered_id};
    let body = data(100_000, 3821);
    let tracker = super::support::tracker::Tracker::start();
    let (shared, seeder) = super::support::swarm::seed_files_tracked(
        "exchanged",
        &[("x.bin", &body), ("y.bin", b"y")],
        vec![tracker.announce.clone()],
    );
    let file = shared.path().join("exchanged.torrent");
    std::fs::write(&file, &seeder.torrent).expect("torrent file");
    // Only Haul connects to the test's peer: the seeder, paused, neither fetches nor gives.
    seeder.stop();
    let mut info_hash = [0u8; 20];
    for (at, byte) in info_hash.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&seeder.info_hash[at * 2..at * 2 + 2], 16).expect("hex");
    }
    // The same torrent, PEX on then off: what Haul's extended handshake offers a peer.
    for pex in [true, false] {
        let peer = RawPeer::start();
        peer.announce(&tracker.announce, &info_hash);
        let mut config = torrent_config();
        config.peers.pex = pex;
        let engine = Engine::start(config).expect("engine");
        let out = tempfile::tempdir().expect("temp dir");
        let link = url::Url::from_file_path(&file).expect("file url");
        let id = engine
            .add(AddRequest::new(link, out.path()))
            .expect("added");
        let handshake = peer.extended_handshake(&info_hash, Duration::from_secs(30));
        engine.cancel(&[id]);
        assert_eq!(
            offered_id(&handshake, "ut_pex") > 0,
            pex,
            "PEX {pex}: {}",
            String::from_utf8_lossy(&handshake)
        );
        // Metadata is offered either way: the switch is PEX's alone.
        assert!(offered_id(&handshake, "ut_metadata") > 0);
        // The same on the connections that only ask a magnet's peers for its metadata.
        let named = RawPeer::start();
        let magnet = format!(
            "magnet:?xt=urn:btih:{}&x.pe={}",
            seeder.info_hash,
            named.address()
        );
        let elsewhere = tempfile::tempdir().expect("temp dir");
        let by_magnet = engine
            .add(AddRequest::new(
                url::Url::parse(&magnet).expect("magnet"),
                elsewhere.path(),
            ))
            .expect("added");
        let asking = named.extended_handshake(&info_hash, Duration::from_secs(30));
        assert_eq!(
            offered_id(&asking, "ut_pex") > 0,
            pex,
            "PEX {pex}, metadata"
        );
        engine.cancel(&[by_magnet]);
        engine.shutdown(Duration::from_secs(10));
    }
}
