//! The attempts of one download: each runs until the file is complete, the worker is asked
//! to stop, or a problem ends it; temporary problems are retried with backoff, a partial
//! another Haul owns is waited for, and how it all ended becomes the row's [`Outcome`].

use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use crate::engine::clock::unix_now;
use crate::engine::details::RetryRecord;
use crate::engine::error::TransferError;
use crate::engine::files::control::PartPaths;
use crate::engine::files::ownership::{self, Lock};
use crate::engine::net::http;
use crate::engine::net::limiter::RateLimiter;
use crate::engine::reason::Reason;
use crate::engine::signal::StopRequest;
use crate::engine::state::reporter::Reporter;
use crate::engine::state::transitions::{Activity, Outcome};

use super::open_part::discard;
use super::partial::Opened;
use super::resources::Resources;
use super::transfer::{Job, POLL, Transfer};

/// Times an attempt may end because a partial of this download turned up (a safety net
/// against going round in circles).
const MAX_REOPENS: u32 = 3;
/// Restarts from zero (the file changed on the server) before giving up.
const MAX_RESTARTS: u32 = 3;

/// Downloads (or resumes) a job to its end.
pub(crate) fn run(
    reporter: &Reporter,
    resources: &Arc<Resources>,
    job: &Job,
    limiter: Arc<RateLimiter>,
) -> Outcome {
    Transfer::new(reporter, resources, job, limiter).run()
}

impl Transfer<'_> {
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
    pub(super) fn fail(mut self, reason: Reason) -> Outcome {
        self.keep_or_drop_partial();
        log::debug!("{}: failed: {reason:?}", self.url_text);
        Outcome::Failed(reason)
    }
}
