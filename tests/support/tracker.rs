//! A BitTorrent tracker for the local swarm (HTTP, BEP 3 with compact peers, BEP 23): each
//! announce is remembered by info hash, and answered with the other peers of that torrent.
//! It listens on 127.0.0.1 only.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, SocketAddrV4, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// A running tracker.
pub struct Tracker {
    pub announce: String,
    peers: Arc<Mutex<HashMap<Vec<u8>, Vec<SocketAddrV4>>>>,
}

impl Tracker {
    pub fn start() -> Tracker {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind");
        let port = listener.local_addr().expect("address").port();
        let peers: Arc<Mutex<HashMap<Vec<u8>, Vec<SocketAddrV4>>>> = Arc::default();
        let shared = Arc::clone(&peers);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = Arc::clone(&shared);
                std::thread::spawn(move || answer(stream, &shared));
            }
        });
        Tracker {
            announce: format!("http://127.0.0.1:{port}/announce"),
            peers,
        }
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

fn answer(stream: TcpStream, peers: &Mutex<HashMap<Vec<u8>, Vec<SocketAddrV4>>>) {
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
    let query = target.split_once('?').map(|(_, q)| q).unwrap_or("");
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
    let body = match (hash, port) {
        (Some(hash), Some(port)) => {
            let me = SocketAddrV4::new(ip, port);
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
