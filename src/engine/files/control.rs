//! The control file that sits beside a partial download and makes it resumable.
//!
//! `NAME.part` holds the bytes, `NAME.part.haul` says what they are: which link, which version
//! of the file (ETag, Last-Modified, length) and which byte ranges are complete. It is written
//! atomically, and its `done` ranges only after the bytes they describe have been flushed, so
//! after a crash or a power loss the recorded progress never exceeds what is on disk.
//!
//! Between those flushes, progress is also recorded often and cheaply (no flush) as
//! [`PageCache`] ranges tagged with the kernel's boot id. A killed process leaves its written
//! bytes in the page cache, so while the machine has not restarted those ranges are as good as
//! on disk; after a restart (a power loss may have dropped them) only `done` counts.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use serde::{Deserialize, Serialize};

use crate::engine::files::fsutil;
use crate::engine::net::learned::Learned;

/// Suffix of the partial data file.
pub const PART_SUFFIX: &str = ".part";
/// Suffix of the control file (after the partial file's own name).
pub const CONTROL_SUFFIX: &str = ".part.haul";

const FORMAT: u32 = 1;

/// What a control file records about one partial download.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlRecord {
    /// Format version, for future changes.
    pub format: u32,
    /// The link as added (password masked).
    pub url: String,
    /// The link after redirects (password masked).
    pub final_url: String,
    /// The final file name the partial file will get.
    pub file_name: String,
    /// Entity tag of the version being downloaded.
    pub etag: Option<String>,
    /// Last-Modified of the version being downloaded.
    pub last_modified: Option<String>,
    /// Size of the whole file, when known.
    pub total: Option<u64>,
    /// Completed byte ranges, each `[start, end)`, sorted and not overlapping, flushed to disk.
    pub done: Vec<[u64; 2]>,
    /// Ranges written but perhaps not yet flushed, valid until the machine restarts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_cache: Option<PageCache>,
    /// The connections that paid off for this download, so a resumed run starts with them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connections: Option<Learned>,
}

/// Byte ranges written to the partial file in this boot of the machine: the kernel keeps them
/// when the process is killed, not when the machine loses power.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageCache {
    /// The kernel's boot id when they were recorded.
    pub boot: String,
    /// Written byte ranges (a superset of `done`).
    pub done: Vec<[u64; 2]>,
}

/// This boot's id (`/proc/sys/kernel/random/boot_id`), when the system has one.
pub fn boot_id() -> Option<&'static str> {
    static BOOT: OnceLock<Option<String>> = OnceLock::new();
    BOOT.get_or_init(|| {
        std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
            .ok()
            .map(|id| id.trim().to_owned())
            .filter(|id| !id.is_empty())
    })
    .as_deref()
}

impl ControlRecord {
    /// A fresh record for a download that has written nothing yet.
    pub fn new(url: String, file_name: String) -> Self {
        Self {
            format: FORMAT,
            final_url: url.clone(),
            url,
            file_name,
            ..Self::default()
        }
    }

    /// Records that the first `bytes` bytes are complete.
    pub fn set_contiguous_done(&mut self, bytes: u64) {
        self.done = if bytes == 0 {
            Vec::new()
        } else {
            vec![[0, bytes]]
        };
    }

    /// Forgets everything about the server's version: used when restarting from zero.
    pub fn reset(&mut self) {
        self.etag = None;
        self.last_modified = None;
        self.total = None;
        self.done.clear();
        self.page_cache = None;
    }

    /// The ranges that may be trusted now: those written in this boot (still in the page
    /// cache, or on disk), else only those flushed.
    pub fn usable_done(&self) -> &[[u64; 2]] {
        match (&self.page_cache, boot_id()) {
            (Some(cache), Some(boot)) if cache.boot == boot => &cache.done,
            _ => &self.done,
        }
    }
}

/// Paths of the partial file and its control file for a final path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartPaths {
    /// The final file name's path (not created until the download completes).
    pub target: PathBuf,
    /// `NAME.part`: the bytes.
    pub part: PathBuf,
    /// `NAME.part.haul`: the control file.
    pub control: PathBuf,
}

impl PartPaths {
    /// The partial and control paths for `dir/name`.
    pub fn new(dir: &Path, name: &str) -> Self {
        Self {
            target: dir.join(name),
            part: dir.join(format!("{name}{PART_SUFFIX}")),
            control: dir.join(format!("{name}{CONTROL_SUFFIX}")),
        }
    }
}

/// Reads a control file; a missing, unreadable or malformed one is `None` (never trusted).
pub fn read(path: &Path) -> Option<ControlRecord> {
    let bytes = fsutil::read_no_follow(path).ok()?;
    let record: ControlRecord = serde_json::from_slice(&bytes).ok()?;
    (record.format == FORMAT).then_some(record)
}

/// Writes a control file atomically.
pub fn write(path: &Path, record: &ControlRecord) -> io::Result<()> {
    let bytes = serde_json::to_vec_pretty(record).map_err(io::Error::other)?;
    fsutil::write_atomic(path, &bytes)
}

/// Writes a control file atomically but without waiting for the disk (no fsync).
pub fn write_quick(path: &Path, record: &ControlRecord) -> io::Result<()> {
    let bytes = serde_json::to_vec_pretty(record).map_err(io::Error::other)?;
    fsutil::replace_quick(path, &bytes)
}

/// Looks in `dir` for the control file of an unfinished download of `url` (masked form).
///
/// This is how `haul get` run twice finds its own partial file without a saved queue.
pub fn find_for_url(dir: &Path, url: &str) -> Option<(PartPaths, ControlRecord)> {
    let name = scan(dir).remove(url)?;
    open_matching(dir, &name, url)
}

/// The control files of unfinished downloads in `dir`: link -> file name.
fn scan(dir: &Path) -> HashMap<String, String> {
    let mut found = HashMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(file_name) = name.to_str().and_then(|n| n.strip_suffix(CONTROL_SUFFIX)) else {
            continue;
        };
        if let Some(record) = read(&PartPaths::new(dir, file_name).control)
            && record.file_name == file_name
        {
            found
                .entry(record.url)
                .or_insert_with(|| file_name.to_owned());
        }
    }
    found
}

fn open_matching(dir: &Path, name: &str, url: &str) -> Option<(PartPaths, ControlRecord)> {
    let paths = PartPaths::new(dir, name);
    let record = read(&paths.control)?;
    (record.url == url && record.file_name == name).then_some((paths, record))
}

/// The unfinished downloads left in folders by earlier runs, scanned once per folder: adding
/// hundreds of links to a big Downloads folder must not read it hundreds of times.
#[derive(Debug, Default)]
pub struct ControlIndex {
    dirs: Mutex<HashMap<PathBuf, Arc<HashMap<String, String>>>>,
}

impl ControlIndex {
    /// Like [`find_for_url`], from the folder's index (built on first use). Each hit is read
    /// again, so a file finished or removed since the scan is not taken.
    pub fn find(&self, dir: &Path, url: &str) -> Option<(PartPaths, ControlRecord)> {
        let cached = self
            .dirs
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(dir)
            .cloned();
        let index = match cached {
            Some(index) => index,
            None => {
                let index = Arc::new(scan(dir));
                self.dirs
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .insert(dir.to_owned(), Arc::clone(&index));
                index
            }
        };
        open_matching(dir, index.get(url)?, url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_lookup_by_url() {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths = PartPaths::new(dir.path(), "big.iso");
        let mut record = ControlRecord::new("http://h/big.iso".into(), "big.iso".into());
        record.etag = Some("\"v1\"".into());
        record.total = Some(100);
        record.set_contiguous_done(40);
        write(&paths.control, &record).expect("write");
        assert_eq!(read(&paths.control), Some(record.clone()));
        let (found, found_record) = find_for_url(dir.path(), "http://h/big.iso").expect("found");
        assert_eq!(found, paths);
        assert_eq!(found_record.done, vec![[0, 40]]);
        assert!(find_for_url(dir.path(), "http://h/other").is_none());
    }

    #[test]
    fn page_cache_ranges_count_only_in_the_boot_that_wrote_them() {
        let mut record = ControlRecord::new("http://h/f".into(), "f".into());
        record.set_contiguous_done(40);
        let Some(boot) = boot_id() else {
            eprintln!("SKIPPED: no boot id on this system");
            return;
        };
        record.page_cache = Some(PageCache {
            boot: boot.to_owned(),
            done: vec![[0, 90]],
        });
        assert_eq!(record.usable_done(), &[[0, 90]]);
        record.page_cache = Some(PageCache {
            boot: "another-boot".into(),
            done: vec![[0, 90]],
        });
        assert_eq!(record.usable_done(), &[[0, 40]]);
        record.page_cache = None;
        assert_eq!(record.usable_done(), &[[0, 40]]);
    }

    #[test]
    fn corrupt_control_file_is_not_trusted() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("x.part.haul");
        std::fs::write(&path, b"{ not json").expect("write");
        assert_eq!(read(&path), None);
    }
}
