//! One download from start to finish on its own thread.
//!
//! The worker finds or creates the partial file, opens the first connection (resuming with
//! `Range` and `If-Range`) and validates what comes back. When the server confirms ranges and
//! the size is known, more connections join, each taking over part of the remaining work (see
//! [`Plan`]); all of them write in place into the one partial file. Progress is published about
//! ten times a second, temporary failures are retried with backoff, and on success the file is
//! flushed and renamed into place. The stop flag is checked between events, so pause and cancel
//! act within a fraction of a second.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT_ENCODING, CONTENT_DISPOSITION, IF_RANGE, RANGE};
use sha2::{Digest, Sha256};
use url::Url;

use super::checkpoint::Checkpointer;
use super::control::{self, ControlRecord, PartPaths};
use super::error::TransferError;
use super::fsutil;
use super::hosts::{Permit, host_key};
use super::http::{self, ContentRange, ResponseHead};
use super::limiter::RateLimiter;
use super::meter::{SpeedMeter, eta_secs};
use super::naming;
use super::plan::{Assignment, Plan};
use super::pump::{BUFFER_BYTES, ConnId, Event, Events, Exchange};
use super::ranges::RangeSet;
use super::redact::redacted_url;
use super::signal::{StopRequest, StopSignal};
use super::state::{Download, DownloadId, Status};
use super::{Shared, Tuning};

/// How often progress reaches the shared state.
const PUBLISH_INTERVAL: Duration = Duration::from_millis(100);
/// How often progress is made durable in the control file.
const CHECKPOINT_INTERVAL: Duration = Duration::from_secs(1);
/// How long the worker waits for an event before looking at its stop flag again.
const POLL: Duration = Duration::from_millis(100);
/// Restarts from zero (the file changed on the server) before giving up.
const MAX_RESTARTS: u32 = 3;
/// Candidates tried when a name is taken: `a.txt`, `a (1).txt`, ... `a (999).txt`.
const MAX_NAME_ATTEMPTS: u32 = 1000;
/// Read-ahead buffers shared by all connections of one download.
const BUFFER_BUDGET: usize = 16;
/// Files smaller than this are not preallocated (the syscalls cost more than they save).
const PREALLOCATE_FROM: u64 = 4 * 1024 * 1024;
/// A segment whose connection is silent this long, or needs this long to finish, gets a
/// second connection racing for the same bytes (when nothing else is left to split).
const LAGGING: Duration = Duration::from_millis(1500);

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
pub(crate) fn run(
    shared: &Shared,
    job: &Job,
    signal: &StopSignal,
    limiter: Arc<RateLimiter>,
) -> Outcome {
    match job.kind {
        JobKind::Cleanup => {
            delete_own_partial(job);
            Outcome::Stopped
        }
        JobKind::Download => Transfer::new(shared, job, signal, limiter).run(),
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

/// A partial file this download owns, and which of its bytes are written.
struct OpenPart {
    paths: PartPaths,
    file: File,
    record: ControlRecord,
    done: RangeSet,
    checkpointer: Checkpointer,
}

impl OpenPart {
    fn new(
        paths: PartPaths,
        file: File,
        record: ControlRecord,
        done: RangeSet,
    ) -> io::Result<Self> {
        let checkpointer = Checkpointer::new(file.try_clone()?, paths.control.clone());
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
        record.done = self.done.ranges().to_vec();
        record
    }

    fn disk_error(&self, err: io::Error) -> TransferError {
        TransferError::disk(&self.paths.part, err)
    }

    fn write(&mut self, bytes: &[u8], offset: u64) -> Result<(), TransferError> {
        fsutil::write_all_at(&self.file, bytes, offset).map_err(|e| self.disk_error(e))?;
        self.done.insert(offset, offset + bytes.len() as u64);
        Ok(())
    }
}

/// One connection of an attempt.
struct Conn {
    exchange: Exchange,
    /// The part of the file it fetches (the segment's end may shrink while it runs).
    work: Assignment,
    /// Where its next byte goes.
    cursor: u64,
    /// The first connection of an attempt: its answer decides how the download proceeds.
    primary: bool,
    started: Instant,
    last_data: Instant,
    bytes: u64,
    _permit: Option<Permit>,
}

/// How the current attempt downloads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Waiting for the first answer.
    Probing,
    /// One connection streams to the end of the body.
    Stream,
    /// Several connections share a plan of segments.
    Segmented,
}

/// The connections of one attempt.
struct Session {
    events: Events,
    conns: HashMap<ConnId, Conn>,
    next_id: ConnId,
    mode: Mode,
    plan: Plan,
    /// The single stream reached the end of its body.
    ended: bool,
    failures: u32,
    last_error: Option<TransferError>,
    next_conn_at: Instant,
}

impl Session {
    fn new() -> Self {
        Self {
            events: Events::default(),
            conns: HashMap::new(),
            next_id: 0,
            mode: Mode::Probing,
            plan: Plan::default(),
            ended: false,
            failures: 0,
            last_error: None,
            next_conn_at: Instant::now(),
        }
    }
}

struct Transfer<'a> {
    shared: &'a Shared,
    job: &'a Job,
    signal: &'a StopSignal,
    limiter: Arc<RateLimiter>,
    tuning: Tuning,
    host: String,
    url_text: String,
    part: Option<OpenPart>,
    total: Option<u64>,
    meter: SpeedMeter,
    last_publish: Instant,
    last_checkpoint: Instant,
    note: Option<String>,
}

impl<'a> Transfer<'a> {
    fn new(
        shared: &'a Shared,
        job: &'a Job,
        signal: &'a StopSignal,
        limiter: Arc<RateLimiter>,
    ) -> Self {
        Self {
            shared,
            job,
            signal,
            limiter,
            tuning: shared.tuning(),
            host: host_key(&job.url),
            url_text: redacted_url(&job.url),
            part: None,
            total: None,
            meter: SpeedMeter::default(),
            last_publish: Instant::now(),
            last_checkpoint: Instant::now(),
            note: None,
        }
    }

    fn done(&self) -> u64 {
        self.part.as_ref().map_or(0, |p| p.done.covered())
    }

    fn run(mut self) -> Outcome {
        if let Err(err) = self.open_resumable_part() {
            return Outcome::Failed(err.to_string());
        }
        let mut attempt = 1;
        let mut restarts = 0;
        loop {
            self.tuning = self.shared.tuning();
            let policy = self.tuning.retry.clone();
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
            None => self.shared.controls.find(&self.job.dir, &self.url_text),
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
        // Only what the control file vouches for counts, and only what is on disk.
        let mut done = RangeSet::from_ranges(&record.done);
        done.truncate(on_disk);
        if record.total.is_none() {
            // Without a known size the file grows by appending: drop any unvouched tail.
            let keep = done.contiguous_from_zero();
            done.truncate(keep);
            file.set_len(keep)
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

    /// One pass of connections over what is missing, until the file is complete or an error
    /// ends the attempt.
    fn attempt(&mut self) -> Result<(), TransferError> {
        if let (Some(total), Some(part)) = (self.total, &self.part)
            && part.done.covered() >= total
        {
            // Complete already (a crash right before the rename).
            return Ok(());
        }
        self.set_status(Status::Connecting);
        let mut session = Session::new();
        let permit = self.wait_for_host_slot()?;
        let (from, to) = self.first_request_range();
        self.open_conn(&mut session, from, to, true, Some(permit))?;
        self.meter.reset();
        self.meter.record(Instant::now(), self.done());
        loop {
            if self.signal.is_raised() {
                return Err(TransferError::Stopped);
            }
            if let Some((id, event)) = session.events.next(POLL)
                && self.on_event(&mut session, id, event)?
            {
                return Ok(());
            }
            self.tick()?;
            if self.is_complete(&session) {
                self.publish_progress();
                return Ok(());
            }
            if session.mode == Mode::Segmented {
                self.fill_connections(&mut session)?;
                if session.conns.is_empty() && Instant::now() >= session.next_conn_at {
                    return Err(session.last_error.take().unwrap_or_else(|| {
                        TransferError::Network("no connection could be opened".into())
                    }));
                }
            } else if session.conns.is_empty() {
                return Err(session
                    .last_error
                    .take()
                    .unwrap_or_else(|| TransferError::Network("the connection closed".into())));
            }
        }
    }

    fn is_complete(&self, session: &Session) -> bool {
        match session.mode {
            Mode::Probing => false,
            Mode::Stream => session.ended,
            Mode::Segmented => session.plan.is_complete(),
        }
    }

    /// Where the first connection of an attempt starts: the first missing byte.
    fn first_request_range(&self) -> (u64, Option<u64>) {
        match (&self.part, self.total) {
            (Some(part), Some(total)) => match part.done.gaps(total).first() {
                Some(&[start, end]) => (start, Some(end)),
                None => (total, Some(total)),
            },
            (Some(part), None) => (part.done.contiguous_from_zero(), None),
            (None, _) => (0, None),
        }
    }

    /// Waits (stop-aware) until the host accepts one more connection from us.
    fn wait_for_host_slot(&self) -> Result<Permit, TransferError> {
        if let Some(permit) = self.tuning.hosts.try_acquire(&self.host, false) {
            return Ok(permit);
        }
        let _turn = self.tuning.hosts.wait_turn(&self.host);
        loop {
            if let Some(permit) = self.tuning.hosts.try_acquire(&self.host, false) {
                return Ok(permit);
            }
            if self.signal.is_raised() {
                return Err(TransferError::Stopped);
            }
            thread::sleep(POLL);
        }
    }

    /// Starts a connection for bytes `from..to` (`to` = `None`: to the end).
    fn open_conn(
        &mut self,
        session: &mut Session,
        from: u64,
        to: Option<u64>,
        primary: bool,
        permit: Option<Permit>,
    ) -> Result<(), TransferError> {
        let mut request = self
            .tuning
            .client
            .get(self.job.url.clone())
            .header(ACCEPT_ENCODING, "identity");
        let ranged = from > 0 || to.is_some() || (primary && self.tuning.connections > 1);
        if ranged {
            let range = match to {
                Some(end) if Some(end) != self.total => format!("bytes={from}-{}", end - 1),
                _ => format!("bytes={from}-"),
            };
            request = request.header(RANGE, range);
            if let Some(part) = self.part.as_ref().filter(|p| !p.done.ranges().is_empty())
                && let Some(validator) = http::if_range_value(
                    part.record.etag.as_deref(),
                    part.record.last_modified.as_deref(),
                )
            {
                request = request.header(IF_RANGE, validator);
            }
        }
        let buffers = (BUFFER_BUDGET / self.tuning.connections.max(1)).max(2);
        let exchange = Exchange::start(
            request,
            session.next_id,
            &session.events,
            vec![Arc::clone(&self.limiter), Arc::clone(&self.tuning.limiter)],
            buffers,
            Arc::clone(&self.shared.buffers),
        )?;
        let now = Instant::now();
        session.conns.insert(
            session.next_id,
            Conn {
                exchange,
                work: Assignment {
                    segment: usize::MAX,
                    from,
                    to: to.unwrap_or(u64::MAX),
                },
                cursor: from,
                primary,
                started: now,
                last_data: now,
                bytes: 0,
                _permit: permit,
            },
        );
        session.next_id += 1;
        Ok(())
    }

    /// Handles one event; `Ok(true)` when the download turned out to be complete.
    fn on_event(
        &mut self,
        session: &mut Session,
        id: ConnId,
        event: Event,
    ) -> Result<bool, TransferError> {
        if !session.conns.contains_key(&id) {
            // A connection we already let go of.
            return Ok(false);
        }
        if let Some(err) = event.error(self.tuning.network.stall_timeout) {
            if matches!(err, TransferError::Connect(_)) {
                // A server refusing connections is pushing back just like a 503.
                self.tuning.hosts.push_back(&self.host, None);
                self.update_connection_note();
            }
            return self.conn_failed(session, id, err).map(|()| false);
        }
        match event {
            Event::Head(Ok(head)) => self.on_head(session, id, &head),
            Event::Data(buffer, len) => {
                let written = self.on_data(session, id, &buffer[..len]);
                match session.conns.get(&id) {
                    Some(conn) => conn.exchange.recycle(buffer),
                    None => self.shared.buffers.give(buffer),
                }
                written.map(|()| false)
            }
            Event::End => self.on_end(session, id).map(|()| false),
            Event::Head(Err(_)) | Event::Failed(_) => Ok(false),
        }
    }

    fn on_head(
        &mut self,
        session: &mut Session,
        id: ConnId,
        head: &ResponseHead,
    ) -> Result<bool, TransferError> {
        let Some(conn) = session.conns.get(&id) else {
            return Ok(false);
        };
        let from = conn.work.from;
        if conn.primary && session.mode == Mode::Probing {
            return self.on_primary_head(session, id, head, from);
        }
        // A further connection: it must continue the same file exactly where asked.
        match head.status {
            206 => {
                let Some(ContentRange::Bytes { first, total, .. }) = head.content_range() else {
                    return Err(TransferError::Protocol(
                        "a partial response without a valid Content-Range".into(),
                    ));
                };
                let recorded_etag = self.part.as_ref().and_then(|p| p.record.etag.clone());
                let etag_changed =
                    matches!((recorded_etag, head.etag()), (Some(a), Some(b)) if a != b);
                if first != from || total != self.total || etag_changed {
                    return Err(TransferError::Changed);
                }
            }
            // If-Range did not match (or the server stopped honouring ranges).
            200 => return Err(TransferError::Changed),
            429 | 503 => {
                self.tuning.hosts.push_back(&self.host, head.retry_after());
                self.update_connection_note();
                self.conn_failed(session, id, head.error())?;
                return Ok(false);
            }
            _ => {
                let err = head.error();
                self.conn_failed(session, id, err)?;
                return Ok(false);
            }
        }
        if let Some(conn) = session.conns.get(&id) {
            let remaining = session
                .plan
                .segment(conn.work.segment)
                .end
                .saturating_sub(conn.cursor);
            conn.exchange.start_body(Some(remaining));
        }
        Ok(false)
    }

    /// The first answer decides: a whole file (200), a confirmed range (206), done (416), or
    /// an error.
    fn on_primary_head(
        &mut self,
        session: &mut Session,
        id: ConnId,
        head: &ResponseHead,
        from: u64,
    ) -> Result<bool, TransferError> {
        match head.status {
            200 => {
                if self.done() > 0 {
                    log::info!(
                        "{}: the server sent the whole file; starting over",
                        self.url_text
                    );
                    self.truncate_to_zero()?;
                }
                let total = head.content_length();
                self.prepare_part(head, Some(total))?;
                if self.tuning.connections > 1 {
                    self.note = Some("the server does not support parallel connections".into());
                }
                self.begin_stream(session, id, 0)
            }
            206 => {
                let Some(ContentRange::Bytes { first, total, .. }) = head.content_range() else {
                    return Err(TransferError::Protocol(
                        "a partial response without a valid Content-Range".into(),
                    ));
                };
                if first != from {
                    return Err(if from == 0 {
                        TransferError::Protocol("a partial response we did not ask for".into())
                    } else {
                        TransferError::Changed
                    });
                }
                if from == 0 && self.done() == 0 {
                    self.prepare_part(head, Some(total))?;
                } else {
                    let recorded = self.part.as_ref().and_then(|p| p.record.total);
                    if recorded.is_some() && total != recorded {
                        return Err(TransferError::Changed);
                    }
                    self.prepare_part(head, None)?;
                }
                self.total = total.or(self.total);
                match self.total {
                    Some(total) if self.tuning.connections > 1 => {
                        self.preallocate(total)?;
                        self.begin_segmented(session, id, total)
                    }
                    _ => self.begin_stream(session, id, from),
                }
            }
            416 => self.range_not_satisfiable(head, from),
            code if (200..300).contains(&code) => Err(TransferError::Protocol(format!(
                "unexpected status {code} {}",
                head.reason
            ))),
            _ => {
                if matches!(head.status, 429 | 503) {
                    self.tuning.hosts.push_back(&self.host, head.retry_after());
                }
                Err(head.error())
            }
        }
    }

    fn begin_stream(
        &mut self,
        session: &mut Session,
        id: ConnId,
        from: u64,
    ) -> Result<bool, TransferError> {
        session.mode = Mode::Stream;
        if let Some(conn) = session.conns.get_mut(&id) {
            conn.cursor = from;
            conn.work.to = self.total.unwrap_or(u64::MAX);
            conn.exchange
                .start_body(self.total.map(|t| t.saturating_sub(from)));
        }
        self.set_status(Status::Downloading);
        Ok(false)
    }

    fn begin_segmented(
        &mut self,
        session: &mut Session,
        id: ConnId,
        total: u64,
    ) -> Result<bool, TransferError> {
        let gaps = self
            .part
            .as_ref()
            .map(|p| p.done.gaps(total))
            .unwrap_or_else(|| vec![[0, total]]);
        session.mode = Mode::Segmented;
        session.plan = Plan::from_gaps(&gaps);
        match session.plan.assign() {
            Some(work) => {
                if let Some(conn) = session.conns.get_mut(&id) {
                    conn.work = work;
                    conn.cursor = work.from;
                    conn.exchange.start_body(Some(work.to - work.from));
                }
            }
            None => {
                session.conns.remove(&id);
            }
        }
        self.set_status(Status::Downloading);
        Ok(session.plan.is_complete())
    }

    /// A 416 means done when the server's length equals what we have, else the file changed.
    fn range_not_satisfiable(
        &mut self,
        head: &ResponseHead,
        from: u64,
    ) -> Result<bool, TransferError> {
        if from == 0 {
            return Err(head.error());
        }
        let recorded = self.part.as_ref().and_then(|p| p.record.total);
        match head.content_range() {
            Some(ContentRange::Unsatisfied { total })
                if total == from
                    && recorded.is_none_or(|r| r == total)
                    && self
                        .part
                        .as_ref()
                        .is_some_and(|p| p.done.covered() == total) =>
            {
                if let Some(part) = &mut self.part {
                    part.record.total = Some(total);
                }
                self.total = Some(total);
                Ok(true)
            }
            _ => Err(TransferError::Changed),
        }
    }

    fn on_data(
        &mut self,
        session: &mut Session,
        id: ConnId,
        bytes: &[u8],
    ) -> Result<(), TransferError> {
        let Some(conn) = session.conns.get_mut(&id) else {
            return Ok(());
        };
        let end = match session.mode {
            Mode::Segmented => session.plan.segment(conn.work.segment).end,
            _ => conn.work.to,
        };
        let usable = (bytes.len() as u64).min(end.saturating_sub(conn.cursor)) as usize;
        if session.mode == Mode::Stream && usable < bytes.len() {
            return Err(TransferError::Protocol(
                "the server sent more data than it announced".into(),
            ));
        }
        let Some(part) = self.part.as_mut() else {
            return Err(TransferError::Protocol("no partial file".into()));
        };
        if usable > 0 {
            part.write(&bytes[..usable], conn.cursor)?;
            conn.cursor += usable as u64;
            conn.bytes += usable as u64;
            conn.last_data = Instant::now();
            session.failures = 0;
        }
        if session.mode == Mode::Segmented {
            let segment = conn.work.segment;
            session.plan.advance(segment, conn.cursor);
            if conn.cursor >= end || session.plan.segment(segment).remaining() == 0 {
                // This segment is done (by this connection or a racing duplicate): free every
                // connection on it for other work.
                let finished: Vec<ConnId> = session
                    .conns
                    .iter()
                    .filter(|(_, c)| c.work.segment == segment)
                    .map(|(&id, _)| id)
                    .collect();
                for id in finished {
                    session.conns.remove(&id);
                    session.plan.release(segment);
                }
            }
        }
        Ok(())
    }

    fn on_end(&mut self, session: &mut Session, id: ConnId) -> Result<(), TransferError> {
        let Some(conn) = session.conns.get(&id) else {
            return Ok(());
        };
        match session.mode {
            Mode::Stream => {
                session.conns.remove(&id);
                match self.total {
                    Some(expected) if self.done() < expected => Err(TransferError::Truncated {
                        received: self.done(),
                        expected,
                    }),
                    _ => {
                        session.ended = true;
                        Ok(())
                    }
                }
            }
            Mode::Segmented => {
                let expected = session.plan.segment(conn.work.segment).end;
                let received = conn.cursor;
                self.conn_failed(session, id, TransferError::Truncated { received, expected })
            }
            Mode::Probing => self.conn_failed(
                session,
                id,
                TransferError::Protocol("a response without a body".into()),
            ),
        }
    }

    /// One connection failed. With a single stream that ends the attempt; with several, the
    /// others carry on and its work goes back into the plan.
    fn conn_failed(
        &mut self,
        session: &mut Session,
        id: ConnId,
        err: TransferError,
    ) -> Result<(), TransferError> {
        let Some(conn) = session.conns.remove(&id) else {
            return Ok(());
        };
        if session.mode != Mode::Segmented {
            return Err(err);
        }
        session.plan.release(conn.work.segment);
        if !err.is_transient() {
            return Err(err);
        }
        session.failures += 1;
        log::debug!("{}: a connection failed: {err}", self.url_text);
        if session.failures >= self.tuning.retry.max_attempts {
            return Err(err);
        }
        let delay = self
            .tuning
            .retry
            .delay(session.failures + 1, err.retry_after())
            .min(Duration::from_secs(5));
        session.next_conn_at = Instant::now() + delay;
        session.last_error = Some(err);
        Ok(())
    }

    /// Keeps every allowed connection busy: abandoned segments first, then splits, then a
    /// duplicate for a lagging tail.
    fn fill_connections(&mut self, session: &mut Session) -> Result<(), TransferError> {
        let now = Instant::now();
        if now < session.next_conn_at {
            return Ok(());
        }
        while session.conns.len() < self.tuning.connections {
            // The slot first, so no segment is split for a connection that cannot start.
            let Some(permit) = self.tuning.hosts.try_acquire(&self.host, true) else {
                self.update_connection_note();
                return Ok(());
            };
            let work = match session.plan.assign() {
                Some(work) => work,
                None => match lagging_segment(session, now) {
                    Some(segment) => match session.plan.duplicate(segment) {
                        Some(work) => work,
                        None => return Ok(()),
                    },
                    None => return Ok(()),
                },
            };
            self.open_conn(session, work.from, Some(work.to), false, Some(permit))?;
            if let Some(conn) = session.conns.get_mut(&(session.next_id - 1)) {
                conn.work = work;
            }
        }
        Ok(())
    }

    fn update_connection_note(&mut self) {
        if let Some(allowed) = self.tuning.hosts.allowed(&self.host)
            && allowed < self.tuning.connections
        {
            let plural = if allowed == 1 { "" } else { "s" };
            self.note = Some(format!("the server allows {allowed} connection{plural}"));
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
                OpenPart::new(paths, file, record, RangeSet::default())
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
            self.total = total;
            // A fresh version claims nothing done, so there is nothing to record yet: the first
            // checkpoint (after a second) or a stop writes the control file, and a file that
            // finishes sooner never needs one. A version seen while resuming is recorded now.
            if !part.done.ranges().is_empty() {
                let record = part.current_record();
                part.checkpointer.save(&record, true);
            }
        }
        Ok(())
    }

    /// Reserves the whole file on disk, so a full disk shows up now rather than mid-way.
    fn preallocate(&mut self, total: u64) -> Result<(), TransferError> {
        let Some(part) = &self.part else {
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
            if super::error::is_disk_full(&err) {
                return Err(TransferError::DiskFull);
            }
        }
        part.file.set_len(total).map_err(|e| part.disk_error(e))
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

    /// Publishes progress and saves a checkpoint when their time has come.
    fn tick(&mut self) -> Result<(), TransferError> {
        let now = Instant::now();
        if now.duration_since(self.last_publish) >= PUBLISH_INTERVAL {
            self.publish_progress();
        }
        if now.duration_since(self.last_checkpoint) >= CHECKPOINT_INTERVAL {
            self.last_checkpoint = now;
            if let Some(part) = &mut self.part {
                if let Some(err) = part.checkpointer.take_error() {
                    return Err(part.disk_error(err));
                }
                let record = part.current_record();
                part.checkpointer.save(&record, false);
            }
        }
        Ok(())
    }

    fn checkpoint_and_wait(&mut self) {
        if let Some(part) = &mut self.part {
            let record = part.current_record();
            if let Err(err) = part.checkpointer.save_and_wait(&record) {
                log::warn!("could not save progress of {}: {err}", self.url_text);
            }
        }
    }

    fn truncate_to_zero(&mut self) -> Result<(), TransferError> {
        if let Some(part) = &mut self.part {
            part.file.set_len(0).map_err(|e| part.disk_error(e))?;
            part.done.clear();
            self.meter.reset();
        }
        Ok(())
    }

    fn restart_from_zero(&mut self) -> Result<(), TransferError> {
        self.truncate_to_zero()?;
        if let Some(part) = &mut self.part {
            part.record.reset();
            // Nothing is done now; the stale record must not survive a crash.
            let record = part.current_record();
            part.checkpointer.note_fresh(&record);
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
            thread::sleep(left.min(POLL));
        }
    }

    /// Flushes, verifies and renames the finished file into place.
    fn complete(mut self) -> Outcome {
        let Some(part) = self.part.take() else {
            return Outcome::Failed("the server sent no file".into());
        };
        let bytes = self.total.unwrap_or_else(|| part.done.covered());
        if let Err(err) = part
            .file
            .set_len(bytes)
            .and_then(|()| part.file.sync_data())
        {
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
    fn fail(mut self, reason: String) -> Outcome {
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
        let note = self.note.clone();
        {
            let mut state = self.shared.lock();
            let raised = self.signal.is_raised();
            state.update(self.job.id, |d| {
                d.bytes_done = done;
                d.total_bytes = total;
                d.note = note;
                if !raised {
                    d.bytes_per_sec = speed;
                    d.eta_secs = eta;
                }
            });
        }
        self.shared.waker.wake(false);
    }
}

/// A segment worth racing a second connection against: its only connection has gone quiet or
/// will take long to finish, and nothing else is left to split.
fn lagging_segment(session: &Session, now: Instant) -> Option<usize> {
    session
        .conns
        .values()
        .filter(|c| session.plan.segment(c.work.segment).owners == 1)
        .filter(|c| now.duration_since(c.started) >= LAGGING)
        .filter_map(|c| {
            let remaining = session.plan.segment(c.work.segment).remaining();
            if remaining == 0 {
                return None;
            }
            let elapsed = now.duration_since(c.started).as_secs_f64().max(0.001);
            let rate = c.bytes as f64 / elapsed;
            let finish = if rate > 0.0 {
                remaining as f64 / rate
            } else {
                f64::INFINITY
            };
            let silent = now.duration_since(c.last_data);
            (silent >= LAGGING || finish >= LAGGING.as_secs_f64())
                .then_some((c.work.segment, finish))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(segment, _)| segment)
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
    let mut buffer = vec![0; BUFFER_BYTES * 4];
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
