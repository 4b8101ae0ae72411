//! The aria2 calls Haul answers, each turned into the same engine commands the window sends
//! (add, pause, resume, remove, limits) and answered from a snapshot. The list calls are in
//! [`super::listing`], the calls about one download's place, links and servers in
//! [`super::download_calls`].

use std::sync::atomic::Ordering;
use std::sync::{Arc, PoisonError};

use serde_json::{Value, json};

use super::budget::MAX_REMOVED_KEPT;
use super::methods::{Api, Removed, RpcError};
use super::option_answers;
use super::options::{self, AddOptions, DownloadChange, GlobalOptions};
use super::params::{gid_param, int_param, keys_param, not_found};
use super::proxy_options;
use super::shape::{gid, removed_object, status_object};
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::{AddRequest, Download, DownloadId, PartialFiles, Place, Snapshot, Status};

/// The longest link a call may add (browsers stop at about this).
const MAX_URI: usize = 8 * 1024;

impl Api {
    /// Runs an authorized call.
    pub(super) fn dispatch(&self, method: &str, params: &[Value]) -> Result<Value, RpcError> {
        let name = method.strip_prefix("aria2.").unwrap_or(method);
        if let Some(answer) = self.step_call(name, params) {
            return answer;
        }
        match name {
            "addUri" => self.add_uri(params),
            "tellStatus" => {
                let id = gid_param(params, 0)?;
                let keys = keys_param(params, 1)?;
                self.status_of(id, &keys)
            }
            "tellActive" => self.tell_active(params),
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
            "purgeDownloadResult" => Ok(self.purge()),
            "getOption" => self.options_of(gid_param(params, 0)?),
            "changeOption" => {
                let download = self.existing(gid_param(params, 0)?)?;
                let current = self.in_force(self.options_of(download.id)?);
                let change = DownloadChange::from_param(params.get(1), &current)?;
                // Judged before anything is done: a refused call changes nothing.
                let own_proxy = if change.proxy.is_empty() {
                    None
                } else {
                    Some(self.own_proxy(&change.proxy, download.proxy.as_ref(), &current)?)
                };
                let seed = super::torrent_options::seed_goal(&change.kept, &current)?;
                if let Some(limit) = change.limit {
                    self.engine.set_speed_limit(&[download.id], limit);
                }
                if let Some(goal) = seed {
                    // A torrent seeding now follows it at once.
                    self.engine.set_own_seed_goal(&[download.id], Some(goal));
                }
                if let Some(connections) = change.connections {
                    self.engine
                        .set_connections(&[download.id], Some(connections));
                }
                if let Some(own) = own_proxy {
                    self.engine.set_download_proxy(&[download.id], own);
                }
                if let Some(files) = change.select_file {
                    self.engine.choose_files(download.id, Some(files));
                }
                self.kept
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .entry(download.id)
                    .or_default()
                    .extend(change.kept);
                Ok(json!("OK"))
            }
            "getGlobalOption" => Ok(self.global_options()),
            "changeGlobalOption" => {
                let current = self.in_force(self.global_options());
                let change = GlobalOptions::from_param(params.first(), &current)?;
                // Checked before anything of the call is done.
                let seed = super::torrent_options::seed_goal(&change.kept, &current)?;
                // The proxy first: one that cannot be used refuses the call before anything
                // of it is done.
                if !change.proxy.is_empty() {
                    let choice =
                        proxy_options::choice(&change.proxy, &current, &self.engine.proxy())?
                            .unwrap_or_else(|| self.facts.defaults.proxy.clone());
                    self.engine.set_proxy(choice).map_err(|err| {
                        RpcError::failed(format!("The proxy cannot be used: {err}."))
                    })?;
                }
                if let Some(limit) = change.overall_limit {
                    self.engine.set_overall_limit(limit);
                }
                if let Some(jobs) = change.jobs {
                    self.engine.set_jobs(jobs);
                }
                if let Some(goal) = seed {
                    self.engine.set_seed_goal(goal);
                }
                let mut kept = self
                    .global_kept
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                for (name, value) in change.kept {
                    if let Value::String(text) = value {
                        options::keep(&mut kept, name, text);
                    }
                }
                Ok(json!("OK"))
            }
            "getGlobalStat" => Ok(self.global_stat()),
            "getVersion" => Ok(json!({
                "version": env!("CARGO_PKG_VERSION"),
                "enabledFeatures": ["HTTPS", "Message Digest"],
            })),
            "getSessionInfo" => Ok(json!({"sessionId": self.session_id})),
            // The list is saved on every change; there is nothing left to save.
            "saveSession" => Ok(json!("OK")),
            "shutdown" | "forceShutdown" => self.shut_down(),
            "changePosition" => self.change_position(params),
            "changeUri" => self.change_uri(params),
            "getFiles" => self.files_of(gid_param(params, 0)?),
            "getUris" => self.uris_of(gid_param(params, 0)?),
            "getServers" => self.servers_of(gid_param(params, 0)?),
            "getPeers" => self.peers_of(gid_param(params, 0)?),
            "addTorrent" => self.add_torrent(params),
            _ => Err(RpcError::failed(format!("No such method: {method}"))),
        }
    }

    pub(super) fn add_uri(&self, params: &[Value]) -> Result<Value, RpcError> {
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
        let mut url = url::Url::parse(text.trim())
            .map_err(|err| RpcError::failed(format!("'{text}' is not a link: {err}")))?;
        let current = self.in_force(self.global_options());
        let add = AddOptions::from_param(params.get(1), &current)?;
        // Its own proxy, when one is named (an empty one leaves it the proxy in force).
        let named = add
            .proxy
            .values()
            .any(|value| value.as_str().is_some_and(|v| !v.is_empty()));
        let own_proxy = if named {
            self.own_proxy(&add.proxy, None, &serde_json::Map::new())?
        } else {
            None
        };
        if let Some(login) = &add.login {
            // The link carries it, as a link with user:password@ does: only to its server.
            url = login
                .on_link(&url)
                .ok_or_else(|| RpcError::failed(format!("'{text}' cannot carry a login.")))?;
        }
        let position = match params.get(2) {
            None | Some(Value::Null) => None,
            Some(_) => Some(
                usize::try_from(int_param(params, 2)?)
                    .map_err(|_| RpcError::failed("The position must be 0 or more."))?,
            ),
        };
        // Where it goes among the waiting downloads, before it is added.
        let before = position.and_then(|at| self.waiting_in_order().get(at).map(|d| d.id));
        // A magnet's (or a web torrent's) GID is its metadata step's, as aria2 answers.
        let answered = |id| super::metadata_step::answered_gid(id, &url);
        let mut request = AddRequest::new(
            url.clone(),
            add.dir.clone().unwrap_or(self.download_dir.clone()),
        );
        request.by_category = add.dir.is_none();
        request.file_name = add.out;
        request.checksum = add.checksum;
        request.paused = add.pause;
        request.connections = add.connections;
        request.proxy = own_proxy;
        request.from_browser = add.headers.map(Arc::new);
        request.only_files = add.select_file;
        request.seed_goal = super::torrent_options::seed_goal(&add.kept, &serde_json::Map::new())?;
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
        if !add.kept.is_empty() {
            self.kept
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(id, add.kept);
        }
        Ok(json!(answered(id)))
    }

    fn status_of(&self, id: DownloadId, keys: &[String]) -> Result<Value, RpcError> {
        if let Some(download) = self.engine.snapshot().get(id) {
            return Ok(status_object(download, keys));
        }
        let removed = self.removed.lock().unwrap_or_else(PoisonError::into_inner);
        match removed.iter().find(|kept| kept.id == id) {
            Some(kept) => Ok(removed_object(&kept.status, keys)),
            None => Err(not_found(id)),
        }
    }

    /// A download's own proxy from the proxy options `given`, over its `own` one and the
    /// options answered for it (`current`): `None` when the proxy is given empty (it goes
    /// the way of every download again).
    fn own_proxy(
        &self,
        given: &serde_json::Map<String, Value>,
        own: Option<&ProxyChoice>,
        current: &serde_json::Map<String, Value>,
    ) -> Result<Option<ProxyChoice>, RpcError> {
        let in_force = own.cloned().unwrap_or_else(|| self.engine.proxy());
        proxy_options::choice(given, current, &in_force)
    }

    /// `getGlobalOption`: the options in force.
    fn global_options(&self) -> Value {
        let jobs = self.engine.jobs();
        // The engine owns the limit: a change in the window or the tray shows here at once.
        let limit = self.engine.overall_limit();
        let kept = self
            .global_kept
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let mut answers =
            option_answers::global(&self.facts, &self.download_dir, jobs, limit, &kept);
        if let Value::Object(map) = &mut answers {
            map.extend(proxy_options::answers(&self.engine.proxy()));
        }
        answers
    }

    /// What a change is judged against: the options answered, and where Haul stands on
    /// those it refuses.
    fn in_force(&self, answered: Value) -> serde_json::Map<String, Value> {
        let mut current = match answered {
            Value::Object(map) => map,
            _ => serde_json::Map::new(),
        };
        // Where Haul stands on what it refuses, unless the answers say what is in force.
        for (name, value) in option_answers::standing(&self.facts) {
            current.entry(name).or_insert(value);
        }
        current
    }

    /// `getOption`: of a download in the list, or of one removed whose result is kept.
    fn options_of(&self, id: DownloadId) -> Result<Value, RpcError> {
        if let Some(download) = self.engine.snapshot().get(id) {
            let kept = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
            let mut answers = option_answers::of_download(download, &self.facts, kept.get(&id));
            // Its own proxy (never its password).
            if let (Value::Object(map), Some(proxy)) = (&mut answers, &download.proxy) {
                map.extend(proxy_options::answers(proxy));
            }
            return Ok(answers);
        }
        let removed = self.removed.lock().unwrap_or_else(PoisonError::into_inner);
        match removed.iter().find(|kept| kept.id == id) {
            Some(kept) => Ok(kept.options.clone()),
            None => Err(not_found(id)),
        }
    }

    /// aria2's remove: the download stops and leaves the list; its partial file stays (a
    /// client that wants it gone deletes it, as with aria2). One that was not running leaves
    /// no result behind, as in aria2.
    fn remove(&self, id: DownloadId) -> Result<Value, RpcError> {
        let download = self.existing(id)?;
        if download.status.is_terminal() {
            return Err(RpcError::failed(format!(
                "Active Download not found for GID {}",
                gid(id)
            )));
        }
        // As aria2: only a running download leaves a result; a waiting or paused one is
        // simply gone.
        let started = download.status.is_running();
        let status = status_object(&download, &[]);
        // From the row in hand (no second snapshot).
        let options = {
            let kept = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
            option_answers::of_download(&download, &self.facts, kept.get(&id))
        };
        self.engine.remove(&[id], PartialFiles::Keep);
        self.kept
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&id);
        if started {
            let mut removed = self.removed.lock().unwrap_or_else(PoisonError::into_inner);
            // Kept up to aria2's max-download-result, the oldest dropped first.
            if removed.len() >= MAX_REMOVED_KEPT {
                removed.remove(0);
                self.results_removed.fetch_add(1, Ordering::Relaxed);
            }
            removed.push(Removed {
                id,
                status,
                options,
            });
        }
        Ok(json!(gid(id)))
    }

    fn remove_result(&self, id: DownloadId) -> Result<Value, RpcError> {
        {
            let mut removed = self.removed.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(at) = removed.iter().position(|kept| kept.id == id) {
                removed.remove(at);
                self.results_removed.fetch_add(1, Ordering::Relaxed);
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
        self.forget(&[id]);
        Ok(json!("OK"))
    }

    /// `purgeDownloadResult`: every stopped download leaves the list.
    fn purge(&self) -> Value {
        let snapshot = self.engine.snapshot();
        let ids: Vec<DownloadId> = snapshot
            .downloads
            .iter()
            .filter(|d| d.status.is_terminal())
            .map(|d| d.id)
            .collect();
        self.purge_steps(&snapshot.downloads);
        self.engine.remove(&ids, PartialFiles::Keep);
        self.forget(&ids);
        let mut removed = self.removed.lock().unwrap_or_else(PoisonError::into_inner);
        self.results_removed
            .fetch_add(removed.len(), Ordering::Relaxed);
        removed.clear();
        json!("OK")
    }

    /// Results that left the list: still counted in `numStoppedTotal`, their options gone.
    fn forget(&self, ids: &[DownloadId]) {
        self.results_removed.fetch_add(ids.len(), Ordering::Relaxed);
        let mut kept = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
        for id in ids {
            kept.remove(id);
        }
    }

    /// `shutdown`: the daemon saves its list and exits once this answer is on its way.
    fn shut_down(&self) -> Result<Value, RpcError> {
        let Some(shutdown) = &self.shutdown else {
            return Err(RpcError::failed(
                "Haul's window is closed by its user, not over remote control.",
            ));
        };
        let sender = shutdown
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        // The answer goes out first; the process stops a moment later, as aria2's does.
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(200));
            let _ = sender.send(());
        });
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
        // A seeding torrent is active, as aria2 counts it, not stopped.
        let seeding = snapshot
            .downloads
            .iter()
            .filter(|d| d.seeding.is_some())
            .count();
        let stopped =
            (counts.finished + counts.failed + counts.cancelled + removed).saturating_sub(seeding);
        let total = stopped + self.results_removed.load(Ordering::Relaxed);
        let upload: u64 = snapshot
            .downloads
            .iter()
            .map(|d| super::torrent_shape::upload_speed(d))
            .sum();
        json!({
            "downloadSpeed": snapshot.total_bytes_per_sec().to_string(),
            "uploadSpeed": upload.to_string(),
            "numActive": (counts.active + counts.saving + seeding).to_string(),
            "numWaiting": (counts.queued + counts.paused).to_string(),
            "numStopped": stopped.to_string(),
            "numStoppedTotal": total.to_string(),
        })
    }

    /// The row `id` names, or aria2's "not found".
    pub(super) fn existing(&self, id: DownloadId) -> Result<Arc<Download>, RpcError> {
        self.engine
            .snapshot()
            .get(id)
            .cloned()
            .ok_or_else(|| not_found(id))
    }
}
