//! The interface every kind of download gives the engine (see the table in `kinds`).

use std::sync::Arc;

use crate::engine::net::limiter::Limit;
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::resources::Resources;
use crate::engine::state::Download;
use crate::engine::state::reporter::Reporter;
use crate::engine::state::transitions::Outcome;

/// How the engine drives one kind of download.
pub(crate) trait Driver: Sync {
    /// What a worker needs of `row`, copied under the lock as it starts (with the proxy it
    /// goes through when it is not the settings': its own, or its queue's): the worker never
    /// reads the shared list while it works.
    fn prepare(&self, row: &Download, proxy: Option<ProxyChoice>) -> Box<dyn Work>;

    /// Deletes what an unfinished download of this kind left behind (partial and control
    /// files), and only what is provably its own. `alone`: no other row has its link.
    fn delete_unfinished(&self, row: &Download, alone: bool, resources: &Resources);

    /// What an unfinished row keeps on disk says is done: bytes and size (read off the lock,
    /// when a saved list is loaded; the disk is the truth, the list may be older). `None`:
    /// it keeps nothing to read yet.
    fn progress_on_disk(&self, row: &Download) -> Option<(u64, Option<u64>)>;
}

/// One download's run, from where it stands to its end.
pub(crate) trait Work: Send {
    /// Runs until the download completes, fails, or its stop signal asks it to stop;
    /// `limits` are its own and its queue's (the overall one is in `resources`).
    fn run(
        self: Box<Self>,
        reporter: &Reporter,
        resources: &Arc<Resources>,
        limits: [Arc<dyn Limit>; 2],
    ) -> Outcome;
}
