//! What commands do, by area: adding links, rows, and the window itself. `execute` sends
//! each command to its handler here.

mod adding;
mod rows;
mod window;
