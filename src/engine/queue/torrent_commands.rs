//! What the window and the remote control ask of torrents beyond any download's commands:
//! their files before one is added, which of them a running one fetches, and the end of a
//! finished one's seeding.

use std::sync::Arc;
use std::time::Duration;

use url::Url;

use super::handle::Engine;
use crate::engine::kinds::torrent;
use crate::engine::kinds::torrent::listing::TorrentListing;
use crate::engine::state::DownloadId;

impl Engine {
    /// The files of the torrent `link` names (a magnet's come from its peers, waited for at
    /// most `wait`), without adding it. Blocks: call it off the window's thread. `Err`: why
    /// not, in the library's words.
    pub fn torrent_files(
        &self,
        link: &Url,
        dir: std::path::PathBuf,
        wait: Duration,
    ) -> Result<TorrentListing, String> {
        torrent::list(&self.shared.resources, link, dir, wait)
    }

    /// Chooses which files of torrent `id` it fetches (`None`: all); a running torrent
    /// follows within a moment. False when `id` is not a torrent or nothing changed.
    pub fn choose_files(&self, id: DownloadId, files: Option<Vec<usize>>) -> bool {
        let files = files.filter(|files| !files.is_empty()).map(Arc::from);
        let changed = self.shared.lock().choose_files(id, files);
        if changed {
            self.shared.changed();
        }
        changed
    }

    /// Ends the seeding of finished torrents (their files stay).
    pub fn stop_seeding(&self, ids: &[DownloadId]) {
        for &id in ids {
            self.shared.resources.swarm.stop_seeding(id);
        }
    }

    /// How long torrents that finish from now on seed.
    pub fn set_seed_goal(&self, goal: crate::engine::net::peers::SeedGoal) {
        self.shared
            .resources
            .retune(|tuning| tuning.peers.seed = goal);
    }

    /// Gives torrents their own seeding goal (`None`: the settings'); one that seeds now
    /// follows it at once, the others when they finish.
    pub fn set_own_seed_goal(
        &self,
        ids: &[DownloadId],
        goal: Option<crate::engine::net::peers::SeedGoal>,
    ) {
        self.command(ids, |state, id| {
            state.set_seed_goal(id, goal);
        });
    }

    /// True while a finished torrent seeds.
    pub fn any_seeding(&self) -> bool {
        self.shared.resources.swarm.any_seeding()
    }
}
