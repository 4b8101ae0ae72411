//! What the rows keep for torrents alone: the files chosen, the seeding shown, and a row's
//! own seeding goal (which a seeding in progress follows as it changes).

use std::sync::Arc;

use super::State;
use crate::engine::net::peers::SeedGoal;
use crate::engine::state::download::DownloadId;

impl State {
    /// A finished torrent seeds (or, `None`, no longer does): what its row shows.
    pub fn set_seeding(
        &mut self,
        id: DownloadId,
        seeding: Option<crate::engine::state::seeding::Seeding>,
    ) {
        self.change_row(id, |row| {
            let changed = row.seeding != seeding;
            row.seeding = seeding;
            changed
        });
    }

    /// The files of `id`'s torrent the user chose (`None`: all).
    pub fn only_files(&self, id: DownloadId) -> Option<Arc<[usize]>> {
        self.index(id)
            .and_then(|index| self.rows[index].only_files.clone())
    }

    /// Chooses which files of `id`'s torrent it fetches; false when it is not a torrent.
    pub fn choose_files(&mut self, id: DownloadId, files: Option<Arc<[usize]>>) -> bool {
        self.change_row(id, |row| {
            if row.kind != crate::engine::state::kind::Kind::Torrent || row.only_files == files {
                return false;
            }
            row.only_files = files;
            true
        })
    }

    /// Gives `id`'s torrent its own seeding goal (`None`: the settings'); one seeding now
    /// follows it at once. False when it is not a torrent.
    pub fn set_seed_goal(&mut self, id: DownloadId, goal: Option<SeedGoal>) -> bool {
        self.change_row(id, |row| {
            if row.kind != crate::engine::state::kind::Kind::Torrent || row.seed_goal == goal {
                return false;
            }
            row.seed_goal = goal;
            true
        })
    }

    /// `id`'s own seeding goal, if it was given one.
    pub fn seed_goal(&self, id: DownloadId) -> Option<SeedGoal> {
        self.row(id).and_then(|row| row.seed_goal)
    }
}
