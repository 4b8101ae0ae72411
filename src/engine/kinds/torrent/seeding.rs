//! Seeding a finished torrent: its row is finished (the files are complete and checked), and
//! the torrent stays in the session, giving its pieces to peers, until the goal (a ratio or
//! a time) is reached or the user, a removal or Haul quitting ends it. Then it leaves the
//! session and its files stay.

use std::sync::Arc;
use std::time::{Duration, Instant};

use librqbit::api::TorrentIdOrHash;

use super::adding::Added;
use crate::engine::net::peers::SeedGoal;
use crate::engine::resources::Resources;
use crate::engine::state::Seeding;
use crate::engine::state::reporter::SeedingLine;

/// How often the row's ratio is told.
const LOOK_EVERY: Duration = Duration::from_secs(1);

/// Seeds `added` on a thread of its own until `goal`; the row hears through `line`.
pub(super) fn start(line: SeedingLine, added: Added, goal: SeedGoal, resources: Arc<Resources>) {
    let id = line.id();
    let spawned = std::thread::Builder::new()
        .name("haul-seed".to_owned())
        .spawn({
            let resources = Arc::clone(&resources);
            move || {
                seed(&line, &added, goal, &resources);
                leave(&added, &resources);
                line.report(None);
                resources.swarm.seeding_ended(id);
            }
        });
    if spawned.is_err() {
        // No thread: no seeding; it stays in the session paused until Haul quits.
        resources.swarm.seeding_ended(id);
    }
}

/// Reports the seeding until its goal or a stop.
fn seed(line: &SeedingLine, added: &Added, goal: SeedGoal, resources: &Resources) {
    let started = Instant::now();
    let mut facts = super::facts::FactsReader::default();
    while !line.stop_requested() {
        super::limits::follow(&added.session, resources);
        let stats = added.handle.stats();
        if stats.error.is_some() {
            return;
        }
        let seeding = Seeding {
            sent: stats.uploaded_bytes,
            size: stats.total_bytes,
            bytes_per_sec: stats
                .live
                .as_ref()
                .map_or(0, |live| live.upload_speed.as_bytes()),
            secs: started.elapsed().as_secs(),
            goal,
        };
        line.report(Some(seeding));
        let read = facts.read(&added.handle, &stats);
        line.details(|details| details.kind_facts = read);
        if seeding.done() {
            return;
        }
        std::thread::sleep(LOOK_EVERY);
    }
}

/// Takes the torrent out of the session, its files kept.
fn leave(added: &Added, resources: &Resources) {
    let session = Arc::clone(&added.session);
    let id = TorrentIdOrHash::Id(added.handle.id());
    let (tx, rx) = std::sync::mpsc::channel();
    resources.net().spawn(async move {
        let _ = tx.send(session.delete(id, false).await);
    });
    let _ = rx.recv_timeout(Duration::from_secs(10));
}
