//! The connections of one attempt: opening one (with a host slot, `Range` and `If-Range`),
//! keeping every allowed connection busy (abandoned segments, splits, a racing duplicate for a
//! lagging tail), and taking one out when it fails.

use std::collections::HashMap;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT_ENCODING, IF_MODIFIED_SINCE, IF_NONE_MATCH, IF_RANGE, RANGE};

use super::{Mode, POLL, Transfer};
use crate::engine::error::TransferError;
use crate::engine::hosts::Permit;
use crate::engine::http::{self};
use crate::engine::plan::{Assignment, Plan};
use crate::engine::pump::{ConnId, Events, Exchange};
use crate::engine::reason::SpeedNote;

/// Read-ahead buffers shared by all connections of one download.
const BUFFER_BUDGET: usize = 16;
/// A segment whose connection is silent this long, or needs this long to finish, gets a
/// second connection racing for the same bytes (when nothing else is left to split).
const LAGGING: Duration = Duration::from_millis(1500);

/// One connection of an attempt.
pub(super) struct Conn {
    pub(super) exchange: Exchange,
    /// The part of the file it fetches (the segment's end may shrink while it runs).
    pub(super) work: Assignment,
    /// Where its next byte goes.
    pub(super) cursor: u64,
    /// The first connection of an attempt: its answer decides how the download proceeds.
    pub(super) primary: bool,
    pub(super) started: Instant,
    pub(super) last_data: Instant,
    pub(super) bytes: u64,
    pub(super) _permit: Option<Permit>,
}

/// The connections of one attempt.
pub(super) struct Session {
    pub(super) events: Events,
    pub(super) conns: HashMap<ConnId, Conn>,
    pub(super) next_id: ConnId,
    pub(super) mode: Mode,
    pub(super) plan: Plan,
    /// The single stream reached the end of its body.
    pub(super) ended: bool,
    pub(super) failures: u32,
    pub(super) last_error: Option<TransferError>,
    pub(super) next_conn_at: Instant,
}

impl Session {
    pub(super) fn new() -> Self {
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

impl Transfer<'_> {
    /// Waits (stop-aware) until the host accepts one more connection from us.
    pub(super) fn wait_for_host_slot(&self) -> Result<Permit, TransferError> {
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
    pub(super) fn open_conn(
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
        if primary
            && self.part.is_none()
            && let Some((_, origin)) = &self.candidate
        {
            // The same file may be here already: ask the server whether it changed.
            match (&origin.etag, &origin.last_modified) {
                (Some(etag), _) if !etag.starts_with("W/") => {
                    request = request.header(IF_NONE_MATCH, etag.as_str());
                }
                (_, Some(date)) => request = request.header(IF_MODIFIED_SINCE, date.as_str()),
                _ => {}
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

    /// One connection failed. With a single stream that ends the attempt; with several, the
    /// others carry on and its work goes back into the plan.
    pub(super) fn conn_failed(
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
    pub(super) fn fill_connections(&mut self, session: &mut Session) -> Result<(), TransferError> {
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

    pub(super) fn update_connection_note(&mut self) {
        if let Some(allowed) = self.tuning.hosts.allowed(&self.host)
            && allowed < self.tuning.connections
        {
            self.note = Some(SpeedNote::ServerAllows {
                connections: allowed,
            });
        }
    }
}

/// A segment worth racing a second connection against: its only connection has gone quiet or
/// will take long to finish, and nothing else is left to split.
pub(super) fn lagging_segment(session: &Session, now: Instant) -> Option<usize> {
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
