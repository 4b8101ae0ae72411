//! Links arriving from outside the window's own dialogs: drops (files, text, links; the X11
//! drop proxy in `xdnd`), and links from later launches and browsers (`launch`).

pub(crate) mod drop;
pub(crate) mod launch;
pub mod xdnd;
