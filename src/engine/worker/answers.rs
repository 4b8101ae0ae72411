//! Judging the server's answers: the first answer of an attempt decides how the download
//! proceeds (whole file, confirmed range, done, or an error); a further connection's answer must
//! continue the same file exactly where asked.

use super::{Mode, Session, Transfer};
use crate::engine::error::TransferError;
use crate::engine::http::{ContentRange, ResponseHead};
use crate::engine::plan::Plan;
use crate::engine::pump::ConnId;
use crate::engine::reason::SpeedNote;
use crate::engine::state::Status;

impl Transfer<'_> {
    pub(super) fn on_head(
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
    pub(super) fn on_primary_head(
        &mut self,
        session: &mut Session,
        id: ConnId,
        head: &ResponseHead,
        from: u64,
    ) -> Result<bool, TransferError> {
        if self.part.is_none() && self.candidate.is_some() {
            let total = match head.status {
                200 => head.content_length(),
                206 => match head.content_range() {
                    Some(ContentRange::Bytes { total, .. }) => total,
                    _ => None,
                },
                _ => None,
            };
            if let Some(found) = self.candidate_still_current(head, total) {
                self.already = Some(found);
                return Err(TransferError::AlreadyDone);
            }
        }
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
                if let Some(total) = total {
                    self.claim_space(total)?;
                }
                if self.tuning.connections > 1 {
                    self.note = Some(SpeedNote::NoParallel);
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
                if let Some(total) = self.total {
                    self.claim_space(total)?;
                }
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

    pub(super) fn begin_stream(
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

    pub(super) fn begin_segmented(
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
    pub(super) fn range_not_satisfiable(
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
}
