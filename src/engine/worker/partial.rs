//! The partial file a download owns: finding the one an earlier run left (resume), creating a
//! new one under a free name, reserving its space, recording progress in the control file, and
//! giving back what a stopped download reserved (the end is [`finish`](super::finish)'s).

use std::io;

use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE};

use super::claim::Claimed;
use super::job::Job;
use super::open_part::{OpenPart, discard};
use super::transfer::Transfer;
use crate::engine::error::TransferError;
use crate::engine::files::categories::{Categories, Sorted};
use crate::engine::files::control::{self, ControlRecord, PartPaths};
use crate::engine::files::fsutil;
use crate::engine::files::naming;
use crate::engine::files::origin;
use crate::engine::files::ownership::{self, Lock};
use crate::engine::files::ranges::RangeSet;
use crate::engine::net::http::ResponseHead;
use crate::engine::redact::redacted_url;

/// Files smaller than this are not preallocated (the syscalls cost more than they save).
const PREALLOCATE_FROM: u64 = 4 * 1024 * 1024;
/// Room kept free beside the claimed files (control files, the file system's own needs).
const SPACE_MARGIN: u64 = 256 * 1024;
/// Bytes of a partial given back when not even a control file fits on a full disk.
const ROOM_FOR_CONTROL: u64 = 1024 * 1024;

/// What the control file of an unfinished download says is on disk: the bytes done and the
/// size, `(0, None)` without one. The control file is the truth; the queue may be older.
pub(crate) fn partial_on_disk(dir: &std::path::Path, name: &str) -> (u64, Option<u64>) {
    match control::read(&PartPaths::new(dir, name).control) {
        Some(record) => (
            RangeSet::from_ranges(record.usable_done()).covered(),
            record.total,
        ),
        None => (0, None),
    }
}

/// Deletes a download's partial and control files, but only when the control file proves they
/// belong to this download and nobody is writing them (another Haul's partial of the same
/// link is left alone). `by_link`: the download stopped before it learnt its name, and no
/// other download of the same link is in the list, so the partial of its link is its own.
/// A row still to be sorted may have claimed its partial in its category's folder.
pub(crate) fn delete_own_partial(job: &Job, by_link: bool, categories: &Categories) {
    let dir = job.dir_for(categories, job.likely_name().as_deref(), None);
    if dir != job.dir {
        delete_own_partial_in(&dir, job, by_link);
    }
    delete_own_partial_in(&job.dir, job, by_link);
}

fn delete_own_partial_in(dir: &std::path::Path, job: &Job, by_link: bool) {
    let url = redacted_url(&job.url);
    let Some(name) = job.file_name.clone().or_else(|| {
        by_link
            .then(|| control::find_for_url(dir, &url).map(|(_, record)| record.file_name))
            .flatten()
    }) else {
        return;
    };
    let name = &name;
    let paths = PartPaths::new(dir, name);
    let ours = control::read(&paths.control)
        .is_some_and(|record| record.url == redacted_url(&job.url) && &record.file_name == name);
    if !ours {
        return;
    }
    match ownership::open_and_lock(&paths.part) {
        Ok(Lock::Held(_file)) => {
            let _ = fsutil::remove_if_exists(&paths.part);
            let _ = fsutil::remove_if_exists(&paths.control);
        }
        Ok(Lock::Missing) => {
            let _ = fsutil::remove_if_exists(&paths.control);
        }
        Ok(Lock::Busy | Lock::Untouchable) | Err(_) => {
            log::info!("not deleting {}: in use or not ours", paths.part.display());
        }
    }
}

/// What looking for an earlier run's partial file found.
pub(super) enum Opened {
    /// Nothing to continue.
    Nothing,
    /// A partial file, opened and locked.
    Resumed,
    /// The file itself is already there, from this link.
    AlreadyThere {
        /// Its name.
        name: String,
        /// Its size.
        bytes: u64,
    },
}

impl Transfer<'_> {
    /// Finds the partial file of an earlier run of this download (under its known name, else
    /// by its link) and opens it, locked, for resuming. A partial another Haul is writing is
    /// `Err(OwnedElsewhere)`; a finished file from this link under the known name means the
    /// download is already done.
    pub(super) fn open_resumable_part(&mut self) -> Result<Opened, TransferError> {
        let found = match &self.naming.known_name {
            Some(name) => {
                let paths = PartPaths::new(&self.naming.dir, name);
                match control::read(&paths.control)
                    .filter(|r| r.url == self.ctx.url_text && &r.file_name == name)
                {
                    Some(record) => Some((paths, record)),
                    None => {
                        // Finished meanwhile: by another Haul this one waited for, or by this
                        // download just before a crash.
                        if !self.ctx.job.again
                            && let Some(origin) = origin::read(&paths.target)
                            && origin.url == self.ctx.origin_url
                        {
                            let bytes = origin
                                .size
                                .or_else(|| std::fs::metadata(&paths.target).ok().map(|m| m.len()))
                                .unwrap_or(0);
                            return Ok(Opened::AlreadyThere {
                                name: name.clone(),
                                bytes,
                            });
                        }
                        None
                    }
                }
            }
            None => self
                .ctx
                .resources
                .controls
                .find(&self.naming.dir, &self.ctx.url_text),
        };
        let Some((paths, record)) = found else {
            return Ok(Opened::Nothing);
        };
        let file = match ownership::open_and_lock(&paths.part)
            .map_err(|e| TransferError::disk_read(&paths.part, e))?
        {
            Lock::Held(file) => file,
            Lock::Busy => {
                self.naming.known_name = Some(record.file_name.clone());
                return Err(TransferError::OwnedElsewhere);
            }
            Lock::Missing => {
                // Someone deleted the partial data; the control file describes nothing now.
                let _ = fsutil::remove_if_exists(&paths.control);
                return Ok(Opened::Nothing);
            }
            Lock::Untouchable => {
                // Not a regular file we can open without following links: leave it alone.
                log::warn!("not resuming {}: not a regular file", paths.part.display());
                return Ok(Opened::Nothing);
            }
        };
        let on_disk = file
            .metadata()
            .map_err(|e| TransferError::disk_read(&paths.part, e))?
            .len();
        // Only what the control file vouches for counts (written in this boot, or flushed),
        // and only what is on disk.
        let mut done = RangeSet::from_ranges(record.usable_done());
        done.truncate(on_disk);
        if record.total.is_none() {
            // Without a known size the file grows by appending: drop any unvouched tail.
            let keep = done.contiguous_from_zero();
            done.truncate(keep);
            file.set_len(keep)
                .map_err(|e| TransferError::disk(&paths.part, e))?;
        }
        self.progress.total = record.total;
        let name = record.file_name.clone();
        let flushed = RangeSet::from_ranges(&record.done).intersection(&done);
        let mut part = OpenPart::new(paths, file, record, done, flushed);
        part.checkpointer.control_exists();
        self.progress.part = Some(part);
        self.naming.known_name = Some(name.clone());
        self.publish_name(&name);
        self.publish_progress();
        Ok(Opened::Resumed)
    }

    /// Creates the partial file on the first response, and records which version of the file
    /// is being downloaded (`fresh_total` is `Some` when the body starts at byte zero).
    pub(super) fn prepare_part(
        &mut self,
        head: &ResponseHead,
        fresh_total: Option<Option<u64>>,
    ) -> Result<(), TransferError> {
        let base = self.choose_name(head);
        let dir = self
            .ctx
            .category_dir(Some(&base), head.header(CONTENT_TYPE));
        if std::mem::take(&mut self.naming.preclaimed)
            && let Some(part) = &self.progress.part
            && part.done.ranges().is_empty()
        {
            let name = part.record.file_name.clone();
            if base == name && dir == self.naming.dir {
                // The server's name is the one claimed: the row learns it now.
                self.publish_name(&name);
            } else {
                // The server names the file differently, or its kind has a folder of its
                // own: let the empty claim go.
                if let Some(part) = self.progress.part.take() {
                    discard(part);
                }
                self.naming.known_name = None;
            }
        }
        if self.progress.part.is_none() {
            self.naming.dir = dir;
            let total = fresh_total.flatten().or(self.progress.total);
            let (paths, file, marked) = match self.claim_name(&base, head, total)? {
                Claimed::Fresh(paths, file, marked) => (paths, file, marked),
                Claimed::AlreadyThere(name) => {
                    self.naming.already = Some((name, total.unwrap_or(0)));
                    return Err(TransferError::AlreadyDone);
                }
            };
            let name = paths
                .target
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or(base);
            let record = ControlRecord::new(self.ctx.url_text.clone(), name.clone());
            let mut part = OpenPart::fresh(paths, file, record);
            part.marked = marked;
            self.progress.part = Some(part);
            self.publish_name(&name);
        }
        let Some(part) = self.progress.part.as_mut() else {
            return Ok(());
        };
        part.record.final_url = redacted_url(&head.final_url);
        // Its name is final now, and the server said what it sends: sorted again.
        let category = self.ctx.tuning.categories.name_of(&Sorted {
            url: &self.ctx.job.url,
            name: Some(&part.record.file_name),
            content_type: head.header(CONTENT_TYPE),
        });
        self.ctx.reporter.categorized(category);
        if self.ctx.job.by_category {
            self.ctx.reporter.placed(self.naming.dir.clone());
        }
        if let Some(total) = fresh_total {
            part.record.etag = head.etag();
            part.record.last_modified = head.last_modified();
            part.record.total = total;
            self.progress.total = total;
            // A fresh version claims nothing done: a marked partial needs no control file yet
            // (the first checkpoint writes one), an unmarked one names its link in it now, with
            // no flush needed. A version seen while resuming is recorded durably.
            let record = part.current_record();
            if !part.done.ranges().is_empty() {
                part.checkpointer.save(&record, true);
            } else if !part.marked {
                part.checkpointer.note_fresh(&record);
            }
        }
        Ok(())
    }

    /// Claims room for the rest of the file before its bytes flow, so downloads that cannot
    /// all fit do not fill the disk together and all stop half-way: one that would not fit
    /// pauses at once (saying how much it needs) while the others finish. Files the file
    /// system reserves itself ([`Transfer::preallocate`]) are counted by its free space already.
    pub(super) fn claim_space(&mut self, total: u64) -> Result<(), TransferError> {
        let Some(part) = &self.progress.part else {
            return Ok(());
        };
        let reserved_by_fs =
            total >= PREALLOCATE_FROM && fsutil::reserving_space_is_cheap(&part.file);
        let needed = total.saturating_sub(part.done.covered());
        let dir = self.naming.dir.clone();
        // A file smaller than the margin is not worth a look at the disk: where not even that
        // much is free, writing it fails and pauses it just the same.
        let free = if needed < SPACE_MARGIN {
            None
        } else {
            crate::engine::files::disk::free_space(&dir).ok()
        };
        self.ctx
            .reporter
            .claim_space(dir, total, needed, reserved_by_fs, free, SPACE_MARGIN)
            .map_err(|_| TransferError::DiskFull)
    }

    /// Reserves the whole file on disk, so a full disk shows up now rather than mid-way.
    pub(super) fn preallocate(&mut self, total: u64) -> Result<(), TransferError> {
        let Some(part) = &self.progress.part else {
            return Ok(());
        };
        if total < PREALLOCATE_FROM {
            return Ok(());
        }
        if part.file.metadata().map(|m| m.len()).unwrap_or(0) >= total {
            return Ok(());
        }
        #[cfg(target_os = "linux")]
        if fsutil::reserving_space_is_cheap(&part.file)
            && let Err(err) =
                rustix::fs::fallocate(&part.file, rustix::fs::FallocateFlags::empty(), 0, total)
        {
            let err = io::Error::from(err);
            if crate::engine::error::is_disk_full(&err) {
                return Err(TransferError::DiskFull);
            }
        }
        part.file.set_len(total).map_err(|e| part.disk_error(e))
    }

    /// Tells the row where its file is, once that is settled (a resume looks there).
    pub(super) fn settle_dir(&self) {
        if self.ctx.job.by_category {
            self.ctx.reporter.placed(self.naming.dir.clone());
        }
    }

    pub(super) fn choose_name(&self, head: &ResponseHead) -> String {
        if self.ctx.job.name_fixed
            && let Some(name) = &self.ctx.job.file_name
        {
            return naming::sanitize(name);
        }
        head.header(CONTENT_DISPOSITION)
            .and_then(naming::name_from_content_disposition)
            .or_else(|| naming::name_from_url(&head.final_url))
            .or_else(|| naming::name_from_url(&self.ctx.job.url))
            .unwrap_or_else(|| naming::FALLBACK_NAME.to_owned())
    }

    /// Gives back space reserved ahead but not written, so that only running downloads hold
    /// space on the disk (and a full disk has room again for the control file).
    pub(super) fn release_reservation(&mut self) {
        let Some(part) = &self.progress.part else {
            return;
        };
        let end = part.done.ranges().last().map_or(0, |range| range[1]);
        if part.file.metadata().map_or(0, |meta| meta.len()) <= end {
            return;
        }
        fsutil::release_unwritten(&part.file, &part.done.gaps(end), end);
    }

    pub(super) fn checkpoint_and_wait(&mut self) {
        let Some(part) = &mut self.progress.part else {
            return;
        };
        let record = part.current_record();
        let err = match part.checkpointer.save_and_wait(&record) {
            Ok(()) => return,
            Err(err) => err,
        };
        if crate::engine::error::is_disk_full(&err) {
            // Not even the small control file fits: give back the last written stretch and
            // record everything before it, rather than nothing at all.
            let end = part.done.ranges().last().map_or(0, |range| range[1]);
            let keep = end.saturating_sub(ROOM_FOR_CONTROL);
            part.done.truncate(keep);
            if part.file.set_len(keep).is_ok() {
                let record = part.current_record();
                match part.checkpointer.save_and_wait(&record) {
                    Ok(()) => return,
                    Err(err) => {
                        log::warn!("could not save progress of {}: {err}", self.ctx.url_text);
                        return;
                    }
                }
            }
        }
        log::warn!("could not save progress of {}: {err}", self.ctx.url_text);
    }

    pub(super) fn truncate_to_zero(&mut self) -> Result<(), TransferError> {
        if let Some(part) = &mut self.progress.part {
            part.file.set_len(0).map_err(|e| part.disk_error(e))?;
            part.done.clear();
            part.checkpointer.forget_flushed();
            self.progress.meter.reset();
        }
        Ok(())
    }

    pub(super) fn restart_from_zero(&mut self) -> Result<(), TransferError> {
        if let Some(part) = &mut self.progress.part {
            part.hashing = None;
        }
        self.truncate_to_zero()?;
        if let Some(part) = &mut self.progress.part {
            part.record.reset();
            // Nothing is done now; the stale record must not survive a crash.
            let record = part.current_record();
            part.checkpointer.note_fresh(&record);
        }
        self.progress.total = None;
        self.publish_progress();
        Ok(())
    }
}
