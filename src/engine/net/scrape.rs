//! Asking a BitTorrent tracker how a torrent stands there ("scrape": BEP 48 over HTTP, BEP 15
//! over UDP): how many seeds and downloaders it knows, and so whether it answers at all. The
//! details show each tracker's state from this. A scrape is the polite question: it announces
//! nothing (librqbit's own announces find the peers) and is asked rarely.

use std::net::SocketAddr;
use std::time::Duration;

use librqbit_bencode::{BencodeValue, ByteBuf};

/// What a tracker knows of one torrent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Peers that have all of it.
    pub seeds: u64,
    /// Peers still downloading it.
    pub downloading: u64,
    /// Downloads it saw finish.
    pub finished: u64,
}

/// Why a tracker's counts are not known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScrapeProblem {
    /// Its address does not end in `announce`, so it offers no scrape (it may work still).
    NoScrape,
    /// No answer in time.
    TimedOut,
    /// It could not be reached (name unknown, refused, unreachable).
    Unreachable,
    /// It answered with a failure, in its words.
    Said(String),
    /// Its answer was not a scrape answer.
    BadAnswer,
    /// A UDP tracker while a proxy is set: UDP does not go through it.
    NotThroughProxy,
    /// Not a tracker address Haul can ask (neither HTTP(S) nor UDP).
    UnknownKind,
}

/// Longest wait for one answer.
const ANSWER_WAIT: Duration = Duration::from_secs(15);
/// Largest scrape answer read over HTTP (one torrent's counts take a few dozen bytes).
const LARGEST_ANSWER: usize = 64 * 1024;
/// BEP 15's magic number that opens a connect request.
const UDP_PROTOCOL_ID: u64 = 0x0417_2710_1980;

/// What `tracker` knows of the torrent `info_hash`; `client` carries HTTP scrapes (with the
/// proxy, when one is set: then `udp` is false and UDP trackers are not asked).
pub async fn scrape(
    client: &reqwest::Client,
    tracker: &url::Url,
    info_hash: &[u8; 20],
    udp: bool,
) -> Result<Counts, ScrapeProblem> {
    match tracker.scheme() {
        "http" | "https" => over_http(client, tracker, info_hash).await,
        "udp" if udp => over_udp(tracker, info_hash).await,
        "udp" => Err(ScrapeProblem::NotThroughProxy),
        _ => Err(ScrapeProblem::UnknownKind),
    }
}

/// The scrape address of an HTTP announce address (BEP 48: its last part `announce…`
/// becomes `scrape…`), with the info hash asked for.
pub fn scrape_url(announce: &url::Url, info_hash: &[u8; 20]) -> Option<url::Url> {
    let path = announce.path();
    let (folder, last) = path.rsplit_once('/')?;
    let rest = last.strip_prefix("announce")?;
    let mut url = announce.clone();
    url.set_path(&format!("{folder}/scrape{rest}"));
    // Every byte escaped by hand: `Url`'s own query encoding would read the hash as text.
    let escaped: String = info_hash.iter().map(|b| format!("%{b:02X}")).collect();
    let query = match announce.query() {
        Some(query) if !query.is_empty() => format!("{query}&info_hash={escaped}"),
        _ => format!("info_hash={escaped}"),
    };
    url.set_query(Some(&query));
    Some(url)
}

async fn over_http(
    client: &reqwest::Client,
    tracker: &url::Url,
    info_hash: &[u8; 20],
) -> Result<Counts, ScrapeProblem> {
    let url = scrape_url(tracker, info_hash).ok_or(ScrapeProblem::NoScrape)?;
    let answer = client
        .get(url)
        .timeout(ANSWER_WAIT)
        .send()
        .await
        .map_err(|err| {
            if err.is_timeout() {
                ScrapeProblem::TimedOut
            } else {
                ScrapeProblem::Unreachable
            }
        })?;
    if answer.status() == reqwest::StatusCode::NOT_FOUND {
        return Err(ScrapeProblem::NoScrape);
    }
    let mut body = Vec::new();
    let mut answer = answer;
    while let Some(chunk) = answer.chunk().await.map_err(|_| ScrapeProblem::TimedOut)? {
        if body.len() + chunk.len() > LARGEST_ANSWER {
            return Err(ScrapeProblem::BadAnswer);
        }
        body.extend_from_slice(&chunk);
    }
    read_http_answer(&body, info_hash)
}

/// The counts in an HTTP scrape answer (a bencoded dictionary).
pub fn read_http_answer(body: &[u8], info_hash: &[u8; 20]) -> Result<Counts, ScrapeProblem> {
    let value =
        librqbit_bencode::dyn_from_bytes::<ByteBuf>(body).map_err(|_| ScrapeProblem::BadAnswer)?;
    let BencodeValue::Dict(top) = value else {
        return Err(ScrapeProblem::BadAnswer);
    };
    if let Some(BencodeValue::Bytes(said)) = top.get(&ByteBuf(b"failure reason")) {
        let words: String = String::from_utf8_lossy(said.0)
            .chars()
            .filter(|c| !c.is_control())
            .take(200)
            .collect();
        return Err(ScrapeProblem::Said(words));
    }
    let Some(BencodeValue::Dict(files)) = top.get(&ByteBuf(b"files")) else {
        return Err(ScrapeProblem::BadAnswer);
    };
    // A tracker that does not know the torrent leaves it out: nobody there.
    let Some(BencodeValue::Dict(ours)) = files.get(&ByteBuf(&info_hash[..])) else {
        return Ok(Counts::default());
    };
    let count = |key: &[u8]| match ours.get(&ByteBuf(key)) {
        Some(BencodeValue::Integer(n)) => u64::try_from(*n).unwrap_or(0),
        _ => 0,
    };
    Ok(Counts {
        seeds: count(b"complete"),
        downloading: count(b"incomplete"),
        finished: count(b"downloaded"),
    })
}

async fn over_udp(tracker: &url::Url, info_hash: &[u8; 20]) -> Result<Counts, ScrapeProblem> {
    let host = tracker.host_str().ok_or(ScrapeProblem::Unreachable)?;
    let port = tracker.port().ok_or(ScrapeProblem::Unreachable)?;
    let address: SocketAddr = tokio::net::lookup_host((host, port))
        .await
        .map_err(|_| ScrapeProblem::Unreachable)?
        .next()
        .ok_or(ScrapeProblem::Unreachable)?;
    let local: SocketAddr = if address.is_ipv4() {
        (std::net::Ipv4Addr::UNSPECIFIED, 0).into()
    } else {
        (std::net::Ipv6Addr::UNSPECIFIED, 0).into()
    };
    let socket = tokio::net::UdpSocket::bind(local)
        .await
        .map_err(|_| ScrapeProblem::Unreachable)?;
    socket
        .connect(address)
        .await
        .map_err(|_| ScrapeProblem::Unreachable)?;
    let mut connect = Vec::with_capacity(16);
    connect.extend_from_slice(&UDP_PROTOCOL_ID.to_be_bytes());
    connect.extend_from_slice(&0u32.to_be_bytes());
    let connected = exchange(&socket, connect, &[]).await?;
    let connection_id = connected.get(8..16).ok_or(ScrapeProblem::BadAnswer)?;
    let mut ask = Vec::with_capacity(36);
    ask.extend_from_slice(connection_id);
    ask.extend_from_slice(&2u32.to_be_bytes());
    let answer = exchange(&socket, ask, info_hash).await?;
    let word = |at: usize| {
        answer
            .get(at..at + 4)
            .and_then(|bytes| bytes.try_into().ok())
            .map(|bytes| u64::from(u32::from_be_bytes(bytes)))
            .ok_or(ScrapeProblem::BadAnswer)
    };
    Ok(Counts {
        seeds: word(8)?,
        finished: word(12)?,
        downloading: word(16)?,
    })
}

/// Sends `head` (connection id or magic, and action), a new transaction id and `tail` (a
/// scrape's info hash), and reads the answer to it, tried twice. BEP 15's error answer
/// (action 3) becomes the tracker's words.
async fn exchange(
    socket: &tokio::net::UdpSocket,
    head: Vec<u8>,
    tail: &[u8],
) -> Result<Vec<u8>, ScrapeProblem> {
    let transaction: [u8; 4] = rand::random();
    let mut request = head;
    request.extend_from_slice(&transaction);
    request.extend_from_slice(tail);
    for _ in 0..2 {
        socket
            .send(&request)
            .await
            .map_err(|_| ScrapeProblem::Unreachable)?;
        let mut buf = vec![0u8; 2048];
        let deadline = tokio::time::Instant::now() + ANSWER_WAIT / 2;
        loop {
            let received = tokio::time::timeout_at(deadline, socket.recv(&mut buf)).await;
            let Ok(received) = received else { break };
            let len = received.map_err(|_| ScrapeProblem::Unreachable)?;
            let answer = &buf[..len];
            if answer.len() < 8 || answer[4..8] != transaction {
                continue;
            }
            if answer[0..4] == 3u32.to_be_bytes() {
                let words: String = String::from_utf8_lossy(&answer[8..])
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(200)
                    .collect();
                return Err(ScrapeProblem::Said(words));
            }
            return Ok(answer.to_vec());
        }
    }
    Err(ScrapeProblem::TimedOut)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH: [u8; 20] = [0xab; 20];

    #[test]
    fn the_scrape_address_follows_bep_48() {
        let url = |text: &str| url::Url::parse(text).expect("url");
        let scraped = scrape_url(&url("http://t.example/a/announce.php?key=1"), &[0x20; 20])
            .expect("scrapes");
        assert_eq!(scraped.path(), "/a/scrape.php");
        assert_eq!(
            scraped.query(),
            Some(format!("key=1&info_hash={}", "%20".repeat(20)).as_str())
        );
        assert_eq!(scrape_url(&url("http://t.example/a/track"), &HASH), None);
    }

    #[test]
    fn an_http_answer_gives_the_counts_or_the_trackers_words() {
        let mut body = b"d5:filesd20:".to_vec();
        body.extend_from_slice(&HASH);
        body.extend_from_slice(b"d8:completei5e10:downloadedi50e10:incompletei3eeee");
        assert_eq!(
            read_http_answer(&body, &HASH),
            Ok(Counts {
                seeds: 5,
                downloading: 3,
                finished: 50
            })
        );
        assert_eq!(
            read_http_answer(b"d5:filesdee", &HASH),
            Ok(Counts::default())
        );
        assert_eq!(
            read_http_answer(b"d14:failure reason9:forbiddene", &HASH),
            Err(ScrapeProblem::Said("forbidden".to_owned()))
        );
        assert_eq!(
            read_http_answer(b"<html>", &HASH),
            Err(ScrapeProblem::BadAnswer)
        );
    }
}
