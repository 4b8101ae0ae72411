//! A cancelled torrent's files when the session does not know it (it was added in an earlier
//! run, or the session was retired since): found from the `.torrent` kept for it, under the
//! folder it was added to, and deleted with that folder once empty. Only the torrent's own
//! files go, never a link's target, and nothing outside its folder.

use std::path::{Path, PathBuf};

use crate::engine::files::fsutil;

/// The info hash (40 hex digits) of the torrent `link` names, when the link says it: a
/// magnet's `xt`, or a `.torrent` file on this machine.
pub(super) fn hash_of_link(link: &url::Url) -> Option<String> {
    if link.scheme() == "magnet" {
        return super::source::magnet_hash(link);
    }
    let path = link.to_file_path().ok()?;
    let bytes = fsutil::read_no_follow(&path).ok()?;
    torrent_hash(&bytes)
}

/// The info hash of the torrent `bytes`.
fn torrent_hash(bytes: &[u8]) -> Option<String> {
    let torrent = librqbit::torrent_from_bytes(bytes).ok()?;
    Some(torrent.info_hash.as_string())
}

/// Deletes the files of the torrent `bytes` added to `dir` (a torrent of several files has
/// a folder of its own there, deleted too once empty).
pub(super) fn delete(bytes: &[u8], dir: &Path) {
    let Ok(torrent) = librqbit::torrent_from_bytes(bytes) else {
        return;
    };
    let Ok(info) = torrent.info.data.validate() else {
        return;
    };
    let folder = super::adding::folder_of(&info, dir);
    let mut parents: Vec<PathBuf> = Vec::new();
    for file in info.iter_file_details() {
        let relative = file.filename.to_pathbuf();
        // librqbit refuses `..` and absolute names; checked again, as this deletes.
        if relative
            .components()
            .any(|part| !matches!(part, std::path::Component::Normal(_)))
        {
            continue;
        }
        let path = folder.join(&relative);
        if through_a_link(&folder, &path) {
            continue;
        }
        let _ = fsutil::remove_if_exists(&path);
        parents.extend(path.parent().map(Path::to_path_buf));
    }
    // Its folders, deepest first, each only once empty; never above its own folder.
    parents.sort_by_key(|path| std::cmp::Reverse(path.components().count()));
    parents.dedup();
    for parent in parents {
        let mut at = parent.as_path();
        while at.starts_with(&folder) && at != dir {
            if std::fs::remove_dir(at).is_err() {
                break;
            }
            match at.parent() {
                Some(up) => at = up,
                None => break,
            }
        }
    }
}

/// True when a folder on the way from `folder` (itself included) to `path` is a link: a
/// deletion there could reach outside the torrent's folder.
fn through_a_link(folder: &Path, path: &Path) -> bool {
    let mut at = path.parent();
    while let Some(dir) = at {
        if std::fs::symlink_metadata(dir).is_ok_and(|meta| meta.file_type().is_symlink()) {
            return true;
        }
        if dir == folder || !dir.starts_with(folder) {
            break;
        }
        at = dir.parent();
    }
    false
}
