//! One download from start to finish on its own thread.
//!
//! The worker finds or creates the partial file ([`partial`]), opens the first connection
//! (resuming with `Range` and `If-Range`) and judges what comes back ([`answers`]). When the
//! server confirms ranges and the size is known, more connections join ([`connections`]), each
//! taking over part of the remaining work (see [`Plan`](super::plan::Plan)); all of them write
//! in place into the one partial file ([`session`] runs one attempt). Progress is published
//! about ten times a second ([`report`]), temporary failures are retried with backoff (here),
//! and on success the file is flushed and renamed into place. The stop flag is checked between
//! events, so pause and cancel act within a fraction of a second.

mod answers;
mod claim;
mod connections;
mod finish;
mod partial;
mod probe;
mod relink;
mod report;
pub(crate) mod resources;
mod session;
mod verdict;
mod verify;

use connections::Session;
pub(crate) use partial::delete_own_partial;
use partial::{OpenPart, Opened, discard};
use session::Mode;

use std::path::PathBuf;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use url::Url;

use crate::engine::checksum::{Checksum, Expected, Source};
use crate::engine::clock::unix_now;
use crate::engine::details::RetryRecord;
use crate::engine::error::TransferError;
use crate::engine::files::control::PartPaths;
use crate::engine::files::origin::{Origin, origin_url};
use crate::engine::files::ownership::{self, Lock};
use crate::engine::from_browser::FromBrowser;
use crate::engine::net::hosts::host_key;
use crate::engine::net::http;
use crate::engine::net::limiter::RateLimiter;
use crate::engine::net::meter::SpeedMeter;
use crate::engine::reason::{Reason, SpeedNote};
use crate::engine::redact::redacted_url;
use crate::engine::signal::StopRequest;
use crate::engine::state::reporter::Reporter;
use crate::engine::state::transitions::Activity;
pub(crate) use crate::engine::state::transitions::Outcome;
use crate::engine::state::{Download, Relink};
use crate::engine::worker::resources::Resources;
use crate::engine::worker::resources::Tuning;

/// How long the worker waits for an event before looking at its stop flag again.
const POLL: Duration = Duration::from_millis(100);
/// Times an attempt may end because a partial of this download turned up (a safety net
/// against going round in circles).
const MAX_REOPENS: u32 = 3;
/// Restarts from zero (the file changed on the server) before giving up.
const MAX_RESTARTS: u32 = 3;

/// Everything a worker needs to know, copied from the row when it starts.
#[derive(Clone, Debug)]
pub(crate) struct Job {
    pub url: Url,
    pub dir: PathBuf,
    pub file_name: Option<String>,
    pub name_fixed: bool,
    pub checksum: Option<Checksum>,
    pub again: bool,
    pub relink: Relink,
    pub from_browser: Option<Arc<FromBrowser>>,
}

impl Job {
    pub fn from_row(row: &Download) -> Self {
        Self {
            url: row.url.clone(),
            dir: row.dir.clone(),
            file_name: row.file_name.clone(),
            name_fixed: row.name_fixed,
            checksum: row.checksum.clone(),
            again: row.again,
            relink: row.relink,
            from_browser: row.from_browser.clone(),
        }
    }
}

/// Downloads (or resumes) a job to its end.
pub(crate) fn run(
    reporter: &Reporter,
    resources: &Arc<Resources>,
    job: &Job,
    limiter: Arc<RateLimiter>,
) -> Outcome {
    Transfer::new(reporter, resources, job, limiter).run()
}

struct Transfer<'a> {
    reporter: &'a Reporter,
    resources: &'a Arc<Resources>,
    job: &'a Job,
    limiter: Arc<RateLimiter>,
    tuning: Tuning,
    host: String,
    /// The link as control files record it (password masked).
    url_text: String,
    /// The link as finished files record their origin (no user name or password).
    origin_url: String,
    /// The name this download's files have, once known (from the row, or found on disk).
    known_name: Option<String>,
    /// A finished file from this link in the folder, to ask the server about first.
    candidate: Option<(String, Origin)>,
    /// Set when the file turned out to be there already: its name and size.
    already: Option<(String, u64)>,
    /// The server answers ranges without the file's size: ask for everything at once.
    ask_open_ended: bool,
    /// The partial was created under the link's name before the server named the file.
    preclaimed: bool,
    part: Option<OpenPart>,
    total: Option<u64>,
    meter: SpeedMeter,
    last_publish: Instant,
    last_checkpoint: Instant,
    last_quick_checkpoint: Instant,
    note: Option<SpeedNote>,
    /// When the details panel's facts were last published.
    last_details: Instant,
    /// Time spent writing to the partial file, in all, and as of the last details.
    write_time: Duration,
    write_time_published: Duration,
    /// The limit on connections to one host kept this download from opening more.
    host_limited: bool,
    /// The digest the file will be checked against, so far (given, or announced).
    expected: Option<Expected>,
    /// Discovery of a published checksum, while it runs beside the download.
    discovery: Option<verify::Discovery>,
    /// The name to say when the body's first bytes turn out to be a web page (set when the
    /// name promises a file and the server named no type that settles it).
    page_check: Option<String>,
    /// Where a browser's link led on another host (followed without the browser's headers).
    target: Option<Url>,
    /// The links visited before `target`, for the redirect rules.
    redirected_from: Vec<Url>,
}

impl<'a> Transfer<'a> {
    fn new(
        reporter: &'a Reporter,
        resources: &'a Arc<Resources>,
        job: &'a Job,
        limiter: Arc<RateLimiter>,
    ) -> Self {
        Self {
            reporter,
            resources,
            job,
            limiter,
            tuning: resources.tuning(),
            host: host_key(&job.url),
            url_text: redacted_url(&job.url),
            origin_url: origin_url(&job.url),
            known_name: job.file_name.clone(),
            candidate: None,
            already: None,
            ask_open_ended: false,
            preclaimed: false,
            part: None,
            total: None,
            meter: SpeedMeter::default(),
            last_publish: Instant::now(),
            last_checkpoint: Instant::now(),
            last_quick_checkpoint: Instant::now(),
            note: None,
            last_details: Instant::now(),
            write_time: Duration::ZERO,
            write_time_published: Duration::ZERO,
            host_limited: false,
            expected: job.checksum.clone().map(|checksum| Expected {
                checksum,
                source: Source::Given,
            }),
            discovery: None,
            page_check: None,
            target: None,
            redirected_from: Vec::new(),
        }
    }

    /// A GET request for the file: to where the link led (after a redirect to another host)
    /// or the link itself, with a browser's headers only on the link's own origin.
    fn file_request(&self) -> reqwest::RequestBuilder {
        let url = self.target.as_ref().unwrap_or(&self.job.url);
        if let Some(browser) = &self.job.from_browser
            && let Some(client) = self.resources.browser_client(&self.tuning.network)
        {
            return browser.apply(client.get(url.clone()), url, &self.job.url);
        }
        self.tuning.client.get(url.clone())
    }

    fn done(&self) -> u64 {
        self.part.as_ref().map_or(0, |p| p.done.covered())
    }

    fn run(mut self) -> Outcome {
        let mut attempt = 1;
        let mut restarts = 0;
        let mut reopened = 0;
        loop {
            if self.part.is_none() {
                match self.open_resumable_part() {
                    Ok(Opened::Nothing) => {
                        self.find_finished_copy();
                        match self.claim_likely_name() {
                            Ok(()) => {}
                            Err(TransferError::FoundPartial) if reopened < MAX_REOPENS => {
                                reopened += 1;
                                continue;
                            }
                            Err(TransferError::OwnedElsewhere) => {
                                if let Err(request) = self.wait_for_owner() {
                                    return self.stop(request);
                                }
                                continue;
                            }
                            Err(err) => return self.fail(Reason::from(&err)),
                        }
                    }
                    Ok(Opened::Resumed) => {}
                    Ok(Opened::AlreadyThere { name, bytes }) => {
                        self.already = Some((name, bytes));
                        return self.complete();
                    }
                    Err(TransferError::OwnedElsewhere) => {
                        if let Err(request) = self.wait_for_owner() {
                            return self.stop(request);
                        }
                        continue;
                    }
                    Err(err) => return self.fail(Reason::from(&err)),
                }
            }
            self.tuning = self.resources.tuning();
            let policy = self.tuning.retry.clone();
            let before = self.done();
            let err = match self.attempt() {
                Ok(()) => return self.complete(),
                Err(err) => err,
            };
            if let Some(request) = self.reporter.stop_request() {
                return self.stop(request);
            }
            match err {
                TransferError::AlreadyDone => return self.complete(),
                TransferError::LeftHost(next) => {
                    let here = self.target.clone().unwrap_or_else(|| self.job.url.clone());
                    self.redirected_from.push(here);
                    if let Err(reason) = http::check_redirect(&self.redirected_from, &next) {
                        return self.fail(Reason::from(&TransferError::Redirect(reason)));
                    }
                    log::info!(
                        "{}: led to another host; following it without the browser's headers",
                        self.url_text
                    );
                    self.target = Some(next);
                    continue;
                }
                TransferError::OwnedElsewhere => {
                    if let Err(request) = self.wait_for_owner() {
                        return self.stop(request);
                    }
                    continue;
                }
                // A partial of this download turned up: open it on the next turn.
                TransferError::FoundPartial if reopened < MAX_REOPENS => {
                    reopened += 1;
                    continue;
                }
                TransferError::Changed => {
                    restarts += 1;
                    if restarts > MAX_RESTARTS {
                        return self.fail(Reason::KeepsChanging);
                    }
                    log::info!(
                        "{}: the file changed on the server; restarting",
                        self.url_text
                    );
                    if let Err(err) = self.restart_from_zero() {
                        return self.fail(Reason::from(&err));
                    }
                    continue;
                }
                TransferError::DiskFull => {
                    self.release_reservation();
                    self.checkpoint_and_wait();
                    let needed_bytes = self.total.map(|t| t.saturating_sub(self.done()));
                    return Outcome::PausedBecause(Reason::DiskFull { needed_bytes });
                }
                _ => {}
            }
            let delivered = self.done().saturating_sub(before);
            if delivered > 0 {
                // Progress was made: this is a new run of failures, not the same one.
                attempt = 1;
            }
            if !err.is_transient() || attempt >= policy.max_attempts {
                return self.fail(Reason::from(&err));
            }
            self.checkpoint_and_wait();
            attempt += 1;
            let broke_after = if err.broke_off() { delivered } else { 0 };
            let delay = policy.delay_after(attempt, err.retry_after(), broke_after);
            let retry = RetryRecord {
                at_unix: unix_now(),
                attempt,
                reason: Reason::from(&err),
            };
            self.reporter.details(|details| details.add_retry(retry));
            log::info!("{}: {err}; attempt {attempt} in {delay:?}", self.url_text);
            if let Err(request) = self.wait_before_retry(delay, attempt, &err) {
                return self.stop(request);
            }
        }
    }

    /// When the worker ends unfinished: a partial with bytes in it is kept (its reserved space
    /// given back, its progress recorded); an empty one holds nothing and goes, so a failed
    /// link leaves no clutter.
    fn keep_or_drop_partial(&mut self) {
        if self
            .part
            .as_ref()
            .is_some_and(|p| p.done.ranges().is_empty())
        {
            if let Some(part) = self.part.take() {
                discard(part);
            }
            return;
        }
        self.release_reservation();
        self.checkpoint_and_wait();
    }

    /// Waits, showing why, while another Haul writes this download's partial file; returns
    /// when it stopped writing (finished, paused or gone), or when asked to stop.
    fn wait_for_owner(&mut self) -> Result<(), StopRequest> {
        let Some(name) = self.known_name.clone() else {
            return Ok(());
        };
        let part = PartPaths::new(&self.job.dir, &name).part;
        log::info!(
            "{}: another Haul is writing {}",
            self.url_text,
            part.display()
        );
        self.reporter
            .doing(Activity::WaitingFor(Reason::OtherHaulDownloading));
        loop {
            if let Some(request) = self.reporter.stop_request() {
                return Err(request);
            }
            thread::sleep(POLL);
            if !matches!(ownership::open_and_lock(&part), Ok(Lock::Busy)) {
                return Ok(());
            }
        }
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
            if let Some(request) = self.reporter.stop_request() {
                return Err(request);
            }
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(());
            }
            self.reporter.doing(Activity::Retrying {
                attempt,
                in_secs: left.as_secs_f64().ceil() as u64,
                reason: Reason::from(err),
            });
            thread::sleep(left.min(POLL));
        }
    }

    /// Ends the worker on the user's request (or Haul quitting).
    fn stop(mut self, request: StopRequest) -> Outcome {
        // A cancel keeps the files too: the engine deletes them when the undo window is over.
        log::debug!("{}: stopping ({request:?})", self.url_text);
        self.keep_or_drop_partial();
        Outcome::Stopped
    }

    /// Gives up, keeping the partial data so a retry can continue it.
    fn fail(mut self, reason: Reason) -> Outcome {
        self.keep_or_drop_partial();
        log::debug!("{}: failed: {reason:?}", self.url_text);
        Outcome::Failed(reason)
    }
}
