//! Which pieces a running torrent has, kept on disk by Haul as it goes, so that a resume
//! after a quit or a crash trusts them (librqbit's fast resume checks a sample against their
//! hashes) instead of reading everything it has again. librqbit writes its own copy only
//! every 16 MiB; this one is written within a second of a change and when the torrent stops.
//!
//! A piece is claimed only once its data is on the disk: the files written to since the last
//! save are synced first, so a power cut cannot leave a claim for data that never landed.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use librqbit::api::{Api, TorrentIdOrHash};

use super::adding::Added;
use crate::engine::resources::Resources;

/// Least time between two saves while the pieces change.
const SAVE_EVERY: Duration = Duration::from_millis(500);

/// The pieces last saved for one torrent, and when.
#[derive(Default)]
pub(super) struct KnownPieces {
    saved: Vec<u8>,
    /// Each file's bytes had at the last save (the ones that grew are synced before a save).
    file_progress: Vec<u64>,
    at: Option<Instant>,
}

impl KnownPieces {
    /// Saves what `added` has when it changed and the last save is a while ago (`now`: at
    /// once, as it stops or leaves the session).
    pub fn keep(&mut self, added: &Added, resources: &Resources, now: bool) {
        if !now && self.at.is_some_and(|at| at.elapsed() < SAVE_EVERY) {
            return;
        }
        let hash = added.handle.info_hash().as_string();
        let Some(file) = resources.swarm.known_pieces_file(&hash) else {
            return;
        };
        let api = Api::new(std::sync::Arc::clone(&added.session), None);
        // Not known while its files are first checked: nothing new to say then.
        let Ok((have, _)) = api.api_dump_haves(TorrentIdOrHash::Id(added.handle.id())) else {
            return;
        };
        let have = have.as_raw_slice();
        self.at = Some(Instant::now());
        if have == self.saved.as_slice() {
            return;
        }
        let progress = added.handle.stats().file_progress;
        sync_grown_files(added, &self.file_progress, &progress);
        let written = file
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| crate::engine::files::fsutil::write_atomic(&file, have));
        if written.is_ok() {
            self.saved = have.to_vec();
            self.file_progress = progress;
        }
    }
}

/// Syncs to disk the torrent's files that grew since `before` (their bytes had).
fn sync_grown_files(added: &Added, before: &[u64], now: &[u64]) {
    let folder = added.handle.output_folder().to_path_buf();
    let grown: Vec<PathBuf> = added
        .handle
        .with_metadata(|metadata| {
            metadata
                .file_infos
                .iter()
                .enumerate()
                .filter(|(index, _)| {
                    now.get(*index).copied().unwrap_or(0) > before.get(*index).copied().unwrap_or(0)
                })
                .map(|(_, info)| folder.join(&info.relative_filename))
                .collect()
        })
        .unwrap_or_default();
    for path in grown {
        if let Ok(file) = std::fs::File::open(&path) {
            let _ = file.sync_data();
        }
    }
}
