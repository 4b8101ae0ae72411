//! Politeness towards servers: at most N connections per host across all downloads, and a
//! host that answers 429/503 or refuses connections gets a pause (honouring Retry-After) and
//! fewer connections from then on. What a download learned about a server (the connections
//! that paid off) is kept here for the next download from it.

use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use super::learned::Learned;

/// How long to leave a host alone after it pushed back without saying.
const DEFAULT_BACKOFF: Duration = Duration::from_secs(2);
/// A host that has not pushed back for this long gets one more connection again.
const RECOVERY: Duration = Duration::from_secs(30);

#[derive(Debug)]
struct Host {
    active: usize,
    /// Downloads waiting for their first connection here: extra connections yield to them.
    waiting: usize,
    /// Lowered when the host pushes back; never below 1; raised again slowly.
    allowed: usize,
    backoff_until: Option<Instant>,
    /// When `allowed` last changed.
    changed: Instant,
    /// What the last download that measured it learned.
    learned: Option<Learned>,
}

impl Host {
    fn new() -> Self {
        Self {
            active: 0,
            waiting: 0,
            allowed: usize::MAX,
            backoff_until: None,
            changed: Instant::now(),
            learned: None,
        }
    }

    /// After a quiet spell, allows one connection more (up to no limit of its own).
    fn recover(&mut self, now: Instant) {
        if self.allowed != usize::MAX && now.duration_since(self.changed) >= RECOVERY {
            self.allowed += 1;
            self.changed = now;
        }
    }
}

/// Connection counts per host, shared by all downloads.
#[derive(Debug)]
pub struct Hosts {
    per_host: Mutex<usize>,
    hosts: Mutex<HashMap<String, Host>>,
    /// Signalled when a connection slot is given back, so a download waiting for one starts
    /// at once instead of on its next look.
    freed: Condvar,
}

/// A connection slot; given back when dropped.
#[derive(Debug)]
pub struct Permit {
    hosts: Arc<Hosts>,
    host: String,
}

impl Drop for Permit {
    fn drop(&mut self) {
        let mut hosts = self.hosts.lock();
        if let Some(host) = hosts.get_mut(&self.host) {
            host.active = host.active.saturating_sub(1);
        }
        drop(hosts);
        self.hosts.freed.notify_all();
    }
}

impl Hosts {
    /// At most `per_host` connections to any one host.
    pub fn new(per_host: usize) -> Arc<Self> {
        Arc::new(Self {
            per_host: Mutex::new(per_host.max(1)),
            hosts: Mutex::new(HashMap::new()),
            freed: Condvar::new(),
        })
    }

    /// Changes the per-host maximum.
    /// The most connections to one host.
    pub fn per_host(&self) -> usize {
        *self.per_host.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Sets the most connections to one host.
    pub fn set_per_host(&self, per_host: usize) {
        *self.per_host.lock().unwrap_or_else(PoisonError::into_inner) = per_host.max(1);
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, Host>> {
        self.hosts.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A slot for one more connection to `host`, if the host has one free and is not in a
    /// back-off. An `extra` connection (beyond a download's first) also yields to downloads
    /// still waiting for their first, so one big download cannot starve the others.
    pub fn try_acquire(self: &Arc<Self>, host: &str, extra: bool) -> Option<Permit> {
        let mut hosts = self.lock();
        self.acquire_locked(&mut hosts, host, extra)
    }

    /// A slot for a download's first connection to `host`: at once if one is free, else when
    /// one is given back within `timeout` (`None` after it, to look at the stop flag).
    pub fn acquire_within(self: &Arc<Self>, host: &str, timeout: Duration) -> Option<Permit> {
        let mut hosts = self.lock();
        if let Some(permit) = self.acquire_locked(&mut hosts, host, false) {
            return Some(permit);
        }
        let (mut hosts, _) = self
            .freed
            .wait_timeout(hosts, timeout)
            .unwrap_or_else(PoisonError::into_inner);
        self.acquire_locked(&mut hosts, host, false)
    }

    fn acquire_locked(
        self: &Arc<Self>,
        hosts: &mut HashMap<String, Host>,
        host: &str,
        extra: bool,
    ) -> Option<Permit> {
        let per_host = *self.per_host.lock().unwrap_or_else(PoisonError::into_inner);
        let entry = hosts.entry(host.to_owned()).or_insert_with(Host::new);
        if entry
            .backoff_until
            .is_some_and(|until| Instant::now() < until)
        {
            return None;
        }
        if extra && entry.waiting > 0 {
            return None;
        }
        entry.recover(Instant::now());
        if entry.active >= entry.allowed.min(per_host) {
            return None;
        }
        entry.active += 1;
        Some(Permit {
            hosts: Arc::clone(self),
            host: host.to_owned(),
        })
    }

    /// Registers a download waiting for its first connection to `host` until the guard drops.
    pub fn wait_turn(self: &Arc<Self>, host: &str) -> Waiting {
        self.lock()
            .entry(host.to_owned())
            .or_insert_with(Host::new)
            .waiting += 1;
        Waiting {
            hosts: Arc::clone(self),
            host: host.to_owned(),
        }
    }

    /// The host pushed back: leave it alone for `wait` (or a default) and use one connection
    /// fewer than it had from now on.
    pub fn push_back(&self, host: &str, wait: Option<Duration>) {
        let mut hosts = self.lock();
        if let Some(entry) = hosts.get_mut(host) {
            entry.allowed = entry.active.saturating_sub(1).clamp(1, entry.allowed);
            entry.changed = Instant::now();
            entry.backoff_until = Some(Instant::now() + wait.unwrap_or(DEFAULT_BACKOFF));
        }
    }

    /// True while the host asked to be left alone (no new request goes out, not even on a
    /// connection already open).
    pub fn backing_off(&self, host: &str) -> bool {
        self.lock()
            .get(host)
            .and_then(|h| h.backoff_until)
            .is_some_and(|until| Instant::now() < until)
    }

    /// How many connections the host accepts, if it ever pushed back.
    pub fn allowed(&self, host: &str) -> Option<usize> {
        self.lock()
            .get(host)
            .map(|h| h.allowed)
            .filter(|&n| n != usize::MAX)
    }
}

impl Hosts {
    /// Remembers what a download learned about `host` (the newest wins).
    pub fn remember(&self, host: &str, learned: Learned) {
        self.lock()
            .entry(host.to_owned())
            .or_insert_with(Host::new)
            .learned = Some(learned);
    }

    /// What was learned about `host`, if anything.
    pub fn learned(&self, host: &str) -> Option<Learned> {
        self.lock().get(host).and_then(|h| h.learned)
    }
}

/// A download waiting for its first connection; stops waiting when dropped.
#[derive(Debug)]
pub struct Waiting {
    hosts: Arc<Hosts>,
    host: String,
}

impl Drop for Waiting {
    fn drop(&mut self) {
        if let Some(host) = self.hosts.lock().get_mut(&self.host) {
            host.waiting = host.waiting.saturating_sub(1);
        }
    }
}

/// The key for a URL's host: host and port, so two servers on one machine are separate.
pub fn host_key(url: &url::Url) -> String {
    format!(
        "{}:{}",
        url.host_str().unwrap_or(""),
        url.port_or_known_default().unwrap_or(0)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_host_and_backs_off() {
        let hosts = Hosts::new(2);
        let a = hosts.try_acquire("h:80", false).expect("first");
        let b = hosts.try_acquire("h:80", false).expect("second");
        assert!(hosts.try_acquire("h:80", false).is_none(), "two per host");
        assert!(
            hosts.try_acquire("other:80", false).is_some(),
            "hosts are separate"
        );
        drop(b);
        let waiting = hosts.wait_turn("h:80");
        assert!(
            hosts.try_acquire("h:80", true).is_none(),
            "extras yield to a waiter"
        );
        let c = hosts
            .try_acquire("h:80", false)
            .expect("the waiter gets the slot");
        drop(waiting);
        hosts.push_back("h:80", Some(Duration::from_millis(100)));
        assert_eq!(hosts.allowed("h:80"), Some(1));
        drop((a, c));
        assert!(hosts.try_acquire("h:80", false).is_none(), "backing off");
        std::thread::sleep(Duration::from_millis(120));
        let one = hosts
            .try_acquire("h:80", false)
            .expect("after the back-off");
        assert!(
            hosts.try_acquire("h:80", false).is_none(),
            "one connection now"
        );
        drop(one);
    }

    #[test]
    fn a_waiting_download_gets_a_freed_slot_at_once() {
        let hosts = Hosts::new(1);
        let taken = hosts.try_acquire("h:80", false).expect("first");
        let waiter = {
            let hosts = Arc::clone(&hosts);
            std::thread::spawn(move || {
                let started = Instant::now();
                let permit = hosts.acquire_within("h:80", Duration::from_secs(10));
                (permit, started.elapsed())
            })
        };
        std::thread::sleep(Duration::from_millis(200));
        drop(taken);
        let (got, waited) = waiter.join().expect("waiter");
        assert!(got.is_some(), "the slot went to the waiter");
        // Its timeout was ten seconds: it was woken when the slot came free.
        assert!(waited < Duration::from_secs(3), "waited {waited:?}");
        assert!(
            hosts
                .acquire_within("h:80", Duration::from_millis(50))
                .is_none(),
            "the waiter holds it"
        );
    }
}
