//! What the engine keeps about downloads that have a worker: how to stop each, which only
//! put their files in place now, the disk room each counts on, and each one's speed limiter.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::download::DownloadId;
use crate::engine::net::limiter::{QueueLimit, RateLimiter};
use crate::engine::signal::{StopRequest, StopSignal};

/// Room on disk a running download counts on: the rest of its file.
#[derive(Clone, Debug)]
pub(crate) struct SpaceClaim {
    /// The folder the file is in.
    pub dir: PathBuf,
    /// The file's whole size.
    pub total: u64,
    /// The file system reserved the space itself (fallocate), so free space already counts it.
    pub reserved_by_fs: bool,
}

/// The downloads that have a worker thread, and what goes with them.
#[derive(Debug, Default)]
pub(crate) struct Running {
    /// The stop flag of each download that currently has a worker thread.
    workers: HashMap<DownloadId, Arc<StopSignal>>,
    /// Per-download speed limiters, shared with the running connections so changes apply live
    /// (kept while the row exists, so a limit set while paused waits for the next start).
    limiters: HashMap<DownloadId, Arc<RateLimiter>>,
    /// The queue limit each running download follows (changed when it moves to another queue).
    queue_limits: HashMap<DownloadId, Arc<QueueLimit>>,
    /// Downloads whose bytes are all here and that only flush and rename now: they no longer
    /// hold one of the `jobs` slots.
    finishing: HashSet<DownloadId>,
    /// Room on disk claimed by running downloads (see `worker::partial::claim_space`).
    space_claims: HashMap<DownloadId, SpaceClaim>,
}

impl Running {
    /// A worker starts for `id`, stopped through `signal`.
    pub fn started(&mut self, id: DownloadId, signal: Arc<StopSignal>) {
        self.workers.insert(id, signal);
    }

    /// `id`'s worker thread ended (or never started): its slot, claim and flag go.
    pub fn ended(&mut self, id: DownloadId) {
        self.workers.remove(&id);
        self.queue_limits.remove(&id);
        self.finishing.remove(&id);
        self.space_claims.remove(&id);
    }

    /// True while `id` has a worker thread.
    pub fn has_worker(&self, id: DownloadId) -> bool {
        self.workers.contains_key(&id)
    }

    /// True while any download has a worker thread.
    pub fn any(&self) -> bool {
        !self.workers.is_empty()
    }

    /// The downloads that have a worker thread.
    pub fn ids(&self) -> impl Iterator<Item = DownloadId> + '_ {
        self.workers.keys().copied()
    }

    /// Asks `id`'s worker, if it has one, to stop.
    pub fn stop(&self, id: DownloadId, request: StopRequest) {
        if let Some(signal) = self.workers.get(&id) {
            signal.raise(request);
        }
    }

    /// Asks every worker to stop.
    pub fn stop_all(&self, request: StopRequest) {
        for signal in self.workers.values() {
            signal.raise(request);
        }
    }

    /// `id` only puts its file in place now: its slot is free.
    pub fn finishing(&mut self, id: DownloadId) {
        self.finishing.insert(id);
    }

    /// True when `id` only puts its file in place.
    pub fn is_finishing(&self, id: DownloadId) -> bool {
        self.finishing.contains(&id)
    }

    /// How many downloads only put their files in place.
    pub fn finishing_count(&self) -> usize {
        self.finishing.len()
    }

    /// Records the room on disk `id` counts on.
    pub fn claim_space(&mut self, id: DownloadId, claim: SpaceClaim) {
        self.space_claims.insert(id, claim);
    }

    /// Room on disk the other running downloads in `dir` still count on (what their files
    /// lack, given how much of each is `done`), leaving out those the file system reserved
    /// itself.
    pub fn space_claimed_by_others(
        &self,
        id: DownloadId,
        dir: &Path,
        done: impl Fn(DownloadId) -> u64,
    ) -> u64 {
        self.space_claims
            .iter()
            .filter(|(other, claim)| **other != id && !claim.reserved_by_fs && claim.dir == dir)
            .map(|(other, claim)| claim.total.saturating_sub(done(*other)))
            .sum()
    }

    /// The limiter of one download, created on first use with `limit`.
    pub fn limiter_for(&mut self, id: DownloadId, limit: Option<u64>) -> Arc<RateLimiter> {
        Arc::clone(
            self.limiters
                .entry(id)
                .or_insert_with(|| Arc::new(RateLimiter::new(limit.unwrap_or(0)))),
        )
    }

    /// The queue limit `id`'s worker follows, paced by `limiter` from now on.
    pub fn queue_limit(&mut self, id: DownloadId, limiter: Arc<RateLimiter>) -> Arc<QueueLimit> {
        let limit = self
            .queue_limits
            .entry(id)
            .or_insert_with(|| Arc::new(QueueLimit::new(Arc::clone(&limiter))));
        limit.follow(limiter);
        Arc::clone(limit)
    }

    /// The running downloads and the queue limits they follow.
    pub fn queue_limits(&self) -> impl Iterator<Item = (DownloadId, &Arc<QueueLimit>)> + '_ {
        self.queue_limits.iter().map(|(id, limit)| (*id, limit))
    }

    /// Forgets `id`'s limiter (its row left the list).
    pub fn forget(&mut self, id: DownloadId) {
        self.limiters.remove(&id);
    }
}
