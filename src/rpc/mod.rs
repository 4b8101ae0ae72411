//! Remote control in aria2's JSON-RPC, so the tools that drive aria2 (AriaNg, aria2p,
//! browser extensions, Motrix) drive Haul: `POST /jsonrpc` on a local port, or a WebSocket
//! at the same path with aria2's notifications.
//!
//! Safe by default: it listens on loopback unless told otherwise, refuses every call without
//! the secret, caps request sizes, connections and the rate of requests, and refuses
//! requests from web pages (an `Origin` header) unless that origin is allowed. What reaches
//! the engine goes through the same commands the window sends.

mod calls;
pub mod events;
pub mod http;
pub mod methods;
mod options;
pub mod shape;
mod websocket;

use crate::i18n::t;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use crate::engine::Engine;
use http::{HttpError, Reader, Response};
use methods::Api;

/// aria2's port, which its clients try first.
pub const DEFAULT_PORT: u16 = crate::config::DEFAULT_REMOTE_PORT;
/// Connections served at once; more are answered 503 and closed.
const MAX_CONNECTIONS: usize = 32;
/// Requests per second across all connections before answers become 429.
const MAX_REQUESTS_PER_SEC: f64 = 200.0;
/// A connection silent this long is closed.
const IDLE: Duration = Duration::from_secs(30);

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
}

/// The server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// No secret was given: the server never runs open.
    #[error("{}", t!("rpc-no-secret"))]
    NoSecret,
    /// The port could not be taken.
    #[error("{}", t!("rpc-cannot-listen", port = *port, detail = source.to_string()))]
    Listen {
        /// The port.
        port: u16,
        /// Why.
        source: io::Error,
    },
}

/// A running server; it stops when dropped.
#[derive(Debug)]
pub struct RpcServer {
    address: SocketAddr,
    stop: Arc<AtomicBool>,
}

impl RpcServer {
    /// Starts listening and serving calls to `engine`.
    pub fn start(engine: Engine, settings: RpcSettings) -> Result<Self, StartError> {
        if settings.secret.is_empty() {
            return Err(StartError::NoSecret);
        }
        let ip = if settings.listen_all {
            IpAddr::V4(Ipv4Addr::UNSPECIFIED)
        } else {
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        };
        let listener =
            TcpListener::bind((ip, settings.port)).map_err(|source| StartError::Listen {
                port: settings.port,
                source,
            })?;
        let address = listener.local_addr().map_err(|source| StartError::Listen {
            port: settings.port,
            source,
        })?;
        let stop = Arc::new(AtomicBool::new(false));
        let server = Arc::new(Server {
            api: Api::new(
                engine,
                settings.secret.clone(),
                settings.download_dir.clone(),
                settings.overall_limit,
            ),
            allowed_origins: settings.allowed_origins,
            open: AtomicUsize::new(0),
            rate: Mutex::new(Bucket::new()),
        });
        let stopping = Arc::clone(&stop);
        thread::Builder::new()
            .name("haul-rpc".into())
            .spawn(move || accept(&listener, &server, &stopping))
            .map_err(|source| StartError::Listen {
                port: settings.port,
                source,
            })?;
        Ok(Self { address, stop })
    }

    /// Where it listens.
    pub fn address(&self) -> SocketAddr {
        self.address
    }
}

impl Drop for RpcServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accepting thread so it sees the stop.
        let _ = TcpStream::connect_timeout(&self.address, Duration::from_millis(200));
    }
}

struct Server {
    api: Api,
    allowed_origins: Vec<String>,
    open: AtomicUsize,
    rate: Mutex<Bucket>,
}

impl Server {
    /// True when one more request fits in the rate cap.
    fn take_request(&self) -> bool {
        self.rate
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }
}

/// Requests allowed now: refilled at [`MAX_REQUESTS_PER_SEC`], a second's worth at most.
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Bucket {
    fn new() -> Self {
        Self {
            tokens: MAX_REQUESTS_PER_SEC,
            at: Instant::now(),
        }
    }

    fn take(&mut self) -> bool {
        let now = Instant::now();
        let refill = now.duration_since(self.at).as_secs_f64() * MAX_REQUESTS_PER_SEC;
        self.tokens = (self.tokens + refill).min(MAX_REQUESTS_PER_SEC);
        self.at = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

fn accept(listener: &TcpListener, server: &Arc<Server>, stop: &AtomicBool) {
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let Ok(mut stream) = stream else { continue };
        if server.open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            server.open.fetch_sub(1, Ordering::SeqCst);
            let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
            let _ = http::write_response(&mut stream, &plain(503, "too many connections"));
            continue;
        }
        let server = Arc::clone(server);
        let spawned = thread::Builder::new()
            .name("haul-rpc-conn".into())
            .spawn(move || {
                serve(stream, &server);
                server.open.fetch_sub(1, Ordering::SeqCst);
            });
        if spawned.is_err() {
            log::warn!("remote control: no thread for a connection");
        }
    }
}

fn serve(stream: TcpStream, server: &Server) {
    let _ = stream.set_read_timeout(Some(IDLE));
    let _ = stream.set_write_timeout(Some(IDLE));
    let _ = stream.set_nodelay(true);
    let mut reader = Reader::new(stream);
    loop {
        let request = match reader.next_request() {
            Ok(request) => request,
            Err(err) => {
                if let Some(status) = err.status() {
                    let message = err.to_string();
                    let _ = http::write_response(reader.stream(), &plain(status, &message));
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
                ("Access-Control-Allow-Methods", "POST, OPTIONS".to_owned()),
                ("Access-Control-Allow-Headers", "Content-Type".to_owned()),
                ("Vary", "Origin".to_owned()),
            ],
            _ => Vec::new(),
        };
        let taken = server.take_request();
        let upgrade = request
            .header("upgrade")
            .is_some_and(|u| u.eq_ignore_ascii_case("websocket"));
        if upgrade && allowed != Some(false) && taken && request.path == "/jsonrpc" {
            let Some(key) = request.header("sec-websocket-key").map(str::to_owned) else {
                let _ = http::write_response(reader.stream(), &plain(400, "no Sec-WebSocket-Key"));
                return;
            };
            let (stream, early) = reader.into_parts();
            if !early.is_empty() {
                // A client speaks only after the switch is answered.
                return;
            }
            if let Err(err) = websocket::serve(stream, &key, server) {
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
        } else if !taken {
            (429, "text/plain", b"too many requests".to_vec())
        } else if request.path != "/jsonrpc" {
            (
                404,
                "text/plain",
                b"not found (the API is at /jsonrpc)".to_vec(),
            )
        } else {
            match request.method.as_str() {
                "OPTIONS" => (204, "text/plain", Vec::new()),
                "POST" => {
                    let reply = server.api.answer(&request.body);
                    (200, "application/json-rpc", reply.to_string().into_bytes())
                }
                _ => (405, "text/plain", b"use POST".to_vec()),
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

fn plain(status: u16, message: &str) -> Response<'_> {
    Response {
        status,
        content_type: "text/plain",
        body: message.as_bytes(),
        extra: &[],
        close: true,
    }
}

#[cfg(test)]
mod tests {
    use super::{Bucket, MAX_REQUESTS_PER_SEC};

    #[test]
    fn the_rate_cap_refuses_a_burst_beyond_a_seconds_worth() {
        let mut bucket = Bucket::new();
        let taken = (0..1000).filter(|_| bucket.take()).count();
        // A second's worth, and the few that refill while the loop runs.
        assert!(taken >= MAX_REQUESTS_PER_SEC as usize, "{taken}");
        assert!(taken < MAX_REQUESTS_PER_SEC as usize + 20, "{taken}");
        assert!(!bucket.take(), "an empty bucket refuses");
    }
}
