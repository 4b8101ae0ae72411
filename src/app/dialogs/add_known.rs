//! What the Add dialog knows of its links before adding them: which are already in the list,
//! which were downloaded into the chosen folder before, and which unfinished download a link
//! could continue. Plain lookups, kept apart from the dialog's drawing.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// An unfinished download in the list, to which a pasted link of the same file name may be
/// attached instead of starting the file again.
#[derive(Clone, Debug, PartialEq)]
pub struct Unfinished {
    /// The download.
    pub id: crate::engine::DownloadId,
    /// Its file name.
    pub name: String,
    /// Bytes it has.
    pub done: u64,
    /// Its size, when known.
    pub total: Option<u64>,
}

/// Why a link is not added unless ticked.
pub(super) enum Known {
    InList(String),
    Downloaded { name: String, when: Option<u64> },
}

/// What the list and the chosen folder already hold.
#[derive(Debug, Default)]
pub(super) struct AlreadyThere {
    /// Links already in the list: link -> its status in words.
    pub(super) in_list: HashMap<String, String>,
    /// Files in the chosen folder by the link they came from: origin link -> (name, when).
    downloaded: HashMap<String, (String, Option<u64>)>,
    /// The folder `downloaded` describes.
    scanned_dir: Option<PathBuf>,
    /// Unfinished downloads a new link could be attached to (paused or failed, with bytes).
    pub(super) unfinished: Vec<Unfinished>,
    /// Known links the user ticked to add again.
    pub(super) again: std::collections::HashSet<String>,
    /// Links the user chose to add as new downloads rather than attach.
    pub(super) attach_declined: std::collections::HashSet<String>,
}

impl AlreadyThere {
    /// The unfinished download a link could continue: one whose file name is the link's.
    pub(super) fn attach_target(&self, url: &url::Url) -> Option<&Unfinished> {
        if self.in_list.contains_key(url.as_str()) {
            return None;
        }
        let name = crate::engine::files::naming::name_from_url(url)?;
        self.unfinished.iter().find(|row| row.name == name)
    }

    /// `dir`, when its finished files have not been looked at yet (remembered as looked at).
    pub(super) fn folder_to_scan(&mut self, dir: PathBuf) -> Option<PathBuf> {
        if dir.as_os_str().is_empty() || self.scanned_dir.as_ref() == Some(&dir) {
            return None;
        }
        self.scanned_dir = Some(dir.clone());
        Some(dir)
    }

    /// What `dir` holds, by origin link; kept only while `dir` is still the folder chosen.
    pub(super) fn set_downloaded(
        &mut self,
        dir: &Path,
        found: HashMap<String, (String, Option<u64>)>,
    ) {
        if self.scanned_dir.as_deref() == Some(dir) {
            self.downloaded = found;
        }
    }

    /// Why `url` would not be added unless ticked, if it would not.
    pub(super) fn known(&self, url: &url::Url) -> Option<Known> {
        if let Some(status) = self.in_list.get(url.as_str()) {
            return Some(Known::InList(status.clone()));
        }
        let (name, when) = self
            .downloaded
            .get(&crate::engine::files::origin::origin_url(url))?;
        Some(Known::Downloaded {
            name: name.clone(),
            when: *when,
        })
    }
}
