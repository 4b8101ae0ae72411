//! What one request (a call, a batch, a `system.multicall`) may cost, and how many removed
//! downloads are kept, so that no request makes
//! an answer that does not fit in memory: 1,000 downloads listed per list call and 10,000 in
//! all, 1,000 calls in all (a batch of options answers stays a few megabytes). Each
//! connection answers one request at a time on its own thread, so the budget is the thread's.

use std::cell::Cell;

/// Downloads one list call gives at most...
pub(super) const MAX_LISTED: i64 = 1000;
/// ...and one request in all.
pub(super) const MAX_LISTED_PER_REQUEST: usize = 10_000;
/// Downloads removed through the API that are still listed, at most (aria2's
/// `max-download-result`).
pub(super) const MAX_REMOVED_KEPT: usize = 1000;
/// Calls one request may make, counting those inside a multicall.
pub(super) const MAX_CALLS_PER_REQUEST: usize = 1000;

thread_local! {
    static LISTED_LEFT: Cell<usize> = const { Cell::new(MAX_LISTED_PER_REQUEST) };
    static CALLS_LEFT: Cell<usize> = const { Cell::new(MAX_CALLS_PER_REQUEST) };
}

/// A new request: its budget is whole again.
pub(super) fn new_request() {
    LISTED_LEFT.set(MAX_LISTED_PER_REQUEST);
    CALLS_LEFT.set(MAX_CALLS_PER_REQUEST);
}

/// How many of `num` asked for one list call may be listed.
pub(super) fn budget(num: i64) -> i64 {
    num.min(MAX_LISTED)
        .min(i64::try_from(LISTED_LEFT.get()).unwrap_or(i64::MAX))
}

/// `count` downloads were listed.
pub(super) fn spent(count: usize) {
    LISTED_LEFT.set(LISTED_LEFT.get().saturating_sub(count));
}

/// One more call: false when the request has made all it may.
pub(super) fn take_call() -> bool {
    let left = CALLS_LEFT.get();
    CALLS_LEFT.set(left.saturating_sub(1));
    left > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_has_its_budget_and_the_next_one_a_new_one() {
        new_request();
        assert_eq!(budget(5000), 1000);
        spent(9_500);
        assert_eq!(budget(5000), 500);
        for _ in 0..MAX_CALLS_PER_REQUEST {
            assert!(take_call());
        }
        assert!(!take_call());
        new_request();
        assert!(take_call());
        assert_eq!(budget(5000), 1000);
    }
}
