//! Things the engine tells the user that are not about one row: a saved file it could not
//! read, the list it could not save, a partial file it set aside. Typed here; the words are
//! chosen at the edge (`crate::describe::notice`).

use std::path::PathBuf;

/// A file the engine keeps between runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedFile {
    /// The download list (`queue.json`).
    DownloadList,
    /// The passwords of links that carry one (kept apart from the list).
    Passwords,
}

/// How the downloads of a queue (or of all) ended since it last had work.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ended {
    /// Finished.
    pub finished: usize,
    /// Failed.
    pub failed: usize,
}

impl Ended {
    /// Every one of them failed: the queue did not do its work.
    pub fn all_failed(&self) -> bool {
        self.finished == 0 && self.failed > 0
    }
}

/// One message for the user that is not about one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Every download of this queue finished or failed (for what the user wants done then).
    QueueDone {
        /// The queue's name.
        queue: String,
        /// How its downloads ended since it last had work.
        ended: Ended,
    },
    /// Nothing is left to run in any queue.
    AllDone {
        /// How the downloads ended since everything last had work.
        ended: Ended,
    },
    /// A saved file could not be read; Haul started without it.
    SavedFileUnreadable {
        /// Which file.
        file: SavedFile,
        /// Where it is.
        path: PathBuf,
        /// Why it could not be read.
        problem: String,
        /// Where it was kept, or why it could not be moved aside.
        kept_as: Result<PathBuf, std::io::ErrorKind>,
    },
    /// A saved download was dropped because its link is not a valid link.
    SavedLinkInvalid {
        /// The link as saved (password masked).
        url: String,
        /// What is wrong with it.
        problem: String,
    },
    /// The download list could not be saved.
    ListNotSaved {
        /// Where it should have gone.
        path: PathBuf,
        /// Why it failed.
        problem: String,
    },
    /// A partial file from another link turned out to be another file; this download starts
    /// over in it (the user asked for that).
    StartedOverInPlace {
        /// The file the partial is for.
        target: PathBuf,
    },
    /// The record of an unfinished download could not be read; it was kept aside, and the
    /// partial's bytes are compared with the server before any is used.
    ControlUnreadable {
        /// The partial file.
        part: PathBuf,
        /// Where the unreadable record was kept.
        kept_as: PathBuf,
    },
    /// An unfinished download's partial did not match the server's file; it was kept aside and
    /// the download starts over.
    PartialSetAside {
        /// The partial file.
        part: PathBuf,
        /// Where it was kept.
        kept_as: PathBuf,
    },
    /// `~/.netrc` is not used: others can read it, or it could not be read.
    NetrcNotUsed {
        /// The file.
        path: PathBuf,
        /// Others than its owner can read it (else it could not be read: `detail` says why).
        readable_by_others: bool,
        /// What the system said, when it could not be read.
        detail: String,
    },
    /// The certificate authorities file the settings name is not used: it could not be read
    /// (`detail` says why) or holds no certificate (`detail` is empty).
    CaFileNotUsed {
        /// The file.
        path: PathBuf,
        /// What the system said.
        detail: String,
    },
}

impl Notice {
    /// A queue or everything is done: news for what the user wants done then (the window's
    /// when-done), not a message to show.
    pub fn is_milestone(&self) -> bool {
        matches!(self, Self::QueueDone { .. } | Self::AllDone { .. })
    }
}
