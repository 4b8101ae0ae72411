//! Who downloads which part of a file. Work is split dynamically: a connection that finishes
//! its segment takes over half of the largest remaining one, so all connections stay busy to
//! the end; in the final stretch a lagging segment can get a second connection racing for the
//! same bytes (identical content, so whichever arrives first simply wins).
//!
//! No byte already asked for is given away: each connection asks for a bounded piece of its
//! segment at a time, the plan remembers how far those requests reach (`committed`), and a
//! split only takes what lies beyond. So a split never makes a connection throw away bytes the
//! server is already sending; only a racing duplicate fetches bytes twice, and only the small
//! tail it races for.

/// Splits never leave a piece smaller than this.
pub const MIN_SPLIT: u64 = 512 * 1024;
/// Split points are rounded to this, to keep writes aligned.
const ALIGN: u64 = 64 * 1024;

/// Identifies a segment within one plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SegmentId(usize);

/// One stretch of the file and how far it got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// First byte.
    pub start: u64,
    /// Everything before this is written (by one of the segment's connections).
    pub frontier: u64,
    /// One past the last byte; shrinks when another connection takes over the rest.
    pub end: u64,
    /// How far the requests of its connections reach: bytes before this are on their way.
    pub committed: u64,
    /// Connections working on it (2 while a duplicate races the original).
    pub owners: u8,
}

impl Segment {
    /// Bytes still missing.
    pub fn remaining(&self) -> u64 {
        self.end.saturating_sub(self.frontier)
    }
}

/// Work handed to a connection: bytes `from..to` of `segment` (its requests cover them piece
/// by piece, each piece [`Plan::commit`]ted before it is asked for).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assignment {
    /// The segment.
    pub segment: SegmentId,
    /// First byte to request.
    pub from: u64,
    /// One past the last byte of the segment (as of now).
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
                    committed: start,
                    owners: 0,
                })
                .collect(),
        }
    }

    /// A segment.
    pub fn segment(&self, id: SegmentId) -> &Segment {
        &self.segments[id.0]
    }

    /// All segments.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// True when every byte is written.
    pub fn is_complete(&self) -> bool {
        self.segments.iter().all(|s| s.remaining() == 0)
    }

    /// The next piece of work for a free connection: an abandoned segment first, else the
    /// back half of the largest stretch nobody has asked for yet. `None` when nothing is worth
    /// splitting.
    pub fn assign(&mut self) -> Option<Assignment> {
        if let Some(index) = self
            .segments
            .iter()
            .position(|s| s.owners == 0 && s.remaining() > 0)
        {
            let segment = &mut self.segments[index];
            segment.owners = 1;
            segment.committed = segment.frontier;
            return Some(Assignment {
                segment: SegmentId(index),
                from: segment.frontier,
                to: segment.end,
            });
        }
        let (index, mid) = self
            .segments
            .iter()
            .enumerate()
            .filter(|(_, s)| s.owners == 1)
            .filter_map(|(i, s)| split_point(s).map(|mid| (i, mid)))
            .max_by_key(|&(i, mid)| self.segments[i].end - mid)?;
        let victim = &mut self.segments[index];
        let end = victim.end;
        victim.end = mid;
        self.segments.push(Segment {
            start: mid,
            frontier: mid,
            end,
            committed: mid,
            owners: 1,
        });
        Some(Assignment {
            segment: SegmentId(self.segments.len() - 1),
            from: mid,
            to: end,
        })
    }

    /// Takes the back half of a straggling segment for a faster connection, even though its
    /// own connection already asked for it: only what that connection receives of it before
    /// reaching the new end is fetched twice, a bounded tail.
    pub fn take_over_tail(&mut self, id: SegmentId) -> Option<Assignment> {
        let segment = self.segments.get_mut(id.0)?;
        if segment.owners != 1 {
            return None;
        }
        let mid = (segment.frontier + segment.remaining() / 2).next_multiple_of(ALIGN);
        if mid <= segment.frontier || segment.end.saturating_sub(mid) < MIN_SPLIT / 2 {
            return None;
        }
        let end = segment.end;
        segment.end = mid;
        segment.committed = segment.committed.min(mid);
        self.segments.push(Segment {
            start: mid,
            frontier: mid,
            end,
            committed: mid,
            owners: 1,
        });
        Some(Assignment {
            segment: SegmentId(self.segments.len() - 1),
            from: mid,
            to: end,
        })
    }

    /// A second connection for the unfinished rest of `id`, racing the first (for a
    /// connection gone silent, which may never deliver).
    pub fn duplicate(&mut self, id: SegmentId) -> Option<Assignment> {
        let segment = self.segments.get_mut(id.0)?;
        if segment.owners != 1 || segment.remaining() == 0 {
            return None;
        }
        segment.owners = 2;
        Some(Assignment {
            segment: id,
            from: segment.frontier,
            to: segment.end,
        })
    }

    /// Records that a request for bytes up to `until` of segment `id` is being sent; returns
    /// where it must end (never past the segment's end).
    pub fn commit(&mut self, id: SegmentId, until: u64) -> u64 {
        let segment = &mut self.segments[id.0];
        let until = until.min(segment.end);
        segment.committed = segment.committed.max(until);
        until
    }

    /// Records that a connection wrote up to `cursor` in segment `id`.
    pub fn advance(&mut self, id: SegmentId, cursor: u64) {
        let segment = &mut self.segments[id.0];
        segment.frontier = segment.frontier.max(cursor.min(segment.end));
    }

    /// A connection stopped working on segment `id`.
    pub fn release(&mut self, id: SegmentId) {
        let segment = &mut self.segments[id.0];
        segment.owners = segment.owners.saturating_sub(1);
        if segment.owners == 0 {
            // Nobody's request reaches further now.
            segment.committed = segment.frontier;
        }
    }
}

/// Where a segment can be split: halfway through what is missing, but never inside what its
/// connection already asked for, leaving at least [`MIN_SPLIT`] on each side.
fn split_point(segment: &Segment) -> Option<u64> {
    let half = segment.frontier + segment.remaining() / 2;
    let mid = half.max(segment.committed).next_multiple_of(ALIGN);
    (mid > segment.frontier
        && mid.saturating_sub(segment.frontier) >= MIN_SPLIT
        && segment.end.saturating_sub(mid) >= MIN_SPLIT)
        .then_some(mid)
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
        assert_eq!(plan.segment(first.segment).end, 8 * MIB);
        let third = plan.assign().expect("split again");
        assert_eq!(third.to - third.from, 4 * MIB);
        plan.advance(first.segment, 15 * MIB / 2);
        plan.advance(second.segment, 12 * MIB - 1);
        plan.advance(third.segment, 31 * MIB / 2);
        // Every segment has less than twice the smallest split left.
        assert!(plan.segments().iter().all(|s| s.owners == 1));
        assert_eq!(plan.assign(), None, "nothing worth splitting");
        assert!(!plan.is_complete());
    }

    #[test]
    fn a_split_never_takes_bytes_already_asked_for() {
        let mut plan = Plan::from_gaps(&[[0, 16 * MIB]]);
        let first = plan.assign().expect("whole file");
        // Its connection asks for the first 12 MiB at once.
        assert_eq!(plan.commit(first.segment, 12 * MIB), 12 * MIB);
        let second = plan.assign().expect("split");
        assert_eq!(
            (second.from, second.to),
            (12 * MIB, 16 * MIB),
            "split after the committed bytes, not at the middle"
        );
        // With everything asked for, nothing is left to split.
        let third_commit = plan.commit(second.segment, 20 * MIB);
        assert_eq!(third_commit, 16 * MIB, "never past the segment's end");
        assert_eq!(plan.assign(), None);
        // A connection that gives up hands its segment back, requests and all.
        plan.advance(first.segment, 3 * MIB);
        plan.release(first.segment);
        let again = plan.assign().expect("abandoned segment");
        assert_eq!((again.segment, again.from), (first.segment, 3 * MIB));
        assert_eq!(plan.segment(again.segment).committed, 3 * MIB);
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

    #[test]
    fn a_straggler_gives_up_the_back_half_of_what_it_asked_for() {
        let mut plan = Plan::from_gaps(&[[0, 8 * MIB]]);
        let slow = plan.assign().expect("whole file");
        plan.commit(slow.segment, 8 * MIB);
        assert_eq!(plan.assign(), None, "everything is asked for");
        plan.advance(slow.segment, 2 * MIB);
        let fast = plan.take_over_tail(slow.segment).expect("the tail");
        assert_eq!((fast.from, fast.to), (5 * MIB, 8 * MIB));
        assert_eq!(plan.segment(slow.segment).end, 5 * MIB);
        // Too little left to share: no more.
        plan.advance(slow.segment, 5 * MIB - 100);
        assert_eq!(plan.take_over_tail(slow.segment), None);
    }
}
