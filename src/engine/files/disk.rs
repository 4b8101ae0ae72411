//! Free space on the disk that holds a folder, for the status bar and for warnings.

use std::io;
use std::path::Path;

/// Bytes available to this user on the file system holding `path` (the nearest existing
/// ancestor is used when `path` does not exist yet).
pub fn free_space(path: &Path) -> io::Result<u64> {
    let existing = path
        .ancestors()
        .find(|p| p.exists())
        .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no existing folder"))?;
    let stats = rustix::fs::statvfs(existing)?;
    Ok(stats.f_bavail.saturating_mul(stats.f_frsize))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_space_for_missing_subfolders_too() {
        let dir = tempfile::tempdir().expect("temp dir");
        let here = free_space(dir.path()).expect("statvfs");
        let below = free_space(&dir.path().join("not/yet/there")).expect("statvfs");
        assert!(here > 0);
        assert!(below.abs_diff(here) < 64 * 1024 * 1024);
    }
}
