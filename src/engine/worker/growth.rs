//! Connections that adapt: when the server holds each connection to a rate (every connection
//! runs at about the same speed, whatever their number), more connections mean more speed, so
//! Haul opens as many as the per-server limit allows, watches a second, and keeps about as
//! many as the speed gained shows the line takes (all of them while each still brings its
//! share; fewer, never below the setting, when the line filled up first). A server that
//! pushes back (429, 503, refused connections) lowers the per-host limit itself
//! (see `net::hosts`), which this never goes past.

use std::time::{Duration, Instant};

use super::connections::Session;
use super::transfer::Transfer;
use crate::engine::details::ConnectionsAdded;

/// How long the first connections are watched before the first step (enough for each to
/// show its rate), and each later number before the next.
const FIRST_WINDOW: Duration = Duration::from_millis(300);
const WINDOW: Duration = Duration::from_millis(1000);
/// Connections' speeds within this share of their mean count as "held to one rate".
const EVEN: f64 = 0.35;
/// A step must bring at least this share of what its added connections would if each
/// brought as much as the others (else the line, not the server, is the limit).
const WORTH: f64 = 0.5;
/// Growth pays only for what takes longer than this at the current speed.
const LEFT_FOR: Duration = Duration::from_secs(2);

impl Transfer<'_> {
    /// Looks at the connections once a window has passed; adds some when each is held to a
    /// rate and more would pay.
    pub(super) fn adapt_connections(&mut self, session: &mut Session) {
        let now = Instant::now();
        let done = self.done();
        let each = even_rate(session, now);
        let growth = &mut session.growth;
        let window = if growth.before.is_none() {
            FIRST_WINDOW
        } else {
            WINDOW
        };
        if growth.settled || now.duration_since(growth.since) < window {
            return;
        }
        let elapsed = now.duration_since(growth.since).as_secs_f64();
        let rate = done.saturating_sub(growth.done_at) as f64 / elapsed;
        let open = session.conns.len();
        let cap = self.tuning.hosts.per_host().max(self.tuning.connections);
        // Only a full set of connections says anything about the server.
        if open < self.wanted_connections || rate <= 0.0 {
            growth.restart(done);
            return;
        }
        let left = self.total.map_or(0, |total| total.saturating_sub(done)) as f64;
        let pays = left > rate * LEFT_FOR.as_secs_f64();
        if let Some((conns, before)) = growth.before
            && let Some(keep) = line_full(conns, before, open, rate, self.tuning.connections)
        {
            // The line (or the server as a whole) is full: keep about as many as it took.
            self.wanted_connections = keep;
            log::debug!(
                "{}: {open} connections bring {rate:.0} B/s, {conns} brought {before:.0}: \
                 keeping {keep}",
                self.url_text
            );
            growth.settled = true;
            return;
        }
        let (Some(each), true) = (each, pays) else {
            growth.restart(done);
            if growth.before.is_some() {
                growth.settled = true;
            }
            return;
        };
        // Straight to the limit: a server that holds each connection to a rate holds every
        // one to it. The next window shows how many the line takes (see above).
        let next = cap;
        if next <= open {
            growth.settled = true;
            return;
        }
        let from = self.tuning.connections;
        growth.before = Some((open, rate));
        growth.restart(done);
        self.wanted_connections = next;
        log::debug!(
            "{}: each connection gets about {each:.0} B/s: {open} -> {next} connections",
            self.url_text
        );
        self.reporter.details(|details| {
            details.connections_wanted = next;
            details.added = Some(ConnectionsAdded {
                from,
                to: next,
                each: each as u64,
            });
        });
    }
}

/// After a step from `conns` connections at `before` B/s to `open` at `rate`: when the step
/// did not bring at least [`WORTH`] of its share, how many to keep (about as many as the
/// speed shows the line takes, never fewer than `floor` nor more than are open).
fn line_full(conns: usize, before: f64, open: usize, rate: f64, floor: usize) -> Option<usize> {
    let added = open.saturating_sub(conns) as f64 / conns.max(1) as f64;
    let gained = rate / before - 1.0;
    if gained >= WORTH * added {
        return None;
    }
    let each_before = before / conns.max(1) as f64;
    let enough = (rate / each_before * 1.25).ceil() as usize;
    Some(enough.clamp(floor.min(open), open))
}

/// The rate every connection is held to, when they all run at about one speed (each watched
/// for at least a second).
fn even_rate(session: &Session, now: Instant) -> Option<f64> {
    let rates: Vec<f64> = session
        .conns
        .values()
        .filter(|c| now.duration_since(c.started) >= Duration::from_millis(200))
        .map(|c| c.bytes as f64 / now.duration_since(c.started).as_secs_f64())
        .collect();
    if rates.len() < 2 {
        return None;
    }
    let mean = rates.iter().sum::<f64>() / rates.len() as f64;
    let even = rates.iter().all(|r| (r - mean).abs() <= EVEN * mean);
    (even && mean > 0.0).then_some(mean)
}

#[cfg(test)]
mod tests {
    use super::line_full;

    #[test]
    fn a_step_that_brings_its_share_keeps_every_connection() {
        // 4 at 350 KB/s each, then 32 at about 11 MB/s: held per connection, keep all 32.
        assert_eq!(line_full(4, 1_400_000.0, 32, 11_000_000.0, 4), None);
    }

    #[test]
    fn a_full_line_keeps_about_as_many_as_it_takes() {
        // 4 at 1 MB/s each, then 32 bring only 10 MB/s: the line holds about 10, keep 13.
        assert_eq!(line_full(4, 4_000_000.0, 32, 10_000_000.0, 4), Some(13));
        // Nothing gained at all: back to the setting.
        assert_eq!(line_full(4, 4_000_000.0, 32, 4_000_000.0, 4), Some(5));
        assert_eq!(line_full(4, 4_000_000.0, 32, 3_000_000.0, 4), Some(4));
    }
}
