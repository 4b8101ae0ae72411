//! Torrents as a kind of download, through librqbit (a complete BitTorrent engine made to be
//! embedded): a magnet link or a `.torrent` file (on disk or on the web) is added to the one
//! session every torrent shares, and the row shows its progress. Pause pauses it in the
//! session (its pieces stay, checked against their hashes); a finished torrent seeds to its
//! goal, then leaves the session; a cancel's files go when its undo time is over.

mod adding;
mod facts;
mod known_pieces;
mod leftovers;
mod limits;
pub mod listing;
pub(crate) mod reseed;
mod run;
mod seeding;
pub(crate) mod source;
mod tracker_watch;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use librqbit::api::TorrentIdOrHash;

use crate::engine::net::limiter::Limit;
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::resources::Resources;
use crate::engine::state::Download;
use crate::engine::state::reporter::Reporter;
use crate::engine::state::transitions::Outcome;
use crate::engine::worker::Job;

use super::driver::{Driver, Work};
use super::waiting::within;
use listing::TorrentListing;
use run::TorrentJob;

/// The driver of [`Kind::Torrent`](crate::engine::state::Kind::Torrent).
pub(super) struct Torrent;

/// Longest a cancelled torrent's deletion waits for the session.
const DELETE_WAIT: Duration = Duration::from_secs(10);

impl Driver for Torrent {
    fn prepare(&self, row: &Download, proxy: Option<ProxyChoice>) -> Box<dyn Work> {
        let job = Job::for_run(row, proxy);
        Box::new(TorrentJob {
            id: row.id,
            job,
            seed_goal: row.seed_goal,
        })
    }

    fn delete_unfinished(&self, row: &Download, _alone: bool, resources: &Resources) {
        let hash = resources
            .swarm
            .hash_of(row.id)
            .map(|hash| hash.as_string())
            .or_else(|| leftovers::hash_of_link(&row.url));
        let Some(hash) = hash else {
            // A web link's torrent never added in this run: its files are not known.
            return;
        };
        let known = resources.swarm.started().and_then(|session| {
            let id = TorrentIdOrHash::Hash(librqbit::dht::Id20::from_str(&hash).ok()?);
            session.get(id).map(|handle| (session, handle))
        });
        match known {
            // Which files are the torrent's own is known to the session: it deletes them
            // (and only them); a torrent of several files had a folder of its own.
            Some((session, handle)) => {
                let folder = handle.output_folder().to_path_buf();
                let id = TorrentIdOrHash::Id(handle.id());
                let _ = within(resources, DELETE_WAIT, async move {
                    session.delete(id, true).await
                });
                if folder != row.dir {
                    let _ = std::fs::remove_dir(&folder);
                }
            }
            // Added in an earlier run: its kept `.torrent` says which files are its own.
            None => {
                if let Some(torrent) = resources.swarm.kept_metadata(&hash) {
                    leftovers::delete(&torrent, &row.dir);
                }
            }
        }
        resources.swarm.forget(&hash);
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

/// The files of the torrent `link` names, read without starting it (a magnet's come from
/// its peers: at most `wait`). `Err`: why not, in the library's words.
pub(crate) fn list(
    resources: &Arc<Resources>,
    link: &url::Url,
    dir: std::path::PathBuf,
    wait: Duration,
) -> Result<TorrentListing, String> {
    let source = source::of(link)?;
    let peer_settings = resources.tuning().peers;
    let for_task = Arc::clone(resources);
    let listed = within(resources, wait, async move {
        let (session, _busy) = for_task.swarm.session(&peer_settings, dir).await?;
        adding::metadata(&session, source).await
    });
    match listed {
        Some(listed) => listed.map(|listed| adding::listing(&listed)),
        None => Err("no peer sent the torrent's file list in time".to_owned()),
    }
}
