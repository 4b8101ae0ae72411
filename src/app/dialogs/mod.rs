//! The dialogs the window shows over the list, one answering at a time.

pub(crate) mod add;
pub(crate) mod folder_browser;
pub(crate) mod limit;
pub(crate) mod link;
pub(crate) mod remove;
pub(crate) mod settings;
