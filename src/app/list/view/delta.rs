//! Keeping the list's order and counts up to date when only a few rows changed (a download's
//! progress, ten times a second): the counts are adjusted for the changed rows alone, and the
//! order stays when none of them moved between tabs or places. With 100,000 rows this is what
//! keeps a frame short; anything else (rows added or removed, a row that moves) works it all
//! out again.

use std::sync::Arc;

use super::{ListView, RowKeys, SortColumn};
use crate::engine::{Download, Snapshot, Status};

/// More changed rows than this are not worth following one by one.
const FEW: usize = 2_000;

/// The tab a status counts in (after "All"), as an index into [`super::Tab::ALL`]: the same
/// groups as the engine's `Counts` (running, waiting, finished, failed); a cancelled row counts
/// in All alone.
pub(super) fn tab_index(status: &Status) -> Option<usize> {
    match status {
        status if status.is_running() => Some(1),
        Status::Queued | Status::Paused { .. } => Some(2),
        Status::Finished => Some(3),
        Status::Failed { .. } => Some(4),
        _ => None,
    }
}

impl ListView {
    /// Counts `download` in (or, with `add` false, out of) its queue, its category (when its
    /// queue is the one shown) and its tab (when its queue and category are the ones shown:
    /// the tabs count what they would show).
    pub(super) fn count_row(&mut self, download: &Download, add: bool) {
        let step = |count: &mut usize| {
            *count = if add {
                *count + 1
            } else {
                count.saturating_sub(1)
            };
        };
        if let Some((_, count)) = self.queues.iter_mut().find(|(q, _)| *q == download.queue) {
            step(count);
        }
        if self.queue.as_ref().is_some_and(|q| *q != download.queue) {
            return;
        }
        match self.category_counts.get_mut(&download.category) {
            Some(count) => step(count),
            None if add => {
                self.category_counts.insert(download.category.clone(), 1);
            }
            None => {}
        }
        if self
            .category
            .as_ref()
            .is_some_and(|c| *c != download.category)
        {
            return;
        }
        step(&mut self.counts[0]);
        if let Some(tab) = tab_index(&download.status) {
            step(&mut self.counts[tab]);
        }
    }

    /// Brings the view up to `snapshot` by its changed rows alone; false when that is not
    /// enough (the caller works everything out again).
    pub(super) fn update_changed_rows(
        &mut self,
        snapshot: &Snapshot,
        key: &super::BuiltFor,
    ) -> bool {
        let Some(built) = &self.built_for else {
            return false;
        };
        let same_view = (built.1, built.2, &built.3, &built.4, &built.5)
            == (key.1, key.2, &key.3, &key.4, &key.5);
        let rows = &snapshot.downloads;
        let same_queues = self.queues.len() == snapshot.queues.len()
            && self
                .queues
                .iter()
                .zip(snapshot.queues.iter())
                .all(|((name, _), queue)| *name == queue.config.name);
        if !same_view || !same_queues || self.seen.len() != rows.len() {
            return false;
        }
        let mut changed = Vec::new();
        for (index, (old, new)) in self.seen.iter().zip(rows).enumerate() {
            if Arc::ptr_eq(old, new) {
                continue;
            }
            if old.id != new.id || changed.len() >= FEW {
                return false;
            }
            changed.push(index);
        }
        let needle = self.filter.trim().to_lowercase();
        let stays = changed.iter().all(|&index| {
            let (old, new) = (&self.seen[index], &rows[index]);
            self.shown(old, &needle) == self.shown(new, &needle)
                && self.sort_key(old) == self.sort_key(new)
        });
        if !stays {
            return false;
        }
        let keyed = self.keys.len() == rows.len();
        for index in changed {
            let old = std::mem::replace(&mut self.seen[index], Arc::clone(&rows[index]));
            self.count_row(&old, false);
            self.count_row(&rows[index], true);
            if keyed {
                self.keys[index] = RowKeys::of(&rows[index]);
            }
        }
        true
    }

    /// True when the view shows `download` (with `needle` the filter in lower case).
    fn shown(&self, download: &Download, needle: &str) -> bool {
        let text = || {
            needle.is_empty()
                || download.display_name().to_lowercase().contains(needle)
                || download.display_url().to_lowercase().contains(needle)
        };
        self.tab.holds(&download.status)
            && self
                .category
                .as_ref()
                .is_none_or(|c| *c == download.category)
            && self.queue.as_ref().is_none_or(|q| *q == download.queue)
            && text()
    }

    /// What the current sort orders `download` by (equal keys keep its place).
    fn sort_key(&self, download: &Download) -> (u64, String) {
        match self.sort.column {
            SortColumn::Added => (download.order, String::new()),
            SortColumn::Name => (0, download.display_name().to_lowercase()),
            SortColumn::Size => (download.total_bytes.unwrap_or(0), String::new()),
            SortColumn::Progress => (
                download
                    .fraction()
                    .map_or(0, |f| (f64::from(f) * 1e6) as u64 + 1),
                String::new(),
            ),
            SortColumn::Speed => (download.bytes_per_sec, String::new()),
            SortColumn::Status => (
                u64::from(super::status_rank(&download.status)),
                String::new(),
            ),
        }
    }
}
