//! A small HTTP/1.1 server on 127.0.0.1 for tests, with faults on demand.
//!
//! It serves files with ranges, ETag and Last-Modified, and can ignore Range, drop the
//! connection after N bytes, stall, throttle, change the file between requests, answer 416,
//! send hostile Content-Disposition names, redirect (including loops), cut a chunked body
//! short, and answer with error statuses and Retry-After. Conditional requests (If-None-Match,
//! If-Modified-Since) get a 304 unless the route ignores them. It counts the body bytes it sent and
//! the answers it sends at once, and records every request's headers so tests can check what
//! the client asked for. A path can be capped per connection (`throttle`) or as a whole, like a
//! line (`shared_cap`).

#![allow(dead_code)]

use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

mod login;
mod respond;

pub use login::LoginCheck;
use respond::respond;

/// A one-time misbehaviour for the next request to a path.
#[derive(Clone, Debug)]
pub enum Fault {
    /// Behave normally for this request (to aim a later fault at a later request).
    Pass,
    /// Send the headers and this many body bytes, then close the connection.
    DropAfter(u64),
    /// Send the headers and this many body bytes, then send nothing more (keep the socket).
    StallAfter(u64),
    /// Accept the connection and never answer.
    StallHeaders,
    /// Answer with this status and headers (and a short body).
    Status(u16, Vec<(String, String)>),
    /// Answer a ranged request with the whole file (200).
    IgnoreRange,
    /// Answer a ranged request with a 206 that starts at byte 0 anyway.
    WrongRangeStart,
    /// Replace the file (new content and ETag) before answering this request.
    Replace(Arc<Vec<u8>>, String),
    /// Send a chunked body of this many bytes without its terminating chunk, then close.
    CutChunked(u64),
    /// Answer with these raw bytes instead of HTTP, then close.
    Raw(Vec<u8>),
}

/// How a path is served.
#[derive(Clone, Debug, Default)]
pub struct Route {
    /// The file's content.
    pub body: Arc<Vec<u8>>,
    /// ETag header, if any.
    pub etag: Option<String>,
    /// Last-Modified header, if any.
    pub last_modified: Option<String>,
    /// Content-Disposition header, if any.
    pub disposition: Option<String>,
    /// Whether Range requests are honoured.
    pub ranges: bool,
    /// Whether If-Range is checked (a lying server ignores it).
    pub if_range: bool,
    /// Send the body chunked, without Content-Length.
    pub chunked: bool,
    /// Limit the sending speed (bytes per second).
    pub throttle: Option<u64>,
    /// Limit the speed of all answers of this path together (a line capped as a whole).
    pub shared_cap: Option<Arc<SharedCap>>,
    /// Answer with a redirect to this location (status, location).
    pub redirect: Option<(u16, String)>,
    /// Answer always with this status.
    pub status: Option<u16>,
    /// Ignore If-None-Match and If-Modified-Since (always send the file).
    pub ignores_conditions: bool,
    /// Faults for the next requests, one per request.
    pub faults: VecDeque<Fault>,
    /// More headers sent with the file (a digest, a content type).
    pub headers: Vec<(String, String)>,
    /// Request headers the file needs (name, a text the value must contain); 403 without.
    pub requires: Vec<(String, String)>,
    /// The login it wants (401 with a challenge without it).
    pub login: Option<LoginCheck>,
}

impl Route {
    /// A well-behaved file: ranges, strong ETag, Last-Modified.
    pub fn file(body: Vec<u8>) -> Self {
        Self {
            body: Arc::new(body),
            etag: Some("\"v1\"".into()),
            last_modified: Some("Wed, 21 Oct 2015 07:28:00 GMT".into()),
            ranges: true,
            if_range: true,
            ..Self::default()
        }
    }

    /// A redirect to `location`.
    pub fn redirect(status: u16, location: &str) -> Self {
        Self {
            redirect: Some((status, location.to_owned())),
            ..Self::default()
        }
    }

    /// Wants a Basic login, `user:password`.
    pub fn basic_login(mut self, pair: &str) -> Self {
        self.login = Some(LoginCheck::Basic(pair.to_owned()));
        self
    }

    /// Wants a Digest login.
    pub fn digest_login(mut self, user: &str, password: &str) -> Self {
        self.login = Some(LoginCheck::Digest {
            user: user.to_owned(),
            password: password.to_owned(),
        });
        self
    }

    /// Always this status.
    pub fn status(code: u16) -> Self {
        Self {
            status: Some(code),
            ..Self::default()
        }
    }

    /// Sets the Content-Disposition header.
    pub fn disposition(mut self, value: &str) -> Self {
        self.disposition = Some(value.to_owned());
        self
    }

    /// Throttles the body to `bytes_per_sec`.
    pub fn throttle(mut self, bytes_per_sec: u64) -> Self {
        self.throttle = Some(bytes_per_sec);
        self
    }

    /// Caps all answers of this path together to `bytes_per_sec` (one connection could have
    /// it all, many share it).
    pub fn shared_cap(mut self, bytes_per_sec: u64) -> Self {
        self.shared_cap = Some(Arc::new(SharedCap::new(bytes_per_sec)));
        self
    }

    /// Ignores Range headers entirely (always 200).
    pub fn no_ranges(mut self) -> Self {
        self.ranges = false;
        self
    }

    /// Ignores conditional requests, as some servers do.
    pub fn ignoring_conditions(mut self) -> Self {
        self.ignores_conditions = true;
        self
    }

    /// Sends the body chunked.
    pub fn chunked(mut self) -> Self {
        self.chunked = true;
        self
    }

    /// Answers 403 unless the request's `name` header contains `text` (a login cookie, the
    /// page it was linked from).
    pub fn requires(mut self, name: &str, text: &str) -> Self {
        self.requires
            .push((name.to_ascii_lowercase(), text.to_owned()));
        self
    }

    /// Sends this header with the file.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Queues faults for the next requests.
    pub fn faults(mut self, faults: impl IntoIterator<Item = Fault>) -> Self {
        self.faults.extend(faults);
        self
    }
}

/// One request the server received.
#[derive(Clone, Debug)]
pub struct Recorded {
    /// Request path (with query).
    pub path: String,
    /// Headers, names lowercased.
    pub headers: HashMap<String, String>,
    /// When it arrived.
    pub at: Instant,
}

impl Recorded {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    }
}

/// A line shared by every answer of a path: each chunk waits for its turn at the rate.
#[derive(Debug)]
pub struct SharedCap {
    bytes_per_sec: u64,
    free_at: Mutex<Option<Instant>>,
}

impl SharedCap {
    fn new(bytes_per_sec: u64) -> Self {
        Self {
            bytes_per_sec: bytes_per_sec.max(1),
            free_at: Mutex::new(None),
        }
    }

    /// Books `len` bytes on the line; returns when they may go.
    fn book(&self, len: usize) -> Instant {
        let mut free_at = self.free_at.lock().expect("line");
        let now = Instant::now();
        let start = free_at.map_or(now, |at| at.max(now));
        *free_at = Some(start + Duration::from_secs_f64(len as f64 / self.bytes_per_sec as f64));
        start
    }
}

#[derive(Default)]
struct Shared {
    routes: Mutex<HashMap<String, Route>>,
    requests: Mutex<Vec<Recorded>>,
    body_bytes: AtomicU64,
    connections: AtomicU64,
    /// Answers being sent now, and the most at once.
    answering: AtomicU64,
    most_answering: AtomicU64,
    stop: AtomicBool,
}

/// The running server; stops when dropped.
pub struct TestServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
}

impl TestServer {
    /// Starts a server on a free port of 127.0.0.1.
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local addr");
        let shared = Arc::new(Shared::default());
        let accept_shared = Arc::clone(&shared);
        thread::spawn(move || {
            for stream in listener.incoming() {
                if accept_shared.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                accept_shared.connections.fetch_add(1, Ordering::SeqCst);
                let conn_shared = Arc::clone(&accept_shared);
                thread::spawn(move || serve_connection(stream, &conn_shared));
            }
        });
        Self { addr, shared }
    }

    /// The full URL of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Serves `route` at `path`.
    pub fn route(&self, path: &str, route: Route) {
        self.shared
            .routes
            .lock()
            .expect("routes")
            .insert(path.to_owned(), route);
    }

    /// Queues a fault for the next request to `path`.
    pub fn push_fault(&self, path: &str, fault: Fault) {
        if let Some(route) = self.shared.routes.lock().expect("routes").get_mut(path) {
            route.faults.push_back(fault);
        }
    }

    /// Changes the file at `path` (content and ETag).
    pub fn replace(&self, path: &str, body: Vec<u8>, etag: &str) {
        if let Some(route) = self.shared.routes.lock().expect("routes").get_mut(path) {
            route.body = Arc::new(body);
            route.etag = Some(etag.to_owned());
        }
    }

    /// Changes the throttle of `path`.
    pub fn set_throttle(&self, path: &str, bytes_per_sec: Option<u64>) {
        if let Some(route) = self.shared.routes.lock().expect("routes").get_mut(path) {
            route.throttle = bytes_per_sec;
        }
    }

    /// Body bytes sent so far, over all requests.
    pub fn body_bytes_sent(&self) -> u64 {
        self.shared.body_bytes.load(Ordering::SeqCst)
    }

    /// TCP connections accepted so far.
    pub fn connections(&self) -> u64 {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// Answers being sent right now (requests in progress).
    pub fn answering(&self) -> u64 {
        self.shared.answering.load(Ordering::SeqCst)
    }

    /// The most answers sent at once so far; starts counting again.
    pub fn take_most_answering(&self) -> u64 {
        let now = self.shared.answering.load(Ordering::SeqCst);
        self.shared.most_answering.swap(now, Ordering::SeqCst)
    }

    /// Requests received for `path`, in order.
    pub fn requests(&self, path: &str) -> Vec<Recorded> {
        self.shared
            .requests
            .lock()
            .expect("requests")
            .iter()
            .filter(|r| r.path == path)
            .cloned()
            .collect()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.addr);
    }
}

fn serve_connection(stream: TcpStream, shared: &Shared) {
    let _ = stream.set_nodelay(true);
    let Ok(read_half) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(read_half);
    let mut stream = stream;
    loop {
        let Some((path, headers)) = read_request(&mut reader) else {
            return;
        };
        shared.requests.lock().expect("requests").push(Recorded {
            path: path.clone(),
            headers: headers.clone(),
            at: Instant::now(),
        });
        let answering = shared.answering.fetch_add(1, Ordering::SeqCst) + 1;
        shared.most_answering.fetch_max(answering, Ordering::SeqCst);
        let keep_alive = respond(&mut stream, shared, &path, &headers)
            && !headers
                .get("connection")
                .is_some_and(|value| value.eq_ignore_ascii_case("close"));
        shared.answering.fetch_sub(1, Ordering::SeqCst);
        if !keep_alive || shared.stop.load(Ordering::SeqCst) {
            return;
        }
    }
}

fn read_request(reader: &mut BufReader<TcpStream>) -> Option<(String, HashMap<String, String>)> {
    let mut line = String::new();
    if reader.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let path = line.split_whitespace().nth(1)?.to_owned();
    let mut headers = HashMap::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 {
            return None;
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
        }
    }
    Some((path, headers))
}
