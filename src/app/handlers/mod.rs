//! What commands do, by area: adding links, rows, and the window itself. `execute` sends
//! each command to its handler here.

mod adding;
mod clipboard;
mod logins;

pub(crate) use adding::AddHow;
mod notifying;
mod rows;
mod tray;
mod window;
