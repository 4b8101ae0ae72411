//! A BitTorrent tracker for the local swarm, over HTTP (BEP 3 with compact peers, BEP 23,
//! and scrape, BEP 48) and UDP (BEP 15: connect, announce, scrape): each announce is
//! remembered by info hash, and answered with the other peers of that torrent. It listens on
//! 127.0.0.1 only.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, SocketAddrV4, TcpListener, TcpStream, UdpSocket};
use std::sync::{Arc, Mutex};

/// The peers announced, by info hash.
type Peers = Mutex<HashMap<Vec<u8>, Vec<SocketAddrV4>>>;

/// A running tracker.
pub struct Tracker {
    /// Its HTTP announce address.
    pub announce: String,
    /// Its UDP announce address (the same peers).
    pub udp_announce: String,
    peers: Arc<Peers>,
    udp_announces: Arc<std::sync::atomic::AtomicUsize>,
}

impl Tracker {
    pub fn start() -> Tracker {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind");
        let port = listener.local_addr().expect("address").port();
        let peers: Arc<Peers> = Arc::default();
        let shared = Arc::clone(&peers);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = Arc::clone(&shared);
                std::thread::spawn(move || answer(stream, &shared));
            }
        });
        let socket = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind udp");
        let udp_port = socket.local_addr().expect("address").port();
        let udp_announces = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (shared, counted) = (Arc::clone(&peers), Arc::clone(&udp_announces));
        std::thread::spawn(move || answer_udp(&socket, &shared, &counted));
        Tracker {
            announce: format!("http://127.0.0.1:{port}/announce"),
            udp_announce: format!("udp://127.0.0.1:{udp_port}/announce"),
            peers,
            udp_announces,
        }
    }

    /// How many announces came over UDP.
    pub fn udp_announces(&self) -> usize {
        self.udp_announces
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// How many peers announced themselves for any torrent.
    pub fn peers_seen(&self) -> usize {
        self.peers
            .lock()
            .expect("lock")
            .values()
            .map(Vec::len)
            .sum()
    }
}

fn answer(stream: TcpStream, peers: &Peers) {
    let mut reader = BufReader::new(&stream);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // Headers until the blank line.
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }
    let target = line.split_whitespace().nth(1).unwrap_or("");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut hash = None;
    let mut port = None;
    let mut stopped = false;
    for pair in query.split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        match name {
            "info_hash" => hash = Some(percent_decode(value)),
            "port" => port = value.parse::<u16>().ok(),
            "event" => stopped = value == "stopped",
            _ => {}
        }
    }
    let ip = match stream.peer_addr() {
        Ok(std::net::SocketAddr::V4(address)) => *address.ip(),
        _ => Ipv4Addr::LOCALHOST,
    };
    let body = match (path, hash, port) {
        ("/scrape", Some(hash), _) => {
            let known = peers.lock().expect("lock").get(&hash).map_or(0, Vec::len);
            let mut body = b"d5:filesd20:".to_vec();
            body.extend_from_slice(&hash);
            body.extend_from_slice(
                format!("d8:completei{known}e10:downloadedi0e10:incompletei0eeee").as_bytes(),
            );
            body
        }
        (_, Some(hash), Some(port)) => {
            let compact = announced(peers, hash, SocketAddrV4::new(ip, port), stopped);
            let mut body = format!("d8:intervali5e5:peers{}:", compact.len()).into_bytes();
            body.extend_from_slice(&compact);
            body.push(b'e');
            body
        }
        _ => b"d14:failure reason11:bad requeste".to_vec(),
    };
    let mut out = &stream;
    let _ = out.write_all(
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
        .as_bytes(),
    );
    let _ = out.write_all(&body);
}

/// Remembers `me` for `hash` (forgets it when it stopped); the others, compact.
fn announced(peers: &Peers, hash: Vec<u8>, me: SocketAddrV4, stopped: bool) -> Vec<u8> {
    let mut all = peers.lock().expect("lock");
    let known = all.entry(hash).or_default();
    known.retain(|peer| *peer != me);
    let others: Vec<SocketAddrV4> = known.clone();
    if !stopped {
        known.push(me);
    }
    let mut compact = Vec::new();
    for peer in others {
        compact.extend_from_slice(&peer.ip().octets());
        compact.extend_from_slice(&peer.port().to_be_bytes());
    }
    compact
}

/// BEP 15 over `socket`: any connection id is taken (the test's clients are its own).
fn answer_udp(socket: &UdpSocket, peers: &Peers, announces: &std::sync::atomic::AtomicUsize) {
    let mut buf = [0u8; 2048];
    while let Ok((len, from)) = socket.recv_from(&mut buf) {
        let request = &buf[..len];
        let word = |at: usize| u32::from_be_bytes(request[at..at + 4].try_into().expect("4"));
        if len < 16 {
            continue;
        }
        let (action, transaction) = (word(8), &request[12..16]);
        let mut reply = Vec::new();
        reply.extend_from_slice(&action.to_be_bytes());
        reply.extend_from_slice(transaction);
        match action {
            0 => reply.extend_from_slice(&0x0102_0304_0506_0708u64.to_be_bytes()),
            1 if len >= 98 => {
                announces.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let hash = request[16..36].to_vec();
                let event = word(80);
                let port = u16::from_be_bytes([request[96], request[97]]);
                let ip = match from {
                    std::net::SocketAddr::V4(address) => *address.ip(),
                    _ => Ipv4Addr::LOCALHOST,
                };
                let compact = announced(peers, hash, SocketAddrV4::new(ip, port), event == 3);
                let count = u32::try_from(compact.len() / 6).unwrap_or(0);
                reply.extend_from_slice(&5u32.to_be_bytes());
                reply.extend_from_slice(&0u32.to_be_bytes());
                reply.extend_from_slice(&count.to_be_bytes());
                reply.extend_from_slice(&compact);
            }
            2 => {
                for hash in request[16..].chunks_exact(20) {
                    let known = peers.lock().expect("lock").get(hash).map_or(0, Vec::len);
                    let seeders = u32::try_from(known).unwrap_or(0);
                    reply.extend_from_slice(&seeders.to_be_bytes());
                    reply.extend_from_slice(&0u32.to_be_bytes());
                    reply.extend_from_slice(&0u32.to_be_bytes());
                }
            }
            _ => continue,
        }
        let _ = socket.send_to(&reply, from);
    }
}

fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' && at + 2 < bytes.len() {
            if let Some(byte) = text
                .get(at + 1..at + 3)
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            {
                out.push(byte);
                at += 3;
                continue;
            }
        }
        out.push(if bytes[at] == b'+' { b' ' } else { bytes[at] });
        at += 1;
    }
    out
}
