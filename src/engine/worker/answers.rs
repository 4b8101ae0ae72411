//! Acting on the server's answers (judged in [`verdict`](super::verdict)): the first answer of
//! an attempt decides how the download proceeds (whole file, confirmed range, done, or an
//! error); a further connection's answer must continue the same file exactly where asked.

use super::connections::{Mode, Session};
use super::transfer::Transfer;
use super::verdict::{self, Asked, FirstAnswer, Known, PieceAnswer};
use crate::engine::error::TransferError;
use crate::engine::net::http::{ContentRange, ResponseHead};
use crate::engine::net::plan::Plan;
use crate::engine::net::pump::ConnId;
use crate::engine::net::web_page;
use crate::engine::reason::SpeedNote;
use crate::engine::state::transitions::Activity;

/// Bytes needed to tell whether a body starts like a web page.
const MIN_SNIFF: usize = 16;

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
        let asked = Asked {
            from: conn.cursor,
            until: conn.until,
        };
        if conn.primary
            && session.mode == Mode::Probing
            && self.ctx.job.from_browser.is_some()
            && matches!(head.status, 301 | 302 | 303 | 307 | 308)
            && let Some(next) = head
                .header(reqwest::header::LOCATION)
                .and_then(|location| head.final_url.join(location).ok())
        {
            // The browser client stopped at a redirect to another host.
            return Err(TransferError::LeftHost(next));
        }
        if conn.primary && session.mode == Mode::Probing {
            let (final_url, server) = (head.final_url.clone(), head.server());
            let (etag, last_modified) = (head.etag(), head.last_modified());
            self.note_header_digests(head);
            self.ctx.reporter.details(|details| {
                details.final_url = Some(final_url);
                details.server = server;
                details.etag = etag;
                details.last_modified = last_modified;
            });
            return self.on_first_head(session, id, head, asked);
        }
        let recorded_etag = self
            .progress
            .part
            .as_ref()
            .and_then(|p| p.record.etag.clone());
        let known = Known {
            done: self.done(),
            total: self.progress.total,
            etag: recorded_etag.as_deref(),
        };
        match verdict::judge_piece(asked, known, head) {
            PieceAnswer::Take => {
                if let Some(conn) = session.conns.get(&id) {
                    let expected = conn.until.map(|until| until.saturating_sub(conn.cursor));
                    conn.exchange.start_body(expected);
                }
                Ok(false)
            }
            PieceAnswer::Changed => Err(TransferError::Changed),
            PieceAnswer::Invalid(detail) => Err(TransferError::Protocol(detail)),
            PieceAnswer::Refused(err) => {
                let err = self.through_login(head, err);
                let err = self.through_proxy(err);
                self.back_off_if_busy(head);
                self.conn_failed(session, id, err).map(|()| false)
            }
        }
    }

    /// The first answer decides: a whole file (200), a confirmed range (206), done (416), or
    /// an error.
    fn on_first_head(
        &mut self,
        session: &mut Session,
        id: ConnId,
        head: &ResponseHead,
        asked: Asked,
    ) -> Result<bool, TransferError> {
        if self.progress.part.is_none() && self.naming.candidate.is_some() {
            self.check_candidate(head)?;
        }
        let recorded_total = self.progress.part.as_ref().and_then(|p| p.record.total);
        let known = Known {
            done: self.done(),
            total: recorded_total,
            etag: None,
        };
        let answer = verdict::judge_first(asked, known, head);
        if let FirstAnswer::Whole { total } | FirstAnswer::Range { total } = &answer
            && asked.from == 0
            && self.done() == 0
        {
            // A playlist or a `.torrent` under a name that does not say so: a stream or a
            // torrent, not a file.
            let content_type = head.header(reqwest::header::CONTENT_TYPE);
            if content_type.is_some_and(crate::engine::net::web_page::is_stream_type) {
                return Err(TransferError::IsAStream);
            }
            if content_type.is_some_and(crate::engine::net::web_page::is_torrent_type) {
                return Err(TransferError::IsATorrent);
            }
            self.check_for_a_web_page(head, *total)?;
        }
        match answer {
            FirstAnswer::Whole { total } => self.take_whole_file(session, id, head, total),
            FirstAnswer::Range { total } => self.take_range(session, id, head, asked, total),
            FirstAnswer::Complete { total } => {
                if asked.from == 0 {
                    // An empty file: it still needs its name and a (zero-length) partial.
                    self.prepare_part(head, Some(Some(total)))?;
                }
                if let Some(part) = &mut self.progress.part {
                    part.record.total = Some(total);
                }
                self.progress.total = Some(total);
                Ok(true)
            }
            FirstAnswer::Changed => Err(TransferError::Changed),
            FirstAnswer::Invalid(detail) => Err(TransferError::Protocol(detail)),
            FirstAnswer::Refused(err) => {
                self.back_off_if_busy(head);
                let err = self.through_login(head, err);
                Err(self.through_proxy(err))
            }
        }
    }

    /// A finished copy from this link is in the folder: done when the answer shows it is the
    /// same version; otherwise it is downloaded anew (and may have a checksum published).
    fn check_candidate(&mut self, head: &ResponseHead) -> Result<(), TransferError> {
        let total = match head.status {
            200 => head.content_length(),
            206 => match head.content_range() {
                Some(ContentRange::Bytes { total, .. }) => total,
                _ => None,
            },
            416 => match head.content_range() {
                Some(ContentRange::Unsatisfied { total }) => Some(total),
                _ => None,
            },
            _ => None,
        };
        if let Some(found) = self.candidate_still_current(head, total) {
            self.naming.already = Some(found);
            return Err(TransferError::AlreadyDone);
        }
        self.start_discovery();
        Ok(())
    }

    /// The server sends the whole file (200): bytes already here are dropped, and one stream
    /// takes it all.
    fn take_whole_file(
        &mut self,
        session: &mut Session,
        id: ConnId,
        head: &ResponseHead,
        total: Option<u64>,
    ) -> Result<bool, TransferError> {
        if self.done() > 0 {
            log::info!(
                "{}: the server sent the whole file; starting over",
                self.ctx.url_text
            );
            self.truncate_to_zero()?;
        }
        self.prepare_part(head, Some(total))?;
        if let Some(total) = total {
            self.claim_space(total)?;
        }
        if self.ctx.tuning.connections > 1 {
            self.progress.note = Some(SpeedNote::NoParallel);
        }
        self.begin_stream(session, id, 0)
    }

    /// The server confirms the range asked for (206): with the size known, more connections
    /// may join; without it, one stream (asked again open-ended if the answer was bounded).
    fn take_range(
        &mut self,
        session: &mut Session,
        id: ConnId,
        head: &ResponseHead,
        asked: Asked,
        total: Option<u64>,
    ) -> Result<bool, TransferError> {
        if asked.from == 0 && self.done() == 0 {
            self.prepare_part(head, Some(total))?;
        } else {
            self.prepare_part(head, None)?;
        }
        self.progress.total = total.or(self.progress.total);
        match self.progress.total {
            Some(total) => {
                self.claim_space(total)?;
                if self.ctx.tuning.connections > 1 {
                    self.preallocate(total)?;
                }
                self.begin_segmented(session, id, total)
            }
            None if asked.until.is_some() => {
                // A bounded answer without the file's size cannot be shared out or known
                // complete: ask again for everything, in one stream.
                self.ask_open_ended = true;
                Err(TransferError::FoundPartial)
            }
            None => self.begin_stream(session, id, asked.from),
        }
    }

    /// Refuses a web page sent for a link whose name promises a file (see
    /// [`web_page`](crate::engine::net::web_page)); when the type does not tell, the body's first
    /// bytes are looked at before any is written.
    fn check_for_a_web_page(
        &mut self,
        head: &ResponseHead,
        total: Option<u64>,
    ) -> Result<(), TransferError> {
        let name = self.choose_name(head);
        if !web_page::name_promises_a_file(&name) {
            return Ok(());
        }
        let content_type = head.header(reqwest::header::CONTENT_TYPE);
        if let Some(page) = content_type.and_then(web_page::page_type) {
            return Err(TransferError::WebPage {
                content_type: Some(page),
                bytes: total,
                name,
            });
        }
        self.page_check = Some(name);
        Ok(())
    }

    /// The first bytes of the body, when the first answer left open whether it is a page.
    pub(super) fn check_first_bytes(
        &mut self,
        session: &Session,
        id: ConnId,
        bytes: &[u8],
    ) -> Result<(), TransferError> {
        let Some(conn) = session.conns.get(&id) else {
            return Ok(());
        };
        if conn.cursor != 0 || bytes.len() < MIN_SNIFF {
            // Too few to tell (the one byte of a confirming request): pages are never this
            // short, and the check waits for a start it can read.
            return Ok(());
        }
        let Some(name) = self.page_check.take() else {
            return Ok(());
        };
        if !web_page::starts_like_a_page(bytes) {
            return Ok(());
        }
        Err(TransferError::WebPage {
            content_type: None,
            bytes: self.progress.total,
            name,
        })
    }

    /// A server saying it is busy (429, 503) gets fewer connections from us for a while.
    fn back_off_if_busy(&mut self, head: &ResponseHead) {
        if matches!(head.status, 429 | 503) {
            self.ctx
                .tuning
                .hosts
                .push_back(&self.ctx.host, head.retry_after());
            self.update_connection_note();
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
            conn.piece_from = from;
            conn.until = self.progress.total;
            conn.exchange
                .start_body(self.progress.total.map(|t| t.saturating_sub(from)));
        }
        self.ctx.reporter.doing(Activity::Downloading);
        Ok(false)
    }

    /// Several connections will share what is missing; the first one keeps the piece it
    /// asked for (and all that follows it in its segment).
    fn begin_segmented(
        &mut self,
        session: &mut Session,
        id: ConnId,
        total: u64,
    ) -> Result<bool, TransferError> {
        let gaps = self
            .progress
            .part
            .as_ref()
            .map(|p| p.done.gaps(total))
            .unwrap_or_else(|| vec![[0, total]]);
        session.mode = Mode::Segmented;
        session.plan = Plan::from_gaps(&gaps);
        match session.plan.assign() {
            Some(work) => {
                if let Some(conn) = session.conns.get_mut(&id) {
                    let until = session
                        .plan
                        .commit(work.segment, conn.until.unwrap_or(work.to));
                    conn.segment = Some(work.segment);
                    conn.cursor = work.from;
                    conn.piece_from = work.from;
                    conn.until = Some(until);
                    conn.exchange.start_body(Some(until - work.from));
                }
            }
            None => {
                session.conns.remove(&id);
            }
        }
        self.ctx.reporter.doing(Activity::Downloading);
        Ok(session.plan.is_complete())
    }
}
