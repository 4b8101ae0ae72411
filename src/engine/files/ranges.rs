//! The set of byte ranges of a file that are safely written: merged, sorted, and the basis of
//! both the progress shown and the control file that makes segmented downloads resumable.

/// Sorted, non-overlapping, non-adjacent `[start, end)` ranges.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RangeSet(Vec<[u64; 2]>);

impl RangeSet {
    /// A set from stored ranges (normalised: sorted, merged, empty ones dropped).
    pub fn from_ranges(ranges: &[[u64; 2]]) -> Self {
        let mut set = Self::default();
        for &[start, end] in ranges {
            set.insert(start, end);
        }
        set
    }

    /// Marks `[start, end)` as done.
    pub fn insert(&mut self, start: u64, end: u64) {
        if end <= start {
            return;
        }
        // The first range that ends at or after `start` (touching ranges merge).
        let first = self.0.partition_point(|r| r[1] < start);
        let mut merged = [start, end];
        let mut last = first;
        while last < self.0.len() && self.0[last][0] <= merged[1] {
            merged[0] = merged[0].min(self.0[last][0]);
            merged[1] = merged[1].max(self.0[last][1]);
            last += 1;
        }
        self.0.splice(first..last, [merged]);
    }

    /// Total bytes covered.
    pub fn covered(&self) -> u64 {
        self.0.iter().map(|r| r[1] - r[0]).sum()
    }

    /// Bytes done from the start of the file without a gap.
    pub fn contiguous_from_zero(&self) -> u64 {
        match self.0.first() {
            Some([0, end]) => *end,
            _ => 0,
        }
    }

    /// The missing ranges of a file of `total` bytes.
    pub fn gaps(&self, total: u64) -> Vec<[u64; 2]> {
        let mut gaps = Vec::new();
        let mut at = 0;
        for &[start, end] in &self.0 {
            if start >= total {
                break;
            }
            if start > at {
                gaps.push([at, start]);
            }
            at = at.max(end);
        }
        if at < total {
            gaps.push([at, total]);
        }
        gaps
    }

    /// Drops everything at or beyond `len` (the file was truncated to `len`).
    pub fn truncate(&mut self, len: u64) {
        self.0.retain(|r| r[0] < len);
        if let Some(last) = self.0.last_mut() {
            last[1] = last[1].min(len);
        }
    }

    /// The ranges, for the control file.
    pub fn ranges(&self) -> &[[u64; 2]] {
        &self.0
    }

    /// Forgets everything.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The bytes that are in both sets.
    pub fn intersection(&self, other: &RangeSet) -> RangeSet {
        let mut both = RangeSet::default();
        let (mut i, mut j) = (0, 0);
        while i < self.0.len() && j < other.0.len() {
            let ([a0, a1], [b0, b1]) = (self.0[i], other.0[j]);
            both.insert(a0.max(b0), a1.min(b1));
            if a1 < b1 {
                i += 1;
            } else {
                j += 1;
            }
        }
        both
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_merge_touching_and_overlapping_ranges() {
        let mut set = RangeSet::default();
        set.insert(10, 20);
        set.insert(30, 40);
        set.insert(20, 25);
        assert_eq!(set.ranges(), &[[10, 25], [30, 40]]);
        set.insert(5, 35);
        assert_eq!(set.ranges(), &[[5, 40]]);
        set.insert(50, 60);
        set.insert(0, 5);
        assert_eq!(set.ranges(), &[[0, 40], [50, 60]]);
        assert_eq!(set.covered(), 50);
        assert_eq!(set.contiguous_from_zero(), 40);
        assert_eq!(set.gaps(100), vec![[40, 50], [60, 100]]);
        set.insert(15, 18);
        assert_eq!(set.ranges(), &[[0, 40], [50, 60]]);
    }

    #[test]
    fn intersections() {
        let a = RangeSet::from_ranges(&[[0, 10], [20, 30], [40, 50]]);
        let b = RangeSet::from_ranges(&[[5, 25], [45, 60]]);
        assert_eq!(a.intersection(&b).ranges(), &[[5, 10], [20, 25], [45, 50]]);
        assert_eq!(b.intersection(&a), a.intersection(&b));
        assert!(a.intersection(&RangeSet::default()).ranges().is_empty());
        assert_eq!(a.intersection(&a), a);
    }

    #[test]
    fn gaps_truncate_and_normalise() {
        let set = RangeSet::from_ranges(&[[50, 60], [0, 10], [5, 12], [70, 70]]);
        assert_eq!(set.ranges(), &[[0, 12], [50, 60]]);
        assert_eq!(set.gaps(55), vec![[12, 50]]);
        assert_eq!(RangeSet::default().gaps(8), vec![[0, 8]]);
        let mut cut = set.clone();
        cut.truncate(55);
        assert_eq!(cut.ranges(), &[[0, 12], [50, 55]]);
        cut.truncate(0);
        assert_eq!(cut.covered(), 0);
    }
}
