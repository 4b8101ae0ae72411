//! At a start, the seeding of finished torrents that still seeded when Haul last quit is
//! taken up again (each on a thread of its own, as a seeding that follows a download).

use std::sync::Arc;

use crate::engine::kinds::torrent;

/// Takes up the seeding of finished torrents that still seeded when Haul last quit.
pub(super) fn take_up(shared: &Arc<super::shared::Shared>) {
    let rows: Vec<Arc<crate::engine::state::Download>> = shared
        .lock()
        .rows()
        .iter()
        .filter(|row| row.status == crate::engine::state::Status::Finished && row.seeding.is_some())
        .cloned()
        .collect();
    for row in rows {
        let signal = shared.resources.swarm.seeding_started(row.id);
        let desk = Arc::new(super::scheduler::SharedDesk(Arc::clone(shared)));
        let line = crate::engine::state::reporter::SeedingLine::new(row.id, desk, signal);
        torrent::reseed::reseed(line, &row, Arc::clone(&shared.resources));
    }
}
