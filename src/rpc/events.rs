//! aria2's notifications from the rows' changes: a download that started, paused, stopped,
//! finished or failed since the last look, as `aria2.onDownload*` with its GID.

use std::collections::{HashMap, HashSet};

use serde_json::{Value, json};

use super::shape::gid;
use super::step_ids::{has_step, metadata_known, step_of};
use crate::engine::{Download, DownloadId, Snapshot, Status};

/// What a client hears about, in aria2's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// It started running.
    Start,
    /// It was paused.
    Pause,
    /// It was removed (cancelled, or taken off the list while unfinished).
    Stop,
    /// The file is complete.
    Complete,
    /// It gave up.
    Error,
}

impl Event {
    fn method(self) -> &'static str {
        match self {
            Event::Start => "aria2.onDownloadStart",
            Event::Pause => "aria2.onDownloadPause",
            Event::Stop => "aria2.onDownloadStop",
            Event::Complete => "aria2.onDownloadComplete",
            Event::Error => "aria2.onDownloadError",
        }
    }

    /// The notification as sent over the WebSocket.
    pub fn notification(self, id: DownloadId) -> Value {
        json!({"jsonrpc": "2.0", "method": self.method(), "params": [{"gid": gid(id)}]})
    }
}

/// Where each row stood at the last look, in the few kinds notifications care about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stand {
    Waiting,
    Running,
    Paused,
    Finished,
    Failed,
    Cancelled,
}

fn stand(status: &Status) -> Stand {
    match status {
        Status::Queued => Stand::Waiting,
        Status::Paused { .. } => Stand::Paused,
        Status::Finished => Stand::Finished,
        Status::Failed { .. } => Stand::Failed,
        Status::Cancelled => Stand::Cancelled,
        _ => Stand::Running,
    }
}

/// Remembers the rows between looks and says what changed. A look visits only the rows that
/// changed since the last one ([`Snapshot::changed_since`]), so a long list costs a pointer
/// pass, not a pass over every row's state.
pub struct Watcher {
    before: Snapshot,
    last: HashMap<DownloadId, Stand>,
}

/// What clients see of `download`: the row, and first its metadata step when it has one
/// (the row is seen once the step is complete); each with where it stands (`None`: not seen
/// yet).
fn seen(download: &Download) -> [(DownloadId, Option<Stand>); 2] {
    let row = stand(&download.status);
    if !has_step(download) {
        return [(download.id, Some(row)), (download.id, None)];
    }
    if metadata_known(download) {
        [
            (step_of(download.id), Some(Stand::Finished)),
            (download.id, Some(row)),
        ]
    } else {
        [(step_of(download.id), Some(row)), (download.id, None)]
    }
}

impl Watcher {
    /// A watcher that knows `snapshot` already (no events for what was there before).
    pub fn new(snapshot: &Snapshot) -> Self {
        let last = snapshot
            .downloads
            .iter()
            .flat_map(|download| seen(download))
            .filter_map(|(id, stand)| Some((id, stand?)))
            .collect();
        Self {
            before: snapshot.clone(),
            last,
        }
    }

    /// The events since the last look, in list order (a download that started and finished
    /// between two looks is heard starting, then finishing).
    pub fn events(&mut self, snapshot: &Snapshot) -> Vec<(Event, DownloadId)> {
        if self.before.version == snapshot.version {
            return Vec::new();
        }
        let mut events = Vec::new();
        match snapshot.changed_since(&self.before) {
            Some(changed) => {
                for index in changed {
                    self.look(&snapshot.downloads[index], &mut events);
                }
            }
            None => {
                for download in &snapshot.downloads {
                    self.look(download, &mut events);
                }
                self.forget_gone(snapshot, &mut events);
            }
        }
        self.before = snapshot.clone();
        events
    }

    /// Notes where `download` (and its metadata step) stands now, and the events of what
    /// changed.
    fn look(&mut self, download: &Download, events: &mut Vec<(Event, DownloadId)>) {
        for (id, stand) in seen(download) {
            if let Some(stand) = stand {
                self.look_at(id, stand, events);
            }
        }
    }

    /// Notes where the download `id` stands now, and the event if that changed.
    fn look_at(&mut self, id: DownloadId, stand: Stand, events: &mut Vec<(Event, DownloadId)>) {
        let before = self.last.insert(id, stand);
        if before == Some(stand) {
            return;
        }
        // A download that ran and ended between two looks (or found its file already
        // there) was still started: aria2 tells clients both, and some wait for the start
        // before they show a row.
        if matches!(stand, Stand::Finished | Stand::Failed) && before != Some(Stand::Running) {
            events.push((Event::Start, id));
        }
        let event = match stand {
            Stand::Running => Some(Event::Start),
            Stand::Paused if before.is_some() => Some(Event::Pause),
            Stand::Finished => Some(Event::Complete),
            Stand::Failed => Some(Event::Error),
            Stand::Cancelled => Some(Event::Stop),
            Stand::Paused | Stand::Waiting => None,
        };
        events.extend(event.map(|event| (event, id)));
    }

    /// Rows that left the list: those that left unfinished were stopped.
    fn forget_gone(&mut self, snapshot: &Snapshot, events: &mut Vec<(Event, DownloadId)>) {
        let present: HashSet<DownloadId> = snapshot
            .downloads
            .iter()
            .flat_map(|download| seen(download))
            .filter(|(_, stand)| stand.is_some())
            .map(|(id, _)| id)
            .collect();
        let mut gone: Vec<(DownloadId, Stand)> = self
            .last
            .iter()
            .filter(|(id, _)| !present.contains(id))
            .map(|(id, stand)| (*id, *stand))
            .collect();
        gone.sort_by_key(|(id, _)| id.0);
        for (id, stand) in gone {
            self.last.remove(&id);
            if matches!(stand, Stand::Waiting | Stand::Running | Stand::Paused) {
                events.push((Event::Stop, id));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::Arc;

    use super::*;
    use crate::engine::Reason;

    fn snapshot(version: u64, rows: &[(u64, Status)]) -> Snapshot {
        let url = url::Url::parse("http://127.0.0.1/x").expect("url");
        Snapshot {
            version,
            downloads: rows
                .iter()
                .map(|(id, status)| {
                    let mut download =
                        Download::new(DownloadId(*id), url.clone(), PathBuf::new(), 0);
                    download.status = status.clone();
                    Arc::new(download)
                })
                .collect(),
            ..Snapshot::default()
        }
    }

    #[test]
    fn a_magnets_metadata_step_is_heard_then_its_torrent() {
        let magnet =
            url::Url::parse("magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567")
                .expect("magnet");
        let row = |version, status: Status, total: Option<u64>| {
            let mut download = Download::new(DownloadId(7), magnet.clone(), PathBuf::new(), 0);
            download.kind = crate::engine::state::Kind::Torrent;
            download.status = status;
            download.total_bytes = total;
            Snapshot {
                version,
                downloads: vec![Arc::new(download)],
                ..Snapshot::default()
            }
        };
        let step = step_of(DownloadId(7));
        let mut watcher = Watcher::new(&row(1, Status::Queued, None));
        assert_eq!(
            watcher.events(&row(2, Status::Connecting, None)),
            vec![(Event::Start, step)]
        );
        // The metadata came: the step is complete and the torrent starts, as in aria2.
        assert_eq!(
            watcher.events(&row(3, Status::Downloading, Some(10))),
            vec![(Event::Complete, step), (Event::Start, DownloadId(7))]
        );
        assert_eq!(
            watcher.events(&row(4, Status::Finished, Some(10))),
            vec![(Event::Complete, DownloadId(7))]
        );
    }

    #[test]
    fn each_change_is_heard_once() {
        let mut watcher = Watcher::new(&snapshot(1, &[(1, Status::Downloading)]));
        assert!(
            watcher
                .events(&snapshot(1, &[(1, Status::Finished)]))
                .is_empty(),
            "same version"
        );
        let failed = Status::Failed {
            reason: Reason::KeepsChanging,
        };
        let events = watcher.events(&snapshot(
            2,
            &[
                (1, Status::Paused { reason: None }),
                (2, Status::Queued),
                (3, Status::Connecting),
            ],
        ));
        assert_eq!(
            events,
            vec![(Event::Pause, DownloadId(1)), (Event::Start, DownloadId(3))]
        );
        let events = watcher.events(&snapshot(3, &[(2, Status::Finished), (3, failed)]));
        assert_eq!(
            events,
            vec![
                // 2 ran and finished between two looks: heard starting, then complete.
                (Event::Start, DownloadId(2)),
                (Event::Complete, DownloadId(2)),
                (Event::Error, DownloadId(3)),
                (Event::Stop, DownloadId(1)),
            ]
        );
        assert!(
            watcher
                .events(&snapshot(4, &[(2, Status::Finished)]))
                .is_empty()
        );
        // The same rows, one changed: only the changed one is looked at.
        assert_eq!(
            watcher.events(&snapshot(5, &[(2, Status::Paused { reason: None })])),
            vec![(Event::Pause, DownloadId(2))]
        );
        assert_eq!(
            Event::Complete.notification(DownloadId(2)),
            json!({"jsonrpc": "2.0", "method": "aria2.onDownloadComplete",
                   "params": [{"gid": crate::rpc::shape::gid(DownloadId(2))}]})
        );
    }
}
