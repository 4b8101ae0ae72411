//! Who downloads which part of a file. Work is split dynamically: a connection that finishes
//! its segment takes over half of the largest remaining one, so all connections stay busy to
//! the end; in the final stretch a lagging segment can get a second connection racing for the
//! same bytes (identical content, so whichever arrives first simply wins).

/// Splits never leave a piece smaller than this.
pub const MIN_SPLIT: u64 = 1024 * 1024;
/// Split points are rounded to this, to keep writes aligned.
const ALIGN: u64 = 64 * 1024;

/// One stretch of the file and how far it got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// First byte.
    pub start: u64,
    /// Everything before this is written (by one of the segment's connections).
    pub frontier: u64,
    /// One past the last byte; shrinks when another connection takes over the rest.
    pub end: u64,
    /// Connections working on it (2 while a duplicate races the original).
    pub owners: u8,
}

impl Segment {
    /// Bytes still missing.
    pub fn remaining(&self) -> u64 {
        self.end.saturating_sub(self.frontier)
    }
}

/// Work handed to a connection: bytes `from..to` of segment `segment`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assignment {
    /// Index of the segment.
    pub segment: usize,
    /// First byte to request.
    pub from: u64,
    /// One past the last byte to request.
    pub to: u64,
}

/// The segments of one download.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    segments: Vec<Segment>,
}

impl Plan {
    /// A plan covering the missing ranges of a file.
    pub fn from_gaps(gaps: &[[u64; 2]]) -> Self {
        Self {
            segments: gaps
                .iter()
                .map(|&[start, end]| Segment {
                    start,
                    frontier: start,
                    end,
                    owners: 0,
                })
                .collect(),
        }
    }

    /// A segment by index.
    pub fn segment(&self, index: usize) -> &Segment {
        &self.segments[index]
    }

    /// All segments.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// True when every byte is written.
    pub fn is_complete(&self) -> bool {
        self.segments.iter().all(|s| s.remaining() == 0)
    }

    /// The next piece of work for a free connection: an abandoned segment first, else half of
    /// the largest segment still in progress. `None` when nothing is worth splitting.
    pub fn assign(&mut self) -> Option<Assignment> {
        if let Some(index) = self
            .segments
            .iter()
            .position(|s| s.owners == 0 && s.remaining() > 0)
        {
            let segment = &mut self.segments[index];
            segment.owners = 1;
            return Some(Assignment {
                segment: index,
                from: segment.frontier,
                to: segment.end,
            });
        }
        let (index, remaining) = self
            .segments
            .iter()
            .enumerate()
            .filter(|(_, s)| s.owners == 1)
            .map(|(i, s)| (i, s.remaining()))
            .max_by_key(|&(_, remaining)| remaining)?;
        if remaining < 2 * MIN_SPLIT {
            return None;
        }
        let victim = &mut self.segments[index];
        let mid = (victim.frontier + remaining / 2).next_multiple_of(ALIGN);
        if mid >= victim.end || mid <= victim.frontier {
            return None;
        }
        let end = victim.end;
        victim.end = mid;
        self.segments.push(Segment {
            start: mid,
            frontier: mid,
            end,
            owners: 1,
        });
        Some(Assignment {
            segment: self.segments.len() - 1,
            from: mid,
            to: end,
        })
    }

    /// A second connection for the unfinished rest of `index` (tail duplication).
    pub fn duplicate(&mut self, index: usize) -> Option<Assignment> {
        let segment = self.segments.get_mut(index)?;
        if segment.owners != 1 || segment.remaining() == 0 {
            return None;
        }
        segment.owners = 2;
        Some(Assignment {
            segment: index,
            from: segment.frontier,
            to: segment.end,
        })
    }

    /// Records that a connection wrote up to `cursor` in segment `index`.
    pub fn advance(&mut self, index: usize, cursor: u64) {
        let segment = &mut self.segments[index];
        segment.frontier = segment.frontier.max(cursor.min(segment.end));
    }

    /// A connection stopped working on segment `index`.
    pub fn release(&mut self, index: usize) {
        let segment = &mut self.segments[index];
        segment.owners = segment.owners.saturating_sub(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIB: u64 = 1024 * 1024;

    #[test]
    fn splits_the_largest_segment_in_half_until_too_small() {
        let mut plan = Plan::from_gaps(&[[0, 16 * MIB]]);
        let first = plan.assign().expect("whole file");
        assert_eq!((first.from, first.to), (0, 16 * MIB));
        let second = plan.assign().expect("split");
        assert_eq!((second.from, second.to), (8 * MIB, 16 * MIB));
        assert_eq!(plan.segment(0).end, 8 * MIB);
        let third = plan.assign().expect("split again");
        assert_eq!(third.to - third.from, 4 * MIB);
        assert_eq!((third.from, third.to), (12 * MIB, 16 * MIB));
        plan.advance(0, 7 * MIB);
        plan.advance(1, 12 * MIB - 1);
        plan.advance(2, 15 * MIB);
        // Every segment has less than 2 MiB left.
        assert!(plan.segments().iter().all(|s| s.owners == 1));
        let remaining: u64 = plan.segments().iter().map(Segment::remaining).sum();
        assert_eq!(remaining, MIB + 1 + MIB);
        assert_eq!(plan.assign(), None, "nothing worth splitting");
        assert!(!plan.is_complete());
    }

    #[test]
    fn abandoned_segments_are_taken_first_and_duplicates_race() {
        let mut plan = Plan::from_gaps(&[[0, 4 * MIB], [6 * MIB, 7 * MIB]]);
        let a = plan.assign().expect("first gap");
        let b = plan.assign().expect("second gap");
        assert_eq!((b.from, b.to), (6 * MIB, 7 * MIB));
        plan.advance(a.segment, MIB);
        plan.release(a.segment);
        let again = plan.assign().expect("abandoned segment");
        assert_eq!((again.segment, again.from), (a.segment, MIB));
        let dup = plan.duplicate(b.segment).expect("duplicate");
        assert_eq!((dup.from, dup.to), (6 * MIB, 7 * MIB));
        assert_eq!(plan.duplicate(b.segment), None, "one duplicate at most");
        plan.advance(b.segment, 7 * MIB + 10);
        assert_eq!(plan.segment(b.segment).frontier, 7 * MIB);
        plan.advance(a.segment, 4 * MIB);
        assert!(plan.is_complete());
    }
}
