//! What commands do, by area: adding links, rows, and the window itself. `execute` sends
//! each command to its handler here.

mod adding;

pub(crate) use adding::AddHow;
mod rows;
mod window;
