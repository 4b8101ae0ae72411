//! Programs a kind of download hands work to (ffmpeg joins tracks, yt-dlp fetches video
//! pages), found when needed: an environment variable naming a copy elsewhere, else `PATH`.

use std::path::{Path, PathBuf};

/// `name` on `PATH`, or the file `override_var` names.
pub(crate) fn find(name: &str, override_var: &str) -> Option<PathBuf> {
    if let Some(given) = std::env::var_os(override_var) {
        return Some(PathBuf::from(given)).filter(|p| is_executable(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}
