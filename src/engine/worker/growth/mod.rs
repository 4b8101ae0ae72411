//! Connections earned by throughput. A download opens more connections only when the total
//! speed shows they pay: each step up is watched for a window long enough to mean something
//! (a round trip, a few frames per connection), and stays only if the download's total rate
//! rose with it by a clear margin. A step that did not pay is taken back at once (the extra
//! connections are closed) and none is tried again for a while.
//!
//! The first step is made inside the user's own number: one connection alone first, the rest
//! a window later. When the total rose in proportion, the server holds each connection to a
//! rate (a line capped only as a whole shares the same speed among four) and the download goes
//! straight to the per-server limit, which is judged in turn; when it did not, it stays at the
//! user's number and never opened one more. Nothing grows while a limit of the user's own
//! binds (more connections would only be slowed down by it).
//!
//! What paid off is remembered for the server (`net::learned`): the next download from it, or
//! this one resumed, starts with that many connections instead of climbing again. A server that
//! pushes back (429, 503, refused connections) lowers the per-host limit itself (see
//! `net::hosts`), which this never goes past.

use std::time::{Duration, Instant};

pub(super) mod measure;

use super::connections::Session;
use super::transfer::Transfer;
use crate::engine::clock::unix_now;
use crate::engine::details::{ConnectionsAdded, NotFaster};
use crate::engine::net::learned::Learned;
use measure::{Sample, Verdict, Watch, judge, uneven};

/// Added connections are watched from half a round trip after the last one's first byte (the
/// others feel a shared line's new sharing by then), within these bounds.
const SETTLE_MIN: Duration = Duration::from_millis(20);
const SETTLE_MAX: Duration = Duration::from_millis(200);
/// Each count is watched for this many round trips...
const WINDOW_ROUND_TRIPS: u32 = 1;
/// ...within these bounds...
const WINDOW_MIN: Duration = Duration::from_millis(100);
const WINDOW_MAX: Duration = Duration::from_secs(1);
/// ...and until each connection brought this much (a few of a long link's frames). A window
/// whose two halves brought very different speeds (a server that lets each request burst,
/// then holds it until the next second) is watched twice as long, up to this long.
const WINDOW_BYTES_EACH: u64 = 48 * 1024;
const WINDOW_LONGEST: Duration = Duration::from_secs(2);
/// A step whose connections cannot all send within this long is given up.
const STEP_TIMEOUT: Duration = Duration::from_secs(3);
/// After a step that did not pay, none is tried for this long (twice as long each time).
const QUIET: Duration = Duration::from_secs(60);
/// While a limit of the user's own binds, growth looks again this often.
const LIMIT_QUIET: Duration = Duration::from_secs(5);
/// Growth pays only for what takes longer than this at the current speed.
const LEFT_FOR: Duration = Duration::from_secs(2);

impl Transfer<'_> {
    /// Called on every event of a segmented attempt: starts, watches and judges steps.
    pub(super) fn adapt_connections(&mut self, session: &mut Session) {
        let now = Instant::now();
        if !session.growth.started {
            self.start_growth(session);
        }
        if self.user_limit_binds() {
            self.hold_back_for_limit(session, now);
            return;
        }
        if session.growth.watch.is_some() {
            self.watch_step(session, now);
            return;
        }
        let growth = &session.growth;
        if growth.cap <= growth.base || growth.quiet_until.is_none_or(|until| now < until) {
            return;
        }
        match growth.kept {
            // Nothing measured yet (a limit held it back from the start): watch what runs.
            None => self.step_to(session, self.wanted_connections, false),
            Some(kept) if kept.count < growth.cap && self.worth_growing(kept.rate) => {
                let next = if growth.held {
                    growth.cap
                } else {
                    (kept.count * 2).min(growth.cap)
                };
                self.step_to(session, next, false);
            }
            Some(_) => session.growth.quiet_until = None,
        }
    }

    /// The first look: the user's number and the most allowed; a start from what the server
    /// allowed before, or one connection alone first (the first step, inside the user's
    /// number).
    fn start_growth(&mut self, session: &mut Session) {
        let base = self.ctx.tuning.connections.max(1);
        let cap = match self.ctx.job.connections {
            Some(asked) => asked.max(1),
            None => self.ctx.tuning.hosts.per_host().max(base),
        };
        let growth = &mut session.growth;
        growth.started = true;
        growth.base = base;
        growth.cap = cap;
        if cap <= base {
            self.wanted_connections = base;
            return;
        }
        let recorded = self
            .progress
            .part
            .as_ref()
            .and_then(|p| p.record.connections);
        let known = self.ctx.tuning.hosts.learned(&self.ctx.host);
        if let Some(learned) = Learned::newest(recorded, known, unix_now()) {
            let count = learned.connections.clamp(base, cap);
            session.growth.held = learned.each.is_some();
            log::debug!(
                "{}: starting with {count} connections, as this server allowed before",
                self.ctx.url_text
            );
            if count > base {
                self.ctx.reporter.details(|details| {
                    details.growth.added = Some(ConnectionsAdded {
                        from: base,
                        to: count,
                        each: learned.each,
                        remembered: true,
                    });
                });
            }
            self.step_to(session, count, true);
            return;
        }
        self.step_to(session, 1, false);
    }

    /// Asks for `count` connections and watches them once they all send.
    fn step_to(&mut self, session: &mut Session, count: usize, remembered: bool) {
        log::debug!("{}: {count} connections", self.ctx.url_text);
        self.wanted_connections = count;
        session.growth.watch = Some(Watch {
            count,
            stepped: Instant::now(),
            since: None,
            window: WINDOW_MIN,
            mid: None,
            remembered,
        });
        self.ctx
            .reporter
            .details(|details| details.connections_wanted = count);
    }

    /// Watches the current count; once its window has passed, judges it.
    fn watch_step(&mut self, session: &mut Session, now: Instant) {
        let done = self.done();
        let growth = &mut session.growth;
        let Some(watch) = &mut growth.watch else {
            return;
        };
        let Some((since, done_at)) = watch.since else {
            let open = session.conns.len();
            let before = growth.kept.map_or(0, |k| k.count);
            if open < watch.count && session.short && open > before {
                // As many as could open (the host's slots are taken, or the rest of the file
                // is too little to share further): those are the step.
                watch.count = open;
                self.wanted_connections = open;
            }
            let reached = open >= watch.count;
            let last_first_byte = session
                .conns
                .values()
                .map(|c| c.first_data.map(|(at, _)| at))
                .collect::<Option<Vec<_>>>()
                .and_then(|firsts| firsts.into_iter().max());
            match last_first_byte {
                Some(last) if reached => {
                    // One connection alone has nothing to settle with.
                    let settle = if watch.count > 1 {
                        (growth.rtt.unwrap_or_default() / 2).clamp(SETTLE_MIN, SETTLE_MAX)
                    } else {
                        Duration::ZERO
                    };
                    if now >= last + settle {
                        log::debug!(
                            "{}: watching {} connections (round trip {:?})",
                            self.ctx.url_text,
                            watch.count,
                            growth.rtt
                        );
                        watch.since = Some((now, done));
                        watch.window = (growth.rtt.unwrap_or_default() * WINDOW_ROUND_TRIPS)
                            .clamp(WINDOW_MIN, WINDOW_MAX);
                    }
                }
                _ if now.duration_since(watch.stepped) >= STEP_TIMEOUT => {
                    // Nothing more opened, or one never sent a byte: back to what was kept,
                    // and try again later.
                    log::debug!(
                        "{}: {open} of {} connections sending after {STEP_TIMEOUT:?}",
                        self.ctx.url_text,
                        watch.count
                    );
                    growth.watch = None;
                    growth.quiet_until = Some(now + QUIET);
                    self.wanted_connections = before.max(growth.base);
                    self.release_extra_connections(session);
                }
                _ => {}
            }
            return;
        };
        let elapsed = now.duration_since(since);
        if watch.mid.is_none() && elapsed >= watch.window / 2 {
            watch.mid = Some((now, done));
        }
        let bytes = done.saturating_sub(done_at);
        let enough = bytes >= WINDOW_BYTES_EACH * watch.count as u64;
        if elapsed < watch.window || (!enough && elapsed < WINDOW_LONGEST) {
            return;
        }
        if let Some((mid_at, mid_done)) = watch.mid
            && watch.window * 2 <= WINDOW_LONGEST
            && uneven(
                (
                    mid_done.saturating_sub(done_at),
                    mid_at.duration_since(since),
                ),
                (done.saturating_sub(mid_done), now.duration_since(mid_at)),
            )
        {
            // Bursts and pauses: what came so far is the first half of a longer look.
            watch.window *= 2;
            watch.mid = Some((now, done));
            return;
        }
        let sample = Sample {
            count: watch.count,
            rate: bytes as f64 / elapsed.as_secs_f64(),
        };
        let remembered = watch.remembered;
        growth.watch = None;
        self.judge_step(session, sample, remembered, now);
    }

    /// What a watched count showed: kept, taken back, or a reason to step further.
    fn judge_step(
        &mut self,
        session: &mut Session,
        sample: Sample,
        remembered: bool,
        now: Instant,
    ) {
        let growth = &mut session.growth;
        let before = growth
            .kept
            .filter(|b| b.count < sample.count && !remembered);
        growth.kept = Some(sample);
        if let Some(before) = before {
            log::debug!(
                "{}: {} connections bring {:.0} B/s, {} brought {:.0}",
                self.ctx.url_text,
                sample.count,
                sample.rate,
                before.count,
                before.rate
            );
            match judge(before, sample) {
                Verdict::Paid { held } => {
                    growth.held = held;
                    self.report_added(session, sample.count, held.then_some(sample));
                }
                Verdict::NotPaid { keep } => {
                    self.take_step_back(session, before, sample, keep, now);
                    return;
                }
            }
        }
        let growth = &mut session.growth;
        if remembered {
            // Started where the server's last download ended: no climbing again now.
            growth.quiet_until = Some(now + QUIET);
            return;
        }
        if sample.count < growth.base {
            // The first step: the rest of the user's own number.
            let base = growth.base;
            self.step_to(session, base, false);
            return;
        }
        if sample.count < growth.cap && self.worth_growing(sample.rate) {
            let growth = &session.growth;
            let (next, held) = if growth.held {
                (growth.cap, Some(sample))
            } else {
                ((sample.count * 2).min(growth.cap), None)
            };
            // Said at the step, from the step before it: the server held each connection.
            self.report_added(session, next, held);
            self.step_to(session, next, false);
            return;
        }
        self.remember_what_paid(session);
        session.growth.quiet_until = Some(now + session.growth.quiet.unwrap_or(QUIET));
    }

    /// A step that did not pay: back to the count that gives the speed (never fewer than the
    /// user's number), the extra connections closed at once, no step for a while.
    fn take_step_back(
        &mut self,
        session: &mut Session,
        before: Sample,
        sample: Sample,
        keep: usize,
        now: Instant,
    ) {
        let growth = &mut session.growth;
        let keep = keep.max(growth.base);
        growth.kept = Some(Sample {
            count: keep,
            rate: sample.rate,
        });
        growth.held = false;
        let quiet = growth.quiet.unwrap_or(QUIET);
        growth.quiet_until = Some(now + quiet);
        growth.quiet = Some(quiet * 2);
        log::debug!("{}: back to {keep} connections", self.ctx.url_text);
        self.wanted_connections = keep;
        self.release_extra_connections(session);
        self.report_added(session, keep, None);
        self.ctx.reporter.details(|details| {
            details.connections_wanted = keep;
            details.growth.not_faster = Some(NotFaster {
                tried: sample.count,
                than: before.count,
                total: sample.rate as u64,
            });
        });
        self.remember_what_paid(session);
    }

    /// Says how many connections beyond the user's number the download uses (none: says
    /// nothing), and what each gets when `held` shows the server holds each to a rate.
    fn report_added(&self, session: &Session, to: usize, held: Option<Sample>) {
        let base = session.growth.base;
        let added = (to > base).then(|| ConnectionsAdded {
            from: base,
            to,
            each: held.map(|s| (s.rate / s.count.max(1) as f64) as u64),
            remembered: false,
        });
        self.ctx
            .reporter
            .details(|details| details.growth.added = added);
    }

    /// True when more connections could still shorten the download noticeably.
    fn worth_growing(&self, rate: f64) -> bool {
        let left = self
            .progress
            .total
            .map_or(0, |total| total.saturating_sub(self.done()));
        left as f64 > rate * LEFT_FOR.as_secs_f64()
    }

    /// A speed limit of the user's own (this download's, its queue's, the overall one) holds
    /// the download back now.
    fn user_limit_binds(&self) -> bool {
        self.ctx.limiters.iter().any(|limiter| limiter.binding())
    }

    /// A limit of the user's binds: no step is watched, and connections beyond the user's own
    /// number are closed (they would only be slowed down by it).
    fn hold_back_for_limit(&mut self, session: &mut Session, now: Instant) {
        let growth = &mut session.growth;
        growth.watch = None;
        growth.quiet_until = Some(now + LIMIT_QUIET);
        let base = growth.base;
        if self.wanted_connections != base {
            log::debug!(
                "{}: a speed limit binds: {base} connections",
                self.ctx.url_text
            );
            self.wanted_connections = base;
            self.release_extra_connections(session);
            self.ctx
                .reporter
                .details(|details| details.connections_wanted = base);
        }
    }

    /// Closes the newest connections beyond the number wanted; their unfinished pieces go
    /// back to be shared (only what was on its way to them is lost).
    fn release_extra_connections(&mut self, session: &mut Session) {
        while session.conns.len() > self.wanted_connections {
            let Some(&newest) = session.conns.keys().max() else {
                return;
            };
            if let Some(conn) = session.conns.remove(&newest)
                && let Some(segment) = conn.segment
            {
                session.plan.release(segment);
            }
        }
    }

    /// Remembers the connections that paid off, for the server's next download and for this
    /// one resumed.
    fn remember_what_paid(&mut self, session: &Session) {
        let Some(kept) = session.growth.kept else {
            return;
        };
        let learned = Learned {
            connections: kept.count,
            each: session
                .growth
                .held
                .then_some((kept.rate / kept.count.max(1) as f64) as u64),
            total: kept.rate as u64,
            at_unix: unix_now(),
        };
        self.ctx.tuning.hosts.remember(&self.ctx.host, learned);
        if let Some(part) = &mut self.progress.part {
            part.record.connections = Some(learned);
        }
    }
}
