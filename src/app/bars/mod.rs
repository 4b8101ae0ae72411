//! The bars around the list: the toolbar, notices, the status bar with the queue's overall
//! progress, and the undo offer.

pub(crate) mod notice_strip;
pub(crate) mod overall;
pub(crate) mod status_bar;
pub(crate) mod toolbar;
pub(crate) mod undo_bar;
