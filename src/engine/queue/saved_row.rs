//! One download as the saved list writes it (`queue.json`), and back: what is kept, what a
//! list saved by an older Haul means (missing fields take their defaults), and the passwords
//! kept apart in `secrets.json`.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use url::Url;

use crate::engine::checksum::{Algorithm, Checksum, Expected};
use crate::engine::files::categories::OTHER;
use crate::engine::from_browser::FromBrowser;
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::notice::Notice;
use crate::engine::rate::Rate;
use crate::engine::reason::Reason;
use crate::engine::redact::redacted_url;
use crate::engine::state::{Download, DownloadId, Kind, MAIN, Quality, Relink, Status};

#[derive(Serialize, Deserialize)]
pub(super) struct SavedDownload {
    id: u64,
    url: String,
    dir: PathBuf,
    file_name: Option<String>,
    #[serde(default)]
    name_fixed: bool,
    status: SavedStatus,
    #[serde(default)]
    bytes_done: u64,
    total_bytes: Option<u64>,
    /// Written by versions before typed checksums (a SHA-256 in hex); read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    checksum: Option<Checksum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    verified: Option<Expected>,
    #[serde(default)]
    speed_limit: Option<Rate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    connections: Option<usize>,
    #[serde(default)]
    added_unix: u64,
    finished_unix: Option<u64>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    again: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    already_downloaded: bool,
    #[serde(default)]
    relink: Relink,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    referer: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    category: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    by_category: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    queue: String,
    #[serde(default)]
    order: u64,
    /// Left out for HTTP, so lists from before kinds and after read the same.
    #[serde(default, skip_serializing_if = "Kind::is_http")]
    kind: Kind,
    #[serde(default, skip_serializing_if = "Quality::is_best")]
    quality: Quality,
    /// The files of a torrent chosen (left out when all are).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    only_files: Option<Vec<usize>>,
    /// A finished torrent's seeding not done when Haul quit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    seeding: Option<SavedSeeding>,
    /// A torrent's own seeding goal: ratio and seconds (left out: the settings').
    #[serde(default, skip_serializing_if = "Option::is_none")]
    seed_goal: Option<(Option<f64>, Option<u64>)>,
}

/// What a seeding had done, and its goal.
#[derive(Clone, Copy, Serialize, Deserialize)]
struct SavedSeeding {
    sent: u64,
    secs: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ratio: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    goal_secs: Option<u64>,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
enum SavedStatus {
    Queued,
    Paused { reason: Option<SavedReason> },
    Finished,
    Failed { reason: SavedReason },
    Cancelled,
}

/// A reason as saved: typed since the queue learnt reasons, a sentence in older files.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum SavedReason {
    Typed(Reason),
    Sentence(String),
}

impl From<SavedReason> for Reason {
    fn from(saved: SavedReason) -> Self {
        match saved {
            SavedReason::Typed(reason) => reason,
            SavedReason::Sentence(text) => Reason::Text { text },
        }
    }
}

#[derive(Default, Serialize, Deserialize)]
pub(super) struct SavedSecrets {
    pub(super) urls: BTreeMap<u64, String>,
    /// Downloads' own proxies (their addresses may carry a password).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(super) proxies: BTreeMap<u64, ProxyChoice>,
    /// Unfinished downloads' own request headers (cookies among them), so that they resume
    /// after a restart as they started.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(super) headers: BTreeMap<u64, FromBrowser>,
}

impl SavedSecrets {
    pub(super) fn is_empty(&self) -> bool {
        self.urls.is_empty() && self.proxies.is_empty() && self.headers.is_empty()
    }
}

/// Whether a row's request headers are worth keeping: only while it may still fetch bytes.
pub(super) fn keeps_headers(download: &Download) -> bool {
    !matches!(download.status, Status::Finished | Status::Cancelled)
}

pub(super) fn to_saved(download: &Download) -> SavedDownload {
    let status = match &download.status {
        Status::Queued
        | Status::Connecting
        | Status::Downloading
        | Status::Saving
        | Status::FindingChecksum
        | Status::Verifying { .. }
        | Status::WaitingFor { .. }
        | Status::Retrying { .. } => SavedStatus::Queued,
        Status::Paused { reason } => SavedStatus::Paused {
            reason: reason.clone().map(SavedReason::Typed),
        },
        Status::Finished => SavedStatus::Finished,
        Status::Failed { reason } => SavedStatus::Failed {
            reason: SavedReason::Typed(reason.clone()),
        },
        Status::Cancelled => SavedStatus::Cancelled,
    };
    SavedDownload {
        id: download.id.0,
        url: redacted_url(&download.url),
        dir: download.dir.clone(),
        file_name: download.file_name.clone(),
        name_fixed: download.name_fixed,
        status,
        bytes_done: download.bytes_done,
        total_bytes: download.total_bytes,
        sha256: None,
        checksum: download.checksum.clone(),
        verified: download.verified.clone(),
        speed_limit: download.speed_limit,
        connections: download.connections,
        added_unix: download.added_unix,
        finished_unix: download.finished_unix,
        again: download.again,
        relink: download.relink,
        referer: download.referer.clone(),
        category: download.category.clone(),
        by_category: download.by_category,
        queue: if download.queue == MAIN {
            String::new()
        } else {
            download.queue.clone()
        },
        order: download.order,
        already_downloaded: download.already_downloaded,
        kind: download.kind,
        quality: download.quality,
        only_files: download.only_files.as_deref().map(<[usize]>::to_vec),
        seed_goal: download.seed_goal.map(|goal| (goal.ratio, goal.secs)),
        seeding: download
            .seeding
            .filter(|_| download.status == Status::Finished)
            .map(|seeding| SavedSeeding {
                sent: seeding.sent,
                secs: seeding.secs,
                ratio: seeding.goal.ratio,
                goal_secs: seeding.goal.secs,
            }),
    }
}

pub(super) fn restore(saved: SavedDownload, secrets: &SavedSecrets) -> Result<Download, Notice> {
    let text = secrets.urls.get(&saved.id).unwrap_or(&saved.url);
    let url = Url::parse(text).map_err(|err| Notice::SavedLinkInvalid {
        url: saved.url.clone(),
        problem: err.to_string(),
    })?;
    let mut status = match saved.status {
        SavedStatus::Queued => Status::Queued,
        SavedStatus::Paused { reason } => Status::Paused {
            reason: reason.map(Reason::from),
        },
        SavedStatus::Finished => Status::Finished,
        SavedStatus::Failed { reason } => Status::Failed {
            reason: reason.into(),
        },
        SavedStatus::Cancelled => Status::Cancelled,
    };
    if url.password() == Some("***") && !secrets.urls.contains_key(&saved.id) {
        status = Status::Failed {
            reason: Reason::PasswordLost,
        };
    }
    let download = Download {
        id: DownloadId(saved.id),
        url,
        dir: saved.dir,
        file_name: saved.file_name,
        name_fixed: saved.name_fixed,
        status,
        bytes_done: saved.bytes_done,
        total_bytes: saved.total_bytes,
        bytes_per_sec: 0,
        eta_secs: None,
        checksum: saved.checksum.or_else(|| {
            saved
                .sha256
                .as_deref()
                .and_then(|hex| Checksum::from_hex(Algorithm::Sha256, hex))
        }),
        verified: saved.verified,
        speed_limit: saved.speed_limit,
        connections: saved.connections,
        added_unix: saved.added_unix,
        finished_unix: saved.finished_unix,
        note: None,
        again: saved.again,
        already_downloaded: saved.already_downloaded,
        details: Arc::default(),
        relink: saved.relink,
        referer: saved.referer,
        from_browser: secrets.headers.get(&saved.id).cloned().map(Arc::new),
        category: if saved.category.is_empty() {
            OTHER.to_owned()
        } else {
            saved.category
        },
        by_category: saved.by_category,
        queue: if saved.queue.is_empty() {
            MAIN.to_owned()
        } else {
            saved.queue
        },
        // Lists saved before there was an order start in the order they were added.
        order: if saved.order == 0 {
            saved.id
        } else {
            saved.order
        },
        kind: saved.kind,
        quality: saved.quality,
        only_files: saved.only_files.map(Into::into),
        seed_goal: saved
            .seed_goal
            .map(|(ratio, secs)| crate::engine::net::peers::SeedGoal { ratio, secs }),
        seeding: saved.seeding.map(|seeding| crate::engine::state::Seeding {
            sent: seeding.sent,
            size: saved.total_bytes.unwrap_or(0),
            bytes_per_sec: 0,
            secs: seeding.secs,
            goal: crate::engine::net::peers::SeedGoal {
                ratio: seeding.ratio,
                secs: seeding.goal_secs,
            },
        }),
        proxy: secrets.proxies.get(&saved.id).cloned(),
    };
    // Unfinished rows show the queue's numbers until their control files are read (see
    // `partials_on_disk`), after the engine started.
    Ok(download)
}
