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
use crate::engine::net::limiter::Limit;
use crate::engine::net::proxy::Route;
use crate::engine::reason::Reason;
use crate::engine::signal::StopRequest;
use crate::engine::state::reporter::Reporter;
use crate::engine::state::transitions::{Activity, Outcome};

use super::context::Context;
use super::job::Job;
use super::open_part::discard;
use super::partial::Opened;
use super::transfer::{POLL, Transfer};
use crate::engine::resources::Resources;

/// Times an attempt may end because a partial of this download turned up (a safety net
/// against going round in circles).
const MAX_REOPENS: u32 = 3;
/// Restarts from zero (the file changed on the server) before giving up.
const MAX_RESTARTS: u32 = 3;

/// What happens after one step of a download.
enum Turn {
    /// Go on to the next step (a part is open: attempt).
    Go,
    /// Start the next turn from the top.
    Again,
    /// Asked to stop.
    Stop(StopRequest),
    /// Give up.
    Fail(Reason),
    /// Every byte is here (or the file was already there): finish.
    Complete,
    /// Ended otherwise.
    End(Outcome),
}

/// What the turns of one download have used up.
struct Counts {
    /// The attempt in the current run of failures (1 is the first).
    attempt: u32,
    /// Restarts because the file changed on the server.
    restarts: u32,
    /// Turns ended because a partial of this download turned up.
    reopened: u32,
}

/// Downloads (or resumes) a job to its end.
pub(crate) fn run(
    reporter: &Reporter,
    resources: &Arc<Resources>,
    job: &Job,
    limits: [Arc<dyn Limit>; 2],
) -> Outcome {
    Transfer::new(Context::new(reporter, resources, job, limits)).run()
}

impl Transfer<'_> {
    fn run(mut self) -> Outcome {
        if let Route::Unusable(problem) = &self.route {
            // Never around the proxy the user chose, and never retried: it will not change.
            let reason = Reason::Proxy {
                proxy: String::new(),
                problem: problem.clone(),
            };
            return self.fail(reason);
        }
        let mut count = Counts {
            attempt: 1,
            restarts: 0,
            reopened: 0,
        };
        loop {
            let turn = if self.progress.part.is_none() {
                self.find_or_claim_part(&mut count)
            } else {
                Turn::Go
            };
            let turn = match turn {
                Turn::Go => self.attempt_once(&mut count),
                other => other,
            };
            match turn {
                Turn::Go | Turn::Again => {}
                Turn::Stop(request) => return self.stop(request),
                Turn::Fail(reason) => return self.fail(reason),
                Turn::Complete => return self.complete(),
                Turn::End(outcome) => return outcome,
            }
        }
    }

    /// Finds this download's partial (or its finished file), or claims a new one.
    fn find_or_claim_part(&mut self, count: &mut Counts) -> Turn {
        match self.open_resumable_part() {
            Ok(Opened::Nothing) => {
                self.find_finished_copy();
                match self.claim_likely_name() {
                    Ok(()) => Turn::Go,
                    Err(TransferError::FoundPartial) if count.reopened < MAX_REOPENS => {
                        count.reopened += 1;
                        Turn::Again
                    }
                    Err(TransferError::OwnedElsewhere) => self.wait_for_owner_turn(),
                    Err(err) => Turn::Fail(Reason::from(&err)),
                }
            }
            Ok(Opened::Resumed) => Turn::Go,
            Ok(Opened::AlreadyThere { name, bytes }) => {
                self.naming.already = Some((name, bytes));
                Turn::Complete
            }
            Err(TransferError::OwnedElsewhere) => self.wait_for_owner_turn(),
            Err(err) => Turn::Fail(Reason::from(&err)),
        }
    }

    /// One attempt over what is missing, and what its end means.
    fn attempt_once(&mut self, count: &mut Counts) -> Turn {
        // Settings changed since the last attempt apply to this one; the download's own
        // number of connections still goes over them.
        self.ctx.tuning = super::context::tuned(self.ctx.resources, self.ctx.job);
        let before = self.done();
        let err = match self.attempt() {
            Ok(()) => return Turn::Complete,
            Err(err) => err,
        };
        if let Some(request) = self.ctx.reporter.stop_request() {
            return Turn::Stop(request);
        }
        match err {
            TransferError::AlreadyDone => Turn::Complete,
            TransferError::IsAStream => {
                self.keep_or_drop_partial();
                Turn::End(Outcome::Becomes(crate::engine::state::Kind::Stream))
            }
            TransferError::IsATorrent => {
                self.keep_or_drop_partial();
                Turn::End(Outcome::Becomes(crate::engine::state::Kind::Torrent))
            }
            TransferError::LeftHost(next) => self.follow_to_another_host(next),
            TransferError::OwnedElsewhere => self.wait_for_owner_turn(),
            // The server asked for the login in a way Haul now answers: ask again at once.
            TransferError::Challenged => Turn::Again,
            // A partial of this download turned up: open it on the next turn.
            TransferError::FoundPartial if count.reopened < MAX_REOPENS => {
                count.reopened += 1;
                Turn::Again
            }
            TransferError::Changed => {
                count.restarts += 1;
                if count.restarts > MAX_RESTARTS {
                    return Turn::Fail(Reason::KeepsChanging);
                }
                log::info!(
                    "{}: the file changed on the server; restarting",
                    self.ctx.url_text
                );
                match self.restart_from_zero() {
                    Ok(()) => Turn::Again,
                    Err(err) => Turn::Fail(Reason::from(&err)),
                }
            }
            TransferError::DiskFull => {
                self.release_reservation();
                self.checkpoint_and_wait();
                let needed_bytes = self.progress.total.map(|t| t.saturating_sub(self.done()));
                Turn::End(Outcome::PausedBecause(Reason::DiskFull { needed_bytes }))
            }
            err => self.retry_or_fail(&err, self.done().saturating_sub(before), count),
        }
    }

    /// A browser's link led to another host: followed without the browser's headers, within
    /// the redirect rules.
    fn follow_to_another_host(&mut self, next: url::Url) -> Turn {
        let here = self
            .target
            .clone()
            .unwrap_or_else(|| self.ctx.job.url.clone());
        self.redirected_from.push(here);
        if let Err(refusal) = http::check_redirect(&self.redirected_from, &next) {
            return Turn::Fail(Reason::from(&TransferError::Redirect(refusal)));
        }
        log::info!(
            "{}: led to another host; following it without the browser's headers",
            self.ctx.url_text
        );
        self.target = Some(next);
        Turn::Again
    }

    /// Waits for the other Haul that owns the partial; stopped if asked to.
    fn wait_for_owner_turn(&mut self) -> Turn {
        match self.wait_for_owner() {
            Ok(()) => Turn::Again,
            Err(request) => Turn::Stop(request),
        }
    }

    /// After a failed attempt that `delivered` bytes: waits and tries again while the problem
    /// is temporary and attempts are left, else gives up.
    fn retry_or_fail(&mut self, err: &TransferError, delivered: u64, count: &mut Counts) -> Turn {
        let policy = self.ctx.tuning.retry.clone();
        if delivered > 0 {
            // Progress was made: this is a new run of failures, not the same one.
            count.attempt = 1;
        }
        if !err.is_transient() || count.attempt >= policy.max_attempts {
            return Turn::Fail(Reason::from(err));
        }
        self.checkpoint_and_wait();
        count.attempt += 1;
        let attempt = count.attempt;
        let broke_after = if err.broke_off() { delivered } else { 0 };
        let delay = policy.delay_after(attempt, err.retry_after(), broke_after);
        let retry = RetryRecord {
            at_unix: unix_now(),
            attempt,
            reason: Reason::from(err),
        };
        self.ctx
            .reporter
            .details(|details| details.add_retry(retry));
        log::info!(
            "{}: {err}; attempt {attempt} in {delay:?}",
            self.ctx.url_text
        );
        match self.wait_before_retry(delay, attempt, err) {
            Ok(()) => Turn::Again,
            Err(request) => Turn::Stop(request),
        }
    }

    /// When the worker ends unfinished: a partial with bytes in it is kept (its reserved space
    /// given back, its progress recorded); an empty one holds nothing and goes, so a failed
    /// link leaves no clutter.
    fn keep_or_drop_partial(&mut self) {
        if self
            .progress
            .part
            .as_ref()
            .is_some_and(|p| p.done.ranges().is_empty())
        {
            if let Some(part) = self.progress.part.take() {
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
        let Some(name) = self.naming.known_name.clone() else {
            return Ok(());
        };
        let part = PartPaths::new(&self.naming.dir, &name).part;
        log::info!(
            "{}: another Haul is writing {}",
            self.ctx.url_text,
            part.display()
        );
        self.ctx
            .reporter
            .doing(Activity::WaitingFor(Reason::OtherHaulDownloading));
        loop {
            if let Some(request) = self.ctx.reporter.stop_request() {
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
            if let Some(request) = self.ctx.reporter.stop_request() {
                return Err(request);
            }
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(());
            }
            self.ctx.reporter.doing(Activity::Retrying {
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
        log::debug!("{}: stopping ({request:?})", self.ctx.url_text);
        self.keep_or_drop_partial();
        Outcome::Stopped
    }

    /// Gives up, keeping the partial data so a retry can continue it.
    pub(super) fn fail(mut self, reason: Reason) -> Outcome {
        self.keep_or_drop_partial();
        log::debug!("{}: failed: {reason:?}", self.ctx.url_text);
        Outcome::Failed(reason)
    }
}
