//! Where a stream keeps what it downloaded until it is one file: a folder beside it,
//! `NAME.haul-stream/`, with the plan (the playlists it follows, so a resume takes the same
//! variant) and one file per segment, put in place whole (written as `.tmp`, renamed when
//! complete and decrypted). A segment file that exists is done: a pause, a quit or a kill
//! resumes with the segments still missing, never fetching a finished one again.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The ending of a stream's parts folder.
const FOLDER_ENDING: &str = ".haul-stream";
const PLAN_FILE: &str = "plan.json";

/// What a stream follows, saved so a resume takes the same variant.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub(super) struct SavedPlan {
    /// The playlists of its tracks, video (or the only one) first.
    pub tracks: Vec<SavedTrack>,
    /// The chosen variant's width and height.
    #[serde(default)]
    pub resolution: Option<(u32, u32)>,
}

/// One track's media playlist as it was read.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub(super) struct SavedTrack {
    /// `v` for video (or muxed), `a` for separate audio.
    pub label: String,
    /// Where the playlist is (segments are relative to it).
    pub url: String,
    /// Its text.
    pub text: String,
    /// The representation it takes, when the text is a DASH manifest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representation: Option<String>,
}

/// The parts folder of one stream.
#[derive(Clone, Debug)]
pub(super) struct Parts {
    pub dir: PathBuf,
}

impl Parts {
    /// The folder for the stream saved as `name` in `dir`.
    pub fn of(dir: &Path, name: &str) -> Parts {
        Parts {
            dir: dir.join(format!("{name}{FOLDER_ENDING}")),
        }
    }

    /// Creates the folder (and its parents).
    pub fn create(&self) -> io::Result<()> {
        fs::create_dir_all(&self.dir)
    }

    /// The plan saved by an earlier run, if any.
    pub fn plan(&self) -> Option<SavedPlan> {
        let bytes = fs::read(self.dir.join(PLAN_FILE)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Saves the plan.
    pub fn save_plan(&self, plan: &SavedPlan) -> io::Result<()> {
        let bytes = serde_json::to_vec(plan).map_err(io::Error::other)?;
        crate::engine::files::fsutil::write_atomic(&self.dir.join(PLAN_FILE), &bytes)
    }

    /// The file of a piece named `name` (a segment or an init section).
    pub fn piece(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// Bytes of the pieces finished so far.
    pub fn bytes_done(&self) -> u64 {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return 0;
        };
        entries
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "seg"))
            .filter_map(|e| e.metadata().ok())
            .map(|m| m.len())
            .sum()
    }

    /// Deletes the folder and everything in it (only a folder with Haul's ending, never a
    /// link to elsewhere).
    pub fn delete(&self) {
        crate::engine::files::fsutil::remove_own_dir(&self.dir, FOLDER_ENDING);
    }
}
