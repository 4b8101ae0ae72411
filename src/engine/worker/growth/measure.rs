//! What growth measures and decides, apart from the connections it watches: a count and the
//! speed it brought, whether a step paid, whether a window's halves agree, and what one
//! attempt knows between events.

use std::time::{Duration, Instant};

/// Halves whose speeds differ by more than this factor are uneven.
const UNEVEN: f64 = 2.0;
/// A step pays when its added connections brought at least this share of what they would
/// have if each got as much as the connections before them...
const PAID: f64 = 0.5;
/// ...and shows the server holds each connection to a rate when they brought nearly all of it.
const HELD: f64 = 0.75;

/// A count of connections and the total speed they brought, in bytes per second.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Sample {
    pub count: usize,
    pub rate: f64,
}

/// What watching a step showed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Verdict {
    /// The total rose with the connections; `held` when nearly in proportion (the server
    /// holds each connection to a rate).
    Paid { held: bool },
    /// It did not rise enough: keep this many (the count that gives the speed).
    NotPaid { keep: usize },
}

/// A count being watched.
#[derive(Debug)]
pub(super) struct Watch {
    pub(super) count: usize,
    /// When the step was made.
    pub(super) stepped: Instant,
    /// When watching began (every connection sending, settled), and the bytes done then.
    pub(super) since: Option<(Instant, u64)>,
    /// How long it is watched, and when and at how many bytes its second half began.
    pub(super) window: Duration,
    pub(super) mid: Option<(Instant, u64)>,
    /// The count came from what was remembered about the server, not from a step.
    pub(super) remembered: bool,
}

/// What growth knows during one attempt.
#[derive(Debug, Default)]
pub(crate) struct Growth {
    pub(super) started: bool,
    /// The user's number of connections: never fewer.
    pub(super) base: usize,
    /// The most this download may use (the per-server limit, or the number asked for it).
    pub(super) cap: usize,
    pub(super) watch: Option<Watch>,
    /// The last count watched and kept, with its speed.
    pub(super) kept: Option<Sample>,
    /// The last step paid in full: the server holds each connection to a rate.
    pub(super) held: bool,
    pub(super) quiet_until: Option<Instant>,
    /// The next quiet spell after a step that did not pay.
    pub(super) quiet: Option<Duration>,
    /// The shortest wait for an answer's head so far: about a round trip to the server.
    pub(super) rtt: Option<Duration>,
}

impl Growth {
    /// An answer's head came `after` its request was sent.
    pub(crate) fn saw_answer(&mut self, after: Duration) {
        self.rtt = Some(self.rtt.map_or(after, |rtt| rtt.min(after)));
    }
}

/// Whether two stretches of a window, each `(bytes, time)`, brought very different speeds.
pub(super) fn uneven(first: (u64, Duration), second: (u64, Duration)) -> bool {
    let rate = |(bytes, time): (u64, Duration)| bytes as f64 / time.as_secs_f64().max(0.001);
    let (a, b) = (rate(first), rate(second));
    a.max(b) > UNEVEN * a.min(b)
}

/// Whether the step from `before` to `after` (more connections) paid: its added connections
/// must bring at least [`PAID`] of what they would if each got as much as those before; when
/// not, the count that gives the rate at what each brought before (never fewer than before,
/// never more than were open).
pub(crate) fn judge(before: Sample, after: Sample) -> Verdict {
    let added = after.count.saturating_sub(before.count) as f64 / before.count.max(1) as f64;
    let gained = after.rate / before.rate.max(1.0) - 1.0;
    let share = gained / added.max(f64::MIN_POSITIVE);
    if share >= PAID {
        return Verdict::Paid {
            held: share >= HELD,
        };
    }
    // The count that gives the rate, at what each connection brought before the step.
    let each = before.rate / before.count.max(1) as f64;
    let needed = (after.rate / each.max(1.0)).round() as usize;
    Verdict::NotPaid {
        keep: needed.clamp(before.count, after.count),
    }
}

#[cfg(test)]
mod tests {
    use super::{Sample, Verdict, judge, uneven};
    use std::time::Duration;

    #[test]
    fn bursts_and_pauses_are_uneven() {
        let ms = Duration::from_millis;
        assert!(!uneven((35_000, ms(100)), (34_000, ms(100))));
        assert!(uneven((2_000_000, ms(50)), (0, ms(50))));
        assert!(uneven((100_000, ms(100)), (30_000, ms(100))));
    }

    fn sample(count: usize, rate: f64) -> Sample {
        Sample { count, rate }
    }

    #[test]
    fn a_step_that_brings_its_share_is_kept() {
        // Each connection held to 350 KB/s: 1 -> 4 brings four times, 4 -> 32 eight times.
        assert_eq!(
            judge(sample(1, 350_000.0), sample(4, 1_390_000.0)),
            Verdict::Paid { held: true }
        );
        assert_eq!(
            judge(sample(4, 1_400_000.0), sample(32, 11_000_000.0)),
            Verdict::Paid { held: true }
        );
        // Faster, but not in proportion: kept, without saying each is held.
        assert_eq!(
            judge(sample(4, 4_000_000.0), sample(8, 6_500_000.0)),
            Verdict::Paid { held: false }
        );
    }

    #[test]
    fn a_step_that_did_not_pay_goes_back_to_what_the_speed_needs() {
        // A line capped as a whole: four are no faster than one.
        assert_eq!(
            judge(sample(1, 2_000_000.0), sample(4, 2_050_000.0)),
            Verdict::NotPaid { keep: 1 }
        );
        // The line fills at about 12 of the 32 tried.
        assert_eq!(
            judge(sample(4, 2_000_000.0), sample(32, 6_000_000.0)),
            Verdict::NotPaid { keep: 12 }
        );
        // Slower than before: back to where it was.
        assert_eq!(
            judge(sample(4, 2_000_000.0), sample(8, 1_500_000.0)),
            Verdict::NotPaid { keep: 4 }
        );
    }
}
