//! "Is it the same file?", asked when a partial file from one link meets another link (the
//! link was changed, or the same file was added under a fresh link).
//!
//! Same file when the total size matches and a strong ETag (else Last-Modified) matches. When
//! the validators differ or are missing (signed CDN links often change them), a few small
//! ranges already on disk, spread over the finished ranges, must equal what the new server
//! sends for them. Otherwise it is another file: never append to it.

/// What the size and validators alone say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstLook {
    /// Same size and the same strong validator: the same file.
    Same,
    /// Different sizes: another file.
    Different,
    /// Sizes agree (or one is unknown) but the validators prove nothing: compare bytes.
    CompareBytes,
}

/// What is known about one version of a file.
#[derive(Clone, Copy, Debug, Default)]
pub struct Version<'a> {
    /// Its size.
    pub total: Option<u64>,
    /// Its ETag.
    pub etag: Option<&'a str>,
    /// Its Last-Modified.
    pub last_modified: Option<&'a str>,
}

/// Compares the version a partial was downloaded from with what a new link serves.
pub fn first_look(ours: Version<'_>, theirs: Version<'_>) -> FirstLook {
    match (ours.total, theirs.total) {
        (Some(a), Some(b)) if a != b => return FirstLook::Different,
        (Some(_), Some(_)) => {}
        // Without both sizes, only bytes can tell.
        _ => return FirstLook::CompareBytes,
    }
    match (strong(ours.etag), strong(theirs.etag)) {
        (Some(a), Some(b)) if a == b => return FirstLook::Same,
        (Some(_), Some(_)) => return FirstLook::CompareBytes,
        _ => {}
    }
    match (ours.last_modified, theirs.last_modified) {
        (Some(a), Some(b)) if a == b && ours.etag.is_none() && theirs.etag.is_none() => {
            FirstLook::Same
        }
        _ => FirstLook::CompareBytes,
    }
}

fn strong(tag: Option<&str>) -> Option<&str> {
    tag.filter(|t| !t.starts_with("W/"))
}

/// Bytes compared per probe.
pub const PROBE_BYTES: u64 = 64 * 1024;
/// Probes compared at most.
pub const PROBES: usize = 3;

/// Up to [`PROBES`] ranges `[from, to)` of at most [`PROBE_BYTES`] inside the finished ranges
/// `done`: at their start, their middle and their end, so a file that differs anywhere much is
/// likely caught.
pub fn probe_ranges(done: &[[u64; 2]]) -> Vec<[u64; 2]> {
    let covered: u64 = done.iter().map(|[a, b]| b - a).sum();
    if covered == 0 {
        return Vec::new();
    }
    // Positions along the finished bytes (as if they were one run), mapped back into ranges.
    let at = |offset: u64| -> Option<[u64; 2]> {
        let mut skipped = 0;
        for &[start, end] in done {
            let len = end - start;
            if offset < skipped + len {
                let from = start + (offset - skipped);
                let from = from.min(end.saturating_sub(PROBE_BYTES)).max(start);
                return Some([from, (from + PROBE_BYTES).min(end)]);
            }
            skipped += len;
        }
        None
    };
    let mut probes: Vec<[u64; 2]> = [0, covered / 2, covered.saturating_sub(1)]
        .into_iter()
        .filter_map(at)
        .collect();
    probes.dedup();
    probes.truncate(PROBES);
    probes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v<'a>(total: u64, etag: Option<&'a str>, modified: Option<&'a str>) -> Version<'a> {
        Version {
            total: Some(total),
            etag,
            last_modified: modified,
        }
    }

    #[test]
    fn size_and_validators_decide_when_they_can() {
        let tag = Some("\"abc\"");
        assert_eq!(
            first_look(v(10, tag, None), v(10, tag, None)),
            FirstLook::Same
        );
        assert_eq!(
            first_look(v(10, tag, None), v(12, tag, None)),
            FirstLook::Different
        );
        assert_eq!(
            first_look(v(10, tag, None), v(10, Some("\"other\""), None)),
            FirstLook::CompareBytes,
            "signed CDN links change ETags: bytes decide"
        );
        assert_eq!(
            first_look(v(10, Some("W/\"x\""), None), v(10, Some("W/\"x\""), None)),
            FirstLook::CompareBytes,
            "weak tags prove nothing"
        );
        let date = Some("Mon, 02 Nov 2026 10:00:00 GMT");
        assert_eq!(
            first_look(v(10, None, date), v(10, None, date)),
            FirstLook::Same
        );
        assert_eq!(
            first_look(v(10, None, None), v(10, None, None)),
            FirstLook::CompareBytes
        );
        let unknown = Version {
            total: None,
            ..v(0, tag, None)
        };
        assert_eq!(
            first_look(v(10, tag, None), unknown),
            FirstLook::CompareBytes
        );
    }

    #[test]
    fn probes_spread_over_the_finished_ranges() {
        assert!(probe_ranges(&[]).is_empty());
        let one = probe_ranges(&[[0, 10 * PROBE_BYTES]]);
        assert_eq!(
            one,
            [
                [0, PROBE_BYTES],
                [5 * PROBE_BYTES, 6 * PROBE_BYTES],
                [9 * PROBE_BYTES, 10 * PROBE_BYTES]
            ]
        );
        let small = probe_ranges(&[[0, 100]]);
        assert_eq!(small, [[0, 100]], "one short range is one probe");
        let split = probe_ranges(&[[0, 4 * PROBE_BYTES], [8 * PROBE_BYTES, 12 * PROBE_BYTES]]);
        assert_eq!(split.len(), 3);
        for [from, to] in split {
            assert!(
                (from < 4 * PROBE_BYTES && to <= 4 * PROBE_BYTES)
                    || (from >= 8 * PROBE_BYTES && to <= 12 * PROBE_BYTES),
                "{from}..{to} lies in a finished range"
            );
        }
    }
}
