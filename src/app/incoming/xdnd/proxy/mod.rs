//! The XDND proxy: a hidden window on Haul's own X connection that receives every drag message
//! for the real window (via its `XdndProxy` property), negotiates a type Haul understands,
//! fetches the data through the `XdndSelection` (incrementally for large payloads, capped), and
//! reports what it found. XDND versions 3 to 5; see <https://freedesktop.org/wiki/Specifications/XDND/>.
//!
//! The data is fetched at the first `XdndPosition`, so the overlay can say what a drop would add
//! before it happens, and a drag without links is refused (the source shows "no"). A source
//! that never delivers is given up after [`FETCH_TIMEOUT`]; the drop then fails with a message
//! rather than hanging.

use std::collections::HashMap;
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use thiserror::Error;
use x11rb::connection::Connection;
use x11rb::errors::{ConnectError, ConnectionError, ReplyError, ReplyOrIdError};
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{
    Atom, AtomEnum, ClientMessageEvent, ConnectionExt as _, CreateWindowAux, EventMask, PropMode,
    Property, Window, WindowClass,
};
use x11rb::rust_connection::RustConnection;
use x11rb::wrapper::ConnectionExt as _;

mod fetch;

use super::events::{DragEvent, DragPreview};
use super::payload::{self, DragType, DroppedData, MAX_DRAG_BYTES};

/// The protocol version Haul speaks (the latest).
const XDND_VERSION: u32 = 5;
/// The oldest version a source may speak.
const MIN_XDND_VERSION: u32 = 3;
/// How long a drag source may take to hand over its data.
const FETCH_TIMEOUT: Duration = Duration::from_secs(5);
/// How often the thread looks for events while waiting for data.
const POLL: Duration = Duration::from_millis(10);

x11rb::atom_manager! {
    Atoms: AtomsCookie {
        XdndAware,
        XdndProxy,
        XdndEnter,
        XdndPosition,
        XdndStatus,
        XdndLeave,
        XdndDrop,
        XdndFinished,
        XdndSelection,
        XdndTypeList,
        XdndActionCopy,
        INCR,
        HAUL_DROP_DATA,
    }
}

/// The proxy could not be set up or lost its X connection.
#[derive(Debug, Error)]
pub enum ProxyError {
    /// No X server to talk to.
    #[error("could not connect to the X server: {0}")]
    Connect(#[from] ConnectError),
    /// The connection broke.
    #[error("the X connection failed: {0}")]
    Connection(#[from] ConnectionError),
    /// A request failed.
    #[error("an X request failed: {0}")]
    Reply(#[from] ReplyError),
    /// A window id could not be allocated.
    #[error("an X request failed: {0}")]
    ReplyOrId(#[from] ReplyOrIdError),
}

/// Where the data of the current drag is.
enum Fetch {
    /// Not asked for yet.
    NotRequested,
    /// Asked for; the source answers with `SelectionNotify`.
    Requested { since: Instant },
    /// Arriving in pieces (the `INCR` protocol).
    Incremental {
        since: Instant,
        kind: DragType,
        bytes: Vec<u8>,
        truncated: bool,
    },
    /// Here.
    Done(DroppedData),
    /// The source could not or would not deliver.
    Failed(String),
}

/// One drag over the window, from `XdndEnter` to `XdndLeave` or `XdndDrop`.
struct Drag {
    source: Window,
    /// The window the source believes it is over (ours), named in every answer.
    target: Window,
    kind: Option<DragType>,
    fetch: Fetch,
    /// The drop arrived while the data was still on its way.
    dropped: bool,
}

struct Proxy<'a> {
    conn: RustConnection,
    atoms: Atoms,
    window: Window,
    events: &'a Sender<DragEvent>,
    wake: &'a dyn Fn(),
    drag: Option<Drag>,
    atom_names: HashMap<Atom, String>,
}

/// Sets up the proxy for `target` and serves drags until the X connection closes.
pub(super) fn serve(
    target: Window,
    events: &Sender<DragEvent>,
    wake: &dyn Fn(),
) -> Result<(), ProxyError> {
    let (conn, screen_index) = x11rb::connect(None)?;
    let atoms = Atoms::new(&conn)?.reply()?;
    let root = conn.setup().roots[screen_index].root;
    let window = conn.generate_id()?;
    conn.create_window(
        0,
        window,
        root,
        -10,
        -10,
        1,
        1,
        0,
        WindowClass::INPUT_ONLY,
        0,
        &CreateWindowAux::new()
            .override_redirect(1)
            .event_mask(EventMask::PROPERTY_CHANGE),
    )?;
    conn.change_property32(
        PropMode::REPLACE,
        window,
        atoms.XdndAware,
        AtomEnum::ATOM,
        &[XDND_VERSION],
    )?;
    // A proxy names itself, which tells sources it is not left over from a crash.
    conn.change_property32(
        PropMode::REPLACE,
        window,
        atoms.XdndProxy,
        AtomEnum::WINDOW,
        &[window],
    )?;
    conn.change_property32(
        PropMode::REPLACE,
        target,
        atoms.XdndProxy,
        AtomEnum::WINDOW,
        &[window],
    )?;
    conn.flush()?;
    log::debug!("XDND proxy {window:#x} serves window {target:#x}");
    let mut proxy = Proxy {
        conn,
        atoms,
        window,
        events,
        wake,
        drag: None,
        atom_names: HashMap::new(),
    };
    let result = proxy.run();
    // Hand drags back to winit if this thread stops for any reason.
    let _ = proxy.conn.delete_property(target, proxy.atoms.XdndProxy);
    let _ = proxy.conn.flush();
    result
}

impl Proxy<'_> {
    fn run(&mut self) -> Result<(), ProxyError> {
        loop {
            let event = if self.waiting_for_data() {
                match self.conn.poll_for_event()? {
                    Some(event) => event,
                    None => {
                        self.check_timeout()?;
                        std::thread::sleep(POLL);
                        continue;
                    }
                }
            } else {
                self.conn.wait_for_event()?
            };
            self.handle(event)?;
            self.conn.flush()?;
        }
    }

    fn waiting_for_data(&self) -> bool {
        self.drag.as_ref().is_some_and(|drag| {
            matches!(
                drag.fetch,
                Fetch::Requested { .. } | Fetch::Incremental { .. }
            )
        })
    }

    fn handle(&mut self, event: Event) -> Result<(), ProxyError> {
        match event {
            Event::ClientMessage(message) if message.format == 32 => {
                let data = message.data.as_data32();
                let kind = message.type_;
                if kind == self.atoms.XdndEnter {
                    self.on_enter(message.window, data)?;
                } else if kind == self.atoms.XdndPosition {
                    self.on_position(data)?;
                } else if kind == self.atoms.XdndLeave {
                    if self.is_current(data[0]) {
                        self.drag = None;
                        self.emit(DragEvent::Left);
                    }
                } else if kind == self.atoms.XdndDrop {
                    self.on_drop(data)?;
                }
            }
            Event::SelectionNotify(notify)
                if notify.requestor == self.window
                    && notify.selection == self.atoms.XdndSelection =>
            {
                self.on_selection_notify(notify.property)?;
            }
            Event::PropertyNotify(notify)
                if notify.window == self.window
                    && notify.atom == self.atoms.HAUL_DROP_DATA
                    && notify.state == Property::NEW_VALUE =>
            {
                self.on_incremental_piece()?;
            }
            _ => {}
        }
        Ok(())
    }

    fn is_current(&self, source: Window) -> bool {
        self.drag.as_ref().is_some_and(|drag| drag.source == source)
    }

    fn on_enter(&mut self, target: Window, data: [u32; 5]) -> Result<(), ProxyError> {
        let source = data[0];
        let version = data[1] >> 24;
        if version < MIN_XDND_VERSION {
            log::debug!("ignoring a drag in XDND version {version}");
            return Ok(());
        }
        let offered: Vec<Atom> = if data[1] & 1 == 1 {
            // More than three types: the full list is on the source window.
            self.conn
                .get_property(
                    false,
                    source,
                    self.atoms.XdndTypeList,
                    AtomEnum::ATOM,
                    0,
                    1024,
                )?
                .reply()
                .ok()
                .and_then(|reply| reply.value32().map(Iterator::collect))
                .unwrap_or_default()
        } else {
            data[2..5]
                .iter()
                .copied()
                .filter(|&atom| atom != 0)
                .collect()
        };
        let mut names = Vec::with_capacity(offered.len());
        for atom in &offered {
            names.push(self.atom_name(*atom)?);
        }
        log::debug!("drag from {source:#x} offers {names:?}");
        let kind = payload::choose(names.iter().map(String::as_str));
        self.drag = Some(Drag {
            source,
            target,
            kind,
            fetch: Fetch::NotRequested,
            dropped: false,
        });
        self.emit(DragEvent::Hovering(match kind {
            Some(_) => DragPreview::Reading,
            None => DragPreview::Nothing,
        }));
        Ok(())
    }

    fn on_position(&mut self, data: [u32; 5]) -> Result<(), ProxyError> {
        let (source, time) = (data[0], data[3]);
        if !self.is_current(source) {
            return Ok(());
        }
        let request = self.drag.as_ref().and_then(|drag| match drag.fetch {
            Fetch::NotRequested => drag.kind,
            _ => None,
        });
        if let Some(kind) = request {
            self.request_data(kind, time)?;
        }
        self.send_status()
    }

    fn on_drop(&mut self, data: [u32; 5]) -> Result<(), ProxyError> {
        let (source, time) = (data[0], data[2]);
        if !self.is_current(source) {
            return Ok(());
        }
        let request = self.drag.as_mut().and_then(|drag| {
            drag.dropped = true;
            match drag.fetch {
                Fetch::NotRequested => drag.kind,
                _ => None,
            }
        });
        if let Some(kind) = request {
            self.request_data(kind, time)?;
        }
        self.finish_if_ready()
    }

    /// After a drop: once the data is here (or will never be), report it and tell the source
    /// whether it was taken.
    fn finish_if_ready(&mut self) -> Result<(), ProxyError> {
        let ready = self.drag.as_ref().is_some_and(|drag| {
            drag.dropped && matches!(drag.fetch, Fetch::Done(_) | Fetch::Failed(_))
        }) || self
            .drag
            .as_ref()
            .is_some_and(|drag| drag.dropped && drag.kind.is_none());
        if !ready {
            return Ok(());
        }
        let Some(drag) = self.drag.take() else {
            return Ok(());
        };
        let accepted = match drag.fetch {
            Fetch::Done(data) => {
                let useful = !data.summary().is_empty();
                if useful || !data.problems.is_empty() {
                    self.emit(DragEvent::Dropped(data));
                } else {
                    self.emit(DragEvent::Left);
                }
                useful
            }
            Fetch::Failed(reason) => {
                self.emit(DragEvent::Failed(reason));
                false
            }
            _ => {
                self.emit(DragEvent::Left);
                false
            }
        };
        let action = if accepted {
            self.atoms.XdndActionCopy
        } else {
            0
        };
        self.send(
            drag.source,
            self.atoms.XdndFinished,
            [drag.target, u32::from(accepted), action, 0, 0],
        )
    }

    /// Answers a position: whether a drop here would be taken.
    fn send_status(&mut self) -> Result<(), ProxyError> {
        let Some(drag) = &self.drag else {
            return Ok(());
        };
        let accept = drag.kind.is_some()
            && match &drag.fetch {
                Fetch::Done(data) => !data.summary().is_empty(),
                Fetch::Failed(_) => false,
                _ => true,
            };
        // Bit 1 asks for a position message on every move, so the answer can change once the
        // data has arrived; the empty rectangle says the same.
        let flags = u32::from(accept) | 2;
        let action = if accept { self.atoms.XdndActionCopy } else { 0 };
        let (source, target) = (drag.source, drag.target);
        self.send(source, self.atoms.XdndStatus, [target, flags, 0, 0, action])
    }

    fn send(&self, to: Window, kind: Atom, data: [u32; 5]) -> Result<(), ProxyError> {
        let message = ClientMessageEvent::new(32, to, kind, data);
        self.conn
            .send_event(false, to, EventMask::NO_EVENT, message)?;
        Ok(())
    }

    fn emit(&self, event: DragEvent) {
        if self.events.send(event).is_ok() {
            (self.wake)();
        }
    }

    fn atom_name(&mut self, atom: Atom) -> Result<String, ProxyError> {
        if let Some(name) = self.atom_names.get(&atom) {
            return Ok(name.clone());
        }
        let name = match self.conn.get_atom_name(atom)?.reply() {
            Ok(reply) => String::from_utf8_lossy(&reply.name).into_owned(),
            // A bogus atom from a confused source names nothing we understand.
            Err(ReplyError::X11Error(_)) => String::new(),
            Err(err) => return Err(err.into()),
        };
        self.atom_names.insert(atom, name.clone());
        Ok(name)
    }

    fn intern(&mut self, name: &str) -> Result<Atom, ProxyError> {
        let atom = self.conn.intern_atom(false, name.as_bytes())?.reply()?.atom;
        self.atom_names.insert(atom, name.to_owned());
        Ok(atom)
    }
}
