//! Fetching a drag's data through the `XdndSelection`: asking the source for one type, reading
//! the answer whole or in pieces (INCR, for large payloads, capped at
//! [`MAX_DRAG_BYTES`](super::MAX_DRAG_BYTES)), and giving up on a source that never delivers.

use super::*;
use crate::i18n::t;

impl Proxy<'_> {
    pub(super) fn request_data(&mut self, kind: DragType, time: u32) -> Result<(), ProxyError> {
        let target = self.intern(kind.atom_name())?;
        self.conn.convert_selection(
            self.window,
            self.atoms.XdndSelection,
            target,
            self.atoms.HAUL_DROP_DATA,
            time,
        )?;
        if let Some(drag) = &mut self.drag {
            drag.fetch = Fetch::Requested {
                since: Instant::now(),
            };
        }
        Ok(())
    }

    pub(super) fn on_selection_notify(&mut self, property: Atom) -> Result<(), ProxyError> {
        let Some(Drag {
            fetch: Fetch::Requested { since },
            kind: Some(asked),
            ..
        }) = self.drag
        else {
            // An answer for a drag that is gone: throw its data away.
            if property != 0 {
                self.conn.delete_property(self.window, property)?;
            }
            return Ok(());
        };
        if property == 0 {
            return self.fetched(Fetch::Failed(t!("drag-not-handed-over")));
        }
        let cap_words = u32::try_from(MAX_DRAG_BYTES / 4 + 1).unwrap_or(u32::MAX);
        let reply = self
            .conn
            .get_property(false, self.window, property, AtomEnum::ANY, 0, cap_words)?
            .reply()?;
        self.conn.delete_property(self.window, property)?;
        if reply.type_ == self.atoms.INCR {
            // Deleting the property (done above) asks the source for the first piece.
            let kind = self.received_kind(asked, reply.type_)?;
            self.fetched(Fetch::Incremental {
                since,
                kind,
                bytes: Vec::new(),
                truncated: false,
            })
        } else {
            let kind = self.received_kind(asked, reply.type_)?;
            let truncated = reply.bytes_after > 0 || reply.value.len() > MAX_DRAG_BYTES;
            let mut bytes = reply.value;
            bytes.truncate(MAX_DRAG_BYTES);
            self.fetched(Fetch::Done(payload::decode(kind, &bytes, truncated)))
        }
    }

    pub(super) fn on_incremental_piece(&mut self) -> Result<(), ProxyError> {
        let Some(Drag {
            fetch: Fetch::Incremental { .. },
            ..
        }) = self.drag
        else {
            return Ok(());
        };
        let reply = self
            .conn
            .get_property(
                true,
                self.window,
                self.atoms.HAUL_DROP_DATA,
                AtomEnum::ANY,
                0,
                u32::MAX / 4,
            )?
            .reply()?;
        let Some(Drag {
            fetch:
                Fetch::Incremental {
                    kind,
                    bytes,
                    truncated,
                    ..
                },
            ..
        }) = &mut self.drag
        else {
            return Ok(());
        };
        if !reply.value.is_empty() {
            // Keep reading past the cap (the source waits for each piece to be taken), but
            // keep only what fits.
            let room = MAX_DRAG_BYTES.saturating_sub(bytes.len());
            *truncated |= reply.value.len() > room;
            bytes.extend_from_slice(&reply.value[..reply.value.len().min(room)]);
            return Ok(());
        }
        // An empty piece ends the transfer.
        let data = payload::decode(*kind, bytes, *truncated);
        self.fetched(Fetch::Done(data))
    }

    /// `TEXT` is answered in whatever encoding the source chooses; the answer's type says which.
    fn received_kind(&mut self, asked: DragType, answered: Atom) -> Result<DragType, ProxyError> {
        if asked != DragType::Text {
            return Ok(asked);
        }
        let name = self.atom_name(answered)?;
        Ok(match DragType::from_atom_name(&name) {
            Some(kind) if kind != DragType::Text => kind,
            _ => DragType::Text,
        })
    }

    fn fetched(&mut self, fetch: Fetch) -> Result<(), ProxyError> {
        let preview = match &fetch {
            Fetch::Done(data) if data.summary().is_empty() => Some(DragPreview::Nothing),
            Fetch::Done(data) => Some(DragPreview::Ready(data.summary())),
            Fetch::Failed(_) => Some(DragPreview::Nothing),
            _ => None,
        };
        let Some(drag) = &mut self.drag else {
            return Ok(());
        };
        drag.fetch = fetch;
        let dropped = drag.dropped;
        if let Some(preview) = preview
            && !dropped
        {
            self.emit(DragEvent::Hovering(preview));
        }
        self.finish_if_ready()
    }

    pub(super) fn check_timeout(&mut self) -> Result<(), ProxyError> {
        let since = match self.drag.as_ref().map(|drag| &drag.fetch) {
            Some(Fetch::Requested { since } | Fetch::Incremental { since, .. }) => *since,
            _ => return Ok(()),
        };
        if since.elapsed() >= FETCH_TIMEOUT {
            self.fetched(Fetch::Failed(t!(
                "drag-timed-out",
                seconds = FETCH_TIMEOUT.as_secs()
            )))?;
            self.conn.flush()?;
        }
        Ok(())
    }
}
