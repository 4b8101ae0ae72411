//! One Haul window per user session.
//!
//! The first window takes an exclusive lock on the data folder (`haul.lock`) before it reads
//! the saved list, and listens on a Unix socket (`$XDG_RUNTIME_DIR/haul/haul.sock`, in a folder
//! only its user can enter; the data folder when the variable is unset). A later `haul [URL...]`
//! (a double-click, a link handler, a browser) finds the lock taken, hands its links over the
//! socket ([`protocol`]) and exits; the window comes to the front and adds them.
//!
//! What is true after a crash: the lock goes with the process that held it, so the next launch
//! takes it; a socket file left behind is then known to be stale and replaced. A second engine
//! can never read or write the saved list while a window holds the lock.

pub mod protocol;

use crate::i18n::t;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use thiserror::Error;

use crate::paths::Paths;
use protocol::{MAX_MESSAGE_BYTES, ProtocolError, Reply, Request};

/// The lock file in the data folder.
const LOCK_FILE: &str = "haul.lock";
/// The socket's file name in the runtime folder.
const SOCKET_FILE: &str = "haul.sock";
/// How long a connection may take to send its message or read the answer.
const EXCHANGE_TIMEOUT: Duration = Duration::from_secs(2);
/// How long a later launch keeps trying while the first window is still starting up.
pub const HAND_OFF_TIMEOUT: Duration = Duration::from_secs(5);

/// Setting up or reaching the running window failed.
#[derive(Debug, Error)]
pub enum InstanceError {
    /// The data or runtime folder could not be prepared.
    #[error("{}", t!("instance-folder", path = path.display().to_string(), detail = source.to_string()))]
    Folder {
        /// The folder.
        path: PathBuf,
        /// What went wrong.
        source: io::Error,
    },
    /// The runtime folder is not private to this user.
    #[error("{}", t!("instance-not-private", path = .0.display().to_string()))]
    NotPrivate(PathBuf),
    /// The socket could not be opened.
    #[error("{}", t!("instance-listen", path = path.display().to_string(), detail = source.to_string()))]
    Listen {
        /// The socket.
        path: PathBuf,
        /// What went wrong.
        source: io::Error,
    },
    /// Another window holds the lock but does not answer.
    #[error("{}", t!("instance-no-answer", detail = .0.as_str()))]
    NoAnswer(String),
    /// Waiting for a window was given up (the one started has ended).
    #[error("{}", t!("instance-gave-up"))]
    GaveUp,
    /// The running window refused the request.
    #[error("{}", t!("instance-refused", detail = .0.as_str()))]
    Refused(String),
}

/// What starting a window found.
#[derive(Debug)]
pub enum Claim {
    /// This process is the window: it holds the lock.
    First(FirstWindow),
    /// Another window runs; hand the links to it.
    AlreadyRunning,
}

/// The lock of the window that owns the data folder; dropping it (or exiting) releases it.
#[derive(Debug)]
pub struct FirstWindow {
    _lock: File,
    socket_path: PathBuf,
}

impl Drop for FirstWindow {
    fn drop(&mut self) {
        // Still holding the lock: the socket is this window's to remove, so the next start
        // finds a clean folder (after a crash it replaces the leftover instead).
        let _ = std::fs::remove_file(&self.socket_path);
    }
}

/// Where the socket lives for these folders: a private `haul` folder in the runtime folder,
/// else the data folder.
pub fn socket_path(paths: &Paths) -> PathBuf {
    paths
        .runtime_dir
        .as_deref()
        .unwrap_or(&paths.data_dir)
        .join(SOCKET_FILE)
}

/// Takes the data folder's lock, or finds that another window holds it.
pub fn claim(paths: &Paths) -> Result<Claim, InstanceError> {
    fn folder(path: &Path) -> impl FnOnce(io::Error) -> InstanceError + '_ {
        move |source| InstanceError::Folder {
            path: path.to_owned(),
            source,
        }
    }
    std::fs::create_dir_all(&paths.data_dir).map_err(folder(&paths.data_dir))?;
    let lock_path = paths.data_dir.join(LOCK_FILE);
    let lock = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(&lock_path)
        .map_err(folder(&lock_path))?;
    match rustix::fs::flock(&lock, rustix::fs::FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => {}
        Err(rustix::io::Errno::WOULDBLOCK) => return Ok(Claim::AlreadyRunning),
        Err(err) => return Err(folder(&lock_path)(err.into())),
    }
    if let Some(runtime) = &paths.runtime_dir {
        prepare_private_folder(runtime)?;
    }
    Ok(Claim::First(FirstWindow {
        _lock: lock,
        socket_path: socket_path(paths),
    }))
}

/// Creates `dir` with mode 0700, or checks that an existing one is ours and private.
fn prepare_private_folder(dir: &Path) -> Result<(), InstanceError> {
    let mut builder = std::fs::DirBuilder::new();
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    match builder.recursive(true).create(dir) {
        Ok(()) => {}
        Err(source) => {
            return Err(InstanceError::Folder {
                path: dir.to_owned(),
                source,
            });
        }
    }
    let meta = std::fs::symlink_metadata(dir).map_err(|source| InstanceError::Folder {
        path: dir.to_owned(),
        source,
    })?;
    let ours = std::os::unix::fs::MetadataExt::uid(&meta) == rustix::process::getuid().as_raw();
    if !meta.is_dir() || !ours {
        return Err(InstanceError::NotPrivate(dir.to_owned()));
    }
    if meta.permissions().mode() & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(
            |source| InstanceError::Folder {
                path: dir.to_owned(),
                source,
            },
        )?;
    }
    Ok(())
}

/// The window's wake-up, set once the window exists.
type SharedWake = Arc<Mutex<Option<Arc<dyn Fn() + Send + Sync>>>>;

/// Requests from later launches, as they arrive.
pub struct Inbox {
    requests: Receiver<Request>,
    wake: SharedWake,
}

impl Inbox {
    /// Sets what to call when a request arrives (the window's repaint), and calls it once if
    /// requests are already waiting.
    pub fn set_waker(&self, wake: Arc<dyn Fn() + Send + Sync>) {
        *self.wake.lock().unwrap_or_else(PoisonError::into_inner) = Some(Arc::clone(&wake));
        wake();
    }

    /// Requests that arrived since the last call.
    pub fn take(&self) -> Vec<Request> {
        self.requests.try_iter().collect()
    }

    /// An inbox fed by the returned sender (for tests of the window).
    pub fn detached() -> (Sender<Request>, Self) {
        let (sender, requests) = mpsc::channel();
        (
            sender,
            Self {
                requests,
                wake: Arc::default(),
            },
        )
    }
}

impl FirstWindow {
    /// Listens for later launches on a background thread. A socket file left by a crashed
    /// window is replaced: holding the lock proves nobody else listens there.
    pub fn listen(&self) -> Result<Inbox, InstanceError> {
        let path = &self.socket_path;
        let listen_error = |source| InstanceError::Listen {
            path: path.clone(),
            source,
        };
        match std::fs::remove_file(path) {
            Ok(()) => log::info!("replaced a stale socket at {}", path.display()),
            Err(err) if err.kind() == io::ErrorKind::NotFound => {}
            Err(err) => return Err(listen_error(err)),
        }
        let listener = UnixListener::bind(path).map_err(listen_error)?;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(listen_error)?;
        let (sender, requests) = mpsc::channel();
        let wake: SharedWake = Arc::default();
        let thread_wake = Arc::clone(&wake);
        thread::Builder::new()
            .name("haul-instance".into())
            .spawn(move || serve(&listener, &sender, &thread_wake))
            .map_err(listen_error)?;
        Ok(Inbox { requests, wake })
    }
}

fn serve(
    listener: &UnixListener,
    requests: &Sender<Request>,
    wake: &Mutex<Option<Arc<dyn Fn() + Send + Sync>>>,
) {
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        if !same_user(&stream) {
            log::warn!("refused a connection from another user");
            continue;
        }
        let _ = stream.set_read_timeout(Some(EXCHANGE_TIMEOUT));
        let _ = stream.set_write_timeout(Some(EXCHANGE_TIMEOUT));
        let reply = match read_line(&mut stream).and_then(|line| Request::parse(&line)) {
            Ok(request) => {
                if requests.send(request).is_err() {
                    return;
                }
                if let Some(wake) = wake.lock().unwrap_or_else(PoisonError::into_inner).clone() {
                    wake();
                }
                Reply::ok()
            }
            Err(err) => {
                log::warn!("refused a hand-off: {err}");
                Reply::refused(&err)
            }
        };
        let mut line = serde_json::to_string(&reply).unwrap_or_default();
        line.push('\n');
        let _ = stream.write_all(line.as_bytes());
    }
}

fn same_user(stream: &UnixStream) -> bool {
    rustix::net::sockopt::socket_peercred(stream)
        .is_ok_and(|cred| cred.uid == rustix::process::getuid())
}

/// Reads one line, refusing more than [`MAX_MESSAGE_BYTES`].
fn read_line(stream: &mut UnixStream) -> Result<Vec<u8>, ProtocolError> {
    let mut reader = BufReader::new(stream.take(MAX_MESSAGE_BYTES as u64 + 2));
    let mut line = Vec::new();
    reader
        .read_until(b'\n', &mut line)
        .map_err(|err| ProtocolError::Malformed(format!("could not read the message: {err}")))?;
    if line.last() == Some(&b'\n') {
        line.pop();
    } else if line.len() > MAX_MESSAGE_BYTES {
        return Err(ProtocolError::TooLarge);
    }
    Ok(line)
}

/// Hands `request` to the running window. Retries while the window is still starting (its
/// lock is taken before its socket listens), up to `timeout`.
pub fn hand_off(paths: &Paths, request: &Request, timeout: Duration) -> Result<(), InstanceError> {
    hand_off_while(paths, request, timeout, &mut || true)
}

/// [`hand_off`], giving up early when `still_hopeful` says waiting is pointless (the window
/// that was started has ended, say). It is asked only before the request is sent, so
/// a request is never delivered twice.
pub fn hand_off_while(
    paths: &Paths,
    request: &Request,
    timeout: Duration,
    still_hopeful: &mut dyn FnMut() -> bool,
) -> Result<(), InstanceError> {
    let path = socket_path(paths);
    let deadline = Instant::now() + timeout;
    let mut stream = loop {
        match UnixStream::connect(&path) {
            Ok(stream) => break stream,
            Err(err) if Instant::now() >= deadline => {
                return Err(InstanceError::NoAnswer(format!(
                    "{}: {err}",
                    path.display()
                )));
            }
            Err(_) => {
                if !still_hopeful() {
                    return Err(InstanceError::GaveUp);
                }
                thread::sleep(Duration::from_millis(20));
            }
        }
    };
    let no_answer = |err: io::Error| InstanceError::NoAnswer(err.to_string());
    stream
        .set_read_timeout(Some(EXCHANGE_TIMEOUT))
        .map_err(no_answer)?;
    stream
        .set_write_timeout(Some(EXCHANGE_TIMEOUT))
        .map_err(no_answer)?;
    stream
        .write_all(request.to_line().as_bytes())
        .map_err(no_answer)?;
    let mut answer = String::new();
    BufReader::new(stream.take(64 * 1024))
        .read_line(&mut answer)
        .map_err(no_answer)?;
    let reply: Reply = serde_json::from_str(answer.trim())
        .map_err(|err| InstanceError::NoAnswer(format!("unreadable answer: {err}")))?;
    if reply.ok {
        Ok(())
    } else {
        Err(InstanceError::Refused(reply.error.unwrap_or_default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(root: &Path) -> Paths {
        Paths::under(root)
    }

    #[test]
    fn the_second_claim_hands_off_and_the_first_receives() {
        let root = tempfile::tempdir().expect("temp dir");
        let paths = paths(root.path());
        let Claim::First(first) = claim(&paths).expect("claim") else {
            panic!("the first claim must win");
        };
        assert!(matches!(claim(&paths), Ok(Claim::AlreadyRunning)));
        let inbox = first.listen().expect("listen");
        let request = Request::open(vec!["http://example.com/a".into()], None);
        hand_off(&paths, &request, Duration::from_secs(2)).expect("hand off");
        assert_eq!(inbox.take(), vec![request]);
        let runtime = paths.runtime_dir.as_deref().expect("runtime dir");
        let mode = std::fs::metadata(runtime)
            .expect("stat")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700);
        drop(first);
        assert!(
            matches!(claim(&paths), Ok(Claim::First(_))),
            "lock released"
        );
    }

    #[test]
    fn a_stale_socket_is_replaced_and_bad_messages_are_refused() {
        let root = tempfile::tempdir().expect("temp dir");
        let paths = paths(root.path());
        std::fs::create_dir_all(paths.runtime_dir.as_deref().expect("runtime")).expect("mkdir");
        // A crashed window's socket: the file exists, nobody listens.
        drop(UnixListener::bind(socket_path(&paths)).expect("bind"));
        let Claim::First(first) = claim(&paths).expect("claim") else {
            panic!("a stale socket must not block the first window");
        };
        let inbox = first.listen().expect("listen");
        for (message, expected) in [
            (
                "{\"v\":7,\"type\":\"open\",\"links\":[]}\n",
                "unsupported protocol version 7",
            ),
            ("hello\n", "malformed message"),
        ] {
            let mut stream = UnixStream::connect(socket_path(&paths)).expect("connect");
            stream.write_all(message.as_bytes()).expect("write");
            let mut answer = String::new();
            BufReader::new(stream).read_line(&mut answer).expect("read");
            let reply: Reply = serde_json::from_str(&answer).expect("reply");
            assert!(!reply.ok);
            assert!(
                reply.error.as_deref().is_some_and(|e| e.contains(expected)),
                "{answer}"
            );
        }
        // An oversized message is cut off with an answer, not read forever.
        let mut stream = UnixStream::connect(socket_path(&paths)).expect("connect");
        let big = vec![b'x'; MAX_MESSAGE_BYTES + 10];
        let _ = stream.write_all(&big);
        let mut answer = String::new();
        let _ = BufReader::new(stream).read_line(&mut answer);
        assert!(answer.contains("too large"), "{answer}");
        assert!(inbox.take().is_empty());
        // And a good one still gets through afterwards.
        let request = Request::open(vec!["http://example.com/b".into()], None);
        hand_off(&paths, &request, Duration::from_secs(2)).expect("hand off");
        assert_eq!(inbox.take(), vec![request]);
    }
}
