//! Remote control in aria2's JSON-RPC, so the tools that drive aria2 (AriaNg, aria2p,
//! browser extensions, Motrix) drive Haul: `POST /jsonrpc` on a local port, or a WebSocket
//! at the same path with aria2's notifications.
//!
//! Safe by default: it listens on loopback unless told otherwise, refuses every call without
//! the secret, caps request sizes, connections and the rate of requests, keeps nobody without
//! the secret from those with it (see `guard`), and refuses requests from web pages (an
//! `Origin` header) unless that origin is allowed. What reaches the engine goes through the
//! same commands the window sends.

mod budget;
mod calls;
mod connection;
mod download_calls;
pub mod events;
mod get_request;
mod guard;
pub mod http;
mod listing;
pub mod metadata_step;
pub mod methods;
mod option_answers;
mod options;
mod params;
mod proxy_options;
mod server;
pub mod shape;
mod step_ids;
mod torrent_calls;
mod torrent_options;
mod torrent_shape;
mod websocket;

use crate::i18n::t;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Duration;

use crate::engine::Engine;
use connection::{plain, serve, turn_away};
use guard::Guard;
use methods::Api;
pub use option_answers::Defaults;
use option_answers::ServerFacts;
use server::Server;

/// aria2's port, which its clients try first.
pub const DEFAULT_PORT: u16 = crate::config::DEFAULT_REMOTE_PORT;

/// How the server is reached.
#[derive(Clone, Debug)]
pub struct RpcSettings {
    /// The port (0: any free one, for tests).
    pub port: u16,
    /// Listen on every address instead of loopback only.
    pub listen_all: bool,
    /// The secret every call must carry; never empty.
    pub secret: String,
    /// Web page origins allowed to call (exact `scheme://host:port`).
    pub allowed_origins: Vec<String>,
    /// Where files go when a call names no folder.
    pub download_dir: PathBuf,
    /// The data folder (where the key of the GIDs is kept).
    pub data_dir: PathBuf,
    /// What the engine was started with, for `getGlobalOption` and `getOption`.
    pub defaults: Defaults,
    /// Where `aria2.shutdown` asks the process to stop (`None`: refused; the window is
    /// closed by its user).
    pub shutdown: Option<std::sync::mpsc::Sender<()>>,
}

/// The shortest secret accepted: a guess per second must not find it.
pub const MIN_SECRET_CHARS: usize = 8;

/// The server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// No secret was given: the server never runs open.
    #[error("{}", t!("rpc-no-secret"))]
    NoSecret,
    /// The secret is blank or too short to keep anyone out.
    #[error("{}", t!("rpc-weak-secret", chars = MIN_SECRET_CHARS))]
    WeakSecret,
    /// `*` as an allowed origin would let every web page in.
    #[error("{}", t!("rpc-any-origin"))]
    AnyOrigin,
    /// The port could not be taken.
    #[error("{}", t!("rpc-cannot-listen", port = *port, detail = cause.to_string()))]
    Listen {
        /// The port.
        port: u16,
        /// Why (not a `source`: the words above say it once).
        cause: io::Error,
    },
}

/// A running server; it stops when dropped.
#[derive(Debug)]
pub struct RpcServer {
    address: SocketAddr,
    /// Every address it listens on (loopback: IPv4 and IPv6).
    addresses: Vec<SocketAddr>,
    stop: Arc<AtomicBool>,
}

impl RpcServer {
    /// Starts listening and serving calls to `engine`.
    pub fn start(engine: Engine, settings: RpcSettings) -> Result<Self, StartError> {
        if settings.secret.is_empty() {
            return Err(StartError::NoSecret);
        }
        if settings.secret.trim().chars().count() < MIN_SECRET_CHARS {
            return Err(StartError::WeakSecret);
        }
        let mut allowed_origins = Vec::new();
        for origin in &settings.allowed_origins {
            // "http://host:port/" is the same origin as "http://host:port".
            let origin = origin.trim().trim_end_matches('/');
            if origin == "*" {
                return Err(StartError::AnyOrigin);
            }
            if !origin.is_empty() {
                allowed_origins.push(origin.to_owned());
            }
        }
        shape::use_gid_key(shape::gid_key(&settings.data_dir));
        let listeners = listen(settings.listen_all, settings.port)?;
        let addresses: Vec<SocketAddr> = listeners
            .iter()
            .filter_map(|listener| listener.local_addr().ok())
            .collect();
        let Some(&address) = addresses.first() else {
            return Err(StartError::Listen {
                port: settings.port,
                cause: io::Error::from(io::ErrorKind::AddrNotAvailable),
            });
        };
        // The server's own address is its own page (aria2p's WebSocket library sends it).
        for host in ["127.0.0.1", "localhost", "[::1]"] {
            allowed_origins.push(format!("http://{host}:{}", address.port()));
        }
        let stop = Arc::new(AtomicBool::new(false));
        let server = Arc::new(Server {
            api: Api::new(
                engine,
                settings.secret.clone(),
                settings.download_dir.clone(),
            )
            .with_facts(
                ServerFacts {
                    defaults: settings.defaults.clone(),
                    port: address.port(),
                    listen_all: settings.listen_all,
                    uploads: settings.data_dir.join("torrents"),
                },
                settings.shutdown.clone(),
            ),
            allowed_origins,
            guard: Guard::new(),
        });
        for listener in listeners {
            let (server, stopping) = (Arc::clone(&server), Arc::clone(&stop));
            thread::Builder::new()
                .name("haul-rpc".into())
                .spawn(move || accept(&listener, &server, &stopping))
                .map_err(|cause| StartError::Listen {
                    port: settings.port,
                    cause,
                })?;
        }
        Ok(Self {
            address,
            addresses,
            stop,
        })
    }

    /// Where it listens (the IPv4 address when there are several).
    pub fn address(&self) -> SocketAddr {
        self.address
    }
}

/// The sockets to listen on: loopback on IPv4 and, where the system has it, IPv6 on the same
/// port (clients that try `localhost` over IPv6 first find it); or every address.
fn listen(all: bool, port: u16) -> Result<Vec<TcpListener>, StartError> {
    let bind = |ip: IpAddr, port: u16| TcpListener::bind((ip, port));
    let failed = |cause| StartError::Listen { port, cause };
    if all {
        // One dual-stack socket where IPv6 is there, IPv4 alone otherwise.
        return match bind(IpAddr::V6(Ipv6Addr::UNSPECIFIED), port) {
            Ok(listener) => Ok(vec![listener]),
            Err(_) => Ok(vec![
                bind(IpAddr::V4(Ipv4Addr::UNSPECIFIED), port).map_err(failed)?,
            ]),
        };
    }
    let v4 = bind(IpAddr::V4(Ipv4Addr::LOCALHOST), port).map_err(failed)?;
    let taken = v4.local_addr().map_err(failed)?.port();
    let mut listeners = vec![v4];
    match bind(IpAddr::V6(Ipv6Addr::LOCALHOST), taken) {
        Ok(v6) => listeners.push(v6),
        Err(err) => log::info!("remote control: not on ::1 ({err})"),
    }
    Ok(listeners)
}

impl Drop for RpcServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accepting threads so they see the stop.
        for address in &self.addresses {
            let _ = TcpStream::connect_timeout(address, Duration::from_millis(200));
        }
    }
}

fn accept(listener: &TcpListener, server: &Arc<Server>, stop: &AtomicBool) {
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let Ok(mut stream) = stream else { continue };
        let Some(ticket) = server.guard.admit(&stream) else {
            // Every place is held by a client that showed the secret.
            let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
            let _ = http::write_response(&mut stream, &plain(503, "too many connections"));
            turn_away(stream);
            continue;
        };
        let server = Arc::clone(server);
        let spawned = thread::Builder::new()
            .name("haul-rpc-conn".into())
            .spawn(move || serve(stream, &server, &ticket));
        if spawned.is_err() {
            log::warn!("remote control: no thread for a connection");
        }
    }
}
