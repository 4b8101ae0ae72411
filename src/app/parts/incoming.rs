//! What arrives from outside the window: links a browser handed over, drags seen by the X11
//! drop proxy, links from later launches.

use std::sync::Arc;
use std::sync::mpsc::Receiver;

use crate::app::incoming::xdnd::{DragEvent, DragPreview};
use crate::instance::Inbox;

/// What arrives from outside the window.
#[derive(Default)]
pub(crate) struct Incoming {
    /// What the browser handed over with links not added yet (by link): its context and the
    /// file name it chose.
    pub(crate) from_browser:
        std::collections::HashMap<String, (Arc<crate::engine::FromBrowser>, Option<String>)>,
    /// Drags reported by the X11 drop proxy (see `xdnd`), when it runs.
    pub(crate) drag_events: Option<Receiver<DragEvent>>,
    /// What is dragged over the window right now, as the proxy sees it.
    pub(crate) dragging: Option<DragPreview>,
    /// What the user asked to remember per site for its requests (see `site_extras`).
    pub(crate) site_extras: std::collections::HashMap<String, Arc<crate::engine::FromBrowser>>,
    /// Links handed over by later launches.
    pub(crate) inbox: Option<Inbox>,
}
