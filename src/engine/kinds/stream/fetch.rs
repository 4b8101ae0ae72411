//! Requests of a stream: its playlists and keys (small, read whole, with a cap) and its
//! segments (streamed to a `.tmp` file under the download's limits, decrypted, and put in
//! place whole). Each request carries the link's own headers (a browser's cookies, the
//! user's header lines) on the link's own origin only.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use reqwest::header::RANGE;
use reqwest::{Client, RequestBuilder};
use std::io::Write;
use url::Url;

use super::decrypt;
use super::hls::ByteRange;
use crate::engine::error::{AnswerOddity, TransferError};
use crate::engine::from_browser::FromBrowser;
use crate::engine::net::http;
use crate::engine::net::limiter::Limit;

/// The largest playlist read (a long VOD playlist is a few hundred KB).
const PLAYLIST_CAP: usize = 16 * 1024 * 1024;
/// A key is 16 bytes; a server sending more is not sending a key.
const KEY_CAP: usize = 64;

/// How a stream's requests are made.
#[derive(Clone)]
pub(super) struct Asker {
    pub client: Client,
    pub link: Url,
    pub headers: Option<Arc<FromBrowser>>,
    pub stall: Duration,
}

impl Asker {
    fn get(&self, url: &Url) -> RequestBuilder {
        let request = self.client.get(url.clone());
        match &self.headers {
            Some(headers) => headers.apply(request, url, &self.link),
            None => request,
        }
    }

    /// A small resource, whole: its bytes and the address it came from (after redirects). A
    /// bigger one stops at `cap` + 1 bytes (the caller refuses it for what it is not).
    pub async fn small(
        &self,
        url: &Url,
        range: Option<ByteRange>,
        cap: usize,
    ) -> Result<(Vec<u8>, Url), TransferError> {
        let mut request = self.get(url).timeout(self.stall * 4);
        if let Some(range) = range {
            request = request.header(RANGE, range.header());
        }
        let mut response = request
            .send()
            .await
            .map_err(|err| http::classify(&err, self.stall))?;
        check_status(&response, range.is_some())?;
        let landed = response.url().clone();
        let mut bytes = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|err| http::classify(&err, self.stall))?
        {
            bytes.extend_from_slice(&chunk);
            if bytes.len() > cap {
                bytes.truncate(cap + 1);
                break;
            }
        }
        Ok((bytes, landed))
    }

    /// A playlist's text and where it came from.
    pub async fn playlist(&self, url: &Url) -> Result<(Vec<u8>, Url), TransferError> {
        self.small(url, None, PLAYLIST_CAP).await
    }

    /// A 16-byte AES key.
    pub async fn key(&self, url: &Url) -> Result<Vec<u8>, TransferError> {
        Ok(self.small(url, None, KEY_CAP).await?.0)
    }
}

fn check_status(response: &reqwest::Response, ranged: bool) -> Result<(), TransferError> {
    let status = response.status();
    if status.is_success() && (!ranged || status.as_u16() == 206) {
        return Ok(());
    }
    if status.is_success() {
        return Err(TransferError::Protocol(AnswerOddity::UnexpectedStatus {
            code: status.as_u16(),
        }));
    }
    Err(TransferError::Status {
        code: status.as_u16(),
        reason: status.canonical_reason().unwrap_or_default().to_owned(),
        retry_after: response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(crate::engine::net::retry::parse_retry_after),
    })
}

/// One piece to fetch: a segment or an init section.
#[derive(Clone, Debug)]
pub(super) struct Piece {
    pub url: Url,
    pub range: Option<ByteRange>,
    /// Key and IV, when encrypted.
    pub key: Option<([u8; 16], [u8; 16])>,
    /// Where it goes when complete.
    pub path: PathBuf,
}

/// Fetches `piece` into its file under `limits`, adding arriving bytes to `arrived`; its size
/// on disk when done.
pub(super) async fn fetch_piece(
    asker: &Asker,
    piece: &Piece,
    limits: &[Arc<dyn Limit>],
    arrived: &AtomicU64,
) -> Result<u64, TransferError> {
    let mut request = asker.get(&piece.url);
    if let Some(range) = piece.range {
        request = request.header(RANGE, range.header());
    }
    let mut response = request
        .send()
        .await
        .map_err(|err| http::classify(&err, asker.stall))?;
    check_status(&response, piece.range.is_some())?;
    let tmp = with_ending(&piece.path, "tmp");
    // Small writes to the page cache, as the file worker makes them: not worth a thread hop.
    let mut file = std::fs::File::create(&tmp).map_err(|err| TransferError::disk(&tmp, err))?;
    let mut received = 0u64;
    loop {
        let chunk = tokio::time::timeout(asker.stall, response.chunk())
            .await
            .map_err(|_| TransferError::Stalled(asker.stall.as_secs().max(1)))?
            .map_err(|err| http::classify(&err, asker.stall))?;
        let Some(chunk) = chunk else {
            break;
        };
        received += chunk.len() as u64;
        arrived.fetch_add(chunk.len() as u64, Ordering::Relaxed);
        file.write_all(&chunk)
            .map_err(|err| TransferError::disk(&tmp, err))?;
        let pause = limits
            .iter()
            .map(|limit| limit.take(chunk.len()))
            .max()
            .unwrap_or_default();
        if !pause.is_zero() {
            tokio::time::sleep(pause).await;
        }
    }
    if let Some(expected) = piece.range.map(|r| r.length).or(response.content_length())
        && received < expected
    {
        return Err(TransferError::Truncated { received, expected });
    }
    file.flush().map_err(|err| TransferError::disk(&tmp, err))?;
    drop(file);
    let size = match piece.key {
        Some((key, iv)) => decrypt::file_in_place(&tmp, &key, &iv)?,
        None => received,
    };
    std::fs::rename(&tmp, &piece.path).map_err(|err| TransferError::disk(&piece.path, err))?;
    Ok(size)
}

/// `path` with `.ending` added.
pub(super) fn with_ending(path: &Path, ending: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(ending);
    PathBuf::from(name)
}
