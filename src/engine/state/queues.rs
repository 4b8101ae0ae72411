//! Named queues: each has its own number of downloads at once, its own speed limit and,
//! optionally, a schedule; rows wait in one order across all of them ("Main" is where rows go
//! unless moved). Kept inside [`State`](super::State): which rows wait (in order, so the
//! scheduler never reads the whole list), which queues are open now, and which just ran dry.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::engine::notice::Ended;

use super::download::{Download, DownloadId, Status};
use crate::engine::clock::Moment;
use crate::engine::net::limiter::RateLimiter;
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::rate::Rate;
use crate::engine::timetable::Schedule;

pub use super::download::MAIN;

/// Where moved rows go in the order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// One place up, past the previous row of the same queue.
    Up,
    /// One place down, past the next row of the same queue.
    Down,
    /// First.
    Top,
    /// Last.
    Bottom,
    /// Just before this row (where rows were dragged to).
    Before(DownloadId),
}

/// One queue's rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueueConfig {
    /// Its name.
    pub name: String,
    /// Downloads of this queue running at once.
    pub jobs: usize,
    /// Its speed limit, shared by its downloads.
    pub speed_limit: Rate,
    /// When it may run (none: always).
    pub schedule: Option<Schedule>,
    /// Its own proxy (`None`: the settings').
    pub proxy: Option<ProxyChoice>,
}

impl QueueConfig {
    /// A queue with `jobs` downloads at once, no limit and no schedule.
    pub fn new(name: &str, jobs: usize) -> Self {
        Self {
            name: name.to_owned(),
            jobs,
            speed_limit: Rate::NONE,
            schedule: None,
            proxy: None,
        }
    }
}

/// A queue as front ends see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueueView {
    /// Its rules.
    pub config: QueueConfig,
    /// It may start downloads now (its schedule, and the speed grid, allow it).
    pub open: bool,
    /// When a closed queue opens next, if it will.
    pub next_start: Option<Moment>,
}

#[derive(Debug)]
struct Slot {
    view: QueueView,
    limiter: Arc<RateLimiter>,
    /// Rows of this queue waiting to start.
    waiting: usize,
    /// Something of it ran or waited since it was last done.
    busy: bool,
    /// How its downloads ended since then.
    ended: Ended,
}

/// Every queue, and the rows waiting in them.
#[derive(Debug)]
pub(crate) struct Queues {
    slots: Vec<Slot>,
    /// How downloads of any queue ended since everything last ran dry.
    ended: Ended,
    /// Queued rows by their place in the order.
    waiting: BTreeSet<(u64, DownloadId)>,
    /// The place a newly added row gets.
    next_order: u64,
    /// The speed grid pauses everything now.
    held: bool,
}

impl Queues {
    /// The queues `configs` says (Main first, with `main_jobs` unless it names Main), over
    /// `rows`.
    pub fn new(configs: &[QueueConfig], main_jobs: usize, rows: &[Arc<Download>]) -> Self {
        let mut queues = Self {
            slots: Vec::new(),
            ended: Ended::default(),
            waiting: BTreeSet::new(),
            next_order: 1,
            held: false,
        };
        queues.configure(configs, main_jobs);
        for row in rows {
            queues.next_order = queues.next_order.max(row.order + 1);
            queues.track(None, Some(row));
        }
        queues
    }

    /// New rules; limiters and what is known about each queue carry over by name.
    pub fn configure(&mut self, configs: &[QueueConfig], main_jobs: usize) {
        let mut wanted: Vec<QueueConfig> = Vec::new();
        // Main runs the top-level number at once, whatever its own entry says (one number,
        // the one the window shows).
        let main = configs
            .iter()
            .find(|c| c.name == MAIN)
            .cloned()
            .map(|config| QueueConfig {
                jobs: main_jobs,
                ..config
            })
            .unwrap_or_else(|| QueueConfig::new(MAIN, main_jobs));
        wanted.push(main);
        for config in configs {
            let name = config.name.trim();
            if !name.is_empty() && !wanted.iter().any(|w| w.name == name) {
                wanted.push(QueueConfig {
                    name: name.to_owned(),
                    ..config.clone()
                });
            }
        }
        let mut old = std::mem::take(&mut self.slots);
        for mut config in wanted {
            config.jobs = config.jobs.max(1);
            let slot = match old.iter().position(|s| s.view.config.name == config.name) {
                Some(at) => {
                    let mut slot = old.swap_remove(at);
                    slot.limiter.set(config.speed_limit.get());
                    slot.view.config = config;
                    slot
                }
                None => Slot {
                    limiter: Arc::new(RateLimiter::new(config.speed_limit.get())),
                    view: QueueView {
                        open: config.schedule.is_none(),
                        next_start: None,
                        config,
                    },
                    waiting: 0,
                    busy: false,
                    ended: Ended::default(),
                },
            };
            self.slots.push(slot);
        }
        // Rows of a queue that is gone wait in Main.
        for slot in old {
            self.slots[0].waiting += slot.waiting;
            self.slots[0].busy |= slot.busy;
        }
    }

    /// The index of the queue named `name` (Main for a name no queue has).
    pub fn index_of(&self, name: &str) -> usize {
        self.slots
            .iter()
            .position(|s| s.view.config.name == name)
            .unwrap_or(0)
    }

    /// Rows were numbered again up to `last`: new ones come after.
    pub fn orders_used_to(&mut self, last: u64) {
        self.next_order = self.next_order.max(last + 1);
    }

    /// The place the next added row gets.
    pub fn take_order(&mut self) -> u64 {
        let order = self.next_order;
        self.next_order += 1;
        order
    }

    /// Follows a row's change from `before` to `after` (`None`: not in the list).
    pub fn track(&mut self, before: Option<&Download>, after: Option<&Download>) {
        let queued = |row: &Download| row.status == Status::Queued;
        if let Some(row) = before.filter(|r| queued(r)) {
            self.waiting.remove(&(row.order, row.id));
            let slot = self.index_of(&row.queue);
            self.slots[slot].waiting = self.slots[slot].waiting.saturating_sub(1);
        }
        if let Some(row) = after.filter(|r| queued(r)) {
            self.waiting.insert((row.order, row.id));
            let slot = self.index_of(&row.queue);
            self.slots[slot].waiting += 1;
            self.slots[slot].busy = true;
        }
    }

    /// The rows waiting, in order.
    pub fn waiting(&self) -> impl Iterator<Item = DownloadId> + '_ {
        self.waiting.iter().map(|&(_, id)| id)
    }

    /// How many downloads queue `slot` may run at once, or 0 while it is closed.
    pub fn room(&self, slot: usize) -> usize {
        let view = &self.slots[slot].view;
        if self.held || !view.open {
            0
        } else {
            view.config.jobs
        }
    }

    /// The queues' names, Main first.
    pub fn names(&self) -> impl Iterator<Item = &str> + '_ {
        self.slots.iter().map(|s| s.view.config.name.as_str())
    }

    /// How many queues there are.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Main's number of downloads at once.
    pub fn main_jobs(&self) -> usize {
        self.slots[0].view.config.jobs
    }

    /// Sets Main's number of downloads at once.
    pub fn set_main_jobs(&mut self, jobs: usize) {
        self.slots[0].view.config.jobs = jobs.max(1);
    }

    /// The speed limiter of queue `slot`.
    pub fn limiter(&self, slot: usize) -> Arc<RateLimiter> {
        Arc::clone(&self.slots[slot].limiter)
    }

    /// Queue `slot`'s own proxy, if it has one.
    pub fn proxy(&self, slot: usize) -> Option<ProxyChoice> {
        self.slots.get(slot)?.view.config.proxy.clone()
    }

    /// Opens or closes queue `slot` (its schedule); true when that changed.
    pub fn set_open(&mut self, slot: usize, open: bool, next_start: Option<Moment>) -> bool {
        let view = &mut self.slots[slot].view;
        let changed = view.open != open || view.next_start != next_start;
        view.open = open;
        view.next_start = next_start;
        changed
    }

    /// Holds every queue (the speed grid's paused hours) or lets them go; true when changed.
    pub fn set_held(&mut self, held: bool) -> bool {
        std::mem::replace(&mut self.held, held) != held
    }

    /// The queues as front ends see them.
    pub fn views(&self) -> Vec<QueueView> {
        self.slots
            .iter()
            .map(|slot| QueueView {
                open: slot.view.open && !self.held,
                ..slot.view.clone()
            })
            .collect()
    }

    /// The schedules, by slot.
    pub fn schedules(&self) -> Vec<Option<Schedule>> {
        self.slots.iter().map(|s| s.view.config.schedule).collect()
    }

    /// A download of the queue `name` ended: finished, or failed.
    pub fn ended(&mut self, name: &str, finished: bool) {
        let slot = self.index_of(name);
        for ended in [&mut self.slots[slot].ended, &mut self.ended] {
            if finished {
                ended.finished += 1;
            } else {
                ended.failed += 1;
            }
        }
    }

    /// How downloads ended since everything last ran dry (and counting again from now).
    pub fn take_ended(&mut self) -> Ended {
        std::mem::take(&mut self.ended)
    }

    /// The queues that were busy and now have nothing waiting and nothing `running` (counted
    /// per slot), with how their downloads ended: each is said once, until it gets work again.
    pub fn ran_dry(&mut self, running: &[usize]) -> Vec<(String, Ended)> {
        let mut done = Vec::new();
        for (slot, queue) in self.slots.iter_mut().enumerate() {
            if queue.busy && queue.waiting == 0 && running.get(slot).copied().unwrap_or(0) == 0 {
                queue.busy = false;
                done.push((
                    queue.view.config.name.clone(),
                    std::mem::take(&mut queue.ended),
                ));
            }
        }
        done
    }
}
