//! Seeding taken up again at a start: a finished torrent whose row still seeds (Haul quit
//! before its goal) is added to the session again, its files checked against their hashes,
//! and seeds on from what it had sent. If its files are no longer complete (moved, deleted,
//! changed) or its metadata cannot be had, it does not seed and the row says so no more.

use std::sync::Arc;
use std::time::Duration;

use super::adding::{self, Added, Wanted};
use super::seeding::{self, Before};
use super::source::{self, Source};
use crate::engine::kinds::waiting::until;
use crate::engine::resources::Resources;
use crate::engine::state::Download;
use crate::engine::state::reporter::SeedingLine;

/// Longest wait for the torrent to be added and its files checked.
const READY_WAIT: Duration = Duration::from_secs(600);
/// How often the check of its files is looked at.
const LOOK_EVERY: Duration = Duration::from_millis(200);

/// Takes up `row`'s seeding on a thread of its own; the row hears through `line`.
pub(crate) fn reseed(line: SeedingLine, row: &Download, resources: Arc<Resources>) {
    let Some(seeding) = row.seeding else {
        return;
    };
    let (url, dir, only_files) = (row.url.clone(), row.dir.clone(), row.only_files.clone());
    let before = Before {
        sent: seeding.sent,
        secs: seeding.secs,
    };
    let spawned = std::thread::Builder::new()
        .name("haul-reseed".to_owned())
        .spawn({
            let resources = Arc::clone(&resources);
            move || {
                let wanted = Wanted {
                    dir,
                    only_files: only_files.map(|files| files.to_vec()),
                    limit: None,
                };
                match ready(&line, &url, wanted, &resources) {
                    Ok(added) => {
                        seeding::start(line, added, seeding.goal, before, resources);
                    }
                    Err(hash) => seeding::ended(&line, &resources, hash.as_deref()),
                }
            }
        });
    if spawned.is_err() {
        resources.swarm.seeding_ended(row.id);
    }
}

/// The torrent added again with every chosen piece checked here; when it cannot be (or Haul
/// is quitting first), its info hash if known.
fn ready(
    line: &SeedingLine,
    url: &url::Url,
    wanted: Wanted,
    resources: &Arc<Resources>,
) -> Result<Added, Option<String>> {
    let stopped = || line.stop_requested();
    // A magnet's `.torrent` was kept when it began to seed: no peer is needed for it.
    let hash = source::magnet_hash(url);
    let kept = hash
        .as_deref()
        .and_then(|hash| resources.swarm.kept_metadata(hash));
    let source = match (source::of(url), kept) {
        (Ok(Source::Magnet { peers, .. }), Some(torrent)) => (Source::File(torrent), peers),
        (Ok(Source::Magnet { link, peers }), None) => (
            Source::Magnet {
                link,
                peers: peers.clone(),
            },
            peers,
        ),
        (Ok(Source::Web(link)), _) => {
            let client = resources.tuning().client;
            let fetched = until(resources, stopped, async move {
                source::fetch(&client, &link, None).await
            });
            match fetched {
                Some(Ok(bytes)) => (Source::File(bytes), Vec::new()),
                _ => return Err(hash),
            }
        }
        (Ok(file), _) => (file, Vec::new()),
        (Err(_), _) => return Err(hash),
    };
    let (source, peers) = source;
    let into = adding::into_swarm(Arc::clone(resources), line.id(), source, peers, wanted);
    let added = until(resources, stopped, into);
    let Some(Ok(added)) = added else {
        return Err(hash);
    };
    if wait_until_checked(line, &added) {
        Ok(added)
    } else {
        seeding::leave(&added, resources);
        Err(Some(added.handle.info_hash().as_string()))
    }
}

/// Waits for the check of the files; true when every chosen piece is there.
fn wait_until_checked(line: &SeedingLine, added: &Added) -> bool {
    let deadline = std::time::Instant::now() + READY_WAIT;
    while std::time::Instant::now() < deadline && !line.stop_requested() {
        let stats = added.handle.stats();
        if stats.error.is_some() {
            return false;
        }
        if !matches!(
            stats.state,
            librqbit::TorrentStatsState::Initializing { .. }
        ) {
            return stats.finished;
        }
        std::thread::sleep(LOOK_EVERY);
    }
    false
}
