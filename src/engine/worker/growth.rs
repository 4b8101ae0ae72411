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

/// How long each connection is watched from its first byte before its speed counts (a few
/// round trips of a long link), and how long each later number is watched before the next
/// step.
const WATCH: Duration = Duration::from_millis(100);
const WINDOW: Duration = Duration::from_millis(1000);
/// Connections' speeds within this share of their mean count as "held to one rate".
const EVEN: f64 = 0.35;
/// A step must bring at least this share of what its added connections would if each
/// brought as much as the others (else the line, not the server, is the limit).
const WORTH: f64 = 0.5;
/// Growth pays only for what takes longer than this at the current speed.
const LEFT_FOR: Duration = Duration::from_secs(2);

impl Transfer<'_> {
    /// Adds connections as soon as every connection has shown it is held to one rate and
    /// more would pay; a window later, keeps about as many as the line takes.
    pub(super) fn adapt_connections(&mut self, session: &mut Session) {
        if session.growth.settled {
            return;
        }
        if session.growth.before.is_some() {
            self.keep_what_the_line_takes(session);
        } else {
            self.first_step(session);
        }
    }

    /// The first step: straight to the per-host limit once each connection runs at the same
    /// held rate. A server that holds each connection to a rate holds every one to it; the
    /// next window shows how many the line takes.
    fn first_step(&mut self, session: &mut Session) {
        let open = session.conns.len();
        // Only a full set of connections says anything about the server.
        if open < self.wanted_connections {
            return;
        }
        let Some(each) = even_rate(session, Instant::now()) else {
            return;
        };
        let done = self.done();
        let rate = each * open as f64;
        let left = self.total.map_or(0, |total| total.saturating_sub(done)) as f64;
        // A number asked for this download is its most; else the per-server limit.
        let cap = match self.job.connections {
            Some(asked) => asked,
            None => self.tuning.hosts.per_host().max(self.tuning.connections),
        };
        let growth = &mut session.growth;
        if left <= rate * LEFT_FOR.as_secs_f64() || cap <= open {
            growth.settled = true;
            return;
        }
        growth.before = Some((open, rate));
        growth.restart(done);
        self.wanted_connections = cap;
        let from = self.tuning.connections;
        log::debug!(
            "{}: each connection gets about {each:.0} B/s: {open} -> {cap} connections",
            self.url_text
        );
        self.reporter.details(|details| {
            details.connections_wanted = cap;
            details.added = Some(ConnectionsAdded {
                from,
                to: cap,
                each: each as u64,
            });
        });
    }

    /// A window after the step: when the added connections did not bring their share, the
    /// line (or the server as a whole) is full; keep about as many as it took.
    fn keep_what_the_line_takes(&mut self, session: &mut Session) {
        let now = Instant::now();
        let done = self.done();
        let open = session.conns.len();
        let growth = &mut session.growth;
        if now.duration_since(growth.since) < WINDOW {
            return;
        }
        let rate = done.saturating_sub(growth.done_at) as f64
            / now.duration_since(growth.since).as_secs_f64();
        let Some((conns, before)) = growth.before else {
            return;
        };
        growth.settled = true;
        if let Some(keep) = line_full(conns, before, open, rate, self.tuning.connections) {
            self.wanted_connections = keep;
            log::debug!(
                "{}: {open} connections bring {rate:.0} B/s, {conns} brought {before:.0}: \
                 keeping {keep}",
                self.url_text
            );
        }
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

/// The rate every connection is held to, when they all run at about one speed (each
/// watched for at least [`WATCH`] since its first byte). Asked on every event until growth
/// settles, so it allocates nothing: one pass for the mean, one for the spread.
fn even_rate(session: &Session, now: Instant) -> Option<f64> {
    let rate = |c: &super::connections::Conn| {
        let (first, bytes_then) = c.first_data?;
        let watched = now.duration_since(first);
        (watched >= WATCH)
            .then(|| c.bytes.saturating_sub(bytes_then) as f64 / watched.as_secs_f64())
    };
    let mut sum = 0.0;
    for conn in session.conns.values() {
        sum += rate(conn)?;
    }
    let count = session.conns.len();
    if count < 2 {
        return None;
    }
    let mean = sum / count as f64;
    let even = session
        .conns
        .values()
        .filter_map(rate)
        .all(|r| (r - mean).abs() <= EVEN * mean);
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
