//! The queues' side of [`State`]: rows moved between queues and within the order, queues
//! configured, opened and closed by their schedules, and told when they ran dry.

use std::collections::HashSet;
use std::sync::Arc;

use super::State;
use crate::engine::clock::Moment;
use crate::engine::net::limiter::{QueueLimit, RateLimiter};
use crate::engine::notice::Notice;
use crate::engine::signal::StopRequest;
use crate::engine::state::download::DownloadId;
use crate::engine::state::queues::{Place, QueueConfig};
use crate::engine::state::transitions::Command;
use crate::engine::timetable::Schedule;

impl State {
    /// New queue rules (Main keeps `main_jobs` unless they name it). Rows of a queue that is
    /// gone wait in Main.
    pub fn configure_queues(&mut self, configs: &[QueueConfig], main_jobs: usize) {
        self.queues.configure(configs, main_jobs);
        self.version += 1;
        self.follow_queue_limits();
    }

    /// Moves a row to the queue `name`; true when it moved. A running row keeps running.
    pub fn move_to_queue(&mut self, id: DownloadId, name: &str) -> bool {
        let known = self.queues.names().any(|queue| queue == name);
        let moved = known
            && self.change_row(id, |row| {
                let moved = row.queue != name;
                row.queue = name.to_owned();
                moved
            });
        if moved {
            self.follow_queue_limits();
        }
        moved
    }

    /// The queue limit a running download follows: its queue's, from its next read on.
    pub fn queue_limit(&mut self, id: DownloadId) -> Arc<QueueLimit> {
        let limiter = self.queue_limiter(id);
        self.running.queue_limit(id, limiter)
    }

    /// Every running download follows its queue's limit as the queues are now.
    fn follow_queue_limits(&self) {
        for (id, limit) in self.running.queue_limits() {
            limit.follow(self.queue_limiter(id));
        }
    }

    /// Moves `ids` within the order (see [`Place`]).
    pub fn reorder(&mut self, ids: &[DownloadId], place: Place) {
        let chosen: HashSet<DownloadId> = ids.iter().copied().collect();
        let mut list: Vec<(u64, DownloadId)> =
            self.rows.iter().map(|row| (row.order, row.id)).collect();
        list.sort_unstable();
        let mut list: Vec<DownloadId> = list.into_iter().map(|(_, id)| id).collect();
        let queue_of = |state: &Self, id| state.row(id).map(|row| row.queue.clone());
        match place {
            Place::Top | Place::Bottom => {
                let (moved, rest): (Vec<_>, Vec<_>) =
                    list.into_iter().partition(|id| chosen.contains(id));
                list = if place == Place::Top {
                    moved.into_iter().chain(rest).collect()
                } else {
                    rest.into_iter().chain(moved).collect()
                };
            }
            Place::Before(target) => {
                if chosen.contains(&target) {
                    return;
                }
                let (moved, mut rest): (Vec<_>, Vec<_>) =
                    list.into_iter().partition(|id| chosen.contains(id));
                let at = rest
                    .iter()
                    .position(|&id| id == target)
                    .unwrap_or(rest.len());
                rest.splice(at..at, moved);
                list = rest;
            }
            Place::Up => {
                for at in 0..list.len() {
                    if !chosen.contains(&list[at]) {
                        continue;
                    }
                    let queue = queue_of(self, list[at]);
                    let before = (0..at)
                        .rev()
                        .find(|&i| !chosen.contains(&list[i]) && queue_of(self, list[i]) == queue);
                    if let Some(to) = before {
                        let id = list.remove(at);
                        list.insert(to, id);
                    }
                }
            }
            Place::Down => {
                for at in (0..list.len()).rev() {
                    if !chosen.contains(&list[at]) {
                        continue;
                    }
                    let queue = queue_of(self, list[at]);
                    let after = (at + 1..list.len())
                        .find(|&i| !chosen.contains(&list[i]) && queue_of(self, list[i]) == queue);
                    if let Some(to) = after {
                        let id = list.remove(at);
                        list.insert(to, id);
                    }
                }
            }
        }
        for (index, id) in list.iter().enumerate() {
            let order = index as u64 + 1;
            self.change_row(*id, |row| std::mem::replace(&mut row.order, order) != order);
        }
        self.queues.orders_used_to(list.len() as u64);
    }

    /// The own proxy of the queue `id` waits and runs in (`None`: the settings').
    pub fn queue_proxy(&self, id: DownloadId) -> Option<crate::engine::net::proxy::ProxyChoice> {
        let slot = self
            .row(id)
            .map_or(0, |row| self.queues.index_of(&row.queue));
        self.queues.proxy(slot)
    }

    /// The speed limiter shared by the downloads of `id`'s queue.
    pub fn queue_limiter(&self, id: DownloadId) -> Arc<RateLimiter> {
        let slot = self
            .row(id)
            .map_or(0, |row| self.queues.index_of(&row.queue));
        self.queues.limiter(slot)
    }

    /// Each queue's schedule, by position.
    pub fn schedules(&self) -> Vec<Option<Schedule>> {
        self.queues.schedules()
    }

    /// Opens or closes queue `slot` by its schedule. Closing sends its running downloads
    /// back to wait (their files kept) for the next opening.
    pub fn set_queue_open(&mut self, slot: usize, open: bool, next_start: Option<Moment>) {
        if !self.queues.set_open(slot, open, next_start) {
            return;
        }
        self.version += 1;
        if !open {
            self.hold_running(|state, id| {
                state
                    .row(id)
                    .is_some_and(|row| state.queues.index_of(&row.queue) == slot)
            });
        }
    }

    /// Holds every queue (the speed grid's paused hours), or lets them run again.
    pub fn set_held(&mut self, held: bool) {
        if !self.queues.set_held(held) {
            return;
        }
        self.version += 1;
        if held {
            self.hold_running(|_, _| true);
        }
    }

    fn hold_running(&mut self, which: impl Fn(&Self, DownloadId) -> bool) {
        let ids: Vec<DownloadId> = self.running.ids().filter(|&id| which(self, id)).collect();
        for id in ids {
            if self.change_row(id, |row| row.apply_command(Command::Hold)) {
                self.running.stop(id, StopRequest::Pause);
            }
        }
    }

    /// After a download ended this way: queues that ran dry are said (for what the user
    /// wants done then), and everything, when nothing is left to run. A download the user
    /// stopped leaves its queue not done but paused.
    pub(super) fn note_queues_done(&mut self) {
        let running = self.running_per_queue();
        let done = self.queues.ran_dry(&running);
        if done.is_empty() {
            return;
        }
        for (queue, ended) in done {
            self.notice(Notice::QueueDone { queue, ended });
        }
        if self.queues.waiting().next().is_none() && running.iter().all(|&n| n == 0) {
            let ended = self.queues.take_ended();
            self.notice(Notice::AllDone { ended });
        }
    }
}
