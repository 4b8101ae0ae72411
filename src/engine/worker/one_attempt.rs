//! One attempt: the first connection, then events from every connection (answers, data,
//! ends, failures) until the file is complete or an error ends the attempt.

use std::time::Instant;

use super::connections::FIRST_PIECE;
use super::connections::{Mode, Session};
use super::transfer::{POLL, Transfer};
use crate::engine::clock::unix_now;
use crate::engine::error::{TransferError, TransferProblem};
use crate::engine::net::pump::{ConnId, Event};
use crate::engine::state::transitions::Activity;

impl Transfer<'_> {
    /// One pass of connections over what is missing, until the file is complete or an error
    /// ends the attempt.
    pub(super) fn attempt(&mut self) -> Result<(), TransferError> {
        if let (Some(total), Some(part)) = (self.progress.total, &self.progress.part)
            && part.done.covered() >= total
        {
            // Complete already (a crash right before the rename).
            return Ok(());
        }
        self.ctx.reporter.doing(Activity::Connecting);
        let wanted = self.ctx.tuning.connections;
        self.ctx.reporter.details(|details| {
            details.connections_wanted = wanted;
            details.started_unix.get_or_insert_with(unix_now);
        });
        if !self.confirming_a_finished_copy() {
            // A copy already here needs no checksum looked up: it was checked when it came.
            self.start_discovery();
        }
        let mut session = Session::new();
        self.wanted_connections = self.ctx.tuning.connections;
        let permit = self.wait_for_host_slot()?;
        let (from, until) = self.first_request_range();
        self.open_conn(&mut session, None, from, until, true, Some(permit))?;
        self.progress.meter.reset();
        self.progress.meter.record(Instant::now(), self.done());
        loop {
            if self.ctx.reporter.stop_requested() {
                return Err(TransferError::Stopped);
            }
            if let Some((id, event)) = session.events.next(POLL)
                && self.on_event(&mut session, id, event)?
            {
                return Ok(());
            }
            self.tick()?;
            self.publish_details(&session);
            if self.is_complete(&session) {
                self.publish_progress();
                return Ok(());
            }
            if session.mode == Mode::Segmented {
                self.adapt_connections(&mut session);
                self.fill_connections(&mut session)?;
                if session.conns.is_empty() && Instant::now() >= session.next_conn_at {
                    return Err(session
                        .last_error
                        .take()
                        .unwrap_or(TransferError::Problem(TransferProblem::NoConnection)));
                }
            } else if session.conns.is_empty() {
                return Err(session
                    .last_error
                    .take()
                    .unwrap_or(TransferError::Problem(TransferProblem::ConnectionClosed)));
            }
        }
    }

    /// The first request asks whether a finished copy of this link, found in the folder, is
    /// still the server's file (nothing written yet for this download).
    pub(super) fn confirming_a_finished_copy(&self) -> bool {
        self.progress.part.is_none() && self.naming.candidate.is_some()
    }

    pub(super) fn is_complete(&self, session: &Session) -> bool {
        match session.mode {
            Mode::Probing => false,
            Mode::Stream => session.ended,
            Mode::Segmented => session.plan.is_complete(),
        }
    }

    /// What the first connection of an attempt asks for: from the first missing byte, one
    /// piece when several connections may share the file (so the first answer already fits
    /// the plan), else to the end.
    pub(super) fn first_request_range(&self) -> (u64, Option<u64>) {
        if self.confirming_a_finished_copy() {
            // One byte: a server that ignores the conditional request cannot send the whole
            // file before we know whether it is needed at all.
            return (0, Some(1));
        }
        let shared = self.ctx.tuning.connections > 1 && !self.ask_open_ended;
        let piece = |from: u64, end: Option<u64>| {
            let until = shared.then_some(from + FIRST_PIECE);
            match (until, end) {
                (Some(until), Some(end)) => Some(until.min(end)),
                (None, Some(end)) => Some(end),
                (until, None) => until,
            }
        };
        match (&self.progress.part, self.progress.total) {
            (Some(part), Some(total)) => match part.done.gaps(total).first() {
                Some(&[start, end]) => (start, piece(start, Some(end))),
                None => (total, Some(total)),
            },
            // Nothing written yet (a fresh claim): as for a new file.
            (Some(part), None) if part.done.ranges().is_empty() => (0, piece(0, None)),
            (Some(part), None) => (part.done.contiguous_from_zero(), None),
            (None, _) => (0, piece(0, None)),
        }
    }

    /// Handles one event; `Ok(true)` when the download turned out to be complete.
    pub(super) fn on_event(
        &mut self,
        session: &mut Session,
        id: ConnId,
        event: Event,
    ) -> Result<bool, TransferError> {
        if !session.conns.contains_key(&id) {
            // A connection we already let go of.
            return Ok(false);
        }
        if let Some(err) = event.error(self.ctx.tuning.network.stall_timeout) {
            let err = self.through_proxy(err);
            if matches!(err, TransferError::Connect(_)) {
                // A server refusing connections is pushing back just like a 503.
                self.ctx.tuning.hosts.push_back(&self.ctx.host, None);
                self.update_connection_note();
            }
            return self.conn_failed(session, id, err).map(|()| false);
        }
        match event {
            Event::Head(Ok(head)) => {
                if let Some(conn) = session.conns.get(&id) {
                    session.growth.saw_answer(conn.started.elapsed());
                }
                self.on_head(session, id, &head)
            }
            Event::Data(buffer, len) => {
                let written = self.on_data(session, id, &buffer[..len]);
                match session.conns.get(&id) {
                    Some(conn) => conn.exchange.recycle(buffer),
                    None => self.ctx.resources.buffers.give(buffer),
                }
                written.map(|()| false)
            }
            Event::End => self.on_end(session, id).map(|()| false),
            Event::Head(Err(_)) | Event::Failed(_) => Ok(false),
        }
    }

    pub(super) fn on_data(
        &mut self,
        session: &mut Session,
        id: ConnId,
        bytes: &[u8],
    ) -> Result<(), TransferError> {
        if self.page_check.is_some() {
            self.check_first_bytes(session, id, bytes)?;
        }
        let Some(conn) = session.conns.get_mut(&id) else {
            return Ok(());
        };
        // Bytes beyond what was asked, or beyond the segment's (possibly shrunk) end, are not
        // this connection's to write.
        let segment_end = conn.segment.map(|s| session.plan.segment(s).end);
        let limit = match (conn.until, segment_end) {
            (Some(until), Some(end)) => Some(until.min(end)),
            (until, end) => until.or(end),
        };
        let usable = match limit {
            Some(limit) => (bytes.len() as u64).min(limit.saturating_sub(conn.cursor)) as usize,
            None => bytes.len(),
        };
        if session.mode == Mode::Stream && usable < bytes.len() {
            return Err(TransferError::Problem(TransferProblem::MoreThanAnnounced));
        }
        let Some(part) = self.progress.part.as_mut() else {
            return Err(TransferError::Problem(TransferProblem::NoPartialFile));
        };
        if usable > 0 {
            part.hash_algorithm = self
                .checking
                .expected
                .as_ref()
                .map(|e| e.checksum.algorithm);
            let writing = Instant::now();
            part.write(&bytes[..usable], conn.cursor)?;
            self.progress.write_time += writing.elapsed();
            self.ctx.resources.count_received(usable as u64);
            conn.cursor += usable as u64;
            conn.bytes += usable as u64;
            conn.last_data = Instant::now();
            conn.first_data.get_or_insert((conn.last_data, conn.bytes));
            session.failures = 0;
        }
        let Some(segment) = conn.segment else {
            return Ok(());
        };
        session.plan.advance(segment, conn.cursor);
        if session.plan.segment(segment).remaining() == 0 {
            // The segment is done (by this connection or a racing duplicate): free every
            // connection on it for other work.
            let finished: Vec<ConnId> = session
                .conns
                .iter()
                .filter(|(_, c)| c.segment == Some(segment))
                .map(|(&id, _)| id)
                .collect();
            for id in finished {
                session.conns.remove(&id);
                session.plan.release(segment);
            }
        } else if limit.is_some_and(|limit| conn.cursor >= limit) {
            // Its piece is complete: the next one goes out on the same connection.
            self.next_piece(session, id)?;
        }
        Ok(())
    }

    pub(super) fn on_end(
        &mut self,
        session: &mut Session,
        id: ConnId,
    ) -> Result<(), TransferError> {
        let Some(conn) = session.conns.get(&id) else {
            return Ok(());
        };
        match session.mode {
            Mode::Stream => {
                session.conns.remove(&id);
                match self.progress.total {
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
                let expected = conn.until.unwrap_or(conn.cursor);
                let received = conn.cursor;
                if received >= expected {
                    // Every asked byte arrived (the piece was taken over meanwhile).
                    return self.next_piece(session, id);
                }
                self.conn_failed(session, id, TransferError::Truncated { received, expected })
            }
            Mode::Probing => {
                self.conn_failed(session, id, TransferError::Problem(TransferProblem::NoBody))
            }
        }
    }
}
