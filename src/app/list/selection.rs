//! Which rows are selected, with the usual desktop rules: a click selects one row, Ctrl+click
//! toggles a row, Shift+click selects the range from the last clicked row; the arrow keys move
//! a cursor row (with Shift, the range grows from the anchor).

use std::collections::BTreeSet;

use crate::engine::DownloadId;

/// The selected downloads and the anchor for Shift+click ranges.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    selected: BTreeSet<DownloadId>,
    /// Where a Shift range starts.
    anchor: Option<DownloadId>,
    /// The row last clicked or moved to (the details panel shows it).
    cursor: Option<DownloadId>,
}

impl Selection {
    /// Applies a click on `id`; `order` is the list as shown (needed for ranges).
    pub fn click(&mut self, id: DownloadId, toggle: bool, range: bool, order: &[DownloadId]) {
        if range && let Some(anchor) = self.anchor {
            let a = order.iter().position(|&x| x == anchor);
            let b = order.iter().position(|&x| x == id);
            if let (Some(a), Some(b)) = (a, b) {
                if !toggle {
                    self.selected.clear();
                }
                let (from, to) = (a.min(b), a.max(b));
                self.selected.extend(order[from..=to].iter().copied());
                self.cursor = Some(id);
                return;
            }
        }
        if toggle {
            if !self.selected.remove(&id) {
                self.selected.insert(id);
            }
        } else {
            self.selected.clear();
            self.selected.insert(id);
        }
        self.anchor = Some(id);
        self.cursor = Some(id);
    }

    /// Moves the cursor to `id` (arrow keys): alone, or with `extend` the range from the anchor.
    pub fn move_to(&mut self, id: DownloadId, extend: bool, order: &[DownloadId]) {
        if extend && self.anchor.is_some() {
            self.click(id, false, true, order);
        } else {
            self.click(id, false, false, order);
        }
    }

    /// The row last clicked or moved to, while it is selected.
    pub fn cursor(&self) -> Option<DownloadId> {
        self.cursor.filter(|id| self.selected.contains(id))
    }

    /// Selects only `id` unless it is already part of the selection (right-click behaviour).
    pub fn focus(&mut self, id: DownloadId) {
        if !self.selected.contains(&id) {
            self.selected.clear();
            self.selected.insert(id);
            self.anchor = Some(id);
        }
        self.cursor = Some(id);
    }

    /// Selects every row.
    pub fn select_all(&mut self, order: &[DownloadId]) {
        self.selected = order.iter().copied().collect();
    }

    /// Clears the selection.
    pub fn clear(&mut self) {
        self.selected.clear();
        self.anchor = None;
        self.cursor = None;
    }

    /// True when `id` is selected.
    pub fn contains(&self, id: DownloadId) -> bool {
        self.selected.contains(&id)
    }

    /// The selected ids in list order.
    pub fn ids(&self) -> Vec<DownloadId> {
        self.selected.iter().copied().collect()
    }

    /// Number of selected rows.
    pub fn len(&self) -> usize {
        self.selected.len()
    }

    /// True when nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.selected.is_empty()
    }

    /// Forgets rows that no longer exist.
    pub fn retain(&mut self, exists: impl Fn(DownloadId) -> bool) {
        self.selected.retain(|&id| exists(id));
        if self.anchor.is_some_and(|a| !exists(a)) {
            self.anchor = None;
        }
        if self.cursor.is_some_and(|c| !exists(c)) {
            self.cursor = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: u64) -> Vec<DownloadId> {
        (1..=n).map(DownloadId).collect()
    }

    #[test]
    fn click_ctrl_and_shift() {
        let order = ids(6);
        let mut selection = Selection::default();
        selection.click(DownloadId(2), false, false, &order);
        assert_eq!(selection.ids(), vec![DownloadId(2)]);
        selection.click(DownloadId(5), false, true, &order);
        assert_eq!(selection.ids(), ids(5)[1..].to_vec());
        selection.click(DownloadId(3), true, false, &order);
        assert_eq!(
            selection.ids(),
            vec![DownloadId(2), DownloadId(4), DownloadId(5)]
        );
        selection.click(DownloadId(6), false, false, &order);
        assert_eq!(selection.ids(), vec![DownloadId(6)]);
        selection.focus(DownloadId(1));
        assert_eq!(selection.ids(), vec![DownloadId(1)]);
        selection.select_all(&order);
        assert_eq!(selection.len(), 6);
        selection.retain(|id| id.0 % 2 == 0);
        assert_eq!(selection.len(), 3);
    }

    #[test]
    fn arrows_move_the_cursor_and_shift_grows_the_range() {
        let order = ids(5);
        let mut selection = Selection::default();
        selection.move_to(DownloadId(2), false, &order);
        selection.move_to(DownloadId(3), true, &order);
        selection.move_to(DownloadId(4), true, &order);
        assert_eq!(selection.ids(), ids(4)[1..].to_vec());
        assert_eq!(selection.cursor(), Some(DownloadId(4)));
        selection.move_to(DownloadId(3), true, &order);
        assert_eq!(selection.ids(), vec![DownloadId(2), DownloadId(3)]);
        selection.move_to(DownloadId(5), false, &order);
        assert_eq!(selection.ids(), vec![DownloadId(5)]);
    }
}
