//! The window's state in owned parts, so `App` holds a handful of them and dispatches: the
//! list's state (`rows`), the window as the desktop sees it (`shell`), what arrives from
//! outside (`incoming`), and the remote control (`remote`). A part's behaviour that needs
//! nothing else is its own methods, in its file; what needs several parts stays in `impl App`
//! (see `handlers`).

mod incoming;
mod remote;
mod rows;
mod shell;

pub(crate) use incoming::Incoming;
pub(crate) use remote::Remote;
pub(crate) use rows::Rows;
pub(crate) use shell::Shell;
