//! The aria2 calls Haul answers, each turned into the same engine commands the window sends
//! (add, pause, resume, remove, limits) and answered from a snapshot.

use std::sync::{Arc, PoisonError};

use serde_json::{Value, json};

use super::methods::{Api, RpcError};
use super::options::{self, AddOptions, GlobalOptions};
use super::shape::{gid, parse_gid, removed_object, status_object};
use crate::engine::{AddRequest, Download, DownloadId, PartialFiles, Place, Snapshot, Status};

/// The longest link a call may add (browsers stop at about this).
const MAX_URI: usize = 8 * 1024;

impl Api {
    /// Runs an authorized call.
    pub(super) fn dispatch(&self, method: &str, params: &[Value]) -> Result<Value, RpcError> {
        let name = method.strip_prefix("aria2.").unwrap_or(method);
        match name {
            "addUri" => self.add_uri(params),
            "tellStatus" => {
                let id = gid_param(params, 0)?;
                let keys = keys_param(params, 1)?;
                self.status_of(id, &keys)
            }
            "tellActive" => {
                let keys = keys_param(params, 0)?;
                let snapshot = self.engine.snapshot();
                let most = usize::try_from(budget(MAX_LISTED)).unwrap_or(0);
                Ok(list(
                    snapshot
                        .downloads
                        .iter()
                        .filter(|d| d.status.is_running())
                        .take(most),
                    &keys,
                ))
            }
            "tellWaiting" => self.tell_waiting(params),
            "tellStopped" => self.tell_stopped(params),
            "pause" | "forcePause" => {
                let download = self.existing(gid_param(params, 0)?)?;
                if !download.status.can_pause() {
                    return Err(RpcError::failed(format!(
                        "GID {} cannot be paused now",
                        gid(download.id)
                    )));
                }
                self.engine.pause(&[download.id]);
                Ok(json!(gid(download.id)))
            }
            "pauseAll" | "forcePauseAll" => {
                self.engine.pause_all();
                Ok(json!("OK"))
            }
            "unpause" => {
                let download = self.existing(gid_param(params, 0)?)?;
                if !matches!(download.status, Status::Paused { .. }) {
                    return Err(RpcError::failed(format!(
                        "GID {} cannot be unpaused now",
                        gid(download.id)
                    )));
                }
                self.engine.resume(&[download.id]);
                Ok(json!(gid(download.id)))
            }
            "unpauseAll" => {
                self.engine.resume_all();
                Ok(json!("OK"))
            }
            "remove" | "forceRemove" => self.remove(gid_param(params, 0)?),
            "removeDownloadResult" => self.remove_result(gid_param(params, 0)?),
            "purgeDownloadResult" => {
                let snapshot = self.engine.snapshot();
                let ids: Vec<DownloadId> = snapshot
                    .downloads
                    .iter()
                    .filter(|d| d.status.is_terminal())
                    .map(|d| d.id)
                    .collect();
                self.engine.remove(&ids, PartialFiles::Keep);
                self.removed
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .clear();
                Ok(json!("OK"))
            }
            "getOption" => {
                let download = self.existing(gid_param(params, 0)?)?;
                Ok(options::of_download(&download))
            }
            "changeOption" => {
                let download = self.existing(gid_param(params, 0)?)?;
                let limit = options::download_limit_change(params.get(1))?;
                self.engine.set_speed_limit(&[download.id], limit);
                Ok(json!("OK"))
            }
            "getGlobalOption" => {
                let snapshot = self.engine.snapshot();
                let limit = *self
                    .overall_limit
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                Ok(options::global(&self.download_dir, snapshot.jobs, limit))
            }
            "changeGlobalOption" => {
                let change = GlobalOptions::from_param(params.first())?;
                if let Some(limit) = change.overall_limit {
                    self.engine.set_overall_limit(limit);
                    *self
                        .overall_limit
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner) = limit;
                }
                if let Some(jobs) = change.jobs {
                    self.engine.set_jobs(jobs);
                }
                Ok(json!("OK"))
            }
            "getGlobalStat" => Ok(self.global_stat()),
            "getVersion" => Ok(json!({
                "version": env!("CARGO_PKG_VERSION"),
                "enabledFeatures": ["HTTPS", "Message Digest"],
            })),
            // The list is saved on every change; there is nothing left to save.
            "saveSession" => Ok(json!("OK")),
            _ => Err(RpcError::failed(format!("No such method: {method}"))),
        }
    }

    fn add_uri(&self, params: &[Value]) -> Result<Value, RpcError> {
        let Some(Value::Array(uris)) = params.first() else {
            return Err(RpcError::failed(
                "The first parameter must be a list of URIs.",
            ));
        };
        // aria2 takes mirrors of one file; Haul downloads from the first.
        let Some(text) = uris.first().and_then(Value::as_str) else {
            return Err(RpcError::failed("No URI to download."));
        };
        if text.len() > MAX_URI {
            return Err(RpcError::failed("The URI is too long."));
        }
        let url = url::Url::parse(text.trim())
            .map_err(|err| RpcError::failed(format!("'{text}' is not a link: {err}")))?;
        let add = AddOptions::from_param(params.get(1))?;
        let position = match params.get(2) {
            None | Some(Value::Null) => None,
            Some(_) => Some(
                usize::try_from(int_param(params, 2)?)
                    .map_err(|_| RpcError::failed("The position must be 0 or more."))?,
            ),
        };
        // Where it goes among the waiting downloads, before it is added.
        let before = position.and_then(|at| self.waiting_in_order().get(at).map(|d| d.id));
        let mut request =
            AddRequest::new(url, add.dir.clone().unwrap_or(self.download_dir.clone()));
        request.by_category = add.dir.is_none();
        request.file_name = add.out;
        request.checksum = add.checksum;
        request.paused = add.pause;
        request.connections = add.connections;
        request.from_browser = add.headers.map(Arc::new);
        let id = self
            .engine
            .add(request)
            .map_err(|err| RpcError::failed(format!("'{text}' cannot be added: {err}")))?;
        if let Some(limit) = add.download_limit {
            self.engine.set_speed_limit(&[id], Some(limit));
        }
        if let Some(before) = before {
            self.engine.reorder(&[id], Place::Before(before));
        }
        Ok(json!(gid(id)))
    }

    fn status_of(&self, id: DownloadId, keys: &[String]) -> Result<Value, RpcError> {
        if let Some(download) = self.engine.snapshot().get(id) {
            return Ok(status_object(download, keys));
        }
        let removed = self.removed.lock().unwrap_or_else(PoisonError::into_inner);
        match removed.iter().find(|(kept, _)| *kept == id) {
            Some((_, object)) => Ok(removed_object(object, keys)),
            None => Err(not_found(id)),
        }
    }

    /// Waiting and paused downloads in queue order; a negative offset counts from the end
    /// and lists backwards, as aria2 does.
    fn tell_waiting(&self, params: &[Value]) -> Result<Value, RpcError> {
        let (offset, num) = (int_param(params, 0)?, int_param(params, 1)?);
        let keys = keys_param(params, 2)?;
        let waiting = self.waiting_in_order();
        Ok(list(window(&waiting, offset, budget(num)), &keys))
    }

    /// Waiting and paused downloads, first to start first.
    fn waiting_in_order(&self) -> Vec<Arc<Download>> {
        let mut waiting: Vec<Arc<Download>> = self
            .engine
            .snapshot()
            .downloads
            .iter()
            .filter(|d| matches!(d.status, Status::Queued | Status::Paused { .. }))
            .cloned()
            .collect();
        waiting.sort_by_key(|d| d.order);
        waiting
    }

    /// Finished, failed and removed downloads.
    fn tell_stopped(&self, params: &[Value]) -> Result<Value, RpcError> {
        let (offset, num) = (int_param(params, 0)?, int_param(params, 1)?);
        let keys = keys_param(params, 2)?;
        let snapshot = self.engine.snapshot();
        let removed = self.removed.lock().unwrap_or_else(PoisonError::into_inner);
        // The window is chosen first, and only its rows are written out.
        let stopped: Vec<Result<&Arc<Download>, &Value>> = snapshot
            .downloads
            .iter()
            .filter(|d| d.status.is_terminal())
            .map(Ok)
            .chain(removed.iter().map(|(_, kept)| Err(kept)))
            .collect();
        let listed: Vec<Value> = window(&stopped, offset, budget(num))
            .map(|row| match row {
                Ok(download) => status_object(download, &keys),
                Err(kept) => removed_object(kept, &keys),
            })
            .collect();
        spent(listed.len());
        Ok(Value::Array(listed))
    }

    /// aria2's remove: the download stops and leaves the list; its partial file stays (a
    /// client that wants it gone deletes it, as with aria2).
    fn remove(&self, id: DownloadId) -> Result<Value, RpcError> {
        let download = self.existing(id)?;
        if download.status.is_terminal() {
            return Err(RpcError::failed(format!(
                "Active Download not found for GID {}",
                gid(id)
            )));
        }
        let object = status_object(&download, &[]);
        self.engine.remove(&[id], PartialFiles::Keep);
        let mut removed = self.removed.lock().unwrap_or_else(PoisonError::into_inner);
        // Kept up to aria2's max-download-result, the oldest dropped first.
        if removed.len() >= MAX_REMOVED_KEPT {
            removed.remove(0);
        }
        removed.push((id, object));
        Ok(json!(gid(id)))
    }

    fn remove_result(&self, id: DownloadId) -> Result<Value, RpcError> {
        {
            let mut removed = self.removed.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(at) = removed.iter().position(|(kept, _)| *kept == id) {
                removed.remove(at);
                return Ok(json!("OK"));
            }
        }
        let download = self.existing(id)?;
        if !download.status.is_terminal() {
            return Err(RpcError::failed(format!(
                "Could not remove download result of GID#{}",
                gid(id)
            )));
        }
        self.engine.remove(&[id], PartialFiles::Keep);
        Ok(json!("OK"))
    }

    fn global_stat(&self) -> Value {
        let snapshot: Snapshot = self.engine.snapshot();
        let counts = snapshot.counts();
        let removed = self
            .removed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len();
        let stopped = counts.finished + counts.failed + counts.cancelled + removed;
        json!({
            "downloadSpeed": snapshot.total_bytes_per_sec().to_string(),
            "uploadSpeed": "0",
            "numActive": (counts.active + counts.saving).to_string(),
            "numWaiting": (counts.queued + counts.paused).to_string(),
            "numStopped": stopped.to_string(),
            "numStoppedTotal": stopped.to_string(),
        })
    }

    /// The row `id` names, or aria2's "not found".
    fn existing(&self, id: DownloadId) -> Result<Arc<Download>, RpcError> {
        self.engine
            .snapshot()
            .get(id)
            .cloned()
            .ok_or_else(|| not_found(id))
    }
}

fn not_found(id: DownloadId) -> RpcError {
    RpcError::failed(format!("GID {} is not found", gid(id)))
}

/// Status objects of `downloads`.
fn list<'a>(downloads: impl Iterator<Item = &'a Arc<Download>>, keys: &[String]) -> Value {
    let listed: Vec<Value> = downloads.map(|d| status_object(d, keys)).collect();
    spent(listed.len());
    Value::Array(listed)
}

/// Downloads removed through the API that are still listed, at most (aria2's
/// `max-download-result`).
pub(super) const MAX_REMOVED_KEPT: usize = 1000;
/// Downloads one list call gives at most...
const MAX_LISTED: i64 = 1000;
/// ...and one request (a batch, a multicall) in all: no request makes an answer that does
/// not fit in memory.
pub(super) const MAX_LISTED_PER_REQUEST: usize = 10_000;

thread_local! {
    /// Downloads the request being answered may still list (each connection answers one
    /// request at a time, on its own thread).
    static LISTED_LEFT: std::cell::Cell<usize> = const { std::cell::Cell::new(MAX_LISTED_PER_REQUEST) };
}

/// A new request: its listing budget is whole again.
pub(super) fn new_request() {
    LISTED_LEFT.set(MAX_LISTED_PER_REQUEST);
}

/// How many of `num` asked for one call may list.
fn budget(num: i64) -> i64 {
    num.min(MAX_LISTED)
        .min(i64::try_from(LISTED_LEFT.get()).unwrap_or(i64::MAX))
}

/// `count` downloads were listed.
fn spent(count: usize) {
    LISTED_LEFT.set(LISTED_LEFT.get().saturating_sub(count));
}

/// `num` items from `offset` (from the end, backwards, when negative).
fn window<'a, T>(items: &'a [T], offset: i64, num: i64) -> Box<dyn Iterator<Item = &'a T> + 'a> {
    let num = usize::try_from(num).unwrap_or(0);
    if offset >= 0 {
        let start = usize::try_from(offset).unwrap_or(usize::MAX);
        Box::new(items.iter().skip(start).take(num))
    } else {
        let from_end = usize::try_from(offset.unsigned_abs()).unwrap_or(usize::MAX);
        let end = items.len().saturating_sub(from_end - 1);
        Box::new(items[..end].iter().rev().take(num))
    }
}

fn gid_param(params: &[Value], at: usize) -> Result<DownloadId, RpcError> {
    let text = params
        .get(at)
        .and_then(Value::as_str)
        .ok_or_else(|| RpcError::failed("A GID is required."))?;
    parse_gid(text).ok_or_else(|| RpcError::failed(format!("Bad GID {text}")))
}

fn int_param(params: &[Value], at: usize) -> Result<i64, RpcError> {
    match params.get(at) {
        Some(Value::Number(n)) => n
            .as_i64()
            .ok_or_else(|| RpcError::failed("A number is out of range.")),
        Some(Value::String(text)) => text
            .parse()
            .map_err(|_| RpcError::failed(format!("'{text}' is not a number."))),
        _ => Err(RpcError::failed("An offset and a number are required.")),
    }
}

fn keys_param(params: &[Value], at: usize) -> Result<Vec<String>, RpcError> {
    match params.get(at) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(keys)) => keys
            .iter()
            .map(|k| {
                k.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| RpcError::failed("Keys must be strings."))
            })
            .collect(),
        Some(_) => Err(RpcError::failed("Keys must be a list.")),
    }
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn windows_count_from_either_end() {
        let items = [1, 2, 3, 4, 5];
        let got = |offset, num| window(&items, offset, num).copied().collect::<Vec<_>>();
        assert_eq!(got(0, 2), vec![1, 2]);
        assert_eq!(got(3, 10), vec![4, 5]);
        assert_eq!(got(9, 10), Vec::<i32>::new());
        assert_eq!(got(-1, 2), vec![5, 4]);
        assert_eq!(got(-2, 10), vec![4, 3, 2, 1]);
        assert_eq!(got(-9, 10), Vec::<i32>::new());
        assert_eq!(got(0, -1), Vec::<i32>::new());
    }
}
