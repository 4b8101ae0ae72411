//! Where a transfer's file goes and under which name, as the claim on it is settled: the
//! folder, the name once known, a finished file from the same link, a partial made early.

use std::path::PathBuf;

use crate::engine::files::origin::Origin;

/// The file's name and place, as far as they are settled.
pub(super) struct Naming {
    /// The folder the file goes into: the row's, or its category's (see
    /// `Context::category_dir`).
    pub(super) dir: PathBuf,
    /// The name this download's files have, once known (from the row, or found on disk).
    pub(super) known_name: Option<String>,
    /// A finished file from this link in the folder, to ask the server about first.
    pub(super) candidate: Option<(String, Origin)>,
    /// Set when the file turned out to be there already: its name and size.
    pub(super) already: Option<(String, u64)>,
    /// The partial was created under the link's name before the server named the file.
    pub(super) preclaimed: bool,
}

impl Naming {
    pub(super) fn new(dir: PathBuf, known_name: Option<String>) -> Self {
        Self {
            dir,
            known_name,
            candidate: None,
            already: None,
            preclaimed: false,
        }
    }
}
