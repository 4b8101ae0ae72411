//! The calls about one download's place in the queue, its links and its servers:
//! `changePosition`, `changeUri`, `getFiles`, `getUris`, `getServers`, `getPeers`, answered
//! as aria2 answers them for an HTTP download (one file, one link in use, no peers).

use std::sync::PoisonError;

use serde_json::{Value, json};

use super::methods::{Api, RpcError};
use super::params::not_found;
use super::params::{gid_param, int_param, texts_param};
use super::shape::{self, gid};
use crate::engine::{DownloadId, Place};

impl Api {
    /// `changePosition(gid, pos, how)`: moves a waiting download within the waiting ones
    /// (`POS_SET` from the first, `POS_CUR` from where it is, `POS_END` from the last) and
    /// answers where it landed.
    pub(super) fn change_position(&self, params: &[Value]) -> Result<Value, RpcError> {
        let id = gid_param(params, 0)?;
        let offset = int_param(params, 1)?;
        let how = params.get(2).and_then(Value::as_str).unwrap_or("");
        let waiting = self.waiting_in_order();
        let Some(now) = waiting.iter().position(|d| d.id == id) else {
            self.existing(id)?;
            return Err(RpcError::failed(format!(
                "GID#{} not found in the waiting queue.",
                gid(id)
            )));
        };
        let last = i64::try_from(waiting.len() - 1).unwrap_or(i64::MAX);
        let from = match how {
            "POS_SET" => 0,
            "POS_CUR" => i64::try_from(now).unwrap_or(0),
            "POS_END" => last,
            _ => {
                return Err(RpcError::failed(
                    "The third parameter must be POS_SET, POS_CUR or POS_END.",
                ));
            }
        };
        let to = from.saturating_add(offset).clamp(0, last);
        let to = usize::try_from(to).unwrap_or(0);
        if to != now {
            let others: Vec<DownloadId> = waiting
                .iter()
                .map(|d| d.id)
                .filter(|&other| other != id)
                .collect();
            let place = match others.get(to) {
                Some(&before) => Place::Before(before),
                None => match others.last() {
                    // After the last waiting one: just before whatever follows it in the
                    // whole order, or at the very end.
                    Some(_) => Place::Bottom,
                    None => return Ok(json!(0)),
                },
            };
            self.engine.reorder(&[id], place);
        }
        let landed = self
            .waiting_in_order()
            .iter()
            .position(|d| d.id == id)
            .unwrap_or(to);
        Ok(json!(landed))
    }

    /// `changeUri(gid, fileIndex, delUris, addUris[, position])`: Haul downloads from one
    /// link, so removing that link and giving another changes the link (the download goes on
    /// with its bytes when the new link gives the same file). Answers `[deleted, added]`:
    /// links given beside one in use are not kept, and not counted as added.
    pub(super) fn change_uri(&self, params: &[Value]) -> Result<Value, RpcError> {
        let download = self.existing(gid_param(params, 0)?)?;
        if int_param(params, 1)? != 1 {
            return Err(RpcError::failed("The given file index is out of range."));
        }
        let delete = texts_param(params, 2, "URIs to remove")?;
        let add = texts_param(params, 3, "URIs to add")?;
        if download.status.is_terminal() {
            return Err(RpcError::failed(format!(
                "Active Download not found for GID {}",
                gid(download.id)
            )));
        }
        let current = [download.url.as_str().to_owned(), download.display_url()];
        let deleted = delete
            .iter()
            .filter(|uri| current.iter().any(|c| c == uri.trim()))
            .count();
        let replacement = add
            .iter()
            .find_map(|text| url::Url::parse(text.trim()).ok());
        match (deleted, replacement) {
            (1.., Some(url)) => {
                self.engine
                    .change_link_keeping_pause(download.id, url)
                    .map_err(|err| RpcError::failed(format!("The new URI is refused: {err}")))?;
                Ok(json!([deleted, 1]))
            }
            // The only link is not taken away without another to go on with.
            _ => Ok(json!([0, 0])),
        }
    }

    /// `getFiles`: the one file.
    pub(super) fn files_of(&self, id: DownloadId) -> Result<Value, RpcError> {
        self.with_status(id, shape::files, |kept| {
            kept.get("files").cloned().unwrap_or_else(|| json!([]))
        })
    }

    /// `getUris`: the one link.
    pub(super) fn uris_of(&self, id: DownloadId) -> Result<Value, RpcError> {
        self.with_status(id, shape::uris, |kept| {
            kept.pointer("/files/0/uris")
                .cloned()
                .unwrap_or_else(|| json!([]))
        })
    }

    /// `getServers`: where a running download's bytes come from.
    pub(super) fn servers_of(&self, id: DownloadId) -> Result<Value, RpcError> {
        let download = self.existing(id)?;
        // A torrent's bytes come from peers (getPeers), not servers.
        if download.kind == crate::engine::state::Kind::Torrent {
            return Ok(json!([]));
        }
        if !download.status.is_running() {
            return Err(RpcError::failed(format!(
                "No active download for GID#{}",
                gid(id)
            )));
        }
        let current = download
            .details
            .final_url
            .as_ref()
            .map(crate::engine::redact::redacted_url)
            .unwrap_or_else(|| download.display_url());
        Ok(json!([{
            "index": "1",
            "servers": [{
                "uri": download.display_url(),
                "currentUri": current,
                "downloadSpeed": download.bytes_per_sec.to_string(),
            }],
        }]))
    }

    /// `getPeers`: a torrent's peers; an HTTP download has none.
    pub(super) fn peers_of(&self, id: DownloadId) -> Result<Value, RpcError> {
        let download = self.existing(id)?;
        Ok(match download.details.torrent() {
            Some(torrent) => super::torrent_shape::peers(&download, torrent),
            None => json!([]),
        })
    }

    /// `what` of a download in the list, or `kept_what` of its kept status once removed.
    fn with_status(
        &self,
        id: DownloadId,
        what: impl Fn(&crate::engine::Download) -> Value,
        kept_what: impl Fn(&Value) -> Value,
    ) -> Result<Value, RpcError> {
        if let Some(download) = self.engine.snapshot().get(id) {
            return Ok(what(download));
        }
        let removed = self.removed.lock().unwrap_or_else(PoisonError::into_inner);
        removed
            .iter()
            .find(|kept| kept.id == id)
            .map(|kept| kept_what(&kept.status))
            .ok_or_else(|| not_found(id))
    }
}
