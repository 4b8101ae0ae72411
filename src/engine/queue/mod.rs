//! The queue: what users ask of downloads and what runs when.
//!
//! [`Engine`] is the handle front ends hold. Commands change the rows under the lock and
//! return at once; the scheduler starts queued downloads on worker threads while slots are
//! free; cancels and removals wait out their undo window before files go; the list is saved
//! in the background and read back at the next start.
//!
//! - `handle`: [`Engine`], how it starts, is tuned and stops; `shared`: what its clones share.
//! - `commands`: add, pause, resume, retry, cancel, remove, change a link.
//! - `scheduler`: which downloads run; `pool`: the threads they run on.
//! - `undo` and `undo_book`: taking back a cancel or a removal, and the deletions that wait.
//! - `store` and `persister`: the saved list; `partials_on_disk`: progress read back at start.
//! - `timer`: schedules and the speed grid, by the clock.

pub(crate) mod commands;
pub(crate) mod handle;
mod partials_on_disk;
mod persister;
mod pool;
mod saved_row;
mod scheduler;
pub(crate) mod shared;
pub mod store;
pub(crate) mod timer;
pub(crate) mod timing;
pub(crate) mod undo;
pub(crate) mod undo_book;

pub use commands::AddRequest;
pub use handle::{Engine, EngineConfig, EngineError, UNDO_WINDOW};
pub use undo_book::{PartialFiles, UndoToken};
