//! aria2-style ranges in links: `photo[001-120].jpg` expands to every link, keeping zero
//! padding; `[a-f]` and steps (`[0-100:10]`) work too; a range that is not one (an IPv6 host,
//! a query like `a[0]`) is left alone, and the total is capped at [`MAX_EXPANSION`].

/// Most links a single range pattern may expand to.
pub const MAX_EXPANSION: usize = 10_000;

/// Most digits of a range's numbers (zero padding included): a file name needs no more, and
/// the padding sets the width of every link made.
const MAX_DIGITS: usize = 20;

/// Why a range in a link was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RangeError {
    /// All ranges together make more links than Haul takes at once.
    #[error("{}", crate::i18n::t!("range-too-many", count = MAX_EXPANSION))]
    TooMany,
    /// A step of zero.
    #[error("{}", crate::i18n::t!("range-zero-step"))]
    ZeroStep,
    /// A step past what a number holds.
    #[error("{}", crate::i18n::t!("range-step-too-large"))]
    StepTooLarge,
    /// A number past what a number holds.
    #[error("{}", crate::i18n::t!("range-number-too-large"))]
    NumberTooLarge,
    /// The last value comes before the first.
    #[error("{}", crate::i18n::t!("range-backwards", range = .0.as_str()))]
    Backwards(String),
    /// More digits than any file name needs.
    #[error("{}", crate::i18n::t!("range-too-many-digits", count = MAX_DIGITS))]
    TooManyDigits,
}

/// One `[first-last]` or `[first-last:step]` group found in a link.
struct RangeGroup {
    start: usize,
    end: usize,
    values: Vec<String>,
}

/// Expands every numeric or letter range in `text`; an error if one is malformed or the total
/// exceeds [`MAX_EXPANSION`].
pub fn expand_ranges(text: &str) -> Result<Vec<String>, RangeError> {
    let mut groups = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|p| p + from) {
        let Some(close) = text[open..].find(']').map(|p| p + open) else {
            break;
        };
        if let Some(values) = range_values(&text[open + 1..close])? {
            // Refused as soon as the product passes the cap, before more groups are built.
            let total = groups
                .iter()
                .try_fold(values.len(), |acc: usize, g: &RangeGroup| {
                    acc.checked_mul(g.values.len())
                });
            if total.is_none_or(|total| total > MAX_EXPANSION) {
                return Err(RangeError::TooMany);
            }
            groups.push(RangeGroup {
                start: open,
                end: close + 1,
                values,
            });
        }
        from = close + 1;
    }
    let total = groups
        .iter()
        .try_fold(1usize, |acc, g| acc.checked_mul(g.values.len()))
        .unwrap_or(usize::MAX);
    if total > MAX_EXPANSION {
        return Err(RangeError::TooMany);
    }
    let mut results = vec![String::new()];
    let mut last = 0;
    for group in &groups {
        let literal = &text[last..group.start];
        results = results
            .iter()
            .flat_map(|prefix| {
                group
                    .values
                    .iter()
                    .map(move |value| format!("{prefix}{literal}{value}"))
            })
            .collect();
        last = group.end;
    }
    for result in &mut results {
        result.push_str(&text[last..]);
    }
    Ok(results)
}

/// The values of a range body such as `001-120`, `1-9:2` or `a-f`; `None` when the text is
/// not a range at all (an IPv6 host, a query like `a[0]`).
fn range_values(body: &str) -> Result<Option<Vec<String>>, RangeError> {
    let (span, step) = match body.split_once(':') {
        Some((span, step)) if !step.is_empty() && step.bytes().all(|b| b.is_ascii_digit()) => (
            span,
            step.parse::<u64>().map_err(|_| RangeError::StepTooLarge)?,
        ),
        Some(_) => return Ok(None),
        None => (body, 1),
    };
    let Some((first, last)) = span.split_once('-') else {
        return Ok(None);
    };
    if step == 0 {
        return Err(RangeError::ZeroStep);
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let letter = |s: &str| s.len() == 1 && s.bytes().all(|b| b.is_ascii_alphabetic());
    if digits(first) && digits(last) {
        let (a, b) = match (first.parse::<u64>(), last.parse::<u64>()) {
            (Ok(a), Ok(b)) => (a, b),
            _ => return Err(RangeError::NumberTooLarge),
        };
        if b < a {
            return Err(RangeError::Backwards(span.to_owned()));
        }
        if first.len() > MAX_DIGITS || last.len() > MAX_DIGITS {
            return Err(RangeError::TooManyDigits);
        }
        let count = (b - a) / step + 1;
        if count > MAX_EXPANSION as u64 {
            return Err(RangeError::TooMany);
        }
        let width = if first.len() > 1 && first.starts_with('0') {
            first.len()
        } else {
            0
        };
        let values = (0..count)
            .map(|i| format!("{:0width$}", a + i * step))
            .collect();
        return Ok(Some(values));
    }
    if letter(first) && letter(last) {
        let (a, b) = (first.as_bytes()[0], last.as_bytes()[0]);
        if a.is_ascii_lowercase() != b.is_ascii_lowercase() {
            return Ok(None);
        }
        if b < a {
            return Err(RangeError::Backwards(span.to_owned()));
        }
        let values = (a..=b)
            .step_by(step as usize)
            .map(|c| char::from(c).to_string())
            .collect();
        return Ok(Some(values));
    }
    Ok(None)
}
