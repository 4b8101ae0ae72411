//! The window's state in owned parts, so `App` holds a handful of them: the list's state,
//! the window as the desktop sees it, what arrives from outside, and the remote control.
//! Their behaviour is still in `impl App` blocks (see `handlers`) while they move here.

use std::sync::Arc;
use std::sync::mpsc::Receiver;

use super::bars::overall::Totals;
use super::desktop::launcher::LauncherProgress;
use super::dropper;
use super::incoming::xdnd::{DragEvent, DragPreview};
use super::list::selection::Selection;
use super::list::view::ListView;
use super::{desktop, remote};
use crate::engine::Snapshot;
use crate::instance::Inbox;

/// The list's state: the rows as of the last look and how they are shown.
pub(super) struct Rows {
    /// The rows as of the last look.
    pub(super) snapshot: Snapshot,
    /// Old snapshots are dropped on a thread of their own.
    pub(super) dropper: dropper::Dropper,
    /// The queue as a whole: counts, overall speed and progress.
    pub(super) totals: Totals,
    /// The rows chosen.
    pub(super) selection: Selection,
    /// Which rows the list shows, in which order.
    pub(super) view: ListView,
    /// The details panel is open.
    pub(super) details_open: bool,
    /// Put the cursor in the filter box on the next frame.
    pub(super) focus_filter: bool,
    /// Bring this row into sight on the next frame (one just added, or moved to by key).
    pub(super) scroll_to: Option<crate::engine::DownloadId>,
    /// The newest row seen, to notice rows added since.
    pub(super) newest_id: Option<crate::engine::DownloadId>,
}

/// The window as the desktop sees it.
#[derive(Default)]
pub(super) struct Shell {
    /// The title last given to the window.
    pub(super) title: String,
    /// What the taskbar icon was last told.
    pub(super) launcher_shown: Option<LauncherProgress>,
    /// The user confirmed quitting.
    pub(super) quit_confirmed: bool,
    /// A `sleep` inhibitor is wanted (downloads run and the setting is on).
    pub(super) awake: bool,
    /// The tray item, where a tray host shows it.
    pub(super) tray: Option<desktop::tray::TrayLink>,
    /// The window is hidden in the tray.
    pub(super) hidden: bool,
    /// Hide the window in the tray at the first frame (started with the desktop).
    pub(super) start_hidden: bool,
    /// Set when the system asks Haul to quit (SIGTERM at logout, SIGINT, SIGHUP): the window
    /// closes as if the user confirmed quitting, so progress and the list are saved.
    pub(super) quit_signalled: Arc<std::sync::atomic::AtomicBool>,
}

/// What arrives from outside the window.
#[derive(Default)]
pub(super) struct Incoming {
    /// What the browser handed over with links not added yet (by link): its context and the
    /// file name it chose.
    pub(super) from_browser:
        std::collections::HashMap<String, (Arc<crate::engine::FromBrowser>, Option<String>)>,
    /// Drags reported by the X11 drop proxy (see `xdnd`), when it runs.
    pub(super) drag_events: Option<Receiver<DragEvent>>,
    /// What is dragged over the window right now, as the proxy sees it.
    pub(super) dragging: Option<DragPreview>,
    /// Links handed over by later launches.
    pub(super) inbox: Option<Inbox>,
}

/// The remote control.
#[derive(Default)]
pub(super) struct Remote {
    /// What the settings asked of it last.
    pub(super) wanted: Option<remote::RemoteWanted>,
    /// The server while it runs.
    pub(super) server: Option<crate::rpc::RpcServer>,
}
