//! The one place that knows which kinds of download there are: each [`Kind`] has a
//! [`Driver`], and the queue drives every row through it. Everything around a download (the
//! queue's order and slots, limits, the scheduler, categories, undo, notices, the remote
//! control and the window) is the same for every kind; what differs is only how bytes arrive
//! and where they are kept, which is the driver's.
//!
//! A driver's part of a download's life:
//! - **start and resume** are one call, [`Work::run`](driver::Work::run), on a worker thread of the queue's pool.
//!   A kind resumes from what it left on disk (HTTP: its partial and control file).
//! - **pause and cancel** are the stop signal its [`Reporter`](crate::engine::state::reporter::Reporter) carries: the driver looks at it
//!   between events and returns the matching [`Outcome`](crate::engine::state::transitions::Outcome) within a fraction of a second.
//! - **progress, files, details and names** go through the reporter into the row, which
//!   every front end reads (see [`Download::files`](crate::engine::state::Download::files)).
//! - **reasons**: how it ended is an outcome, with a typed reason when it failed.
//! - **deleting** what an unfinished download left, once a cancel can no longer be undone:
//!   [`Driver::delete_unfinished`].
//!
//! A new kind (a stream of segments, a torrent) adds a [`Kind`] variant, its driver here, and
//! its own module below this one; nothing above the table changes.

mod driver;
mod http;
mod page;
mod programs;
mod stream;
pub(crate) mod torrent;
mod waiting;

pub(crate) use driver::Driver;

use crate::engine::state::Kind;

/// The driver of `kind`.
pub(crate) fn driver(kind: Kind) -> &'static dyn Driver {
    match kind {
        Kind::Http => &http::Http,
        Kind::Stream => &stream::Stream,
        Kind::Page => &page::Page,
        Kind::Torrent => &torrent::Torrent,
    }
}
