//! Torrents as a kind of download, through librqbit (a complete BitTorrent engine made to be
//! embedded): a magnet link or a `.torrent` file (on disk or on the web) is added to the one
//! session every torrent shares, and the row shows its progress. Pause pauses it in the
//! session (its pieces stay, checked against their hashes when it resumes); a finished torrent
//! leaves the session (seeding is not built yet).

mod run;
mod source;

use std::sync::Arc;

use crate::engine::files::categories::Categories;
use crate::engine::net::limiter::Limit;
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::resources::Resources;
use crate::engine::state::Download;
use crate::engine::state::reporter::Reporter;
use crate::engine::state::transitions::Outcome;
use crate::engine::worker::Job;

use super::driver::{Driver, Work};
use run::TorrentJob;

/// The driver of [`Kind::Torrent`](crate::engine::state::Kind::Torrent).
pub(super) struct Torrent;

impl Driver for Torrent {
    fn prepare(&self, row: &Download, proxy: Option<ProxyChoice>) -> Box<dyn Work> {
        let job = Job::for_run(row, proxy);
        Box::new(TorrentJob { job })
    }

    fn delete_unfinished(&self, _row: &Download, _alone: bool, _categories: &Categories) {
        // librqbit keeps a torrent's files under their own names in the folder; which are
        // its own is known only to the session. Not built yet: they stay.
    }

    fn progress_on_disk(&self, row: &Download) -> Option<(u64, Option<u64>)> {
        Some((row.bytes_done, row.total_bytes))
    }
}

impl Work for TorrentJob {
    fn run(
        self: Box<Self>,
        reporter: &Reporter,
        resources: &Arc<Resources>,
        limits: [Arc<dyn Limit>; 2],
    ) -> Outcome {
        run::run(&self, reporter, resources, limits)
    }
}
