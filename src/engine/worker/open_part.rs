//! A partial file a download holds open: its bytes, which of them are written (recorded in
//! the control file by the checkpointer), and the hash of what was written in order.

use std::fs::File;
use std::io;
use std::sync::Arc;

use crate::engine::checksum::{Algorithm, Hasher};
use crate::engine::error::TransferError;
use crate::engine::files::checkpoint::Checkpointer;
use crate::engine::files::control::{ControlRecord, PartPaths};
use crate::engine::files::fsutil;
use crate::engine::files::ranges::RangeSet;

/// A partial file this download owns, and which of its bytes are written.
pub(super) struct OpenPart {
    pub(super) paths: PartPaths,
    /// Shared with the checkpointer (one open file, one lock).
    pub(super) file: Arc<File>,
    pub(super) record: ControlRecord,
    pub(super) done: RangeSet,
    pub(super) checkpointer: Checkpointer,
    /// The file carries its link as a mark, so no control file is needed until there is
    /// progress to record.
    pub(super) marked: bool,
    /// The hash the finished file will be checked with, once known.
    pub(super) hash_algorithm: Option<Algorithm>,
    /// The bytes written in order from the start, hashed as they came.
    pub(super) hashing: Option<Hashing>,
}

/// A hash of the partial's first bytes, kept up as bytes arrive in order.
#[derive(Debug)]
pub(super) struct Hashing {
    pub(super) algorithm: Algorithm,
    pub(super) hasher: Hasher,
    /// Everything before this is hashed.
    pub(super) upto: u64,
}

impl OpenPart {
    /// An open partial of which `done` is written and `flushed` (part of it) is on disk for
    /// sure.
    pub(super) fn new(
        paths: PartPaths,
        file: File,
        record: ControlRecord,
        done: RangeSet,
        flushed: RangeSet,
    ) -> Self {
        let file = Arc::new(file);
        let checkpointer = Checkpointer::new(Arc::clone(&file), paths.control.clone(), flushed);
        Self {
            paths,
            file,
            record,
            done,
            checkpointer,
            marked: false,
            hash_algorithm: None,
            hashing: None,
        }
    }

    /// A partial just created or started over: nothing written, nothing flushed.
    pub(super) fn fresh(paths: PartPaths, file: File, record: ControlRecord) -> Self {
        Self::new(
            paths,
            file,
            record,
            RangeSet::default(),
            RangeSet::default(),
        )
    }

    pub(super) fn current_record(&self) -> ControlRecord {
        let mut record = self.record.clone();
        record.done = self.done.ranges().to_vec();
        record.page_cache = None;
        record
    }

    pub(super) fn disk_error(&self, err: io::Error) -> TransferError {
        TransferError::disk(&self.paths.part, err)
    }

    pub(super) fn write(&mut self, bytes: &[u8], offset: u64) -> Result<(), TransferError> {
        fsutil::write_all_at(&self.file, bytes, offset).map_err(|e| self.disk_error(e))?;
        if let Some(algorithm) = self.hash_algorithm {
            match &mut self.hashing {
                Some(hashing) if hashing.algorithm == algorithm && hashing.upto == offset => {
                    hashing.hasher.update(bytes);
                    hashing.upto += bytes.len() as u64;
                }
                None if offset == 0 && self.done.covered() == 0 => {
                    let mut hasher = algorithm.hasher();
                    hasher.update(bytes);
                    self.hashing = Some(Hashing {
                        algorithm,
                        hasher,
                        upto: bytes.len() as u64,
                    });
                }
                // Out of order: what is missing from the hash is read back at the end.
                _ => {}
            }
        }
        self.done.insert(offset, offset + bytes.len() as u64);
        Ok(())
    }
}

/// Deletes a partial file this download created, with its control file.
pub(super) fn discard(part: OpenPart) {
    let OpenPart {
        paths,
        file,
        checkpointer,
        ..
    } = part;
    drop(checkpointer);
    drop(file);
    let _ = fsutil::remove_if_exists(&paths.part);
    let _ = fsutil::remove_if_exists(&paths.control);
}
