//! Which rows have a metadata step as aria2 shows one (see `metadata_step`), and the step's
//! id: the row's with a high bit set.

use crate::engine::state::Kind;
use crate::engine::{Download, DownloadId};

/// The bit that marks a metadata step's id (row ids count up from 1, far below it).
const STEP_BIT: u64 = 1 << 62;

/// The GID of `id`'s metadata step.
pub fn step_of(id: DownloadId) -> DownloadId {
    DownloadId(id.0 | STEP_BIT)
}

/// The row whose metadata step `id` is, if it is one.
pub fn row_of_step(id: DownloadId) -> Option<DownloadId> {
    (id.0 & STEP_BIT != 0).then_some(DownloadId(id.0 & !STEP_BIT))
}

/// True when `download` has a metadata step: a torrent named by a magnet or a web link.
pub fn has_step(download: &Download) -> bool {
    download.kind == Kind::Torrent && has_step_link(&download.url)
}

/// True when a torrent named by `link` has a metadata step.
pub fn has_step_link(link: &url::Url) -> bool {
    matches!(link.scheme(), "magnet" | "http" | "https")
}

/// True once the torrent's metadata is here (its size is known): the step is complete.
pub fn metadata_known(download: &Download) -> bool {
    download.total_bytes.is_some()
}
