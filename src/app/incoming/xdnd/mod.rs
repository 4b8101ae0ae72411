//! Drops of text and web links on X11, which the windowing library cannot deliver.
//!
//! Why this exists: winit 0.30 (under eframe 0.37) accepts an X11 drop only as `text/uri-list`
//! and turns only its `file://` entries into dropped files. Text dragged from a web page, an
//! editor or a chat is refused, and a link dragged from a browser is accepted and then lost.
//! winit 0.31 has a data-transfer API that would do this (`WindowEvent::DragEntered` and
//! `fetch_data_transfer`), but it is still a beta and eframe 0.37 is built on winit 0.30, so it
//! cannot be used yet.
//!
//! How: the XDND protocol lets a window name a proxy in its `XdndProxy` property; drag sources
//! (GTK, Qt, Chromium, Firefox) then send every drag message to the proxy instead. Haul creates
//! that proxy window on its own X connection and serves it on its own thread (`proxy`):
//! winit's handling is never touched, it simply receives no drags. The proxy answers for every
//! type Haul understands ([`payload`]): file lists as before, links, and text, and hands the
//! result to the window as [`DragEvent`]s, which go through the same parser and Add dialog as
//! pasted text.
//!
//! When it can go: once eframe is built on a winit with the data-transfer API, handle its drag
//! events in the app and delete this module.
//!
//! On Wayland there is no proxy: the window keeps winit's file drops, and paste is the way in
//! for text (the README says so).

mod events;
pub mod payload;
mod proxy;

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use raw_window_handle::{HasWindowHandle, RawWindowHandle};

pub use events::{DragEvent, DragPreview};
pub use payload::{DropSummary, DroppedData};

/// Starts answering drags for the window behind `window` when it is an X11 window. Returns the
/// events to poll, or `None` (Wayland, no X server): the window then keeps winit's own drops.
pub fn start(
    window: &impl HasWindowHandle,
    wake: Arc<dyn Fn() + Send + Sync>,
) -> Option<Receiver<DragEvent>> {
    let handle = window.window_handle().ok()?.as_raw();
    let target = match handle {
        RawWindowHandle::Xlib(handle) => u32::try_from(handle.window).ok()?,
        RawWindowHandle::Xcb(handle) => handle.window.get(),
        _ => return None,
    };
    let (sender, receiver) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("haul-xdnd".into())
        .spawn(move || {
            if let Err(err) = proxy::serve(target, &sender, &*wake) {
                log::warn!("dropping text and links on the window is unavailable: {err}");
            }
        });
    match spawned {
        Ok(_) => Some(receiver),
        Err(err) => {
            log::warn!("could not start the drag-and-drop thread: {err}");
            None
        }
    }
}
