//! The end of a download: the finished file is flushed, verified against its checksum, marked
//! with where it came from, and renamed into place under a free name (or, when the same file
//! was already there, checked and kept).

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use super::claim::origin_of;
use super::open_part::OpenPart;
use super::transfer::Transfer;
use super::verify::keep_damaged;
use crate::engine::checksum::{Hasher, Source};
use crate::engine::error::TransferError;
use crate::engine::files::fsutil;
use crate::engine::files::naming;
use crate::engine::files::origin;
use crate::engine::net::pump::BUFFER_BYTES;
use crate::engine::reason::Reason;
use crate::engine::state::transitions::Outcome;

impl Transfer<'_> {
    /// Flushes, verifies and renames the finished file into place.
    pub(super) fn complete(mut self) -> Outcome {
        if let Some((file_name, bytes)) = self.naming.already.take() {
            return self.already_there(file_name, bytes);
        }
        // Every byte is here: the next download may start while this one flushes to disk.
        self.ctx.reporter.saving();
        let bytes = self
            .progress
            .total
            .unwrap_or_else(|| self.progress.part.as_ref().map_or(0, |p| p.done.covered()));
        let origin = origin_of(&self, bytes);
        let Some(mut part) = self.progress.part.take() else {
            return Outcome::Failed(Reason::NoFile);
        };
        // The origin goes on the file before the flush, so it is as durable as the bytes (a
        // marked partial carries the link already).
        if part.marked {
            origin::write_validators(&part.file, &origin);
        } else {
            origin::write(&part.file, &origin);
        }
        // Cut to size only when it is not (a reservation beyond the end): a truncate to the
        // same size still touches the file's times, for every small file of a long list.
        let sized = match part.file.metadata() {
            Ok(meta) if meta.len() == bytes => Ok(()),
            _ => part.file.set_len(bytes),
        };
        if let Err(err) = sized.and_then(|()| part.file.sync_all()) {
            let reason = Reason::from(&part.disk_error(err));
            self.progress.part = Some(part);
            return self.fail(reason);
        }
        let verified = match self.verify(&mut part, bytes) {
            Ok(verified) => verified,
            Err(reason @ Reason::ChecksumMismatch { .. }) => {
                keep_damaged(part);
                return Outcome::Failed(reason);
            }
            Err(reason) => {
                self.progress.part = Some(part);
                return self.fail(reason);
            }
        };
        let OpenPart {
            paths,
            file,
            record,
            checkpointer,
            ..
        } = part;
        // No control write may land after the control file is removed below.
        let control_written = checkpointer.ever_written();
        drop(checkpointer);
        let base = record.file_name.clone();
        for name in naming::candidates(&base) {
            let target = self.naming.dir.join(&name);
            // The lock is held through the rename, so nobody takes the partial for an idle one
            // in the moment before it becomes the finished file.
            match fsutil::rename_no_replace(&paths.part, &target) {
                Ok(()) => {
                    drop(file);
                    if control_written {
                        let _ = fsutil::remove_if_exists(&paths.control);
                    }
                    // A run killed while it wrote the control file left its half-written copy.
                    fsutil::remove_stale_temps(&paths.control);
                    self.ctx
                        .resources
                        .dir_syncer
                        .request(self.naming.dir.clone());
                    self.ctx
                        .resources
                        .origins
                        .add(&self.naming.dir, &self.ctx.origin_url, &name);
                    log::info!("{}: finished as {}", self.ctx.url_text, target.display());
                    return Outcome::Finished {
                        file_name: name,
                        bytes,
                        already: false,
                        verified,
                    };
                }
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(err) => {
                    return Outcome::Failed(Reason::from(&TransferError::disk(&target, err)));
                }
            }
        }
        Outcome::Failed(Reason::NamesTaken {
            name: base,
            dir: self.naming.dir.display().to_string(),
        })
    }
}

impl Transfer<'_> {
    /// The same file from the same link is already there: nothing to download. A checksum
    /// given now holds for that copy too (it is never deleted, even when it does not match).
    fn already_there(mut self, file_name: String, bytes: u64) -> Outcome {
        log::info!("{}: already downloaded as {file_name}", self.ctx.url_text);
        self.settle_dir();
        let mut verified = None;
        if let Some(expected) = self
            .checking
            .expected
            .take()
            .filter(|e| e.source == Source::Given)
        {
            let path = self.naming.dir.join(&file_name);
            let mut hasher = expected.checksum.algorithm.hasher();
            if let Err(err) = hash_file(&path, &mut hasher) {
                return Outcome::Failed(Reason::from(&TransferError::disk_read(&path, err)));
            }
            let actual = hasher.finish_hex();
            if actual != expected.checksum.hex {
                return Outcome::Failed(Reason::ChecksumMismatch {
                    algorithm: expected.checksum.algorithm.name().to_owned(),
                    expected: expected.checksum.hex,
                    actual,
                    source: Some(Source::Given),
                });
            }
            verified = Some(expected);
        }
        Outcome::Finished {
            file_name,
            bytes,
            already: true,
            verified,
        }
    }
}

/// Hashes a whole file.
fn hash_file(path: &Path, hasher: &mut Hasher) -> io::Result<()> {
    let mut file = File::open(path)?;
    let mut buffer = vec![0; BUFFER_BYTES * 4];
    loop {
        let read = file.read(&mut buffer)?;
        if read == 0 {
            return Ok(());
        }
        hasher.update(&buffer[..read]);
    }
}
