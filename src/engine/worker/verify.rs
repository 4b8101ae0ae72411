//! Checking a finished download against its checksum: the one given, else the first strong one
//! the response headers announce or discovery finds beside the file (see
//! [`checksum`](crate::engine::checksum)).
//!
//! Bytes that arrive in order are hashed as they are written, so a plain download costs no
//! read-back; what arrived out of order (several connections, a resume) is read back once,
//! with "Verifying… N%" shown for big files. A mismatch never leaves the bytes under the
//! download's name: they are kept as `NAME.damaged`.

use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use super::open_part::OpenPart;
use super::transfer::{Discovery, Transfer};
use crate::engine::checksum::asker::{Asker, Authorize};
use crate::engine::checksum::{self, Expected, Source, discovery, headers};
use crate::engine::error::TransferError;
use crate::engine::files::fsutil;
use crate::engine::net::http::ResponseHead;
use crate::engine::reason::Reason;
use crate::engine::state::transitions::Activity;

/// How long the end of a download waits for discovery still under way.
const DISCOVERY_WAIT: Duration = Duration::from_secs(15);
/// Files read back from this size on show their progress.
const SHOW_PROGRESS_FROM: u64 = 32 * 1024 * 1024;
/// Bytes read back at a time.
const READ_CHUNK: usize = 1024 * 1024;

impl Transfer<'_> {
    /// Starts looking for a published checksum beside the download, unless one was given or
    /// discovery is off.
    pub(super) fn start_discovery(&mut self) {
        let given_strong = self
            .checking
            .expected
            .as_ref()
            .is_some_and(|e| e.checksum.algorithm.is_strong());
        if given_strong || !self.ctx.tuning.checksum_discovery || self.checking.discovery.is_some()
        {
            return;
        }
        if let Some(found) = discovery::known(&self.ctx.resources.checksums, &self.ctx.job.url) {
            // Known without asking (most files of a long list from one folder): no task.
            self.checking.discovery = Some(Discovery::Known(found));
            return;
        }
        let Some(client) = self.ctx.resources.discovery_client(&self.ctx.tuning) else {
            return;
        };
        let catalog = std::sync::Arc::clone(&self.ctx.resources.checksums);
        let url = self.ctx.job.url.clone();
        let asker = self.checksum_asker(client);
        self.checking.discovery =
            Some(Discovery::Running(self.ctx.resources.net().spawn(
                async move { discovery::discover(&asker, &catalog, &url).await },
            )));
    }

    /// Starts a running look-up again with the login as the server now wants it (it began
    /// before the server asked, and its answers would be 401s).
    pub(super) fn ask_checksums_again(&mut self) {
        if let Some(Discovery::Running(discovery)) = self.checking.discovery.take() {
            discovery.abort();
            self.start_discovery();
        }
    }

    /// Look-ups that ask as the download does: its headers and, once it is known how the
    /// server takes it, its login.
    fn checksum_asker(&self, client: reqwest::Client) -> Asker {
        let login: Option<Authorize> = self.auth.login.as_ref().map(|_| {
            let auth = self.auth.clone();
            std::sync::Arc::new(move |url: &url::Url| auth.header_for(url)) as Authorize
        });
        Asker::new(client)
            .with_headers(self.ctx.job.from_browser.clone())
            .with_login(login)
    }

    /// Takes the digests the first answer announces; a strong one ends discovery.
    pub(super) fn note_header_digests(&mut self, head: &ResponseHead) {
        if self
            .checking
            .expected
            .as_ref()
            .is_some_and(|e| e.source == Source::Given)
        {
            return;
        }
        let announced = headers::from_headers(&head.headers);
        if let Some(best) =
            checksum::best(self.checking.expected.take().into_iter().chain(announced))
        {
            if best.checksum.algorithm.is_strong()
                && let Some(Discovery::Running(discovery)) = self.checking.discovery.take()
            {
                discovery.abort();
            }
            self.checking.expected = Some(best);
        }
    }

    /// The digest to check against now that every byte is here: the given or announced one,
    /// or what discovery found (waiting a little for it if it is still under way).
    fn final_expected(&mut self) -> Option<Expected> {
        let have_strong = self
            .checking
            .expected
            .as_ref()
            .is_some_and(|e| e.checksum.algorithm.is_strong());
        if let Some(discovery) = self.checking.discovery.take() {
            if have_strong {
                if let Discovery::Running(discovery) = discovery {
                    discovery.abort();
                }
            } else {
                let found = match discovery {
                    Discovery::Known(found) => found,
                    Discovery::Running(discovery) => {
                        // Said only when there is a wait (a slow server), not for every file.
                        let waiting = !discovery.is_finished();
                        if waiting {
                            self.ctx.reporter.doing(Activity::FindingChecksum);
                        }
                        let found = self.ctx.resources.net().block_on(async move {
                            tokio::time::timeout(DISCOVERY_WAIT, discovery)
                                .await
                                .ok()
                                .and_then(Result::ok)
                                .flatten()
                        });
                        if waiting {
                            self.ctx.reporter.doing(Activity::Saving);
                        }
                        found
                    }
                };
                // A strong published digest beats a weak announced one.
                let candidates = [found, self.checking.expected.take()];
                self.checking.expected = checksum::best(candidates.into_iter().flatten());
            }
        }
        self.checking.expected.clone()
    }

    /// Checks the finished partial (`bytes` long); the digest it matched, `None` when there is
    /// nothing to check against, or why it failed (a mismatch, or the disk).
    pub(super) fn verify(
        &mut self,
        part: &mut OpenPart,
        bytes: u64,
    ) -> Result<Option<Expected>, Reason> {
        let Some(expected) = self.final_expected() else {
            return Ok(None);
        };
        let algorithm = expected.checksum.algorithm;
        let (mut hasher, from) = match part.hashing.take() {
            Some(hashing) if hashing.algorithm == algorithm && hashing.upto <= bytes => {
                (hashing.hasher, hashing.upto)
            }
            _ => (algorithm.hasher(), 0),
        };
        if from < bytes {
            let show = bytes - from >= SHOW_PROGRESS_FROM;
            self.read_back(&part.paths.part, from, bytes, &mut hasher, show)
                .map_err(|err| Reason::from(&TransferError::disk_read(&part.paths.part, err)))?;
        }
        let actual = hasher.finish_hex();
        if actual == expected.checksum.hex {
            log::info!(
                "{}: verified ({} from {})",
                self.ctx.url_text,
                algorithm.name(),
                expected.source
            );
            return Ok(Some(expected));
        }
        Err(Reason::ChecksumMismatch {
            algorithm: algorithm.name().to_owned(),
            expected: expected.checksum.hex.clone(),
            actual,
            source: Some(expected.source),
        })
    }

    /// Hashes bytes `[from, to)` of the file at `path`, showing the progress when `show`.
    fn read_back(
        &self,
        path: &Path,
        from: u64,
        to: u64,
        hasher: &mut checksum::Hasher,
        show: bool,
    ) -> std::io::Result<()> {
        use std::io::Seek;
        let mut file = std::fs::File::open(path)?;
        file.seek(std::io::SeekFrom::Start(from))?;
        let mut buffer = vec![0; READ_CHUNK];
        let mut at = from;
        let mut shown = Instant::now();
        while at < to {
            let want = ((to - at) as usize).min(READ_CHUNK);
            let read = file.read(&mut buffer[..want])?;
            if read == 0 {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    "the file is shorter than its download",
                ));
            }
            hasher.update(&buffer[..read]);
            at += read as u64;
            if show && shown.elapsed() >= Duration::from_millis(100) {
                shown = Instant::now();
                let percent = ((at as f64 / to as f64) * 100.0).floor() as u8;
                self.ctx.reporter.doing(Activity::Verifying(percent));
            }
        }
        Ok(())
    }
}

/// Keeps damaged bytes as `NAME.damaged` (replacing an older one), never under the name.
pub(super) fn keep_damaged(part: OpenPart) {
    let OpenPart {
        paths,
        file,
        checkpointer,
        record,
        ..
    } = part;
    drop(checkpointer);
    drop(file);
    let damaged = paths
        .part
        .with_file_name(format!("{}.damaged", record.file_name));
    if let Err(err) = std::fs::rename(&paths.part, &damaged) {
        log::warn!(
            "could not keep {} as {}: {err}",
            paths.part.display(),
            damaged.display()
        );
        let _ = fsutil::remove_if_exists(&paths.part);
    }
    let _ = fsutil::remove_if_exists(&paths.control);
}
