//! Seeding a finished torrent: its row is finished (the files are complete and checked), and
//! the torrent stays in the session, giving its pieces to peers, until the goal (a ratio or
//! a time) is reached or the user, a removal or Haul quitting ends it. Then it leaves the
//! session and its files stay. Haul quitting keeps what the row says, so the next start takes
//! the seeding up again where it was (see `reseed`).

use std::sync::Arc;
use std::time::{Duration, Instant};

use librqbit::api::TorrentIdOrHash;

use super::adding::Added;
use crate::engine::kinds::waiting::within;
use crate::engine::net::peers::SeedGoal;
use crate::engine::resources::Resources;
use crate::engine::state::Seeding;
use crate::engine::state::reporter::SeedingLine;

/// Longest wait for the session to let the torrent go.
const LEAVE_WAIT: Duration = Duration::from_secs(10);

/// How often the row's ratio is told.
const LOOK_EVERY: Duration = Duration::from_secs(1);

/// What a seeding had done before this run (in an earlier run of Haul).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Before {
    pub sent: u64,
    pub secs: u64,
}

/// Seeds `added` on a thread of its own until `goal`; the row hears through `line`.
pub(super) fn start(
    line: SeedingLine,
    added: Added,
    goal: SeedGoal,
    before: Before,
    resources: Arc<Resources>,
) {
    let id = line.id();
    // The row seeds from the moment it finishes (never "finished, not seeding" between).
    line.report(Some(Seeding {
        sent: before.sent,
        size: added.handle.stats().total_bytes,
        bytes_per_sec: 0,
        secs: before.secs,
        goal,
    }));
    let hash = added.handle.info_hash().as_string();
    // Every piece: a seeding taken up at the next start checks a sample, not everything.
    super::known_pieces::KnownPieces::default().keep(&added, &resources, true);
    let spawned = std::thread::Builder::new()
        .name("haul-seed".to_owned())
        .spawn({
            let resources = Arc::clone(&resources);
            move || {
                seed(&line, &added, goal, before, &resources);
                leave(&added, &resources);
                ended(&line, &resources, Some(&hash));
            }
        });
    if spawned.is_err() {
        // No thread: no seeding; it stays in the session paused until Haul quits.
        resources.swarm.seeding_ended(id);
    }
}

/// The seeding is over: the row says so and its kept `.torrent` goes, unless Haul is quitting
/// (then both stay, the row saved, for the next start to take up).
pub(super) fn ended(line: &SeedingLine, resources: &Resources, hash: Option<&str>) {
    if line.stop_request() != Some(crate::engine::signal::StopRequest::Shutdown) {
        line.report(None);
        if let Some(hash) = hash {
            resources.swarm.forget(hash);
        }
    }
    line.save();
    resources.swarm.seeding_ended(line.id());
}

/// Reports the seeding until its goal or a stop.
fn seed(line: &SeedingLine, added: &Added, goal: SeedGoal, before: Before, resources: &Resources) {
    let started = Instant::now();
    let mut saved = false;
    let mut facts = super::facts::FactsReader::default();
    while !line.stop_requested() {
        super::limits::follow(&added.session, resources);
        // Its own goal, changed while it seeds (over the remote control), holds at once.
        let goal = line.own_goal().unwrap_or(goal);
        let stats = added.handle.stats();
        if stats.error.is_some() {
            return;
        }
        let seeding = Seeding {
            sent: before.sent + stats.uploaded_bytes,
            size: stats.total_bytes,
            bytes_per_sec: stats
                .live
                .as_ref()
                .map_or(0, |live| live.upload_speed.as_bytes()),
            secs: before.secs + started.elapsed().as_secs(),
            goal,
        };
        line.report(Some(seeding));
        if !saved {
            // Saved once it seeds, so that a crash does not lose it either.
            line.save();
            saved = true;
        }
        let read = facts.read(&added.handle, &stats, resources);
        line.details(|details| details.kind_facts = read);
        if seeding.done() {
            return;
        }
        std::thread::sleep(LOOK_EVERY);
    }
}

/// Takes the torrent out of the session, its files kept.
pub(super) fn leave(added: &Added, resources: &Resources) {
    let session = Arc::clone(&added.session);
    let id = TorrentIdOrHash::Id(added.handle.id());
    let _ = within(resources, LEAVE_WAIT, async move {
        session.delete(id, false).await
    });
}
