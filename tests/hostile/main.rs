//! Hostile input everywhere: property-based tests (proptest) for every parser of input from
//! outside Haul: pasted text and link lists, `[001-999]` patterns, HTTP headers, checksum
//! files, browser and single-window messages, drag-and-drop payloads, and the files Haul reads
//! back (settings, the saved list, control files). Each property: no panic, bounded time,
//! bounded output, and a sentence (not silence) for what is refused.
//!
//! Cases per property: `PROPTEST_CASES` (default 2,000 here), so CI runs thousands of each.

mod files;
mod headers;
mod links;
mod logins;
mod messages;
mod rpc;

use std::time::{Duration, Instant};

use proptest::prelude::*;

/// The proptest settings of these tests: many cases, no persisted failure files in the tree.
pub fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Runs `work` and fails if it takes longer than `limit` (generous: a shared 2-core debug run).
pub fn within<T>(limit: Duration, what: &str, work: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let result = work();
    let took = started.elapsed();
    assert!(took <= limit, "{what} took {took:?} (limit {limit:?})");
    result
}

/// Text built from pieces that matter to parsers (scheme, brackets, quotes, separators,
/// percent signs, non-ASCII) mixed with arbitrary characters.
pub fn tricky_text(pieces: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(pieces).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        1 => "[0-9]{1,6}",
        1 => "[a-zA-Z._/-]{1,12}",
    ];
    proptest::collection::vec(piece, 0..max).prop_map(|parts| parts.concat())
}
