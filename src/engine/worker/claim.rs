//! Choosing where a new download's bytes go, by asking who owns what is at each name first
//! (see [`ownership`](crate::engine::files::ownership)): take a free name, continue this download's
//! own partial, wait while another Haul writes it, skip what belongs to others, notice that
//! the file is already there, and adopt or move aside a partial without a control file.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::thread;
use std::time::Duration;

use super::open_part::OpenPart;
use super::transfer::Transfer;
use crate::engine::clock::unix_now;
use crate::engine::error::TransferError;
use crate::engine::files::control::{self, ControlRecord, PartPaths};
use crate::engine::files::fsutil;
use crate::engine::files::naming;
use crate::engine::files::origin;
use crate::engine::files::ownership::{self, Claimant, Owner, Verdict};
use crate::engine::net::http::{self, ContentRange, ResponseHead};
use crate::engine::notice::Notice;

/// How many times a partial that is being created by someone else is looked at again.
const LOOKS: u32 = 10;
/// The pause between those looks.
const LOOK_AGAIN: Duration = Duration::from_millis(100);
/// Bytes of an orphaned partial compared with the server.
const PROBE_BYTES: u64 = 64 * 1024;

/// Where a new download's bytes go.
pub(super) enum Claimed {
    /// A partial file to fill from the start, locked; `marked` when it carries its link (else
    /// a control file must say it at once).
    Fresh(PartPaths, File, bool),
    /// The same file from the same link is already there under this name.
    AlreadyThere(String),
}

impl Transfer<'_> {
    /// Finds the name for `base`: itself or the first `base (n)` this download may use.
    /// `Err(OwnedElsewhere)` and `Err(FoundPartial)` send the worker back to wait or resume
    /// (with `known_name` set to the name concerned).
    pub(super) fn claim_name(
        &mut self,
        base: &str,
        head: &ResponseHead,
        total: Option<u64>,
    ) -> Result<Claimed, TransferError> {
        let dir = self.naming.dir.clone();
        let (etag, last_modified) = (head.etag(), head.last_modified());
        for name in naming::candidates(base) {
            let paths = PartPaths::new(&dir, &name);
            let mut looks = 0;
            loop {
                let (found, locked) = self.inspect(&paths)?;
                let me = Claimant {
                    url: &self.ctx.url_text,
                    origin_url: &self.ctx.origin_url,
                    again: self.ctx.job.again,
                    total,
                    etag: etag.as_deref(),
                    last_modified: last_modified.as_deref(),
                    relink: self.ctx.job.relink,
                };
                match ownership::judge(&found, &name, &me) {
                    Verdict::Take => {
                        if let Some(claimed) = self.create_partial(paths.clone())? {
                            return Ok(claimed);
                        }
                    }
                    Verdict::StartOver => {
                        let Some(locked) = locked else { break };
                        return self.start_over(paths, locked.file);
                    }
                    Verdict::NextName => break,
                    Verdict::LookAgain if looks < LOOKS => thread::sleep(LOOK_AGAIN),
                    Verdict::LookAgain => break,
                    Verdict::AlreadyThere => return Ok(Claimed::AlreadyThere(name)),
                    Verdict::WaitForOwner => {
                        self.naming.known_name = Some(name);
                        return Err(TransferError::OwnedElsewhere);
                    }
                    Verdict::Resume => {
                        self.naming.known_name = Some(name);
                        return Err(TransferError::FoundPartial);
                    }
                    Verdict::Relink => {
                        let (Some(locked), ownership::Found::Idle(Owner::Recorded(record))) =
                            (locked, &found)
                        else {
                            break;
                        };
                        let answer = Some((head, None));
                        return self.relink(&paths, &name, record, locked.file, answer, total);
                    }
                    Verdict::Probe => {
                        let Some(locked) = locked else { break };
                        if self.adopt_if_same(&paths, &name, &locked.file, Some(head), total)? {
                            self.naming.known_name = Some(name);
                            return Err(TransferError::FoundPartial);
                        }
                        drop(locked);
                        self.move_aside(&paths, &name)?;
                    }
                }
                looks += 1;
            }
        }
        Err(TransferError::disk(
            &dir.join(base),
            std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "every similar name is taken",
            ),
        ))
    }

    /// Looks at what occupies `paths` (see [`ownership::inspect`]), telling the user when a
    /// control file there could not be read and was moved aside.
    fn inspect(
        &self,
        paths: &PartPaths,
    ) -> Result<(ownership::Found, Option<ownership::LockedPart>), TransferError> {
        let (found, locked) =
            ownership::inspect(paths).map_err(|e| TransferError::disk_read(&paths.part, e))?;
        if let Some(aside) = locked.as_ref().and_then(|l| l.damaged_control.as_ref()) {
            self.ctx.reporter.notice(Notice::ControlUnreadable {
                part: paths.part.clone(),
                kept_as: aside.clone(),
            });
        }
        Ok((found, locked))
    }

    /// Creates the partial file at `paths`, locked and marked with its link; `None` when
    /// someone else created it first (look again).
    fn create_partial(&self, paths: PartPaths) -> Result<Option<Claimed>, TransferError> {
        // The folder is made only when it is missing: most downloads go to one that exists,
        // and a look per file adds up over a list of thousands.
        let created = match fsutil::create_exclusive(&paths.part) {
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir_all(&self.naming.dir)
                    .map_err(|e| TransferError::disk(&self.naming.dir, e))?;
                fsutil::create_exclusive(&paths.part)
            }
            created => created,
        };
        match created {
            Ok(file) if fsutil::try_lock(&file).unwrap_or(true) => {
                let marked = ownership::mark(&file, &self.ctx.origin_url);
                Ok(Some(Claimed::Fresh(paths, file, marked)))
            }
            Ok(_) => Ok(None),
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => Ok(None),
            Err(err) => Err(TransferError::disk(&paths.part, err)),
        }
    }

    /// A partial this download may not continue (nothing vouches for its bytes, or it holds
    /// another file): it is emptied and filled again under the same name. Its control file
    /// goes first, so a crash in between never leaves a record claiming bytes that are gone.
    pub(super) fn start_over(
        &self,
        paths: PartPaths,
        file: File,
    ) -> Result<Claimed, TransferError> {
        log::info!(
            "{}: starting {} over",
            self.ctx.url_text,
            paths.part.display()
        );
        fsutil::remove_if_exists(&paths.control)
            .map_err(|e| TransferError::disk(&paths.control, e))?;
        file.set_len(0)
            .map_err(|e| TransferError::disk(&paths.part, e))?;
        let marked = ownership::mark(&file, &self.ctx.origin_url);
        Ok(Claimed::Fresh(paths, file, marked))
    }

    /// Before the first request, claims the name the link suggests (or the row already has),
    /// so that a second Haul starting the same download sees the partial and waits instead of
    /// fetching it too, and nothing is fetched into a name that is not free: this download's
    /// own partial is continued, another Haul's is waited for, one without a control file is
    /// adopted or moved aside first. If the server then names the file differently, the empty
    /// claim is let go (see [`Transfer::prepare_part`]).
    pub(super) fn claim_likely_name(&mut self) -> Result<(), TransferError> {
        let Some(name) = self
            .naming
            .known_name
            .clone()
            .or_else(|| naming::name_from_url(&self.ctx.job.url))
        else {
            return Ok(());
        };
        let paths = PartPaths::new(&self.naming.dir, &name);
        for _ in 0..=LOOKS {
            let (found, locked) = self.inspect(&paths)?;
            let me = Claimant {
                url: &self.ctx.url_text,
                origin_url: &self.ctx.origin_url,
                again: self.ctx.job.again,
                total: None,
                etag: None,
                last_modified: None,
                relink: self.ctx.job.relink,
            };
            let claimed = match ownership::judge(&found, &name, &me) {
                Verdict::Take => self.create_partial(paths.clone())?,
                Verdict::StartOver => match locked {
                    Some(locked) => Some(self.start_over(paths.clone(), locked.file)?),
                    None => None,
                },
                Verdict::WaitForOwner => {
                    self.naming.known_name = Some(name);
                    return Err(TransferError::OwnedElsewhere);
                }
                Verdict::Resume => {
                    self.naming.known_name = Some(name);
                    return Err(TransferError::FoundPartial);
                }
                Verdict::Probe => {
                    let Some(locked) = locked else { return Ok(()) };
                    if self.adopt_if_same(&paths, &name, &locked.file, None, None)? {
                        self.naming.known_name = Some(name);
                        return Err(TransferError::FoundPartial);
                    }
                    drop(locked);
                    self.move_aside(&paths, &name)?;
                    None
                }
                Verdict::LookAgain => {
                    thread::sleep(LOOK_AGAIN);
                    None
                }
                Verdict::Relink => {
                    let (Some(locked), ownership::Found::Idle(Owner::Recorded(record))) =
                        (locked, &found)
                    else {
                        return Ok(());
                    };
                    let record = record.clone();
                    Some(self.relink_before_asking(&paths, &name, &record, locked.file)?)
                }
                // Someone else's, or a finished copy (asked about with the first request): the
                // name is settled after the server's answer.
                Verdict::NextName | Verdict::AlreadyThere => return Ok(()),
            };
            if let Some(Claimed::Fresh(paths, file, marked)) = claimed {
                let record = ControlRecord::new(self.ctx.url_text.clone(), name.clone());
                let mut part = OpenPart::fresh(paths, file, record);
                part.marked = marked;
                if !marked {
                    // No mark on this file system: the control file names the link instead.
                    part.checkpointer.note_fresh(&part.current_record());
                }
                self.progress.part = Some(part);
                self.naming.preclaimed = true;
                return Ok(());
            }
        }
        Ok(())
    }

    /// A partial without a control file is adopted when its last bytes equal what the server
    /// sends for them: a control file is written for it, claiming its bytes from the start.
    /// `head` is the attempt's first answer, when there is one.
    fn adopt_if_same(
        &self,
        paths: &PartPaths,
        name: &str,
        file: &File,
        head: Option<&ResponseHead>,
        total: Option<u64>,
    ) -> Result<bool, TransferError> {
        let len = file
            .metadata()
            .map_err(|e| TransferError::disk_read(&paths.part, e))?
            .len();
        if len == 0 || total.is_some_and(|total| len > total) {
            // Nothing to keep (or more than the whole file): not worth a control file.
            return Ok(false);
        }
        let Ok(Some(answer)) = self.probe(file, len, head, total) else {
            return Ok(false);
        };
        let head = head.unwrap_or(&answer);
        let total = total.or(match answer.content_range() {
            Some(ContentRange::Bytes { total, .. }) => total,
            _ => None,
        });
        let mut record = ControlRecord::new(self.ctx.url_text.clone(), name.to_owned());
        record.final_url = crate::engine::redact::redacted_url(&head.final_url);
        record.etag = head.etag();
        record.last_modified = head.last_modified();
        record.total = total;
        record.set_contiguous_done(len);
        file.sync_data()
            .and_then(|()| control::write(&paths.control, &record))
            .map_err(|e| TransferError::disk(&paths.control, e))?;
        log::info!(
            "{}: adopted {} ({len} bytes matched the server)",
            self.ctx.url_text,
            paths.part.display()
        );
        Ok(true)
    }

    /// Asks the server for the bytes just before `len` and compares them with the file's;
    /// the answer's head when they are equal.
    fn probe(
        &self,
        file: &File,
        len: u64,
        head: Option<&ResponseHead>,
        total: Option<u64>,
    ) -> Result<Option<ResponseHead>, TransferError> {
        let from = len.saturating_sub(PROBE_BYTES);
        let validator = head.and_then(|head| {
            http::if_range_value(head.etag().as_deref(), head.last_modified().as_deref())
        });
        let (answer, theirs) = self.fetch_range(from, len, total, validator)?;
        let Some(theirs) = theirs else {
            return Ok(None);
        };
        let mut ours = vec![0; (len - from) as usize];
        file.read_exact_at(&mut ours, from)
            .map_err(|e| TransferError::disk_read(&self.naming.dir, e))?;
        Ok((ours == theirs).then_some(answer))
    }

    /// Keeps a partial that cannot be matched under a name of its own, and says so (an empty
    /// one holds nothing worth keeping and simply goes).
    fn move_aside(&self, paths: &PartPaths, name: &str) -> Result<(), TransferError> {
        if std::fs::symlink_metadata(&paths.part).is_ok_and(|meta| meta.len() == 0) {
            return fsutil::remove_if_exists(&paths.part)
                .map_err(|e| TransferError::disk(&paths.part, e));
        }
        let aside = self
            .naming
            .dir
            .join(format!("{name}.part.unmatched-{}", unix_now()));
        fsutil::rename_no_replace(&paths.part, &aside)
            .map_err(|e| TransferError::disk(&paths.part, e))?;
        self.ctx.reporter.notice(Notice::PartialSetAside {
            part: paths.part.clone(),
            kept_as: aside,
        });
        Ok(())
    }

    /// The name this download's link already finished under in its folder, if the file there
    /// still carries the link and validators: the first request then asks the server whether
    /// it changed (a conditional request), instead of fetching it again.
    pub(super) fn find_finished_copy(&mut self) {
        if self.ctx.job.again || self.naming.candidate.is_some() {
            return;
        }
        self.naming.candidate = self
            .ctx
            .resources
            .origins
            .find(&self.naming.dir, &self.ctx.origin_url)
            .into_iter()
            .find(|(_, origin)| {
                origin.size == Some(0)
                    || origin.size.is_some()
                        && (origin.etag.is_some() || origin.last_modified.is_some())
            });
    }

    /// Whether the first answer shows the candidate from [`Transfer::find_finished_copy`] is
    /// still the server's file: a 304, or the same size and validators.
    pub(super) fn candidate_still_current(
        &self,
        head: &ResponseHead,
        total: Option<u64>,
    ) -> Option<(String, u64)> {
        let (name, origin) = self.naming.candidate.as_ref()?;
        let same = head.status == 304
            || origin.same_version(
                total,
                head.etag().as_deref(),
                head.last_modified().as_deref(),
            );
        let size = origin.size?;
        same.then(|| (name.clone(), size))
    }
}

/// What a finished file records about its origin.
pub(super) fn origin_of(transfer: &Transfer<'_>, bytes: u64) -> origin::Origin {
    let record = transfer.progress.part.as_ref().map(|part| &part.record);
    origin::Origin {
        url: transfer.ctx.origin_url.clone(),
        size: Some(bytes),
        etag: record.and_then(|r| r.etag.clone()),
        last_modified: record.and_then(|r| r.last_modified.clone()),
        finished_unix: Some(unix_now()),
    }
}
