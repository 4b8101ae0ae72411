//! Saves the download list so it survives quitting and crashes.
//!
//! `queue.json` in the data folder lists every download (links with passwords masked);
//! passwords live apart in `secrets.json`, readable by the owner only. Both are replaced
//! atomically. A damaged file is moved aside and reported, never silently emptied. When saving
//! happens is `persister`'s job.

use crate::engine::clock::unix_now;
use crate::engine::notice::{Notice, SavedFile};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::engine::files::fsutil;

use crate::engine::redact::has_secret;
use crate::engine::state::Download;

use super::saved_row::{SavedDownload, SavedSecrets, keeps_headers, restore, to_saved};
use crate::engine::from_browser::FromBrowser;

const FORMAT: u32 = 1;
const QUEUE_FILE: &str = "queue.json";
const SECRETS_FILE: &str = "secrets.json";

#[derive(Serialize, Deserialize)]
struct SavedQueue {
    format: u32,
    next_id: u64,
    downloads: Vec<SavedDownload>,
}

/// What loading the saved queue produced.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The downloads, in order.
    pub downloads: Vec<Download>,
    /// The next free id.
    pub next_id: u64,
    /// Problems the user should hear about.
    pub notices: Vec<Notice>,
}

/// The queue file and its companion secrets file in one folder.
#[derive(Clone, Debug)]
pub struct QueueStore {
    dir: PathBuf,
}

impl QueueStore {
    /// A store in `dir` (the data folder).
    pub fn new(dir: &Path) -> Self {
        Self {
            dir: dir.to_owned(),
        }
    }

    /// Path of the queue file.
    pub fn queue_path(&self) -> PathBuf {
        self.dir.join(QUEUE_FILE)
    }

    fn secrets_path(&self) -> PathBuf {
        self.dir.join(SECRETS_FILE)
    }

    /// Reads the saved queue. Running downloads come back queued so they continue; progress
    /// is taken from each download's control file, which is never ahead of the data.
    pub fn load(&self) -> Loaded {
        let mut loaded = Loaded::default();
        let queue: SavedQueue = match read_json(&self.queue_path()) {
            Ok(Some(queue)) => queue,
            Ok(None) => return loaded,
            Err(problem) => {
                loaded.notices.push(move_aside(
                    &self.queue_path(),
                    SavedFile::DownloadList,
                    &problem,
                ));
                return loaded;
            }
        };
        let secrets: SavedSecrets = match read_json(&self.secrets_path()) {
            Ok(found) => found.unwrap_or_default(),
            Err(problem) => {
                loaded.notices.push(move_aside(
                    &self.secrets_path(),
                    SavedFile::Passwords,
                    &problem,
                ));
                SavedSecrets::default()
            }
        };
        loaded.next_id = queue.next_id;
        for saved in queue.downloads {
            match restore(saved, &secrets) {
                Ok(download) => {
                    loaded.next_id = loaded.next_id.max(download.id.0 + 1);
                    loaded.downloads.push(download);
                }
                Err(problem) => loaded.notices.push(problem),
            }
        }
        loaded.downloads.sort_by_key(|d| d.id);
        loaded.downloads.dedup_by_key(|d| d.id);
        loaded
    }

    /// Writes the queue (and the secrets it needs) atomically.
    pub fn save(&self, downloads: &[Arc<Download>], next_id: u64) -> io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let queue = SavedQueue {
            format: FORMAT,
            next_id,
            downloads: downloads.iter().map(|d| to_saved(d)).collect(),
        };
        let secrets = SavedSecrets {
            urls: downloads
                .iter()
                .filter(|d| has_secret(&d.url))
                .map(|d| (d.id.0, d.url.as_str().to_owned()))
                .collect(),
            proxies: downloads
                .iter()
                .filter_map(|d| Some((d.id.0, d.proxy.clone()?)))
                .collect(),
            headers: downloads
                .iter()
                .filter(|d| keeps_headers(d))
                .filter_map(|d| Some((d.id.0, FromBrowser::clone(d.from_browser.as_ref()?))))
                .collect(),
        };
        let secrets_path = self.secrets_path();
        if secrets.is_empty() {
            fsutil::remove_if_exists(&secrets_path)?;
        } else {
            let bytes = serde_json::to_vec(&secrets).map_err(io::Error::other)?;
            fsutil::write_atomic_private(&secrets_path, &bytes)?;
        }
        let bytes = serde_json::to_vec_pretty(&queue).map_err(io::Error::other)?;
        fsutil::write_atomic(&self.queue_path(), &bytes)
    }
}

/// Moves an unreadable saved file aside (never deletes it) and says so.
fn move_aside(path: &Path, file: SavedFile, problem: &Unreadable) -> Notice {
    let aside = path.with_extension(format!("json.damaged-{}", unix_now()));
    let kept_as = std::fs::rename(path, &aside)
        .map(|()| aside)
        .map_err(|err| err.kind());
    Notice::SavedFileUnreadable {
        file,
        path: path.to_owned(),
        problem: problem.to_string(),
        kept_as,
    }
}

/// Why a saved file could not be read.
#[derive(Debug, thiserror::Error)]
enum Unreadable {
    /// Reading it failed.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// It is not the JSON Haul writes.
    #[error("{0}")]
    NotJson(#[from] serde_json::Error),
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Option<T>, Unreadable> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(err.into()),
    };
    Ok(Some(serde_json::from_slice(&bytes)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::reason::Reason;
    use crate::engine::state::{DownloadId, Status};
    use url::Url;

    fn sample(id: u64, url: &str, status: Status) -> Arc<Download> {
        let mut row = Download::new(
            DownloadId(id),
            Url::parse(url).expect("url"),
            "/tmp/x".into(),
            1,
        );
        row.file_name = Some(format!("f{id}"));
        row.status = status;
        row.bytes_done = 5;
        row.total_bytes = Some(10);
        row.bytes_per_sec = 7;
        row.eta_secs = Some(1);
        Arc::new(row)
    }

    #[test]
    fn round_trip_keeps_secrets_out_of_the_queue() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = QueueStore::new(dir.path());
        let rows = vec![
            sample(1, "http://a/f1", Status::Downloading),
            sample(2, "http://bob:s3cret@a/f2", Status::Paused { reason: None }),
            sample(3, "http://a/f3", Status::Finished),
        ];
        store.save(&rows, 4).expect("save");
        let queue_text = std::fs::read_to_string(store.queue_path()).expect("read");
        assert!(!queue_text.contains("s3cret"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(SECRETS_FILE))
                .expect("secrets")
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "secrets readable by the owner only");
        }
        let loaded = store.load();
        assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
        assert_eq!(loaded.next_id, 4);
        let statuses: Vec<_> = loaded.downloads.iter().map(|d| d.status.clone()).collect();
        assert_eq!(
            statuses,
            vec![
                Status::Queued,
                Status::Paused { reason: None },
                Status::Finished
            ]
        );
        assert_eq!(loaded.downloads[1].url.password(), Some("s3cret"));
        // The list's numbers until the control files are read; without one, nothing is
        // trusted to be on disk.
        assert_eq!(loaded.downloads[0].bytes_done, 5);
    }

    #[test]
    fn queues_saved_with_sentences_still_load() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = QueueStore::new(dir.path());
        std::fs::write(
            store.queue_path(),
            r#"{"format":1,"next_id":3,"downloads":[
              {"id":1,"url":"http://a/x","dir":"/tmp","file_name":"x","status":{"state":"failed","reason":"server said 404 Not Found"},"total_bytes":null,"sha256":null,"finished_unix":null},
              {"id":2,"url":"http://a/y","dir":"/tmp","file_name":"y","status":{"state":"paused","reason":"the disk is full; free some space, then resume"},"total_bytes":null,"sha256":null,"finished_unix":null}
            ]}"#,
        )
        .expect("write");
        let loaded = store.load();
        assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
        assert_eq!(
            loaded.downloads[0].status,
            Status::Failed {
                reason: Reason::Text {
                    text: "server said 404 Not Found".into()
                }
            }
        );
        assert!(matches!(
            &loaded.downloads[1].status,
            Status::Paused { reason: Some(Reason::Text { text }) } if text.starts_with("the disk is full")
        ));
        // Saved again, the reasons are typed from now on and read back the same.
        let rows: Vec<_> = loaded.downloads.into_iter().map(Arc::new).collect();
        store.save(&rows, 3).expect("save");
        let again = store.load();
        assert_eq!(again.downloads[0].status, rows[0].status);
        let typed = vec![sample(
            5,
            "http://a/z",
            Status::Failed {
                reason: Reason::HttpStatus {
                    code: 410,
                    phrase: "Gone".into(),
                },
            },
        )];
        store.save(&typed, 6).expect("save");
        assert_eq!(store.load().downloads[0].status, typed[0].status);
    }

    #[test]
    fn damaged_queue_is_moved_aside_and_reported() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = QueueStore::new(dir.path());
        std::fs::write(store.queue_path(), b"{\"format\": 1, \"downloads\": [").expect("write");
        let loaded = store.load();
        assert!(loaded.downloads.is_empty());
        assert_eq!(loaded.notices.len(), 1);
        assert!(matches!(
            &loaded.notices[0],
            Notice::SavedFileUnreadable {
                file: SavedFile::DownloadList,
                kept_as: Ok(_),
                ..
            }
        ));
        let kept: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            kept.iter().any(|n| n.starts_with("queue.json.damaged-")),
            "{kept:?}"
        );
        let aside = dir.path().join(&kept[0]);
        assert_eq!(
            std::fs::read(aside).expect("read"),
            b"{\"format\": 1, \"downloads\": ["
        );
    }
}
