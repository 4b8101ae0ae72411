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
mod download_calls;
pub mod events;
mod get_request;
mod guard;
pub mod http;
mod listing;
pub mod methods;
mod option_answers;
mod options;
mod params;
pub mod shape;
mod websocket;

use crate::i18n::t;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

use crate::engine::Engine;
use guard::{Deadlined, Guard, Ticket};
use http::{HttpError, Reader, Response};
use methods::{Access, Api};
pub use option_answers::Defaults;
use option_answers::ServerFacts;

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
    /// The overall limit in force at the start (bytes per second, 0: none).
    pub overall_limit: u64,
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
                settings.overall_limit,
            )
            .with_facts(
                ServerFacts {
                    defaults: settings.defaults.clone(),
                    port: address.port(),
                    listen_all: settings.listen_all,
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

struct Server {
    api: Api,
    allowed_origins: Vec<String>,
    /// Who may take a connection and how many requests (see `guard`).
    guard: Arc<Guard>,
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

/// Reads what the peer still sends, for a second at most, so that closing does not send a
/// reset (which makes the peer's system throw away the answer it has not read yet).
fn read_away(stream: &mut TcpStream) {
    use std::io::Read;
    let _ = stream.set_read_timeout(Some(Duration::from_millis(250)));
    let until = std::time::Instant::now() + Duration::from_secs(1);
    let mut sink = [0u8; 4096];
    while std::time::Instant::now() < until {
        // Silence for a quarter second, the end, or an error: nothing more to read.
        if matches!(stream.read(&mut sink), Ok(0) | Err(_)) {
            break;
        }
    }
}

/// Connections being turned away right now, at most (each on a short thread of its own).
const TURNING_AWAY: usize = 8;
static TURNED_AWAY: AtomicUsize = AtomicUsize::new(0);

/// Closes a connection that was answered 503 without reading its request: the request is
/// read away first (for a second at most), since closing with unread bytes sends a reset,
/// and some clients then see a broken connection instead of the answer.
fn turn_away(stream: TcpStream) {
    let _ = stream.shutdown(std::net::Shutdown::Write);
    if TURNED_AWAY.fetch_add(1, Ordering::SeqCst) >= TURNING_AWAY {
        TURNED_AWAY.fetch_sub(1, Ordering::SeqCst);
        return;
    }
    let spawned = thread::Builder::new()
        .name("haul-rpc-away".into())
        .spawn(move || {
            let mut stream = stream;
            read_away(&mut stream);
            TURNED_AWAY.fetch_sub(1, Ordering::SeqCst);
        });
    if spawned.is_err() {
        TURNED_AWAY.fetch_sub(1, Ordering::SeqCst);
    }
}

fn serve(stream: TcpStream, server: &Server, ticket: &Ticket) {
    let _ = stream.set_write_timeout(Some(guard::IDLE));
    let _ = stream.set_nodelay(true);
    let mut reader = Reader::new(Deadlined::new(stream));
    loop {
        // The whole request must come within the deadline, however slowly its bytes trickle.
        reader.stream().set_deadline(ticket.deadline());
        let request = match reader.next_request() {
            Ok(request) => request,
            Err(err) => {
                if let Some(status) = err.status() {
                    let message = err.to_string();
                    let _ = http::write_response(reader.stream(), &plain(status, &message));
                    // What is left of a refused request is read away: the answer must not be
                    // lost to a reset.
                    let stream = reader.stream().get_mut();
                    let _ = stream.shutdown(std::net::Shutdown::Write);
                    read_away(stream);
                }
                if !matches!(err, HttpError::Closed | HttpError::Io(_)) {
                    log::info!("remote control: {err}");
                }
                return;
            }
        };
        let close = request.close;
        let allowed = request
            .header("origin")
            .map(|origin| server.allowed_origins.iter().any(|o| o == origin));
        let cors: Vec<(&str, String)> = match (allowed, request.header("origin")) {
            (Some(true), Some(origin)) => vec![
                ("Access-Control-Allow-Origin", origin.to_owned()),
                (
                    "Access-Control-Allow-Methods",
                    "GET, POST, OPTIONS".to_owned(),
                ),
                ("Access-Control-Allow-Headers", "Content-Type".to_owned()),
                // Browsers ask again only after 20 days, as aria2 tells them.
                ("Access-Control-Max-Age", "1728000".to_owned()),
                ("Vary", "Origin".to_owned()),
            ],
            _ => Vec::new(),
        };
        let upgrade = request
            .header("upgrade")
            .is_some_and(|u| u.eq_ignore_ascii_case("websocket"));
        if upgrade && allowed != Some(false) && request.path == "/jsonrpc" {
            if !server.guard.take(Access::Anonymous) {
                let _ = http::write_response(reader.stream(), &plain(429, "too many requests"));
                return;
            }
            let Some(key) = request.header("sec-websocket-key").map(str::to_owned) else {
                let _ = http::write_response(reader.stream(), &plain(400, "no Sec-WebSocket-Key"));
                return;
            };
            let (stream, early) = reader.into_parts();
            if let Err(err) = websocket::serve(stream.into_inner(), &key, &early, server, ticket) {
                log::info!("remote control: WebSocket ended: {err}");
            }
            return;
        }
        let answer: (u16, &str, Vec<u8>) = if allowed == Some(false) {
            (
                403,
                "text/plain",
                b"this origin may not control Haul".to_vec(),
            )
        } else if request.path != "/jsonrpc" {
            (
                404,
                "text/plain",
                b"not found (the API is at /jsonrpc)".to_vec(),
            )
        } else {
            match request.method.as_str() {
                "OPTIONS" if server.guard.take(Access::Anonymous) => {
                    (204, "text/plain", Vec::new())
                }
                "POST" => rpc_answer(server, ticket, &request.body),
                "GET" => match get_request::body_from_query(request.query.as_deref().unwrap_or(""))
                {
                    Ok(body) => rpc_answer(server, ticket, &body),
                    Err(err) => (400, "text/plain", err.to_string().into_bytes()),
                },
                "OPTIONS" => (429, "text/plain", b"too many requests".to_vec()),
                _ => (405, "text/plain", b"use POST or GET".to_vec()),
            }
        };
        let response = Response {
            status: answer.0,
            content_type: answer.1,
            body: &answer.2,
            extra: &cors,
            close,
        };
        if http::write_response(reader.stream(), &response).is_err() || close {
            return;
        }
    }
}

/// The HTTP answer to a request body: 200 with the result, 400 when a single call failed
/// (as aria2 answers; a batch is 200 whatever its calls did), 429 when the budget is spent.
fn rpc_answer(server: &Server, ticket: &Ticket, body: &[u8]) -> (u16, &'static str, Vec<u8>) {
    match answer_call(server, ticket, body) {
        Some(reply) => {
            let status = if reply.get("error").is_some() {
                400
            } else {
                200
            };
            (
                status,
                "application/json-rpc",
                reply.to_string().into_bytes(),
            )
        }
        None => (429, "text/plain", b"too many requests".to_vec()),
    }
}

/// The answer to a request body, or `None` when its budget is spent. A request with the
/// secret marks its connection as a known client's; one with a wrong secret is answered only
/// after [`guard::WRONG_SECRET_DELAY`].
fn answer_call(server: &Server, ticket: &Ticket, body: &[u8]) -> Option<serde_json::Value> {
    let parsed = server.api.read(body);
    let access = parsed.access;
    if !server.guard.take(access) {
        return None;
    }
    match access {
        Access::Trusted => ticket.trust(),
        Access::Wrong => thread::sleep(guard::WRONG_SECRET_DELAY),
        Access::Anonymous => {}
    }
    Some(server.api.answer_parsed(parsed))
}

fn plain(status: u16, message: &str) -> Response<'_> {
    Response {
        status,
        content_type: "text/plain",
        body: message.as_bytes(),
        extra: &[],
        close: true,
    }
}
