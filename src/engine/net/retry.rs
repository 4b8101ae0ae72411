//! When to try again: exponential backoff with jitter, and the server's `Retry-After`.

use std::time::Duration;

/// How failed attempts are retried.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in a row without progress before giving up (the first try counts).
    pub max_attempts: u32,
    /// Wait before the first retry; doubles each time.
    pub base_delay: Duration,
    /// Longest wait between attempts, also the cap on a server's `Retry-After`.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        use crate::engine::limits::{MAX_ATTEMPTS, MAX_RETRY_DELAY_SECS, RETRY_DELAY_MS};
        Self {
            max_attempts: u32::try_from(MAX_ATTEMPTS.default).unwrap_or(u32::MAX),
            base_delay: Duration::from_millis(RETRY_DELAY_MS.default),
            max_delay: Duration::from_secs(MAX_RETRY_DELAY_SECS.default),
        }
    }
}

/// Bytes a broken connection must have delivered to be picked up again at once.
pub const RECONNECT_AT_ONCE_AFTER: u64 = 64 * 1024;

impl RetryPolicy {
    /// The wait before trying again after a connection broke off when `delivered` bytes had
    /// arrived since the last failure (0 for failures that are not a break: a stall, a
    /// refusal): none when the server was answering a moment ago (a dropped connection
    /// mid-file), else [`RetryPolicy::delay`]. A server's `Retry-After` is always honoured.
    pub fn delay_after(
        &self,
        next_attempt: u32,
        retry_after: Option<Duration>,
        delivered: u64,
    ) -> Duration {
        if retry_after.is_none() && delivered >= RECONNECT_AT_ONCE_AFTER {
            return Duration::ZERO;
        }
        self.delay(next_attempt, retry_after)
    }

    /// The wait before attempt number `next_attempt` (2 for the first retry).
    ///
    /// Without a `Retry-After` the delay is `base * 2^(n-2)`, capped, and jittered into its
    /// upper half so many clients failing together do not come back together.
    pub fn delay(&self, next_attempt: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(wait) = retry_after {
            return wait.min(self.max_delay);
        }
        let exponent = next_attempt.saturating_sub(2).min(20);
        let full = self
            .base_delay
            .saturating_mul(1u32 << exponent)
            .min(self.max_delay);
        let jitter: f64 = rand::random_range(0.5..=1.0);
        full.mul_f64(jitter)
    }
}

/// Parses a `Retry-After` value: delay-seconds or an HTTP date.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let policy = RetryPolicy {
            max_attempts: 10,
            base_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(10),
        };
        let first = policy.delay(2, None);
        assert!(first >= Duration::from_millis(500) && first <= Duration::from_secs(1));
        let third = policy.delay(4, None);
        assert!(third >= Duration::from_secs(2) && third <= Duration::from_secs(4));
        assert!(policy.delay(30, None) <= Duration::from_secs(10));
    }

    #[test]
    fn retry_after_wins_but_is_capped() {
        let policy = RetryPolicy::default();
        assert_eq!(
            policy.delay(2, Some(Duration::from_secs(3))),
            Duration::from_secs(3)
        );
        assert_eq!(
            policy.delay(2, Some(Duration::from_secs(3600))),
            policy.max_delay
        );
    }

    #[test]
    fn a_connection_that_delivered_is_picked_up_again_at_once() {
        let policy = RetryPolicy::default();
        assert_eq!(
            policy.delay_after(2, None, RECONNECT_AT_ONCE_AFTER),
            Duration::ZERO
        );
        assert!(policy.delay_after(2, None, RECONNECT_AT_ONCE_AFTER - 1) >= policy.base_delay / 2);
        assert_eq!(
            policy.delay_after(2, Some(Duration::from_secs(3)), 1 << 30),
            Duration::from_secs(3),
            "the server's Retry-After is honoured"
        );
    }

    #[test]
    fn parses_both_retry_after_forms() {
        assert_eq!(parse_retry_after(" 7 "), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
    }
}
