//! Where a finished file came from, kept in the file itself as extended attributes.
//!
//! `user.xdg.origin.url` is the freedesktop convention (Chrome and `wget --xattr` write it; file
//! managers show it): the link without its user name and password. `user.haul.origin` holds
//! Haul's validators (size, ETag, Last-Modified, when it finished) as JSON. A rerun or a re-add
//! of the same link finds them and asks the server once whether the file is still the same,
//! instead of fetching it again. File systems without extended attributes simply lack them:
//! Haul is then less clever, never wrong.

use std::collections::HashMap;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use serde::{Deserialize, Serialize};
use url::Url;

/// The freedesktop attribute for the link a file came from.
pub const ORIGIN_URL_ATTR: &str = "user.xdg.origin.url";
/// Haul's own attribute with the validators.
pub const HAUL_ORIGIN_ATTR: &str = "user.haul.origin";
/// Longest attribute value read.
const MAX_ATTR_BYTES: usize = 8 * 1024;

/// What a finished file remembers about its origin.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The link, without user name or password.
    #[serde(skip)]
    pub url: String,
    /// The file's size.
    pub size: Option<u64>,
    /// The server's entity tag for this version.
    pub etag: Option<String>,
    /// The server's Last-Modified for this version.
    pub last_modified: Option<String>,
    /// Seconds since the Unix epoch when it finished.
    pub finished_unix: Option<u64>,
}

impl Origin {
    /// True when a server's answer (its total size and validators) describes this same file:
    /// the sizes agree and a strong ETag, else Last-Modified, matches.
    pub fn same_version(
        &self,
        size: Option<u64>,
        etag: Option<&str>,
        last_modified: Option<&str>,
    ) -> bool {
        if self.size.is_none() || self.size != size {
            return false;
        }
        if size == Some(0) {
            // Two empty files hold the same bytes, whatever their validators say.
            return true;
        }
        match (self.etag.as_deref(), etag) {
            (Some(ours), Some(theirs)) if !ours.starts_with("W/") => return ours == theirs,
            _ => {}
        }
        matches!((self.last_modified.as_deref(), last_modified), (Some(a), Some(b)) if a == b)
    }
}

/// The link as an origin: no user name, no password, no fragment.
pub fn origin_url(url: &Url) -> String {
    let mut clean = url.clone();
    let _ = clean.set_username("");
    let _ = clean.set_password(None);
    clean.set_fragment(None);
    clean.to_string()
}

/// Records `origin` on an open file (best effort: a file system without extended attributes
/// is not an error).
pub fn write(file: &File, origin: &Origin) {
    let flags = rustix::fs::XattrFlags::empty();
    if let Err(err) = rustix::fs::fsetxattr(file, ORIGIN_URL_ATTR, origin.url.as_bytes(), flags) {
        log::debug!("no origin attribute on this file system: {err}");
        return;
    }
    write_validators(file, origin);
}

/// Records only the validators of `origin` (the file carries its link already).
pub fn write_validators(file: &File, origin: &Origin) {
    if let Ok(json) = serde_json::to_vec(origin) {
        let _ = rustix::fs::fsetxattr(
            file,
            HAUL_ORIGIN_ATTR,
            &json,
            rustix::fs::XattrFlags::empty(),
        );
    }
}

/// What `path` remembers about its origin, if anything (a symlink is not followed).
pub fn read(path: &Path) -> Option<Origin> {
    let url = read_attr(path, ORIGIN_URL_ATTR)?;
    let url = String::from_utf8(url).ok()?;
    let mut origin: Origin = read_attr(path, HAUL_ORIGIN_ATTR)
        .and_then(|json| serde_json::from_slice(&json).ok())
        .unwrap_or_default();
    origin.url = url;
    Some(origin)
}

fn read_attr(path: &Path, name: &str) -> Option<Vec<u8>> {
    let mut buffer = vec![0u8; MAX_ATTR_BYTES];
    let len = rustix::fs::lgetxattr(path, name, &mut buffer[..]).ok()?;
    buffer.truncate(len);
    Some(buffer)
}

/// Finished files in folders, by the link they came from, scanned once per folder (a big
/// Downloads folder is read once, not once per added link). Files Haul finishes itself are
/// added as they finish.
#[derive(Debug, Default)]
pub struct OriginIndex {
    dirs: Mutex<HashMap<PathBuf, Arc<Mutex<Folder>>>>,
}

/// One folder's finished files: origin link -> file names.
type Folder = HashMap<String, Vec<String>>;

impl OriginIndex {
    /// Names of files in `dir` that came from `url` (as [`origin_url`] writes it), each read
    /// again so a file removed or replaced since the scan is not taken.
    pub fn find(&self, dir: &Path, url: &str) -> Vec<(String, Origin)> {
        let names = self
            .folder(dir)
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(url)
            .cloned()
            .unwrap_or_default();
        names
            .into_iter()
            .filter_map(|name| {
                let origin = read(&dir.join(&name))?;
                (origin.url == url).then_some((name, origin))
            })
            .collect()
    }

    /// Notes a file Haul just finished.
    pub fn add(&self, dir: &Path, url: &str, name: &str) {
        let folder = self.folder(dir);
        let mut folder = folder.lock().unwrap_or_else(PoisonError::into_inner);
        let names = folder.entry(url.to_owned()).or_default();
        if !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    }

    fn folder(&self, dir: &Path) -> Arc<Mutex<Folder>> {
        if let Some(found) = self
            .dirs
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(dir)
        {
            return Arc::clone(found);
        }
        let scanned = Arc::new(Mutex::new(scan(dir)));
        Arc::clone(
            self.dirs
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .entry(dir.to_owned())
                .or_insert(scanned),
        )
    }
}

fn scan(dir: &Path) -> Folder {
    let mut found = Folder::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        if !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        if let Some(url) = read_attr(&entry.path(), ORIGIN_URL_ATTR)
            .and_then(|bytes| String::from_utf8(bytes).ok())
        {
            found.entry(url).or_default().push(name);
        }
    }
    found
}

/// The finished files in `dir` that carry an origin: origin link -> (file name, origin). When
/// several came from one link, the most recent is kept. Reads the folder (for a background
/// task, not a window's frame).
pub fn finished_in(dir: &Path) -> HashMap<String, (String, Origin)> {
    let mut found: HashMap<String, (String, Origin)> = HashMap::new();
    for (url, names) in scan(dir) {
        for name in names {
            let Some(origin) = read(&dir.join(&name)) else {
                continue;
            };
            let newer = found
                .get(&url)
                .is_none_or(|(_, known)| origin.finished_unix > known.finished_unix);
            if newer {
                found.insert(url.clone(), (name, origin));
            }
        }
    }
    found
}

/// True when the file system holding `dir` keeps user extended attributes (for tests and
/// messages).
pub fn supported_in(dir: &Path) -> io::Result<bool> {
    let probe = dir.join(format!(".haul-xattr-probe-{}", std::process::id()));
    let file = File::create(&probe)?;
    let ok = rustix::fs::fsetxattr(
        &file,
        ORIGIN_URL_ATTR,
        b"x",
        rustix::fs::XattrFlags::empty(),
    )
    .is_ok();
    drop(file);
    let _ = std::fs::remove_file(&probe);
    Ok(ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_url_has_no_secrets() {
        let url = Url::parse("https://bob:s3cret@example.com/f.iso?x=1#part").expect("url");
        assert_eq!(origin_url(&url), "https://example.com/f.iso?x=1");
    }

    #[test]
    fn same_version_needs_size_and_a_validator() {
        let origin = Origin {
            url: "u".into(),
            size: Some(10),
            etag: Some("\"a\"".into()),
            last_modified: Some("Mon".into()),
            finished_unix: None,
        };
        assert!(origin.same_version(Some(10), Some("\"a\""), None));
        assert!(!origin.same_version(Some(10), Some("\"b\""), Some("Mon")));
        assert!(!origin.same_version(Some(11), Some("\"a\""), None));
        assert!(origin.same_version(Some(10), None, Some("Mon")));
        assert!(!origin.same_version(Some(10), None, None));
        let empty = Origin {
            size: Some(0),
            etag: None,
            last_modified: None,
            ..origin
        };
        assert!(empty.same_version(Some(0), None, None));
        assert!(!empty.same_version(Some(1), None, None));
    }

    #[test]
    fn written_origin_is_found_again() {
        let dir = tempfile::tempdir().expect("temp dir");
        if !supported_in(dir.path()).expect("probe") {
            eprintln!("SKIPPED: no user extended attributes here");
            return;
        }
        let path = dir.path().join("f.iso");
        let file = File::create(&path).expect("create");
        let origin = Origin {
            url: "https://example.com/f.iso".into(),
            size: Some(3),
            etag: Some("\"v\"".into()),
            last_modified: None,
            finished_unix: Some(5),
        };
        write(&file, &origin);
        assert_eq!(read(&path), Some(origin.clone()));
        let index = OriginIndex::default();
        let found = index.find(dir.path(), "https://example.com/f.iso");
        assert_eq!(found, vec![("f.iso".to_owned(), origin)]);
        assert!(
            index
                .find(dir.path(), "https://example.com/other")
                .is_empty()
        );
    }
}
