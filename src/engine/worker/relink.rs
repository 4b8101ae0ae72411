//! Taking over a partial file of this download's name that came from another link: the link
//! was changed (an expired one replaced), or the same file was added under a fresh link. The
//! partial is continued only if the new link gives the same file (see
//! [`same_file`](crate::engine::files::same_file)); otherwise it is started over in place when the
//! download says so (the command line), or the download fails saying why (the window, where
//! the user then chooses).

use std::fs::File;
use std::os::unix::fs::FileExt;

use super::claim::Claimed;
use super::transfer::Transfer;
use crate::engine::error::TransferError;
use crate::engine::files::control::{self, ControlRecord, PartPaths};
use crate::engine::files::same_file::{self, FirstLook, Version};
use crate::engine::net::http::{ContentRange, ResponseHead};
use crate::engine::notice::Notice;
use crate::engine::state::Relink;

/// Bytes of the partial already compared with the new link: their range, and what it sent.
type Probed = ([u64; 2], Vec<u8>);

impl Transfer<'_> {
    /// Decides about the partial at `paths` (recorded in `record`, locked through `file`).
    /// Before any request, the new link is asked only for a first small probe of the bytes on
    /// disk (its answer tells the size and validators too), so deciding costs a few KiB, not
    /// a body. `Err(FoundPartial)` when it was taken over (the worker then resumes it), a
    /// fresh claim when it is started over, `Err(NotSameFile)` when it is another file and
    /// this download may not start over.
    pub(super) fn relink_before_asking(
        &mut self,
        paths: &PartPaths,
        name: &str,
        record: &ControlRecord,
        file: File,
    ) -> Result<Claimed, TransferError> {
        let Some(&[from, to]) = same_file::probe_ranges(record.usable_done()).first() else {
            // Nothing finished in it: nothing to keep.
            return self.relink(paths, name, record, file, None, None);
        };
        let (head, bytes) = self.fetch_range(from, to, record.total, None)?;
        if head.status >= 400 {
            return Err(head.error());
        }
        let total = match head.content_range() {
            Some(ContentRange::Bytes { total, .. }) => total,
            _ if head.status == 200 => head.content_length(),
            _ => None,
        };
        let first_probe = bytes.map(|bytes| ([from, to], bytes));
        self.relink(paths, name, record, file, Some((&head, first_probe)), total)
    }

    /// Decides about the partial once the new link answered with `answer` (and perhaps
    /// already sent the bytes of one probe); `None` when there is nothing to compare.
    pub(super) fn relink(
        &mut self,
        paths: &PartPaths,
        name: &str,
        record: &ControlRecord,
        file: File,
        answer: Option<(&ResponseHead, Option<Probed>)>,
        total: Option<u64>,
    ) -> Result<Claimed, TransferError> {
        let Some((head, first_probe)) = answer else {
            return self.refuse_or_start_over(paths, record, file, total);
        };
        let (etag, last_modified) = (head.etag(), head.last_modified());
        let ours = Version {
            total: record.total,
            etag: record.etag.as_deref(),
            last_modified: record.last_modified.as_deref(),
        };
        let theirs = Version {
            total,
            etag: etag.as_deref(),
            last_modified: last_modified.as_deref(),
        };
        let same = match same_file::first_look(ours, theirs) {
            FirstLook::Same => true,
            FirstLook::Different => false,
            FirstLook::CompareBytes => {
                self.probes_match(&file, record.usable_done(), total, first_probe)?
            }
        };
        if same {
            let mut taken = record.clone();
            taken.url = self.ctx.url_text.clone();
            taken.final_url = crate::engine::redact::redacted_url(&head.final_url);
            taken.etag = etag;
            taken.last_modified = last_modified;
            taken.total = total.or(record.total);
            control::write(&paths.control, &taken)
                .map_err(|e| TransferError::disk(&paths.control, e))?;
            log::info!(
                "{}: continues {} from its earlier link",
                self.ctx.url_text,
                paths.part.display()
            );
            self.naming.known_name = Some(name.to_owned());
            return Err(TransferError::FoundPartial);
        }
        self.refuse_or_start_over(paths, record, file, total)
    }

    /// Another file: the download fails saying so, or starts over in place if it may.
    fn refuse_or_start_over(
        &mut self,
        paths: &PartPaths,
        record: &ControlRecord,
        file: File,
        total: Option<u64>,
    ) -> Result<Claimed, TransferError> {
        if self.ctx.job.relink != Relink::SameFileOrStartOver {
            return Err(TransferError::NotSameFile {
                ours: record.total,
                theirs: total,
            });
        }
        self.ctx.reporter.notice(Notice::StartedOverInPlace {
            target: paths.target.clone(),
        });
        self.start_over(paths.clone(), file)
    }

    /// Compares a few small ranges already in the partial with what the new link sends for
    /// them; true only when every one matches.
    fn probes_match(
        &self,
        file: &File,
        done: &[[u64; 2]],
        total: Option<u64>,
        first: Option<Probed>,
    ) -> Result<bool, TransferError> {
        let probes = same_file::probe_ranges(done);
        if probes.is_empty() {
            // Nothing finished: nothing to keep, and nothing to compare.
            return Ok(false);
        }
        let mut first = first;
        for [from, to] in probes {
            let theirs = match first.take() {
                Some((range, bytes)) if range == [from, to] => Some(bytes),
                _ => self.fetch_range(from, to, total, None)?.1,
            };
            let Some(theirs) = theirs else {
                return Ok(false);
            };
            let mut ours = vec![0; (to - from) as usize];
            file.read_exact_at(&mut ours, from)
                .map_err(|e| TransferError::disk_read(&self.naming.dir, e))?;
            if ours != theirs {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
