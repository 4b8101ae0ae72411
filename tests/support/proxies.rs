//! Proxies for the tests, on 127.0.0.1: an HTTP proxy (plain requests forwarded, CONNECT
//! tunnels for HTTPS) and a SOCKS5 server, each with an optional login, each recording what
//! it was asked, so a test proves a request really went through it (and what it carried).
//! The SOCKS server resolves every name to 127.0.0.1 itself: a name only it can resolve
//! proves the client let the proxy resolve it (socks5h).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

use base64::Engine as _;

/// What a proxy was asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seen {
    /// `GET`, `CONNECT` (HTTP proxy) or `SOCKS` (SOCKS5).
    pub method: String,
    /// What it was asked to reach: an absolute link (GET), `host:port` (CONNECT, SOCKS).
    pub target: String,
    /// SOCKS: the client sent a name (not an address) for the proxy to resolve.
    pub by_name: bool,
    /// The login the client gave, if any (`user:password`).
    pub login: Option<String>,
}

/// Which kind of proxy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Http,
    Socks5,
}

/// A running test proxy.
pub struct TestProxy {
    port: u16,
    seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
}

impl TestProxy {
    /// A proxy of `kind`, wanting `login` (`user:password`) when given.
    pub fn start(kind: Kind, login: Option<&str>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
        let port = listener.local_addr().expect("addr").port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let login = login.map(str::to_owned);
        let (thread_seen, thread_stop) = (Arc::clone(&seen), Arc::clone(&stop));
        thread::spawn(move || {
            for stream in listener.incoming() {
                if thread_stop.load(Ordering::SeqCst) {
                    return;
                }
                let Ok(stream) = stream else { continue };
                let (seen, login) = (Arc::clone(&thread_seen), login.clone());
                thread::spawn(move || {
                    let _ = match kind {
                        Kind::Http => serve_http(stream, &seen, login.as_deref()),
                        Kind::Socks5 => serve_socks(stream, &seen, login.as_deref()),
                    };
                });
            }
        });
        Self { port, seen, stop }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Everything asked of it so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("seen").clone()
    }
}

impl Drop for TestProxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// One client of the HTTP proxy: requests forwarded one by one (each on a connection of its
/// own to the server, closed after the answer), or one CONNECT tunnel.
fn serve_http(client: TcpStream, seen: &Mutex<Vec<Seen>>, login: Option<&str>) -> Option<()> {
    let mut reader = BufReader::new(client.try_clone().ok()?);
    let mut client = client;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let mut parts = line.split_whitespace();
        let method = parts.next()?.to_owned();
        let target = parts.next()?.to_owned();
        let mut headers = Vec::new();
        let mut given = None;
        loop {
            let mut header = String::new();
            reader.read_line(&mut header).ok()?;
            let header = header.trim_end().to_owned();
            if header.is_empty() {
                break;
            }
            let (name, value) = header.split_once(':')?;
            let name_lower = name.trim().to_ascii_lowercase();
            if name_lower == "proxy-authorization" {
                given = basic_login(value.trim());
            } else if name_lower != "proxy-connection" && name_lower != "connection" {
                headers.push(header.clone());
            }
        }
        seen.lock().ok()?.push(Seen {
            method: method.clone(),
            target: target.clone(),
            by_name: false,
            login: given.clone(),
        });
        if login.is_some() && given.as_deref() != login {
            client
                .write_all(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\n\
                      Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n",
                )
                .ok()?;
            continue;
        }
        if method == "CONNECT" {
            let server = TcpStream::connect(&target).ok()?;
            client
                .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                .ok()?;
            relay(client, server);
            return Some(());
        }
        let url = url::Url::parse(&target).ok()?;
        let mut server =
            TcpStream::connect((url.host_str()?, url.port_or_known_default()?)).ok()?;
        let path = match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        };
        let mut head = format!("{method} {path} HTTP/1.1\r\n");
        for header in &headers {
            head.push_str(header);
            head.push_str("\r\n");
        }
        head.push_str("Connection: close\r\n\r\n");
        server.write_all(head.as_bytes()).ok()?;
        let mut answer = Vec::new();
        server.read_to_end(&mut answer).ok()?;
        client.write_all(&answer).ok()?;
        // The answer had no `Connection: close` of the client's: the client may send more.
    }
}

/// `user:password` from a `Basic` header value.
fn basic_login(value: &str) -> Option<String> {
    let encoded = value.strip_prefix("Basic ")?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    String::from_utf8(bytes).ok()
}

/// One client of the SOCKS5 server (RFC 1928, with RFC 1929's login).
fn serve_socks(mut client: TcpStream, seen: &Mutex<Vec<Seen>>, login: Option<&str>) -> Option<()> {
    let mut head = [0u8; 2];
    client.read_exact(&mut head).ok()?;
    let mut methods = vec![0u8; usize::from(head[1])];
    client.read_exact(&mut methods).ok()?;
    let mut given = None;
    if let Some(login) = login {
        if !methods.contains(&2) {
            client.write_all(&[5, 0xff]).ok()?;
            return None;
        }
        client.write_all(&[5, 2]).ok()?;
        let mut version = [0u8; 2];
        client.read_exact(&mut version).ok()?;
        let mut user = vec![0u8; usize::from(version[1])];
        client.read_exact(&mut user).ok()?;
        let mut length = [0u8; 1];
        client.read_exact(&mut length).ok()?;
        let mut password = vec![0u8; usize::from(length[0])];
        client.read_exact(&mut password).ok()?;
        let pair = format!(
            "{}:{}",
            String::from_utf8_lossy(&user),
            String::from_utf8_lossy(&password)
        );
        if pair != login {
            client.write_all(&[1, 1]).ok()?;
            return None;
        }
        client.write_all(&[1, 0]).ok()?;
        given = Some(pair);
    } else {
        client.write_all(&[5, 0]).ok()?;
    }
    let mut request = [0u8; 4];
    client.read_exact(&mut request).ok()?;
    let (host, by_name) = match request[3] {
        1 => {
            let mut ip = [0u8; 4];
            client.read_exact(&mut ip).ok()?;
            (std::net::Ipv4Addr::from(ip).to_string(), false)
        }
        3 => {
            let mut length = [0u8; 1];
            client.read_exact(&mut length).ok()?;
            let mut name = vec![0u8; usize::from(length[0])];
            client.read_exact(&mut name).ok()?;
            (String::from_utf8_lossy(&name).into_owned(), true)
        }
        _ => return None,
    };
    let mut port = [0u8; 2];
    client.read_exact(&mut port).ok()?;
    let port = u16::from_be_bytes(port);
    seen.lock().ok()?.push(Seen {
        method: "SOCKS".into(),
        target: format!("{host}:{port}"),
        by_name,
        login: given,
    });
    // Every name is this machine: only the proxy knows the test's made-up names.
    let Ok(server) = TcpStream::connect(("127.0.0.1", port)) else {
        client.write_all(&[5, 5, 0, 1, 0, 0, 0, 0, 0, 0]).ok()?;
        return None;
    };
    client.write_all(&[5, 0, 0, 1, 0, 0, 0, 0, 0, 0]).ok()?;
    relay(client, server);
    Some(())
}

/// Copies both ways until either side closes.
fn relay(client: TcpStream, server: TcpStream) {
    let (Ok(mut client_in), Ok(mut server_out)) = (client.try_clone(), server.try_clone()) else {
        return;
    };
    let upstream = thread::spawn(move || {
        let _ = std::io::copy(&mut client_in, &mut server_out);
        let _ = server_out.shutdown(Shutdown::Write);
    });
    let (mut server_in, mut client_out) = (server, client);
    let _ = std::io::copy(&mut server_in, &mut client_out);
    let _ = client_out.shutdown(Shutdown::Write);
    let _ = upstream.join();
}
