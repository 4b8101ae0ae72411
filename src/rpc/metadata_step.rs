//! A torrent's metadata step as aria2 shows it. aria2 fetches a magnet's metadata (or a web
//! link's `.torrent`) as a download of its own, whose GID `addUri` answers; once it is
//! complete, its `followedBy` names the torrent's download, whose `following` names it back.
//! Haul keeps one row from the start, so the step is a second GID of that row (its id with a
//! high bit set): active while the metadata is awaited, complete with `followedBy` once the
//! torrent's size is known. Clients that follow `followedBy` (aria2p, Motrix, AriaNg) find the
//! torrent's download where aria2 would have put it.

use std::sync::PoisonError;

use serde_json::{Value, json};

use super::methods::{Api, RpcError};
use super::params::not_found;
use super::shape::{gid, parse_gid, select, status_word};
use super::step_ids::{has_step, has_step_link, metadata_known, row_of_step, step_of};
use crate::engine::state::Kind;
use crate::engine::{Download, DownloadId};

/// The step's status object, with only `keys` when some are asked for.
pub fn step_object(download: &Download, keys: &[String]) -> Value {
    let known = metadata_known(download);
    let status = if known {
        "complete"
    } else {
        status_word(&download.status)
    };
    let mut object = json!({
        "gid": gid(step_of(download.id)),
        "status": status,
        "totalLength": "0",
        "completedLength": "0",
        "uploadLength": "0",
        "downloadSpeed": "0",
        "uploadSpeed": "0",
        "connections": "0",
        "numSeeders": "0",
        "seeder": "false",
        "numPieces": "0",
        "pieceLength": "0",
        "dir": download.dir.display().to_string(),
        "files": step_files(download),
        "bittorrent": {"announceList": trackers(&download.url)},
    });
    if let Some(map) = object.as_object_mut() {
        if let Some(hash) = info_hash(download) {
            map.insert("infoHash".into(), Value::String(hash));
        }
        if known {
            map.insert("followedBy".into(), json!([gid(download.id)]));
        }
        if known || download.status.is_terminal() {
            let code = if known { "0" } else { "1" };
            map.insert("errorCode".into(), Value::String(code.into()));
            map.insert("errorMessage".into(), Value::String(String::new()));
        }
    }
    select(object, keys)
}

/// The step's one file, as aria2 names it.
fn step_files(download: &Download) -> Value {
    let name = info_hash(download).unwrap_or_else(|| download.display_url());
    json!([{
        "index": "1",
        "path": format!("[METADATA]{name}"),
        "length": "0",
        "completedLength": "0",
        "selected": "true",
        "uris": [],
    }])
}

/// The torrent's info hash: from its facts once running, else from its magnet.
fn info_hash(download: &Download) -> Option<String> {
    if let Some(torrent) = download.details.torrent() {
        return Some(torrent.info_hash.clone());
    }
    crate::engine::kinds::torrent::source::magnet_hash(&download.url)
}

/// A magnet's trackers, as `announceList` lists them.
fn trackers(link: &url::Url) -> Value {
    let listed: Vec<Value> = link
        .query_pairs()
        .filter(|(name, _)| name == "tr")
        .map(|(_, tracker)| json!([tracker]))
        .collect();
    Value::Array(listed)
}

/// Calls about one download that name a metadata step.
const ABOUT_ONE: &[&str] = &[
    "tellStatus",
    "pause",
    "forcePause",
    "unpause",
    "remove",
    "forceRemove",
    "removeDownloadResult",
    "getOption",
    "changeOption",
    "changePosition",
    "changeUri",
    "getFiles",
    "getUris",
    "getServers",
    "getPeers",
];

impl Api {
    /// The answer to a call about a metadata step (`None`: the call names none). While the
    /// metadata is awaited, the step is the row: what is asked of it is done to the row.
    pub(super) fn step_call(
        &self,
        name: &str,
        params: &[Value],
    ) -> Option<Result<Value, RpcError>> {
        if !ABOUT_ONE.contains(&name) {
            return None;
        }
        let step = parse_gid(params.first()?.as_str()?)?;
        let row_id = row_of_step(step)?;
        let snapshot = self.engine.snapshot();
        let row = snapshot.get(row_id).filter(|row| has_step(row));
        let forgotten = self
            .steps_removed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .contains(&row_id);
        let Some(row) = row.filter(|_| !forgotten) else {
            return Some(Err(not_found(step)));
        };
        let keys = super::params::keys_param(params, 1);
        Some(match (name, metadata_known(row)) {
            ("tellStatus", _) => keys.map(|keys| step_object(row, &keys)),
            ("getFiles", _) => Ok(step_files(row)),
            ("getUris" | "getServers" | "getPeers", true) => Ok(json!([])),
            ("removeDownloadResult", true) => {
                self.steps_removed
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .insert(row_id);
                Ok(json!("OK"))
            }
            ("getOption", _) | (_, false) => {
                // Done to the row; an answer that names it names the step.
                let mut asked = params.to_vec();
                asked[0] = Value::String(gid(row_id));
                self.dispatch(name, &asked).map(|answer| {
                    if answer == json!(gid(row_id)) {
                        json!(gid(step))
                    } else {
                        answer
                    }
                })
            }
            (_, true) => Err(RpcError::failed(format!(
                "GID {} is complete: its torrent is GID {}",
                gid(step),
                gid(row_id)
            ))),
        })
    }

    /// Forgets every complete step's result (`purgeDownloadResult`).
    pub(super) fn purge_steps(&self, rows: &[std::sync::Arc<Download>]) {
        let mut removed = self
            .steps_removed
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        for row in rows {
            if has_step(row) && metadata_known(row) {
                removed.insert(row.id);
            }
        }
    }

    /// True when `row`'s complete step is still listed among the stopped.
    pub(super) fn step_listed(&self, row: &Download) -> bool {
        has_step(row)
            && metadata_known(row)
            && !self
                .steps_removed
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .contains(&row.id)
    }
}

/// The GID `addUri` answers for the row `id` it added from `link`: its step's, as aria2's.
pub fn answered_gid(id: DownloadId, link: &url::Url) -> String {
    if Kind::of_link(link) == Kind::Torrent && has_step_link(link) {
        gid(step_of(id))
    } else {
        gid(id)
    }
}
