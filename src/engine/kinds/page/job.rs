//! What a page's run is given, and the folder yt-dlp works in: beside the file, named after
//! the link, so every run of the same download finds its partial files.

use std::path::PathBuf;

use crate::engine::state::Quality;
use crate::engine::worker::Job;

/// A page's facts for the run.
pub(super) struct PageJob {
    pub job: Job,
    pub quality: Quality,
}

/// The folder yt-dlp works in for `row` (named after its link, so every run finds it).
pub(super) fn work_dir(row_dir: &std::path::Path, url: &url::Url) -> PathBuf {
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(url.as_str().as_bytes());
    let short: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    row_dir.join(format!(".{short}.haul-page"))
}

/// Deletes a work folder (only one with Haul's ending, never a link elsewhere).
pub(super) fn delete_work_dir(dir: &std::path::Path) {
    crate::engine::files::fsutil::remove_own_dir(dir, ".haul-page");
}
