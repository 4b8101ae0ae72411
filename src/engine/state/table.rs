//! Everything the engine knows, behind its one mutex, and the only ways to change it.
//!
//! Each change goes through a method here, which does the bookkeeping every change needs
//! exactly once: the version goes up (so readers know to copy), the queues learn which rows
//! wait (so the scheduler looks only at those), and a row's speed limiter goes with it.

use std::sync::Arc;

use url::Url;

use super::download::{Download, DownloadId, Status};
use super::queues::{MAIN, QueueConfig, Queues};
use super::running::{Running, SpaceClaim};
use super::snapshot::Snapshot;
use super::transitions::{Command, Outcome, WorkerEvent};
use crate::engine::details::Details;
use crate::engine::files::ownership::Relink;
use crate::engine::net::limiter::RateLimiter;
use crate::engine::net::login::{Login, without_login};
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::notice::Notice;
use crate::engine::rate::Rate;
use crate::engine::signal::{StopRequest, StopSignal};

/// Downloads that may be putting their files in place at once, per slot: enough that a
/// flush slower than a short download does not hold the next ones up.
const FINISHING_PER_SLOT: usize = 4;

/// The disk has no room for the rest of a file, counting what running downloads still need.
#[derive(Debug)]
pub(crate) struct NoRoom;

/// Everything the engine knows. Held only for short updates.
#[derive(Debug)]
pub(crate) struct State {
    /// Bumped on every visible change.
    version: u64,
    /// All downloads, sorted by id (ids only grow, so this is also the order added).
    rows: Vec<Arc<Download>>,
    /// The id the next added download gets.
    next_id: u64,
    /// The named queues, and which rows wait in them.
    queues: Queues,
    /// Set while quitting: nothing new starts.
    shutting_down: bool,
    /// Messages for the user that are not about one row (damaged queue file, save errors).
    notices: Vec<Notice>,
    /// The downloads that have a worker.
    running: Running,
}

impl State {
    /// The state of a freshly started engine: `rows` as loaded, `jobs` slots in Main, and
    /// the `queues` configured.
    pub fn new(rows: Vec<Download>, next_id: u64, jobs: usize, queues: &[QueueConfig]) -> Self {
        let rows: Vec<Arc<Download>> = rows.into_iter().map(Arc::new).collect();
        Self {
            // Never equal to an empty `Snapshot::default()`, so a first look always copies.
            version: 1,
            queues: Queues::new(queues, jobs.max(1), &rows),
            rows,
            next_id: next_id.max(1),
            shutting_down: false,
            notices: Vec::new(),
            running: Running::default(),
        }
    }

    // ----- reading -----

    /// The current version; equal versions mean equal snapshots.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// All downloads in list order.
    pub fn rows(&self) -> &[Arc<Download>] {
        &self.rows
    }

    /// The id the next added download gets.
    pub fn next_id(&self) -> u64 {
        self.next_id
    }

    /// A download by id.
    pub fn row(&self, id: DownloadId) -> Option<&Download> {
        self.index(id).map(|index| &*self.rows[index])
    }

    /// A download by id, shared (to keep as it is now).
    pub fn shared_row(&self, id: DownloadId) -> Option<Arc<Download>> {
        self.index(id).map(|index| Arc::clone(&self.rows[index]))
    }

    /// True when no download is running or waiting to run. Looked at from the end, where
    /// rows still waiting sit, so a look while a long list is under way ends at once.
    pub fn is_idle(&self) -> bool {
        self.rows.iter().rev().all(|d| d.status.is_settled())
    }

    /// A consistent copy for readers.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            version: self.version,
            downloads: self.rows.clone(),
            jobs: self.queues.main_jobs(),
            queues: Arc::new(self.queues.views()),
            received_bytes: 0,
        }
    }

    /// The downloads that have a worker, and what goes with them.
    pub fn running(&self) -> &Running {
        &self.running
    }

    // ----- rows in and out -----

    /// Adds a download built by `build` from its new id; returns the id.
    pub fn add(&mut self, build: impl FnOnce(DownloadId) -> Download) -> DownloadId {
        let id = DownloadId(self.next_id);
        self.next_id += 1;
        let mut row = build(id);
        row.order = self.queues.take_order();
        if !self.queues.names().any(|queue| queue == row.queue) {
            row.queue = MAIN.to_owned();
        }
        self.queues.track(None, Some(&row));
        self.rows.push(Arc::new(row));
        self.version += 1;
        id
    }

    /// Takes a download off the list (its worker, if any, is asked to stop).
    pub fn take(&mut self, id: DownloadId) -> Option<Arc<Download>> {
        let index = self.index(id)?;
        let row = self.rows.remove(index);
        self.queues.track(Some(&row), None);
        self.running.forget(id);
        self.running.stop(id, StopRequest::Pause);
        self.version += 1;
        Some(row)
    }

    /// Puts a row taken off the list back in its place, and tells it so (a running one comes
    /// back paused). False when a row with its id is already there.
    pub fn put_back(&mut self, row: Arc<Download>) -> bool {
        let id = row.id;
        let Err(index) = self.index_or_place(id) else {
            return false;
        };
        self.queues.track(None, Some(&row));
        self.rows.insert(index, row);
        self.version += 1;
        self.apply_command(id, Command::ReturnToList);
        true
    }

    // ----- changing rows -----

    /// Applies a command to a row; true when the row accepted it. A pause or cancel also
    /// asks its worker to stop.
    pub fn apply_command(&mut self, id: DownloadId, command: Command) -> bool {
        let accepted = self.change_row(id, |row| row.apply_command(command));
        if accepted && command == Command::Pause {
            self.running.stop(id, StopRequest::Pause);
        }
        // Files still stay (the undo window deletes them), but a recording is not saved.
        if accepted && command == Command::Cancel {
            self.running.stop(id, StopRequest::Cancel);
        }
        accepted
    }

    /// Applies a worker's news to its row; true when the row changed.
    pub fn apply_worker(&mut self, id: DownloadId, event: WorkerEvent) -> bool {
        self.change_row(id, |row| row.apply_worker(event))
    }

    /// Gives an unfinished download a new link: it stops, keeps its name, and is tried again
    /// from the new link, continuing only the same file. True when it is tried again.
    /// A paused one stays paused with the new link when `keep_paused` (as remote clients
    /// expect of aria2's `changeUri`).
    pub fn change_link(&mut self, id: DownloadId, url: &Url, keep_paused: bool) -> bool {
        let Some(row) = self.row(id) else {
            return false;
        };
        if row.status == Status::Finished {
            return false;
        }
        let stays_paused = keep_paused && matches!(row.status, Status::Paused { .. });
        if !stays_paused {
            self.apply_command(id, Command::Pause);
        }
        self.change_row(id, |d| {
            d.url = url.clone();
            // The file keeps its name, whatever the new link suggests.
            d.name_fixed = d.file_name.is_some();
            d.relink = Relink::SameFileOnly;
            true
        });
        !stays_paused && self.apply_command(id, Command::Retry)
    }

    /// Puts `login` on a download's link and tries it again (its server asked for a login).
    /// True when it is tried again.
    pub fn give_login(&mut self, id: DownloadId, login: &Login) -> bool {
        let Some(url) = self
            .row(id)
            .filter(|row| row.status != Status::Finished)
            .and_then(|row| login.on_link(&without_login(&row.url)))
        else {
            return false;
        };
        self.change_row(id, |d| {
            d.url = url.clone();
            true
        });
        self.apply_command(id, Command::Retry)
    }

    /// Tries a download again, starting over in its partial file if it is another file.
    /// True when it is tried again.
    pub fn start_over(&mut self, id: DownloadId) -> bool {
        self.change_row(id, |d| {
            d.relink = Relink::SameFileOrStartOver;
            true
        });
        self.apply_command(id, Command::Retry)
    }

    /// Limits one download to `limit` (`None`: no limit), live.
    pub fn set_speed_limit(&mut self, id: DownloadId, limit: Option<Rate>) {
        let changed = self.change_row(id, |d| {
            d.speed_limit = limit;
            true
        });
        if changed {
            let bytes = limit.map(Rate::get);
            self.running.limiter_for(id, bytes).set(bytes.unwrap_or(0));
        }
    }

    /// Sets how many connections one download may use at most (`None`: the settings'
    /// number), from its next start on.
    pub fn set_connections(&mut self, id: DownloadId, connections: Option<usize>) {
        self.change_row(id, |d| {
            let changed = d.connections != connections;
            d.connections = connections;
            changed
        });
    }

    /// Gives a row its own proxy (`None`: its queue's, else the settings'), from its next
    /// start.
    pub fn set_proxy(&mut self, id: DownloadId, proxy: Option<ProxyChoice>) {
        self.change_row(id, |d| {
            let changed = d.proxy != proxy;
            d.proxy = proxy;
            changed
        });
    }

    /// What a partial file on disk says about a row that does not run (read after a start).
    pub fn disk_progress(&mut self, id: DownloadId, done: u64, total: Option<u64>) {
        self.change_row(id, |row| {
            if row.status.is_running() || row.status.is_terminal() {
                return false;
            }
            row.bytes_done = done;
            row.total_bytes = total.or(row.total_bytes);
            true
        });
    }

    /// A cancelled download's files were deleted: it has no bytes any more.
    pub fn files_deleted(&mut self, id: DownloadId) {
        self.change_row(id, |row| {
            let cancelled = row.status == Status::Cancelled;
            if cancelled {
                row.bytes_done = 0;
            }
            cancelled
        });
    }

    /// Changes what the details panel shows. With `only_running`, ignored once the row no
    /// longer runs, like any news from a worker the user stopped.
    pub fn change_details(
        &mut self,
        id: DownloadId,
        only_running: bool,
        change: impl FnOnce(&mut Details),
    ) {
        self.change_row(id, |row| {
            if only_running && !row.status.is_running() {
                return false;
            }
            change(Arc::make_mut(&mut row.details));
            true
        });
    }

    // ----- slots and workers -----

    /// How many downloads of Main may run at once.
    pub fn jobs(&self) -> usize {
        self.queues.main_jobs()
    }

    /// Sets how many downloads of Main may run at once.
    pub fn set_jobs(&mut self, jobs: usize) {
        self.queues.set_main_jobs(jobs);
        self.version += 1;
    }

    /// The queued downloads that may start now, in list order, each marked started.
    ///
    /// A worker holds one of the `jobs` slots while its row runs, except while it only puts its
    /// file in place (flush, checksum, rename): then the next download may start. Those
    /// finishing are bounded too, so a slow disk or a slow checksum lookup cannot pile up a
    /// thread and an open file for every short download of a long list.
    pub fn start_next(&mut self) -> Vec<Arc<Download>> {
        if self.shutting_down {
            return Vec::new();
        }
        let starting = self.startable();
        for row in &starting {
            self.apply_command(row.id, Command::Start);
        }
        starting
    }

    /// The rows `start_next` starts: in order, while their queue is open and has room.
    fn startable(&self) -> Vec<Arc<Download>> {
        let slots = self.queues.len();
        let room: Vec<usize> = (0..slots).map(|slot| self.queues.room(slot)).collect();
        let all_jobs: usize = (0..slots).map(|slot| self.queues.room(slot).max(1)).sum();
        if self.running.finishing_count() >= all_jobs * FINISHING_PER_SLOT {
            return Vec::new();
        }
        let mut running = self.running_per_queue();
        let mut full = (0..slots).filter(|&s| running[s] >= room[s]).count();
        let mut starting = Vec::new();
        // Counted from the waiting rows (in order), not all rows (maybe thousands).
        for id in self.queues.waiting() {
            if full == slots {
                break;
            }
            let Some(row) = self.shared_row(id) else {
                continue;
            };
            let slot = self.queues.index_of(&row.queue);
            if running[slot] >= room[slot] || self.running.has_worker(id) {
                continue;
            }
            running[slot] += 1;
            if running[slot] == room[slot] {
                full += 1;
            }
            starting.push(row);
        }
        starting
    }

    /// How many downloads of each queue hold a slot (running, not only finishing).
    fn running_per_queue(&self) -> Vec<usize> {
        let mut running = vec![0; self.queues.len()];
        for id in self.running.ids() {
            if self.running.is_finishing(id) {
                continue;
            }
            if let Some(row) = self.row(id).filter(|d| d.status.is_running()) {
                running[self.queues.index_of(&row.queue)] += 1;
            }
        }
        running
    }

    /// A worker thread starts for `id`; returns the download's speed limiter.
    pub fn worker_started(&mut self, id: DownloadId, signal: Arc<StopSignal>) -> Arc<RateLimiter> {
        self.running.started(id, signal);
        let limit = self.row(id).and_then(|d| d.speed_limit).map(Rate::get);
        self.running.limiter_for(id, limit)
    }

    /// `id`'s worker ended this way (or never started); its slot is free.
    pub fn worker_ended(&mut self, id: DownloadId, outcome: Outcome, finished_unix: u64) {
        self.running.ended(id);
        let shutting_down = self.shutting_down;
        let settled = matches!(outcome, Outcome::Finished { .. } | Outcome::Failed(_));
        if settled
            && !shutting_down
            && let Some(queue) = self.row(id).map(|row| row.queue.clone())
        {
            let finished = matches!(outcome, Outcome::Finished { .. });
            self.queues.ended(&queue, finished);
        }
        self.apply_worker(
            id,
            WorkerEvent::Ended {
                outcome,
                finished_unix,
                shutting_down,
            },
        );
        if settled && !shutting_down {
            self.note_queues_done();
        }
    }

    /// `id` only puts its file in place now: its slot is free for the next download.
    pub fn worker_finishing(&mut self, id: DownloadId) {
        self.running.finishing(id);
    }

    /// Counts on room for the rest of a file for `id`: refused when `free` bytes are not
    /// enough for it and for what the other running downloads there still need (plus
    /// `margin`).
    pub fn claim_space(
        &mut self,
        id: DownloadId,
        claim: SpaceClaim,
        needed: u64,
        free: Option<u64>,
        margin: u64,
    ) -> Result<(), NoRoom> {
        if !claim.reserved_by_fs
            && let Some(free) = free
        {
            let done = |other| self.row(other).map_or(0, |row| row.bytes_done);
            let others = self.running.space_claimed_by_others(id, &claim.dir, done);
            if free < others.saturating_add(needed).saturating_add(margin) {
                return Err(NoRoom);
            }
        }
        self.running.claim_space(id, claim);
        Ok(())
    }

    /// Haul quits: nothing new starts, and every worker is asked to stop.
    pub fn shut_down(&mut self) {
        self.shutting_down = true;
        self.running.stop_all(StopRequest::Shutdown);
    }

    // ----- notices and undo -----

    /// Tells the user something that is not about one row (once, however often it happens).
    pub fn notice(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
            self.version += 1;
        }
    }

    /// True when notices wait to be shown.
    pub fn has_notices(&self) -> bool {
        !self.notices.is_empty()
    }

    /// The notices not yet shown; each is returned once.
    pub fn take_notices(&mut self) -> Vec<Notice> {
        std::mem::take(&mut self.notices)
    }

    // ----- the bookkeeping, once -----

    fn index(&self, id: DownloadId) -> Option<usize> {
        self.index_or_place(id).ok()
    }

    fn index_or_place(&self, id: DownloadId) -> Result<usize, usize> {
        self.rows.binary_search_by_key(&id, |d| d.id)
    }

    /// Changes one row when `change` says it did; the version goes up and the scheduler looks
    /// at the row again.
    fn change_row(&mut self, id: DownloadId, change: impl FnOnce(&mut Download) -> bool) -> bool {
        let Some(index) = self.index(id) else {
            return false;
        };
        let row = Arc::make_mut(&mut self.rows[index]);
        let was_waiting = row.status == Status::Queued;
        if was_waiting {
            self.queues.track(Some(row), None);
        }
        let changed = change(row);
        if changed {
            self.version += 1;
        }
        if row.status == Status::Queued {
            self.queues.track(None, Some(row));
        }
        changed
    }
}

mod ordering;
#[cfg(test)]
mod tests;
mod torrent_rows;
