//! `aria2.addTorrent`: a `.torrent` file's bytes (base64) become a torrent row. The file is
//! kept in Haul's data folder under its info hash, owner-only, and the row's link names it,
//! so the row resumes after a restart as any other.

use std::io::Write;

use base64::Engine as _;
use serde_json::{Value, json};

use super::methods::{Api, RpcError};

/// The largest `.torrent` taken (a torrent of 100,000 files is about 10 MB).
const MOST_TORRENT_BYTES: usize = 16 * 1024 * 1024;

impl Api {
    /// `addTorrent(torrent, uris, options, position)`: `uris` (web seeds) are not used.
    pub(super) fn add_torrent(&self, params: &[Value]) -> Result<Value, RpcError> {
        let Some(encoded) = params.first().and_then(Value::as_str) else {
            return Err(RpcError::failed(
                "The first parameter must be a .torrent file in base64.",
            ));
        };
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .map_err(|err| RpcError::failed(format!("The torrent is not base64: {err}")))?;
        if bytes.len() > MOST_TORRENT_BYTES {
            return Err(RpcError::failed("The torrent is too large."));
        }
        let hash = librqbit::torrent_from_bytes(&bytes)
            .map_err(|err| RpcError::failed(format!("This is not a .torrent file: {err}")))?
            .info_hash
            .as_string();
        let path = self.facts.uploads.join(format!("{hash}.torrent"));
        keep(&self.facts.uploads, &path, &bytes)
            .map_err(|err| RpcError::failed(format!("The torrent cannot be kept: {err}")))?;
        let link = url::Url::from_file_path(&path)
            .map_err(|()| RpcError::failed("The torrent cannot be kept."))?;
        let mut rest = vec![json!([link.as_str()])];
        rest.extend(params.iter().skip(2).cloned());
        self.add_uri(&rest)
    }
}

/// Writes `bytes` to `path` in `dir` (made owner-only), replacing it whole.
fn keep(dir: &std::path::Path, path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    let partial = path.with_extension("torrent.part");
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&partial)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&partial, path)
}
