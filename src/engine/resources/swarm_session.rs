//! The BitTorrent session's life. It is made when a torrent (or a listing of one) needs it,
//! with the peer settings of that moment, and retired once no torrent is in it and nothing
//! is about to add one, for a while: an idle Haul then holds no listening socket, no DHT and
//! no tasks of librqbit's (the next torrent makes a new one).
//!
//! librqbit's persistence folder is only the way in for Haul's known pieces (see `swarm`): a
//! private temporary folder of each session's, so that librqbit never restores torrents on
//! its own beside Haul's list, nor meets another Haul process's (and librqbit writes its own
//! copy only every 16 MiB).

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use librqbit::{Session, SessionOptions, SessionPersistenceConfig};

use crate::engine::net::peers::PeerSettings;

/// How often a running session is looked at; idle at two looks in a row, it is retired.
const IDLE_LOOK: Duration = Duration::from_secs(5);

/// The session while one runs, and who is about to use it.
#[derive(Default)]
pub(crate) struct Live {
    session: Mutex<Option<Arc<Session>>>,
    /// Its persistence folder.
    way_in: Mutex<Option<PrivateFolder>>,
    /// One making or retiring at a time (an add waits for a retiring to end, then makes a
    /// new session).
    turn: tokio::sync::Mutex<()>,
    /// Adds and listings under way (their torrent is not in the session yet).
    busy: AtomicUsize,
}

/// An add or a listing under way: the session is not retired while it is held.
pub(crate) struct Busy(Arc<Live>);

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.busy.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Live {
    /// The running session, made now if none runs, and a hold on it.
    pub async fn session(
        live: &Arc<Live>,
        peers: &PeerSettings,
        default_dir: PathBuf,
        fast_resume: bool,
    ) -> Result<(Arc<Session>, Busy), String> {
        let _turn = live.turn.lock().await;
        live.busy.fetch_add(1, Ordering::SeqCst);
        let busy = Busy(Arc::clone(live));
        if let Some(session) = live.running() {
            return Ok((session, busy));
        }
        let way_in = if fast_resume {
            PrivateFolder::new().ok()
        } else {
            None
        };
        let folder = way_in.as_ref().map(|folder| folder.path().to_path_buf());
        let session = Session::new_with_opts(default_dir, options(peers, folder))
            .await
            .map_err(|err| format!("{err:#}"))?;
        session.ratelimits.set_upload_bps(bps(peers.upload_limit));
        *lock(&live.way_in) = way_in;
        *lock(&live.session) = Some(Arc::clone(&session));
        tokio::spawn(retire_when_idle(Arc::clone(live)));
        Ok((session, busy))
    }

    /// The running session, if one runs.
    pub fn running(&self) -> Option<Arc<Session>> {
        lock(&self.session).clone()
    }

    /// The running session's persistence folder, if it has one.
    pub fn way_in(&self) -> Option<PathBuf> {
        lock(&self.way_in)
            .as_ref()
            .map(|folder| folder.path().to_path_buf())
    }
}

/// Retires the session once it has been idle at two looks in a row: no torrent in it (a
/// paused one stays in it, a seeding one too) and no add or listing under way.
async fn retire_when_idle(live: Arc<Live>) {
    let mut idle_looks = 0;
    loop {
        tokio::time::sleep(IDLE_LOOK).await;
        let _turn = live.turn.lock().await;
        let Some(session) = live.running() else {
            return;
        };
        let empty = session.with_torrents(|torrents| torrents.count()) == 0;
        idle_looks = if empty && live.busy.load(Ordering::SeqCst) == 0 {
            idle_looks + 1
        } else {
            0
        };
        if idle_looks >= 2 {
            lock(&live.session).take();
            session.stop().await;
            lock(&live.way_in).take();
            return;
        }
    }
}

/// A folder of this process's own in the temporary folder, readable by the user alone, gone
/// when it is dropped.
struct PrivateFolder(PathBuf);

impl PrivateFolder {
    fn new() -> std::io::Result<Self> {
        use std::os::unix::fs::DirBuilderExt;
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| since.subsec_nanos());
        let temp = std::env::temp_dir();
        remove_left_behind(&temp);
        let path = temp.join(format!("{PREFIX}{}-{nanos}", std::process::id()));
        // `create`, not `create_all`: a folder already there (someone else's) is refused.
        std::fs::DirBuilder::new().mode(0o700).create(&path)?;
        Ok(Self(path))
    }

    fn path(&self) -> &std::path::Path {
        &self.0
    }
}

/// How the folders' names begin (then the process id and a number).
const PREFIX: &str = "haul-torrents-";

/// Removes the folders of Haul processes that ended without removing theirs (killed): only
/// the user's own (others' cannot be removed), never a running process's.
fn remove_left_behind(temp: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(temp) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|name| name.strip_prefix(PREFIX))
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let running =
            pid == std::process::id() || std::path::Path::new(&format!("/proc/{pid}")).exists();
        let own_folder = entry.file_type().is_ok_and(|kind| kind.is_dir());
        if !running && own_folder {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

impl Drop for PrivateFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The session's options for `peers`, with fast resume through `way_in` when there is one.
fn options(peers: &PeerSettings, way_in: Option<PathBuf>) -> SessionOptions {
    SessionOptions {
        fastresume: way_in.is_some(),
        persistence: way_in.map(|folder| SessionPersistenceConfig::Json {
            folder: Some(folder),
        }),
        dht: (peers.dht && peers.proxy.is_none())
            .then(librqbit::DhtSessionConfig::default)
            .map(|mut dht| {
                // Haul keeps no DHT state of its own between runs.
                dht.persistence = None;
                dht
            }),
        disable_trackers: !peers.trackers,
        // Through Haul's patch of librqbit (vendor/librqbit/HAUL-PATCH.md).
        disable_pex: !peers.pex,
        listen: Some(librqbit::ListenerOptions {
            listen_addr: (
                std::net::Ipv4Addr::UNSPECIFIED,
                peers.listen_port.unwrap_or(0),
            )
                .into(),
            enable_upnp_port_forwarding: peers.upnp,
            ..Default::default()
        }),
        disable_local_service_discovery: !peers.dht,
        peer_limit: Some(MOST_PEERS),
        connect: peers
            .proxy
            .as_ref()
            .map(|proxy| librqbit::ConnectionOptions {
                proxy_url: Some(proxy.clone()),
                ..Default::default()
            }),
        ..Default::default()
    }
}

/// Most peers one torrent connects to (aria2's `bt-max-peers` default): more only spreads the
/// same line thinner and holds more sockets and memory.
const MOST_PEERS: usize = 55;

/// A rate in bytes per second as librqbit takes it (`None`: no limit).
pub(crate) fn bps(rate: u64) -> Option<std::num::NonZeroU32> {
    std::num::NonZeroU32::new(u32::try_from(rate).unwrap_or(u32::MAX))
}

/// `mutex`'s guard, even after a thread panicked holding it (the maps stay usable).
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_of_killed_processes_go_and_running_ones_stay() {
        let temp = tempfile::tempdir().expect("temp dir");
        // A pid no process has (beyond the kernel's limit).
        let dead = temp.path().join(format!("{PREFIX}4194999-12"));
        let ours = temp
            .path()
            .join(format!("{PREFIX}{}-34", std::process::id()));
        let other = temp.path().join("haul-other-4194999-12");
        for folder in [&dead, &ours, &other] {
            std::fs::create_dir(folder).expect("mkdir");
        }
        remove_left_behind(temp.path());
        assert!(!dead.exists());
        assert!(ours.exists());
        assert!(other.exists());
    }
}
