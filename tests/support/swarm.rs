//! A local swarm for the torrent tests: a seeder (a librqbit session of the test's own, DHT
//! off, listening on 127.0.0.1) of the files in a folder, with the torrent made for them and a
//! magnet that names the seeder (`x.pe`), so nothing leaves this machine.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::sync::Arc;

use librqbit::{AddTorrent, AddTorrentOptions, Session, SessionOptions};

/// A seeder of the files in `dir` (a folder named `name`), listening on 127.0.0.1; its
/// address and the torrent's bytes.
pub struct Seeder {
    runtime: tokio::runtime::Runtime,
    session: Arc<Session>,
    pub address: SocketAddr,
    pub torrent: Vec<u8>,
    pub info_hash: String,
}

pub fn seed(dir: &Path) -> Seeder {
    seed_with(dir, Vec::new())
}

/// The same, with a torrent that names `trackers` (the seeder announces itself to them).
pub fn seed_with(dir: &Path, trackers: Vec<String>) -> Seeder {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (session, address, torrent, info_hash) = runtime.block_on(async {
        let made = librqbit::create_torrent(
            dir,
            librqbit::CreateTorrentOptions {
                piece_length: Some(64 * 1024),
                trackers,
                ..Default::default()
            },
            &librqbit::spawn_utils::BlockingSpawner::new(1),
        )
        .await
        .expect("a torrent");
        let torrent = made.as_bytes().expect("bytes").to_vec();
        let info_hash = made.info_hash().as_string();
        let session = Session::new_with_opts(
            dir.parent().expect("parent").to_owned(),
            SessionOptions {
                dht: None,
                listen: Some(librqbit::ListenerOptions {
                    listen_addr: (Ipv4Addr::LOCALHOST, 0).into(),
                    ..Default::default()
                }),
                disable_local_service_discovery: true,
                ..Default::default()
            },
        )
        .await
        .expect("seeder session");
        session
            .add_torrent(
                AddTorrent::TorrentFileBytes(torrent.clone().into()),
                Some(AddTorrentOptions {
                    overwrite: true,
                    output_folder: Some(dir.display().to_string()),
                    ..Default::default()
                }),
            )
            .await
            .expect("seeding");
        let address = session.listen_addr().expect("listening");
        (session, address, torrent, info_hash)
    });
    Seeder {
        runtime,
        session,
        address,
        torrent,
        info_hash,
    }
}

/// Makes a folder `name` holding `files` (name and bytes) in a temporary folder and seeds
/// it; the temporary folder (kept alive by the caller) and the seeder.
pub fn seed_files(name: &str, files: &[(&str, &[u8])]) -> (tempfile::TempDir, Seeder) {
    seed_files_tracked(name, files, Vec::new())
}

/// The same, with a torrent that names `trackers`.
pub fn seed_files_tracked(
    name: &str,
    files: &[(&str, &[u8])],
    trackers: Vec<String>,
) -> (tempfile::TempDir, Seeder) {
    let shared = tempfile::tempdir().expect("temp dir");
    let content = shared.path().join(name);
    std::fs::create_dir_all(&content).expect("mkdir");
    for (file, bytes) in files {
        std::fs::write(content.join(file), bytes).expect("write");
    }
    let seeder = seed_with(&content, trackers);
    (shared, seeder)
}

impl Seeder {
    /// Bytes this seeder has sent to peers.
    pub fn uploaded(&self) -> u64 {
        self.session.with_torrents(|all| {
            all.map(|(_, handle)| handle.stats().uploaded_bytes)
                .sum::<u64>()
        })
    }

    /// The place of file `name` in the torrent, counted from 1 (as `--select-file` takes it).
    pub fn file_number(&self, name: &str) -> usize {
        let torrent = librqbit::torrent_from_bytes(&self.torrent).expect("the torrent parses");
        let info = torrent.info.data.validate().expect("a valid torrent");
        let files: Vec<String> = info
            .iter_file_details()
            .map(|file| file.filename.to_pathbuf().display().to_string())
            .collect();
        files
            .iter()
            .position(|path| path == name || path.ends_with(&format!("/{name}")))
            .map(|at| at + 1)
            .unwrap_or_else(|| panic!("{name} is not in {files:?}"))
    }

    /// Stops seeding (its files stay): from now on only others have the torrent.
    pub fn stop(&self) {
        let handles = self
            .session
            .with_torrents(|all| all.map(|(_, handle)| handle.clone()).collect::<Vec<_>>());
        self.runtime.block_on(async {
            for handle in handles {
                let _ = self.session.pause(&handle).await;
            }
        });
    }

    /// A magnet for the torrent that names this seeder as its peer.
    pub fn magnet(&self) -> String {
        format!(
            "magnet:?xt=urn:btih:{}&x.pe={}",
            self.info_hash, self.address
        )
    }
}

/// A free TCP port on 127.0.0.1 (for a peer that must be reached at a known address).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port")
}

/// Fetches `torrent` into `dir` from the peer at `peer` alone (a second librqbit session,
/// DHT off), waiting at most `wait`; true when every piece arrived.
pub fn leech(torrent: &[u8], peer: SocketAddr, dir: &Path, wait: std::time::Duration) -> bool {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let session = Session::new_with_opts(
            dir.to_owned(),
            SessionOptions {
                dht: None,
                listen: None,
                disable_local_service_discovery: true,
                disable_trackers: true,
                ..Default::default()
            },
        )
        .await
        .expect("leecher session");
        let handle = session
            .add_torrent(
                AddTorrent::TorrentFileBytes(torrent.to_vec().into()),
                Some(AddTorrentOptions {
                    overwrite: true,
                    output_folder: Some(dir.display().to_string()),
                    initial_peers: Some(vec![peer]),
                    ..Default::default()
                }),
            )
            .await
            .expect("leeching")
            .into_handle()
            .expect("a handle");
        tokio::time::timeout(wait, handle.wait_until_completed())
            .await
            .is_ok_and(|done| done.is_ok())
    })
}

/// aria2c seeding a torrent (a second BitTorrent implementation in the swarm), stopped when
/// dropped.
pub struct Aria2Seeder {
    child: std::process::Child,
    pub address: SocketAddr,
    pub info_hash: String,
}

impl Drop for Aria2Seeder {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Aria2Seeder {
    /// A magnet for the torrent that names aria2c as its peer.
    pub fn magnet(&self) -> String {
        format!(
            "magnet:?xt=urn:btih:{}&x.pe={}",
            self.info_hash, self.address
        )
    }
}

/// Makes folder `name` of `files` in a temporary folder, a `.torrent` of it (by librqbit),
/// and aria2c seeding it alone (DHT, LPD and PEX off); `None` when aria2c is not installed.
pub fn aria2_seed_files(
    name: &str,
    files: &[(&str, &[u8])],
) -> Option<(tempfile::TempDir, Aria2Seeder)> {
    let shared = tempfile::tempdir().expect("temp dir");
    let content = shared.path().join(name);
    std::fs::create_dir_all(&content).expect("mkdir");
    for (file, bytes) in files {
        std::fs::write(content.join(file), bytes).expect("write");
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let (torrent, info_hash) = runtime.block_on(async {
        let made = librqbit::create_torrent(
            &content,
            librqbit::CreateTorrentOptions {
                piece_length: Some(256 * 1024),
                ..Default::default()
            },
            &librqbit::spawn_utils::BlockingSpawner::new(1),
        )
        .await
        .expect("a torrent");
        (
            made.as_bytes().expect("bytes").to_vec(),
            made.info_hash().as_string(),
        )
    });
    let file = shared.path().join(format!("{name}.torrent"));
    std::fs::write(&file, &torrent).expect("torrent file");
    let port = free_port();
    let child = std::process::Command::new("aria2c")
        .args([
            "--no-conf",
            "--quiet",
            "-V",
            "--seed-ratio=0.0",
            "--enable-dht=false",
            "--enable-dht6=false",
            "--bt-enable-lpd=false",
            "--enable-peer-exchange=false",
            "--bt-seed-unverified=false",
        ])
        .arg(format!("--listen-port={port}"))
        .arg("-d")
        .arg(shared.path())
        .arg(&file)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    super::wait_until(std::time::Duration::from_secs(20), "aria2c seeding", || {
        std::net::TcpStream::connect(address).ok()
    });
    Some((
        shared,
        Aria2Seeder {
            child,
            address,
            info_hash,
        },
    ))
}
