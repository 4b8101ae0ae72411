//! The rows: every download's record, the rules for changing it, and the one lock they live
//! behind.
//!
//! Every download is one [`Download`] record behind an `Arc`. Changes replace a record with an
//! updated copy (copy-on-write through `Arc::make_mut`), so a [`Snapshot`] is only a vector of
//! reference-counted pointers: cheap to take even with ten thousand rows, and never torn.
//!
//! - `download`: one row; `snapshot`: the copy readers get.
//! - `transitions`: every change of a row's status, decided in one place.
//! - `table`: `State`, everything behind the lock, changed only through its methods.
//! - `running`: what `State` keeps about downloads that have a worker.
//! - `reporter`: a worker's one line to its row; `waker`: how the front end hears of changes.
//!
//! Nothing here starts a thread or touches a file: the queue above decides what runs.

mod download;
mod kind;
pub(crate) mod queues;
pub(crate) mod reporter;
pub(crate) mod running;
mod seeding;
mod snapshot;
pub(crate) mod table;
pub(crate) mod transitions;
pub(crate) mod waker;

pub use crate::engine::files::ownership::Relink;
pub use download::{Download, DownloadId, Status};
pub use kind::{FileOf, Kind, Quality};
pub use queues::{MAIN, Place, QueueConfig, QueueView};
pub use seeding::Seeding;
pub use snapshot::{Counts, Snapshot};
pub(crate) use table::State;
