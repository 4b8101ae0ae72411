//! Which rows the list shows, in which order: a state tab (All, Active, Waiting, Finished,
//! Failed), a filter on name and link, and a sort on one column. The order is worked out once
//! per change of the snapshot or of the view, not per frame, so ten thousand rows stay cheap.

mod delta;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::engine::{Download, DownloadId, Snapshot, Status};

/// A column the list can be sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SortColumn {
    /// The queue's order: the order downloads were added, unless moved.
    #[default]
    Added,
    /// The file name.
    Name,
    /// The file's size.
    Size,
    /// How far it got.
    Progress,
    /// Its current speed.
    Speed,
    /// Where it is in its life (running first, finished last).
    Status,
}

/// The list's order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sort {
    /// The column.
    pub column: SortColumn,
    /// Largest (or latest) first.
    pub descending: bool,
}

impl Sort {
    /// The sort after a click on `column`'s header: the same column flips, another starts in
    /// the order most useful for it (names A to Z, sizes and speeds largest first).
    pub fn clicked(self, column: SortColumn) -> Self {
        if self.column == column {
            Self {
                column,
                descending: !self.descending,
            }
        } else {
            Self {
                column,
                descending: matches!(
                    column,
                    SortColumn::Size | SortColumn::Speed | SortColumn::Progress
                ),
            }
        }
    }
}

/// A group of rows by state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    /// Every download.
    #[default]
    All,
    /// Connecting, downloading, retrying or saving.
    Active,
    /// Waiting for a slot, or paused.
    Waiting,
    /// Complete.
    Finished,
    /// Gave up (or cancelled).
    Failed,
}

impl Tab {
    /// Every tab, in the order shown.
    pub const ALL: [Tab; 5] = [
        Tab::All,
        Tab::Active,
        Tab::Waiting,
        Tab::Finished,
        Tab::Failed,
    ];

    /// The tab's name, in the user's language.
    pub fn label(self) -> String {
        crate::i18n::tr(match self {
            Tab::All => "tab-all",
            Tab::Active => "tab-active",
            Tab::Waiting => "tab-waiting",
            Tab::Finished => "tab-finished",
            Tab::Failed => "tab-failed",
        })
    }

    /// True when a download in `status` belongs in this tab.
    pub fn holds(self, status: &Status) -> bool {
        match self {
            Tab::All => true,
            Tab::Active => status.is_running(),
            Tab::Waiting => matches!(status, Status::Queued | Status::Paused { .. }),
            Tab::Finished => *status == Status::Finished,
            // A cancelled row (in its undo time) has not failed: it shows under All only.
            Tab::Failed => matches!(status, Status::Failed { .. }),
        }
    }
}

/// What a list order was worked out for: the snapshot's version, the sort, the tab, the
/// filter, the category and the queue.
type BuiltFor = (u64, Sort, Tab, String, Option<String>, Option<String>);

/// What the list shows and in which order.
#[derive(Debug, Default)]
pub struct ListView {
    /// The order.
    pub sort: Sort,
    /// The state tab.
    pub tab: Tab,
    /// Text that names or links must contain (any case); empty shows all.
    pub filter: String,
    /// The category shown; `None` shows every one.
    pub category: Option<String>,
    /// The categories in the order they are tried ("Other" last), for the bar.
    pub category_names: Vec<String>,
    /// The queue shown; `None` shows every one.
    pub queue: Option<String>,
    /// The queues, Main first, with how many downloads each holds.
    pub queues: Vec<(String, usize)>,
    /// How many downloads each category holds.
    category_counts: std::collections::HashMap<String, usize>,
    /// Positions in the snapshot's rows, in display order.
    rows: Vec<usize>,
    /// How many downloads each tab holds (in [`Tab::ALL`] order).
    counts: [usize; 5],
    /// What `rows` was worked out for.
    built_for: Option<BuiltFor>,
    /// Each row's name and link in lower case, in snapshot order, kept while the row is
    /// unchanged (filtering and sorting by name then cost no text work per row).
    keys: Vec<RowKeys>,
    /// The rows `rows` and the counts were worked out from (to see which changed since).
    seen: Vec<Arc<Download>>,
}

/// A row's text for filtering and sorting.
#[derive(Debug)]
struct RowKeys {
    /// The row they were made from (unchanged rows are the same `Arc`).
    row: Arc<Download>,
    name: String,
    link: String,
}

impl RowKeys {
    fn of(row: &Arc<Download>) -> Self {
        Self {
            row: Arc::clone(row),
            name: row.display_name().to_lowercase(),
            link: row.display_url().to_lowercase(),
        }
    }
}

impl ListView {
    /// A view in this order and tab, showing everything.
    pub fn new(sort: Sort, tab: Tab) -> Self {
        Self {
            sort,
            tab,
            ..Self::default()
        }
    }

    /// Works the order out again if the snapshot or the view changed.
    pub fn update(&mut self, snapshot: &Snapshot) {
        let key = (
            snapshot.version,
            self.sort,
            self.tab,
            self.filter.clone(),
            self.category.clone(),
            self.queue.clone(),
        );
        if self.built_for.as_ref() == Some(&key) {
            return;
        }
        // Most changes touch a few rows and move none between tabs or places: the counts are
        // adjusted for those rows alone, and the order stays.
        if self.update_changed_rows(snapshot, &key) {
            self.built_for = Some(key);
            return;
        }
        self.counts = [0; 5];
        self.category_counts.clear();
        self.queues = snapshot
            .queues
            .iter()
            .map(|queue| (queue.config.name.clone(), 0))
            .collect();
        for download in &snapshot.downloads {
            // Counted without a copy of the name per row (this runs with every snapshot).
            self.count_row(download, true);
        }
        let needle = self.filter.trim().to_lowercase();
        if !needle.is_empty() || self.sort.column == SortColumn::Name {
            self.refresh_keys(&snapshot.downloads);
        }
        let keys = &self.keys;
        let mut rows: Vec<usize> = snapshot
            .downloads
            .iter()
            .enumerate()
            .filter(|(index, d)| {
                self.tab.holds(&d.status)
                    && self.category.as_ref().is_none_or(|c| *c == d.category)
                    && self.queue.as_ref().is_none_or(|q| *q == d.queue)
                    && (needle.is_empty()
                        || keys[*index].name.contains(&needle)
                        || keys[*index].link.contains(&needle))
            })
            .map(|(index, _)| index)
            .collect();
        sort_rows(&mut rows, &snapshot.downloads, keys, self.sort);
        self.rows = rows;
        self.seen = snapshot.downloads.clone();
        self.built_for = Some(key);
    }

    /// Brings the lower-case names and links up to date, remaking only those of changed rows.
    fn refresh_keys(&mut self, rows: &[Arc<Download>]) {
        let mut old = std::mem::take(&mut self.keys).into_iter().peekable();
        let mut keys = Vec::with_capacity(rows.len());
        for row in rows {
            // Both lists are sorted by id.
            while old.next_if(|k| k.row.id < row.id).is_some() {}
            match old.next_if(|k| Arc::ptr_eq(&k.row, row)) {
                Some(kept) => keys.push(kept),
                None => keys.push(RowKeys::of(row)),
            }
        }
        self.keys = keys;
    }

    /// Positions in the snapshot's rows, in display order.
    pub fn rows(&self) -> &[usize] {
        &self.rows
    }

    /// How many downloads `tab` holds.
    pub fn count(&self, tab: Tab) -> usize {
        Tab::ALL
            .iter()
            .position(|&t| t == tab)
            .map_or(0, |index| self.counts[index])
    }

    /// How many downloads the category `name` holds.
    pub fn category_count(&self, name: &str) -> usize {
        self.category_counts.get(name).copied().unwrap_or(0)
    }

    /// The ids shown, in display order (for ranges and keyboard moves).
    pub fn ids(&self, snapshot: &Snapshot) -> Vec<DownloadId> {
        self.rows
            .iter()
            .filter_map(|&index| snapshot.downloads.get(index).map(|d| d.id))
            .collect()
    }

    /// Where `id` is shown, if it is.
    pub fn position(&self, snapshot: &Snapshot, id: DownloadId) -> Option<usize> {
        self.rows
            .iter()
            .position(|&index| snapshot.downloads.get(index).is_some_and(|d| d.id == id))
    }
}

/// Running rows first, then waiting, paused, failed, cancelled and finished ones.
fn status_rank(status: &Status) -> u8 {
    match status {
        Status::Downloading => 0,
        Status::Connecting | Status::Retrying { .. } | Status::WaitingFor { .. } => 1,
        Status::Saving | Status::FindingChecksum | Status::Verifying { .. } => 2,
        Status::Queued => 3,
        Status::Paused { .. } => 4,
        Status::Failed { .. } => 5,
        Status::Cancelled => 6,
        Status::Finished => 7,
    }
}

fn sort_rows(rows: &mut [usize], downloads: &[Arc<Download>], keys: &[RowKeys], sort: Sort) {
    // Ties keep the order added; descending reverses the key, never the ties.
    let by_id = |a: &usize, b: &usize| downloads[*a].id.cmp(&downloads[*b].id);
    let keyed = |rows: &mut [usize], key: &dyn Fn(&Download) -> u64| {
        let mut pairs: Vec<(u64, usize)> = rows.iter().map(|&i| (key(&downloads[i]), i)).collect();
        pairs.sort_by(|a, b| {
            let order = if sort.descending {
                b.0.cmp(&a.0)
            } else {
                a.0.cmp(&b.0)
            };
            order.then_with(|| by_id(&a.1, &b.1))
        });
        for (slot, (_, index)) in rows.iter_mut().zip(pairs) {
            *slot = index;
        }
    };
    match sort.column {
        // The queue's order (rows start in it): usually the order added already.
        SortColumn::Added => {
            if !rows.is_sorted_by_key(|&i| downloads[i].order) {
                keyed(rows, &|d| d.order);
            } else if sort.descending {
                rows.reverse();
            }
        }
        SortColumn::Name => rows.sort_by(|a, b| {
            let order = if sort.descending {
                keys[*b].name.cmp(&keys[*a].name)
            } else {
                keys[*a].name.cmp(&keys[*b].name)
            };
            order.then_with(|| by_id(a, b))
        }),
        // Unknown sizes sort as the smallest.
        SortColumn::Size => keyed(rows, &|d| d.total_bytes.unwrap_or(0)),
        SortColumn::Progress => keyed(rows, &|d| {
            d.fraction().map_or(0, |f| (f64::from(f) * 1e6) as u64 + 1)
        }),
        SortColumn::Speed => keyed(rows, &|d| d.bytes_per_sec),
        SortColumn::Status => keyed(rows, &|d| u64::from(status_rank(&d.status))),
    }
}

#[cfg(test)]
mod tests;
