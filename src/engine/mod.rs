//! The download engine: a queue of downloads run by background worker threads.
//!
//! Nothing here knows about windows. Front ends send commands through [`Engine`] and read
//! [`Snapshot`]s; workers publish progress into the one shared state (about ten times a second
//! each) and wake the front end through a callback. Commands return at once: anything that
//! touches the disk or the network happens on a worker thread.
//!
//! The subsystems, each depending only on those listed after it (no circles; checked by
//! `tests/structure.rs`):
//!
//! - [`queue`]: the [`Engine`] handle, commands, the scheduler, undo, the saved list.
//! - `kinds`: the driver table, the one place that knows which kinds of download there are
//!   (an HTTP file today); the queue starts, stops and cleans up every row through it.
//! - `worker`: the HTTP kind: one download's attempts, from the first request to the file in
//!   place.
//! - `resources`: what every download shares (the network thread, clients, buffers, the
//!   indexes of download folders, the settings in force).
//! - [`state`]: the rows (each with its [`state::Kind`]), the rules for changing them
//!   (`state::transitions`), and the reporter a worker tells its row through.
//! - [`files`]: partial files, control files, ownership, names, where finished files came from.
//! - [`details`] and [`reason`]: what the details panel shows, and why a download stopped
//!   (typed, saved with the list).
//! - [`checksum`]: digests, and finding the ones servers publish.
//! - [`net`]: HTTP, TLS, hosts, piece plans, speed limits and retries.
//! - The plain words everything uses: [`error`] (what went wrong, typed), [`notice`],
//!   [`limits`], [`rate`], [`signal`], [`from_browser`], [`redact`], [`clock`].
//!
//! Words for people are chosen at the edge (`crate::describe`), never here.

pub mod checksum;
pub mod clock;
pub mod details;
pub mod error;
pub mod files;
pub mod from_browser;
pub(crate) mod kinds;
pub mod limits;
pub mod net;
pub mod notice;
pub mod queue;
pub mod rate;
pub mod reason;
pub mod redact;
pub(crate) mod resources;
pub mod signal;
pub mod state;
pub mod stream_problem;
pub mod timetable;
mod worker;

pub use checksum::{Algorithm, Checksum, Expected};
pub use details::{
    ConnectionInfo, ConnectionsAdded, Details, HeldBy, NotFaster, RetryRecord, UserLimit,
};
pub use error::{AddError, TransferError};
pub use from_browser::FromBrowser;
pub use kinds::torrent::listing::{TorrentFile, TorrentListing};
pub use net::http::NetworkSettings;
pub use net::retry::RetryPolicy;
pub use notice::{Notice, SavedFile};
pub use queue::{
    AddRequest, Engine, EngineConfig, EngineError, PartialFiles, UNDO_WINDOW, UndoToken,
};
pub use reason::{Reason, SpeedNote};
pub use signal::StopRequest;
pub use state::{
    Counts, Download, DownloadId, MAIN, Place, QueueConfig, QueueView, Relink, Snapshot, Status,
};
