//! What sort of thing a row downloads, and its files as every front end lists them. A row is
//! an HTTP file today; streams (a playlist of segments) and torrents (many files) come as
//! further kinds. The queue, limits, scheduler, undo, the window and the remote control read
//! only what is here and in the row, so they never ask which kind a row is; the engine's
//! `kinds` table is the one place that does.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// The kind of download a row is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// One file from an HTTP(S) link, in ranges over as many connections as pay off.
    #[default]
    Http,
}

impl Kind {
    /// The kind a row saved before kinds existed has, and the one the saved list leaves out.
    pub fn is_http(&self) -> bool {
        *self == Kind::Http
    }
}

/// One file of a download, as lists of files show it (aria2's `getFiles`, the details).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileOf {
    /// Where it is or will be, once its name is known.
    pub path: Option<PathBuf>,
    /// Its size, when known.
    pub length: Option<u64>,
    /// Bytes of it on hand.
    pub done: u64,
    /// Whether it is being downloaded (a torrent's files can be left out).
    pub selected: bool,
}
