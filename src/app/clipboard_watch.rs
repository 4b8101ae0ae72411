//! Watching the clipboard, when the user asks for it (off by default): copied text with
//! download links not yet in the list is offered, never added. With the window in front the
//! Add dialog opens with them; otherwise a notification offers "Add", which opens it.
//!
//! The clipboard is read by the watcher thread (see `watcher`) about once a second; the window
//! hears of it only when the text changed. What it held when watching began is not offered
//! (only what is copied after). This is what the window remembers between looks; what it does
//! with a change is in `handlers::clipboard`.

/// What the window knows between looks.
#[derive(Debug, Default)]
pub(crate) struct ClipboardWatch {
    /// The text last seen (`None` before the first look).
    pub seen: Option<String>,
    /// The window was in front when the last change came.
    pub in_front: bool,
}
