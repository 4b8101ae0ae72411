//! A BitTorrent peer of the test's own that speaks only the start of the wire protocol, to
//! read what the other side offers: it announces itself to a tracker, accepts one connection,
//! answers the handshake (saying it speaks the extension protocol, BEP 10) and reads the
//! extended handshake that comes back. It listens on 127.0.0.1 only.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::time::Duration;

/// A listening peer.
pub struct RawPeer {
    listener: TcpListener,
}

impl RawPeer {
    pub fn start() -> RawPeer {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind");
        RawPeer { listener }
    }

    /// Where it listens.
    pub fn address(&self) -> std::net::SocketAddr {
        self.listener.local_addr().expect("address")
    }

    /// Tells the HTTP tracker at `announce` that it has the torrent `info_hash`.
    pub fn announce(&self, announce: &str, info_hash: &[u8; 20]) {
        let port = self.listener.local_addr().expect("address").port();
        let hash: String = info_hash.iter().map(|b| format!("%{b:02X}")).collect();
        let url = url::Url::parse(announce).expect("announce url");
        let target = format!(
            "{}?info_hash={hash}&peer_id=-TS0001-000000000000&port={port}&left=0",
            url.path()
        );
        let mut stream =
            TcpStream::connect((url.host_str().expect("host"), url.port().expect("port")))
                .expect("tracker");
        write!(
            stream,
            "GET {target} HTTP/1.1\r\nHost: tracker\r\nConnection: close\r\n\r\n"
        )
        .expect("announce");
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
    }

    /// The extended handshake (its bencoded dictionary) of the first peer that connects
    /// within `wait` for the torrent `info_hash` and sends one.
    pub fn extended_handshake(&self, info_hash: &[u8; 20], wait: Duration) -> Vec<u8> {
        let deadline = std::time::Instant::now() + wait;
        self.listener.set_nonblocking(true).expect("nonblocking");
        loop {
            assert!(
                std::time::Instant::now() < deadline,
                "no peer sent an extended handshake"
            );
            match self.listener.accept() {
                Ok((stream, _)) => {
                    // A peer that gives up half-way is not the one asked about.
                    if let Ok(handshake) = exchange(stream, info_hash) {
                        return handshake;
                    }
                }
                Err(_) => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    }
}

/// Answers the handshake on `stream` and reads the extended handshake that follows.
fn exchange(mut stream: TcpStream, info_hash: &[u8; 20]) -> std::io::Result<Vec<u8>> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut theirs = [0u8; 68];
    stream.read_exact(&mut theirs)?;
    let mut ours = Vec::with_capacity(68);
    ours.push(19);
    ours.extend_from_slice(b"BitTorrent protocol");
    // The extension protocol's bit (BEP 10).
    ours.extend_from_slice(&[0, 0, 0, 0, 0, 0x10, 0, 0]);
    ours.extend_from_slice(info_hash);
    ours.extend_from_slice(b"-TS0001-000000000000");
    stream.write_all(&ours)?;
    loop {
        let mut length = [0u8; 4];
        stream.read_exact(&mut length)?;
        let mut message = vec![0u8; u32::from_be_bytes(length) as usize];
        stream.read_exact(&mut message)?;
        // 20: extended; 0: its handshake.
        if message.first() == Some(&20) && message.get(1) == Some(&0) {
            return Ok(message[2..].to_vec());
        }
    }
}

/// The id a peer's extended handshake gives `name` in its `m` dictionary (0 or absent: the
/// peer does not offer it).
pub fn offered_id(handshake: &[u8], name: &str) -> u64 {
    let key = format!("{}:{name}i", name.len());
    let Some(at) = handshake
        .windows(key.len())
        .position(|window| window == key.as_bytes())
    else {
        return 0;
    };
    let digits: String = handshake[at + key.len()..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .map(|&b| char::from(b))
        .collect();
    digits.parse().unwrap_or(0)
}
