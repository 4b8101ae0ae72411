//! One download from start to finish on its own thread.
//!
//! The worker finds or creates the partial file, sends the request (resuming with `Range` and
//! `If-Range`), validates what comes back, writes the body in place, publishes progress, retries
//! temporary failures with backoff, and on success flushes and renames the file into place. It
//! checks its stop flag between reads, so pause and cancel act within a fraction of a second.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT_ENCODING, CONTENT_DISPOSITION, IF_RANGE, RANGE};
use sha2::{Digest, Sha256};
use url::Url;

use super::Shared;
use super::checkpoint::Checkpointer;
use super::control::{self, ControlRecord, PartPaths};
use super::error::TransferError;
use super::fsutil;
use super::http::{self, ContentRange, ResponseHead};
use super::meter::{SpeedMeter, eta_secs};
use super::naming;
use super::pump::{Chunk, Exchange};
use super::redact::redacted_url;
use super::signal::{StopRequest, StopSignal};
use super::state::{Download, DownloadId, Status};

/// How often progress reaches the shared state.
const PUBLISH_INTERVAL: Duration = Duration::from_millis(100);
/// How often progress is made durable in the control file.
const CHECKPOINT_INTERVAL: Duration = Duration::from_secs(1);
/// Restarts from zero (the file changed on the server) before giving up.
const MAX_RESTARTS: u32 = 3;
/// Candidates tried when a name is taken: `a.txt`, `a (1).txt`, ... `a (999).txt`.
const MAX_NAME_ATTEMPTS: u32 = 1000;

/// What a worker thread does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum JobKind {
    /// Download (or resume) the file.
    Download,
    /// Delete the partial data of a cancelled or removed download that is not running.
    Cleanup,
}

/// Everything a worker needs to know, copied from the row when it starts.
#[derive(Clone, Debug)]
pub(crate) struct Job {
    pub id: DownloadId,
    pub kind: JobKind,
    pub url: Url,
    pub dir: PathBuf,
    pub file_name: Option<String>,
    pub name_fixed: bool,
    pub sha256: Option<String>,
}

impl Job {
    pub fn from_row(row: &Download, kind: JobKind) -> Self {
        Self {
            id: row.id,
            kind,
            url: row.url.clone(),
            dir: row.dir.clone(),
            file_name: row.file_name.clone(),
            name_fixed: row.name_fixed,
            sha256: row.sha256.clone(),
        }
    }
}

/// How a worker ended.
#[derive(Debug)]
pub(crate) enum Outcome {
    Finished { file_name: String, bytes: u64 },
    Failed(String),
    PausedBecause(String),
    Stopped,
}

/// Runs a job to its end.
pub(crate) fn run(shared: &Shared, job: &Job, signal: &StopSignal) -> Outcome {
    match job.kind {
        JobKind::Cleanup => {
            delete_own_partial(job);
            Outcome::Stopped
        }
        JobKind::Download => Transfer::new(shared, job, signal).run(),
    }
}

/// Deletes a download's partial and control files, but only when the control file proves they
/// belong to this download.
fn delete_own_partial(job: &Job) {
    let Some(name) = &job.file_name else { return };
    let paths = PartPaths::new(&job.dir, name);
    let ours = control::read(&paths.control)
        .is_some_and(|record| record.url == redacted_url(&job.url) && &record.file_name == name);
    if ours {
        let _ = fsutil::remove_if_exists(&paths.part);
        let _ = fsutil::remove_if_exists(&paths.control);
    }
}

/// A partial file this download owns.
struct OpenPart {
    paths: PartPaths,
    file: File,
    record: ControlRecord,
    done: u64,
    checkpointer: Checkpointer,
}

impl OpenPart {
    fn new(paths: PartPaths, file: File, record: ControlRecord, done: u64) -> io::Result<Self> {
        let checkpointer = Checkpointer::spawn(file.try_clone()?, paths.control.clone())?;
        Ok(Self {
            paths,
            file,
            record,
            done,
            checkpointer,
        })
    }

    fn current_record(&self) -> ControlRecord {
        let mut record = self.record.clone();
        record.set_contiguous_done(self.done);
        record
    }

    fn disk_error(&self, err: io::Error) -> TransferError {
        TransferError::disk(&self.paths.part, err)
    }
}

struct Transfer<'a> {
    shared: &'a Shared,
    job: &'a Job,
    signal: &'a StopSignal,
    url_text: String,
    part: Option<OpenPart>,
    meter: SpeedMeter,
    last_publish: Instant,
    last_checkpoint: Instant,
    total: Option<u64>,
}

impl<'a> Transfer<'a> {
    fn new(shared: &'a Shared, job: &'a Job, signal: &'a StopSignal) -> Self {
        Self {
            shared,
            job,
            signal,
            url_text: redacted_url(&job.url),
            part: None,
            meter: SpeedMeter::default(),
            last_publish: Instant::now(),
            last_checkpoint: Instant::now(),
            total: None,
        }
    }

    fn done(&self) -> u64 {
        self.part.as_ref().map_or(0, |p| p.done)
    }

    fn run(mut self) -> Outcome {
        if let Err(err) = self.open_resumable_part() {
            return Outcome::Failed(err.to_string());
        }
        let policy = self.shared.tuning().retry;
        let mut attempt = 1;
        let mut restarts = 0;
        loop {
            let before = self.done();
            let err = match self.attempt() {
                Ok(()) => return self.complete(),
                Err(err) => err,
            };
            if let Some(request) = self.signal.requested() {
                return self.stop(request);
            }
            match err {
                TransferError::Changed => {
                    restarts += 1;
                    if restarts > MAX_RESTARTS {
                        return self.fail("the file keeps changing on the server".into());
                    }
                    log::info!(
                        "{}: the file changed on the server; restarting",
                        self.url_text
                    );
                    if let Err(err) = self.restart_from_zero() {
                        return self.fail(err.to_string());
                    }
                    continue;
                }
                TransferError::DiskFull => {
                    self.checkpoint_and_wait();
                    return Outcome::PausedBecause(
                        "the disk is full; free some space, then resume".into(),
                    );
                }
                _ => {}
            }
            if self.done() > before {
                // Progress was made: this is a new run of failures, not the same one.
                attempt = 1;
            }
            if !err.is_transient() || attempt >= policy.max_attempts {
                return self.fail(err.to_string());
            }
            self.checkpoint_and_wait();
            attempt += 1;
            let delay = policy.delay(attempt, err.retry_after());
            log::info!("{}: {err}; attempt {attempt} in {delay:?}", self.url_text);
            if let Err(request) = self.wait_before_retry(delay, attempt, &err) {
                return self.stop(request);
            }
        }
    }

    /// Finds the partial file of an earlier run of this download and opens it for resuming.
    fn open_resumable_part(&mut self) -> Result<(), TransferError> {
        let found = match &self.job.file_name {
            Some(name) => {
                let paths = PartPaths::new(&self.job.dir, name);
                control::read(&paths.control)
                    .filter(|r| r.url == self.url_text && &r.file_name == name)
                    .map(|record| (paths, record))
            }
            None => control::find_for_url(&self.job.dir, &self.url_text),
        };
        let Some((paths, record)) = found else {
            return Ok(());
        };
        let file = match fsutil::open_existing_no_follow(&paths.part) {
            Ok(file) => file,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                // Someone deleted the partial data; the control file describes nothing now.
                let _ = fsutil::remove_if_exists(&paths.control);
                return Ok(());
            }
            Err(err) => {
                // Not a regular file we can open without following links: leave it alone and
                // start over under another name.
                log::warn!("not resuming {}: {err}", paths.part.display());
                return Ok(());
            }
        };
        let on_disk = file
            .metadata()
            .map_err(|e| TransferError::disk(&paths.part, e))?
            .len();
        // Bytes past what the control file vouches for may be incomplete: drop them.
        let done = record.contiguous_done().min(on_disk);
        if on_disk != done {
            file.set_len(done)
                .map_err(|e| TransferError::disk(&paths.part, e))?;
        }
        self.total = record.total;
        let name = record.file_name.clone();
        self.part = Some(
            OpenPart::new(paths, file, record, done)
                .map_err(|e| TransferError::disk(&self.job.dir, e))?,
        );
        self.publish_name(&name);
        self.publish_progress();
        Ok(())
    }

    /// One request and as much of the body as arrives.
    fn attempt(&mut self) -> Result<(), TransferError> {
        let offset = self.done();
        let tuning = self.shared.tuning();
        let mut request = tuning
            .client
            .get(self.job.url.clone())
            .header(ACCEPT_ENCODING, "identity");
        if let Some(part) = self.part.as_ref().filter(|_| offset > 0) {
            request = request.header(RANGE, format!("bytes={offset}-"));
            if let Some(validator) = http::if_range_value(
                part.record.etag.as_deref(),
                part.record.last_modified.as_deref(),
            ) {
                request = request.header(IF_RANGE, validator);
            }
        }
        self.set_status(Status::Connecting);
        let exchange = Exchange::start(request, tuning.network.stall_timeout)?;
        let signal = self.signal;
        let head = exchange.head(&|| signal.is_raised())?;
        let total = match head.status {
            200 => {
                if offset > 0 {
                    log::info!(
                        "{}: the server sent the whole file; starting over",
                        self.url_text
                    );
                    self.truncate(0)?;
                }
                let total = head.content_length();
                self.prepare_part(&head, Some(total))?;
                total
            }
            206 => self.accept_partial(&head, offset)?,
            416 => return self.range_not_satisfiable(&head, offset),
            code if (200..300).contains(&code) => {
                return Err(TransferError::Protocol(format!(
                    "unexpected status {code} {}",
                    head.reason
                )));
            }
            _ => return Err(head.error()),
        };
        self.total = total;
        self.set_status(Status::Downloading);
        self.stream(&exchange, total)
    }

    /// Checks a 206 answer: it must continue exactly where our data ends, of the same file.
    fn accept_partial(
        &mut self,
        head: &ResponseHead,
        offset: u64,
    ) -> Result<Option<u64>, TransferError> {
        let Some(ContentRange::Bytes { first, total, .. }) = head.content_range() else {
            return Err(TransferError::Protocol(
                "a partial response without a valid Content-Range".into(),
            ));
        };
        if offset == 0 {
            if first != 0 {
                return Err(TransferError::Protocol(
                    "a partial response we did not ask for".into(),
                ));
            }
            self.prepare_part(head, Some(total))?;
            return Ok(total);
        }
        let recorded = self.part.as_ref().and_then(|p| p.record.total);
        if first != offset || (recorded.is_some() && total != recorded) {
            return Err(TransferError::Changed);
        }
        self.prepare_part(head, None)?;
        Ok(total.or(recorded))
    }

    /// A 416 means done when the server's length equals what we have, else the file changed.
    fn range_not_satisfiable(
        &mut self,
        head: &ResponseHead,
        offset: u64,
    ) -> Result<(), TransferError> {
        if offset == 0 {
            return Err(head.error());
        }
        let recorded = self.part.as_ref().and_then(|p| p.record.total);
        match head.content_range() {
            Some(ContentRange::Unsatisfied { total })
                if total == offset && recorded.is_none_or(|r| r == total) =>
            {
                if let Some(part) = &mut self.part {
                    part.record.total = Some(total);
                }
                self.total = Some(total);
                Ok(())
            }
            _ => Err(TransferError::Changed),
        }
    }

    /// Creates the partial file on the first response, and records which version of the file
    /// is being downloaded (`fresh_total` is `Some` when the body starts at byte zero).
    fn prepare_part(
        &mut self,
        head: &ResponseHead,
        fresh_total: Option<Option<u64>>,
    ) -> Result<(), TransferError> {
        if self.part.is_none() {
            let base = self.choose_name(head);
            let (paths, file) = self.create_unique_part(&base)?;
            let name = paths
                .target
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or(base);
            let record = ControlRecord::new(self.url_text.clone(), name.clone());
            self.part = Some(
                OpenPart::new(paths, file, record, 0)
                    .map_err(|e| TransferError::disk(&self.job.dir, e))?,
            );
            self.publish_name(&name);
        }
        let Some(part) = self.part.as_mut() else {
            return Ok(());
        };
        part.record.final_url = redacted_url(&head.final_url);
        if let Some(total) = fresh_total {
            part.record.etag = head.etag();
            part.record.last_modified = head.last_modified();
            part.record.total = total;
            // The new version is on record before any of its bytes are written.
            part.checkpointer.save(&part.current_record(), true);
        }
        Ok(())
    }

    fn choose_name(&self, head: &ResponseHead) -> String {
        if self.job.name_fixed
            && let Some(name) = &self.job.file_name
        {
            return naming::sanitize(name);
        }
        head.header(CONTENT_DISPOSITION)
            .and_then(naming::name_from_content_disposition)
            .or_else(|| naming::name_from_url(&head.final_url))
            .or_else(|| naming::name_from_url(&self.job.url))
            .unwrap_or_else(|| naming::FALLBACK_NAME.to_owned())
    }

    /// Claims `base` or the first free `base (n)`: neither the final file nor its control file
    /// may exist, and the partial file is created exclusively (a planted symlink makes the
    /// creation fail, so it is never followed).
    fn create_unique_part(&self, base: &str) -> Result<(PartPaths, File), TransferError> {
        let dir = &self.job.dir;
        std::fs::create_dir_all(dir).map_err(|e| TransferError::disk(dir, e))?;
        for attempt in 0..MAX_NAME_ATTEMPTS {
            let paths = PartPaths::new(dir, &naming::numbered(base, attempt));
            if fsutil::exists_no_follow(&paths.target) || fsutil::exists_no_follow(&paths.control) {
                continue;
            }
            match fsutil::create_exclusive(&paths.part) {
                Ok(file) => return Ok((paths, file)),
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(err) => return Err(TransferError::disk(&paths.part, err)),
            }
        }
        Err(TransferError::disk(
            &dir.join(base),
            io::Error::new(io::ErrorKind::AlreadyExists, "every similar name is taken"),
        ))
    }

    /// Copies the body into the partial file.
    fn stream(&mut self, exchange: &Exchange, total: Option<u64>) -> Result<(), TransferError> {
        exchange.start_body();
        self.meter.reset();
        self.meter.record(Instant::now(), self.done());
        let signal = self.signal;
        let stopped = || signal.is_raised();
        loop {
            let (buffer, len) = match exchange.chunk(&stopped)? {
                Chunk::Data(buffer, len) => (buffer, len),
                Chunk::End => break,
                Chunk::Idle => {
                    self.tick()?;
                    continue;
                }
            };
            let Some(part) = self.part.as_mut() else {
                return Err(TransferError::Protocol("no partial file".into()));
            };
            let len = len as u64;
            if total.is_some_and(|t| part.done + len > t) {
                return Err(TransferError::Protocol(
                    "the server sent more data than it announced".into(),
                ));
            }
            fsutil::write_all_at(&part.file, &buffer[..len as usize], part.done)
                .map_err(|e| part.disk_error(e))?;
            part.done += len;
            exchange.recycle(buffer);
            self.tick()?;
        }
        self.publish_progress();
        let received = self.done();
        match total {
            Some(expected) if received < expected => {
                Err(TransferError::Truncated { received, expected })
            }
            _ => Ok(()),
        }
    }

    /// Publishes progress and saves a checkpoint when their time has come.
    fn tick(&mut self) -> Result<(), TransferError> {
        let now = Instant::now();
        if now.duration_since(self.last_publish) >= PUBLISH_INTERVAL {
            self.publish_progress();
        }
        if now.duration_since(self.last_checkpoint) >= CHECKPOINT_INTERVAL {
            self.last_checkpoint = now;
            if let Some(part) = &self.part {
                if let Some(err) = part.checkpointer.take_error() {
                    return Err(part.disk_error(err));
                }
                part.checkpointer.save(&part.current_record(), false);
            }
        }
        Ok(())
    }

    fn checkpoint_and_wait(&self) {
        if let Some(part) = &self.part
            && let Err(err) = part.checkpointer.save_and_wait(&part.current_record())
        {
            log::warn!("could not save progress of {}: {err}", self.url_text);
        }
    }

    fn truncate(&mut self, len: u64) -> Result<(), TransferError> {
        if let Some(part) = &mut self.part {
            part.file.set_len(len).map_err(|e| part.disk_error(e))?;
            part.done = len;
            self.meter.reset();
        }
        Ok(())
    }

    fn restart_from_zero(&mut self) -> Result<(), TransferError> {
        self.truncate(0)?;
        if let Some(part) = &mut self.part {
            part.record.reset();
            part.checkpointer.save(&part.current_record(), true);
        }
        self.total = None;
        self.publish_progress();
        Ok(())
    }

    /// Waits out a retry delay, showing the countdown; stops early when asked to.
    fn wait_before_retry(
        &mut self,
        delay: Duration,
        attempt: u32,
        err: &TransferError,
    ) -> Result<(), StopRequest> {
        let until = Instant::now() + delay;
        loop {
            if let Some(request) = self.signal.requested() {
                return Err(request);
            }
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(());
            }
            self.set_status(Status::Retrying {
                attempt,
                in_secs: left.as_secs_f64().ceil() as u64,
                reason: err.to_string(),
            });
            thread::sleep(left.min(Duration::from_millis(100)));
        }
    }

    /// Flushes, verifies and renames the finished file into place.
    fn complete(mut self) -> Outcome {
        let Some(part) = self.part.take() else {
            return Outcome::Failed("the server sent no file".into());
        };
        if let Err(err) = part.file.sync_data() {
            let message = part.disk_error(err).to_string();
            self.part = Some(part);
            return self.fail(message);
        }
        if let Some(expected) = &self.job.sha256 {
            match sha256_of(&part.paths.part) {
                Ok(actual) if &actual == expected => {}
                Ok(actual) => {
                    let message = TransferError::Checksum {
                        expected: expected.clone(),
                        actual,
                    }
                    .to_string();
                    discard(part);
                    return Outcome::Failed(message);
                }
                Err(err) => {
                    let message = part.disk_error(err).to_string();
                    self.part = Some(part);
                    return self.fail(message);
                }
            }
        }
        let bytes = part.done;
        let OpenPart {
            paths,
            file,
            record,
            checkpointer,
            ..
        } = part;
        // No control write may land after the control file is removed below.
        drop(checkpointer);
        drop(file);
        let base = record.file_name.clone();
        for attempt in 0..MAX_NAME_ATTEMPTS {
            let name = naming::numbered(&base, attempt);
            let target = self.job.dir.join(&name);
            match fsutil::rename_no_replace(&paths.part, &target) {
                Ok(()) => {
                    let _ = fsutil::remove_if_exists(&paths.control);
                    fsutil::sync_dir(&self.job.dir);
                    log::info!("{}: finished as {}", self.url_text, target.display());
                    return Outcome::Finished {
                        file_name: name,
                        bytes,
                    };
                }
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(err) => return Outcome::Failed(TransferError::disk(&target, err).to_string()),
            }
        }
        Outcome::Failed(format!(
            "every name like {base} is taken in {}",
            self.job.dir.display()
        ))
    }

    /// Ends the worker on the user's request (or Haul quitting).
    fn stop(mut self, request: StopRequest) -> Outcome {
        match request {
            StopRequest::Pause | StopRequest::Shutdown => self.checkpoint_and_wait(),
            StopRequest::Cancel => {
                if let Some(part) = self.part.take() {
                    discard(part);
                }
            }
        }
        Outcome::Stopped
    }

    /// Gives up, keeping the partial data so a retry can continue it.
    fn fail(self, reason: String) -> Outcome {
        self.checkpoint_and_wait();
        log::debug!("{}: failed: {reason}", self.url_text);
        Outcome::Failed(reason)
    }

    fn set_status(&self, status: Status) {
        let mut state = self.shared.lock();
        if self.signal.is_raised() {
            // A command already decided what the row says.
            return;
        }
        if state.row(self.job.id).is_some_and(|d| d.status != status) {
            state.update(self.job.id, |d| d.status = status);
            drop(state);
            self.shared.waker.wake(true);
        }
    }

    fn publish_name(&self, name: &str) {
        let mut state = self.shared.lock();
        state.update(self.job.id, |d| d.file_name = Some(name.to_owned()));
        drop(state);
        self.shared.changed();
    }

    fn publish_progress(&mut self) {
        let now = Instant::now();
        self.last_publish = now;
        let done = self.done();
        self.meter.record(now, done);
        let speed = self.meter.bytes_per_sec();
        let total = self.total;
        let eta = eta_secs(total.map(|t| t.saturating_sub(done)), speed);
        {
            let mut state = self.shared.lock();
            let raised = self.signal.is_raised();
            state.update(self.job.id, |d| {
                d.bytes_done = done;
                d.total_bytes = total;
                if !raised {
                    d.bytes_per_sec = speed;
                    d.eta_secs = eta;
                }
            });
        }
        self.shared.waker.wake(false);
    }
}

/// Deletes a partial file this download created, with its control file.
fn discard(part: OpenPart) {
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

/// The SHA-256 of a file as lowercase hex.
fn sha256_of(path: &Path) -> io::Result<String> {
    let mut file = File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 1 << 20];
    loop {
        let read = file.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}
