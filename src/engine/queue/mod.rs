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
//! - `undoing`: taking back a cancel or a removal, and the deletions that wait;
//!   `undo_records`: what an undo can still take back.
//! - `store` and `persister`: the saved list; `partials_on_disk`: progress read back at start.
//! - `clock_thread`: schedules and the speed grid, by the clock; `speed_rules`: the grid and
//!   the overall limit it reads.

pub(crate) mod clock_thread;
pub(crate) mod commands;
pub(crate) mod handle;
mod partials_on_disk;
mod persister;
mod pool;
mod saved_row;
mod scheduler;
mod seeding_again;
pub(crate) mod shared;
pub(crate) mod speed_rules;
pub mod store;
mod torrent_commands;
pub(crate) mod undo_records;
pub(crate) mod undoing;

pub use commands::AddRequest;
pub use handle::{Engine, EngineConfig, EngineError, UNDO_WINDOW};
pub use undo_records::{PartialFiles, UndoToken};
