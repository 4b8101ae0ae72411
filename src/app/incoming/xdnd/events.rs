//! What a drag over the window amounts to, as the proxy reports it and the window shows it.

use super::payload::{DropSummary, DroppedData};

/// What is dragged over the window, as far as Haul can tell yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DragPreview {
    /// Something Haul can read; its content has not arrived yet.
    Reading,
    /// Files (from the window system's own file drops), to be read after the drop.
    Files(usize),
    /// What dropping would add.
    Ready(DropSummary),
    /// Nothing Haul can use (an image, or text without links); the drop is refused.
    Nothing,
}

/// What happened to a drag over the window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DragEvent {
    /// A drag is over the window.
    Hovering(DragPreview),
    /// The drag left the window or was cancelled.
    Left,
    /// The user dropped it: links as text, and link-list files to read.
    Dropped(DroppedData),
    /// The drop could not be read; the sentence says why.
    Failed(String),
}
