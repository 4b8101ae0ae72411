//! The connections of one attempt: opening one (with a host slot, `Range` and `If-Range`),
//! keeping every allowed connection busy (abandoned segments, splits, a racing duplicate for a
//! lagging tail), asking for the next piece when one arrived, and taking one out when it fails.
//!
//! A connection asks for a bounded piece of its segment at a time (about two seconds of its
//! speed), so when another connection takes over part of the segment, no byte already on its
//! way is thrown away; the next piece goes out on the same kept-alive connection.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT_ENCODING, IF_MODIFIED_SINCE, IF_NONE_MATCH, IF_RANGE, RANGE};

use super::growth::measure::Growth;
use super::transfer::{POLL, Transfer};
use crate::engine::error::TransferError;
use crate::engine::net::hosts::Permit;
use crate::engine::net::http;
use crate::engine::net::plan::{Plan, SegmentId};
use crate::engine::net::pump::{ConnId, Events, Exchange};
use crate::engine::reason::SpeedNote;

/// Read-ahead buffers shared by all connections of one download.
const BUFFER_BUDGET: usize = 16;
/// A segment whose connection is silent this long, or needs this long to finish, gets a
/// second connection racing for the same bytes (when nothing else is left to split).
const LAGGING: Duration = Duration::from_millis(1500);
/// The first piece a connection asks for, before its speed is known.
pub(super) const FIRST_PIECE: u64 = 1024 * 1024;
/// Pieces are sized to about this much of a connection's speed...
const PIECE_TIME: Duration = Duration::from_secs(2);
/// ...but no smaller than this (a request per piece has a cost)...
const MIN_PIECE: u64 = 512 * 1024;
/// ...and no larger than this (so the rest can still be shared out).
const MAX_PIECE: u64 = 64 * 1024 * 1024;
/// Longest pause between attempts to reopen a connection that failed.
const MAX_REOPEN_DELAY: Duration = Duration::from_secs(5);

/// One connection of an attempt.
pub(super) struct Conn {
    pub(super) exchange: Exchange,
    /// The segment it works on, once the download is segmented.
    pub(super) segment: Option<SegmentId>,
    /// Where its current request started.
    pub(super) piece_from: u64,
    /// Where its next byte goes.
    pub(super) cursor: u64,
    /// One past the last byte its current request asked for (`None`: to the end of the body).
    pub(super) until: Option<u64>,
    /// The first connection of an attempt: its answer decides how the download proceeds.
    pub(super) primary: bool,
    pub(super) started: Instant,
    pub(super) last_data: Instant,
    pub(super) bytes: u64,
    /// When its first bytes arrived and its count then: its speed is measured from there,
    /// not from the request (a long link's round trip before the first byte is no speed).
    pub(super) first_data: Option<(Instant, u64)>,
    pub(super) permit: Option<Permit>,
}

/// How the current attempt downloads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mode {
    /// Waiting for the first answer.
    Probing,
    /// One connection streams to the end of the body.
    Stream,
    /// Several connections share a plan of segments.
    Segmented,
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
    /// Connections earned by the total speed (see `growth`).
    pub(super) growth: Growth,
    /// The last fill could not open every wanted connection: no slot at the host, or no work
    /// left worth sharing.
    pub(super) short: bool,
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
            growth: Growth::default(),
            short: false,
        }
    }
}

impl Transfer<'_> {
    /// Waits (stop-aware) until the host accepts one more connection from us.
    pub(super) fn wait_for_host_slot(&self) -> Result<Permit, TransferError> {
        if let Some(permit) = self.ctx.tuning.hosts.try_acquire(&self.ctx.host, false) {
            return Ok(permit);
        }
        let _turn = self.ctx.tuning.hosts.wait_turn(&self.ctx.host);
        self.ctx
            .reporter
            .details(|details| details.host_limited = true);
        loop {
            if let Some(permit) = self.ctx.tuning.hosts.acquire_within(&self.ctx.host, POLL) {
                return Ok(permit);
            }
            if self.ctx.reporter.stop_requested() {
                return Err(TransferError::Stopped);
            }
        }
    }

    /// Starts a connection asking for bytes `from..until` (`until` = `None`: to the end) of
    /// `segment`; returns its id.
    pub(super) fn open_conn(
        &mut self,
        session: &mut Session,
        segment: Option<SegmentId>,
        from: u64,
        until: Option<u64>,
        primary: bool,
        permit: Option<Permit>,
    ) -> Result<ConnId, TransferError> {
        let mut request = self.file_request().header(ACCEPT_ENCODING, "identity");
        let ranged = from > 0 || until.is_some();
        if ranged {
            // Up to the end of the file is asked as `bytes=N-`, the usual form for a resume.
            let range = match until {
                Some(end) if Some(end) != self.progress.total => {
                    format!("bytes={from}-{}", end.saturating_sub(1))
                }
                _ => format!("bytes={from}-"),
            };
            request = request.header(RANGE, range);
            if let Some(part) = self
                .progress
                .part
                .as_ref()
                .filter(|p| !p.done.ranges().is_empty())
                && let Some(validator) = http::if_range_value(
                    part.record.etag.as_deref(),
                    part.record.last_modified.as_deref(),
                )
            {
                request = request.header(IF_RANGE, validator);
            }
        }
        if primary
            && self.progress.part.is_none()
            && let Some((_, origin)) = &self.naming.candidate
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
        let buffers = (BUFFER_BUDGET / self.ctx.tuning.connections.max(1)).max(2);
        let id = session.next_id;
        let exchange = Exchange::start(
            request,
            id,
            &session.events,
            self.ctx.limiters.to_vec(),
            buffers,
            Arc::clone(&self.ctx.resources.buffers),
            self.ctx.resources.net(),
        );
        let now = Instant::now();
        session.conns.insert(
            id,
            Conn {
                exchange,
                segment,
                piece_from: from,
                cursor: from,
                until,
                primary,
                started: now,
                last_data: now,
                bytes: 0,
                first_data: None,
                permit,
            },
        );
        session.next_id += 1;
        Ok(id)
    }

    /// A connection got every byte it asked for: it asks for the next piece of its segment on
    /// the same (kept-alive) connection, or lets its segment go when nothing is left for it.
    pub(super) fn next_piece(
        &mut self,
        session: &mut Session,
        id: ConnId,
    ) -> Result<(), TransferError> {
        let Some(conn) = session.conns.remove(&id) else {
            return Ok(());
        };
        let Some(segment) = conn.segment else {
            return Ok(());
        };
        let seg = session.plan.segment(segment);
        let (cursor, end, alone) = (conn.cursor.max(seg.frontier), seg.end, seg.owners == 1);
        // More connections than wanted (fewer fill the line): this one stops here and its
        // segment goes back to be shared.
        let too_many = session.conns.len() >= self.wanted_connections;
        // A server that asked to be left alone gets no further request until its pause ends
        // (the segment is picked up again then).
        let paused = self.ctx.tuning.hosts.backing_off(&self.ctx.host);
        if cursor >= end || !alone || too_many || paused {
            session.plan.release(segment);
            return Ok(());
        }
        let piece = piece_size(conn.bytes, conn.started).min(self.share_of_the_rest());
        let until = session.plan.commit(segment, cursor + piece);
        let new = self.open_conn(
            session,
            Some(segment),
            cursor,
            Some(until),
            false,
            conn.permit,
        )?;
        if let Some(next) = session.conns.get_mut(&new) {
            // Its speed carries over: it is the same connection asking again.
            next.started = conn.started;
            next.bytes = conn.bytes;
            next.first_data = conn.first_data;
        }
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
        if let Some(segment) = conn.segment {
            session.plan.release(segment);
        }
        if !err.is_transient() {
            return Err(err);
        }
        session.failures += 1;
        log::debug!("{}: a connection failed: {err}", self.ctx.url_text);
        if session.failures >= self.ctx.tuning.retry.max_attempts {
            return Err(err);
        }
        let delivered = if err.broke_off() { conn.bytes } else { 0 };
        let delay = self
            .ctx
            .tuning
            .retry
            .delay_after(session.failures + 1, err.retry_after(), delivered)
            .min(MAX_REOPEN_DELAY);
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
        self.host_limited = false;
        session.short = false;
        while session.conns.len() < self.wanted_connections {
            // The slot first, so no segment is split for a connection that cannot start.
            let Some(permit) = self.ctx.tuning.hosts.try_acquire(&self.ctx.host, true) else {
                self.update_connection_note();
                // Not the server pushing back: the user's limit per host.
                self.host_limited = self.progress.note.is_none();
                session.short = true;
                return Ok(());
            };
            let work = match session.plan.assign() {
                Some(work) => work,
                None => {
                    let taken = match lagging_segment(session, now) {
                        Some((segment, Lag::Silent)) => session.plan.duplicate(segment),
                        Some((segment, Lag::Straggling)) => session.plan.take_over_tail(segment),
                        None => None,
                    };
                    match taken {
                        Some(work) => work,
                        None => {
                            session.short = true;
                            return Ok(());
                        }
                    }
                }
            };
            let until = session
                .plan
                .commit(work.segment, work.from + self.first_piece());
            self.open_conn(
                session,
                Some(work.segment),
                work.from,
                Some(until),
                false,
                Some(permit),
            )?;
        }
        Ok(())
    }

    pub(super) fn update_connection_note(&mut self) {
        if let Some(allowed) = self.ctx.tuning.hosts.allowed(&self.ctx.host)
            && allowed < self.wanted_connections
        {
            self.progress.note = Some(SpeedNote::ServerAllows {
                connections: allowed,
            });
        }
    }
}

impl Transfer<'_> {
    /// The most one request asks for: a share of what is left for the user's number of
    /// connections, so the rest can still be split between them (a connection that got its
    /// first piece in a burst would otherwise ask for the whole file).
    fn share_of_the_rest(&self) -> u64 {
        let left = self
            .progress
            .total
            .map_or(u64::MAX, |total| total.saturating_sub(self.done()));
        (left / (2 * self.ctx.tuning.connections as u64).max(1)).max(MIN_PIECE)
    }

    /// What a further connection asks for first, before its speed is known: small enough
    /// that the file can still be shared out between all connections.
    fn first_piece(&self) -> u64 {
        let share =
            self.progress.total.unwrap_or(u64::MAX) / (2 * self.wanted_connections as u64).max(1);
        share.clamp(MIN_PIECE, FIRST_PIECE)
    }
}

/// How much the next request of a connection asks for: about [`PIECE_TIME`] at the speed it
/// has shown. A connection younger than 50 ms is taken to have needed 50 ms, so one that got
/// its first piece at once asks for a big second one instead of many small ones (servers
/// limit the rate per request after a burst: a stream of small requests would dodge it, and
/// costs a round trip each).
fn piece_size(bytes: u64, started: Instant) -> u64 {
    if bytes == 0 {
        return FIRST_PIECE;
    }
    let secs = started.elapsed().as_secs_f64().max(0.05);
    let per_sec = bytes as f64 / secs;
    ((per_sec * PIECE_TIME.as_secs_f64()) as u64).clamp(MIN_PIECE, MAX_PIECE)
}

/// Why a segment holds the download back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lag {
    /// Its connection has sent nothing for a while: race it for everything that is left.
    Silent,
    /// Its connection will need a while yet: take over the back half of what is left.
    Straggling,
}

/// A segment worth giving a free connection to when nothing else is left to split: the one
/// whose connection would finish last, if that is a while away (or has gone silent).
pub(super) fn lagging_segment(session: &Session, now: Instant) -> Option<(SegmentId, Lag)> {
    let rate = |c: &Conn| c.bytes as f64 / now.duration_since(c.started).as_secs_f64().max(0.001);
    session
        .conns
        .values()
        .filter_map(|c| c.segment.map(|segment| (c, segment)))
        .filter(|(_, segment)| session.plan.segment(*segment).owners == 1)
        .filter(|(c, _)| now.duration_since(c.started) >= LAGGING)
        .filter_map(|(c, segment)| {
            let remaining = session.plan.segment(segment).remaining();
            if remaining == 0 {
                return None;
            }
            let finish = if rate(c) > 0.0 {
                remaining as f64 / rate(c)
            } else {
                f64::INFINITY
            };
            let lag = if now.duration_since(c.last_data) >= LAGGING {
                Lag::Silent
            } else if finish >= LAGGING.as_secs_f64() {
                Lag::Straggling
            } else {
                return None;
            };
            Some((segment, lag, finish))
        })
        .max_by(|a, b| a.2.total_cmp(&b.2))
        .map(|(segment, lag, _)| (segment, lag))
}
