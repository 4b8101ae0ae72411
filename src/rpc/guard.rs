//! Keeping the server for those who hold the secret. Any local process can connect; nobody
//! without the secret may slow down those with it:
//!
//! - **Slots.** At most [`MAX_CONNECTIONS`] connections are served. When all are taken, a new
//!   one takes the slot of the oldest connection that has not shown the secret yet (a stranger
//!   holding a socket open, a silent WebSocket): a real client's first call carries the
//!   secret at once, so it is never the one pushed out.
//! - **Deadlines.** A stranger's request must arrive whole within [`STRANGER_DEADLINE`] (one
//!   header byte every few seconds does not keep a slot), a known client's within [`IDLE`].
//! - **Budgets.** Requests with the secret and requests without it count against separate
//!   budgets, so a flood of the second kind never turns the first kind away.
//! - **Wrong secrets** cost the sender [`WRONG_SECRET_DELAY`] per request (on its own
//!   connection only), and a batch with one wrong secret in it is refused whole.

use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use super::methods::Access;

/// Connections served at once.
pub const MAX_CONNECTIONS: usize = 32;
/// A stranger's request must arrive whole within this.
pub const STRANGER_DEADLINE: Duration = Duration::from_secs(10);
/// A known client's connection may wait this long for its next request.
pub const IDLE: Duration = Duration::from_secs(30);
/// What a request with a wrong secret costs its sender.
pub const WRONG_SECRET_DELAY: Duration = Duration::from_secs(1);
/// Requests per second with the secret, all connections together...
const TRUSTED_PER_SEC: f64 = 200.0;
/// ...and without it.
const OTHERS_PER_SEC: f64 = 50.0;

/// One served connection.
struct Slot {
    id: u64,
    /// A handle to close it with when a newcomer needs its place.
    stream: TcpStream,
    trusted: Arc<AtomicBool>,
}

/// The slots and budgets of one server.
pub(super) struct Guard {
    slots: Mutex<Vec<Slot>>,
    next_id: AtomicU64,
    trusted: Mutex<Bucket>,
    others: Mutex<Bucket>,
}

/// A connection's place; given back when dropped.
pub(super) struct Ticket {
    id: u64,
    trusted: Arc<AtomicBool>,
    guard: Arc<Guard>,
}

impl Ticket {
    /// The connection showed the secret: it keeps its place.
    pub fn trust(&self) {
        self.trusted.store(true, Ordering::SeqCst);
    }

    /// True once the connection showed the secret.
    pub fn trusted(&self) -> bool {
        self.trusted.load(Ordering::SeqCst)
    }

    /// How long its next request may take to arrive whole.
    pub fn deadline(&self) -> Duration {
        if self.trusted() {
            IDLE
        } else {
            STRANGER_DEADLINE
        }
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        self.guard.lock().retain(|slot| slot.id != self.id);
    }
}

impl Guard {
    pub fn new() -> Arc<Self> {
        Arc::new(Self {
            slots: Mutex::new(Vec::new()),
            next_id: AtomicU64::new(0),
            trusted: Mutex::new(Bucket::new(TRUSTED_PER_SEC)),
            others: Mutex::new(Bucket::new(OTHERS_PER_SEC)),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Vec<Slot>> {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A place for `stream`: a free one, or the oldest stranger's (closed for it); `None`
    /// when every connection showed the secret.
    pub fn admit(self: &Arc<Self>, stream: &TcpStream) -> Option<Ticket> {
        let handle = stream.try_clone().ok()?;
        let mut slots = self.lock();
        if slots.len() >= MAX_CONNECTIONS {
            // Slots are in the order they were taken: the first stranger is the oldest.
            let stranger = slots
                .iter()
                .position(|slot| !slot.trusted.load(Ordering::SeqCst))?;
            let pushed = slots.remove(stranger);
            let _ = pushed.stream.shutdown(Shutdown::Both);
        }
        let id = self.next_id.fetch_add(1, Ordering::SeqCst);
        let trusted = Arc::new(AtomicBool::new(false));
        slots.push(Slot {
            id,
            stream: handle,
            trusted: Arc::clone(&trusted),
        });
        Some(Ticket {
            id,
            trusted,
            guard: Arc::clone(self),
        })
    }

    /// True when a request of this kind fits in its budget now.
    pub fn take(&self, access: Access) -> bool {
        let bucket = match access {
            Access::Trusted => &self.trusted,
            Access::Anonymous | Access::Wrong => &self.others,
        };
        bucket.lock().unwrap_or_else(PoisonError::into_inner).take()
    }
}

/// Requests allowed now: refilled at a rate, a second's worth at most.
struct Bucket {
    per_sec: f64,
    tokens: f64,
    at: Instant,
}

impl Bucket {
    fn new(per_sec: f64) -> Self {
        Self {
            per_sec,
            tokens: per_sec,
            at: Instant::now(),
        }
    }

    fn take(&mut self) -> bool {
        let now = Instant::now();
        let refill = now.duration_since(self.at).as_secs_f64() * self.per_sec;
        self.tokens = (self.tokens + refill).min(self.per_sec);
        self.at = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// A connection whose reads give up at a deadline (however the bytes trickle in), set before
/// each request.
pub(super) struct Deadlined {
    stream: TcpStream,
    until: Option<Instant>,
}

impl Deadlined {
    pub fn new(stream: TcpStream) -> Self {
        Self {
            stream,
            until: None,
        }
    }

    /// Reads from now on must be done within `within`.
    pub fn set_deadline(&mut self, within: Duration) {
        self.until = Some(Instant::now() + within);
    }

    /// The connection itself, still owned here.
    pub fn get_mut(&mut self) -> &mut TcpStream {
        &mut self.stream
    }

    /// The connection itself.
    pub fn into_inner(self) -> TcpStream {
        self.stream
    }
}

impl Read for Deadlined {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        if let Some(until) = self.until {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(io::Error::from(io::ErrorKind::TimedOut));
            }
            self.stream.set_read_timeout(Some(left))?;
        }
        self.stream.read(buffer)
    }
}

impl Write for Deadlined {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.stream.write(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.stream.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    #[test]
    fn the_budgets_are_separate_and_refuse_a_burst_beyond_a_seconds_worth() {
        let guard = Guard::new();
        let others = (0..1000).filter(|_| guard.take(Access::Wrong)).count();
        assert!((50..70).contains(&others), "{others}");
        assert!(
            guard.take(Access::Trusted),
            "a flood without the secret leaves the budget with it alone"
        );
        let trusted = (0..1000).filter(|_| guard.take(Access::Trusted)).count();
        assert!((199..230).contains(&trusted), "{trusted}");
    }

    #[test]
    fn a_full_server_pushes_out_the_oldest_stranger_never_a_known_client() {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let address = listener.local_addr().expect("address");
        let guard = Guard::new();
        let connect = || {
            let client = TcpStream::connect(address).expect("connect");
            let (served, _) = listener.accept().expect("accept");
            (client, served)
        };
        let closed = |client: &mut TcpStream| {
            let mut byte = [0u8; 1];
            client
                .set_read_timeout(Some(Duration::from_secs(2)))
                .expect("timeout");
            client.read(&mut byte).ok() == Some(0)
        };
        let mut held = Vec::new();
        for n in 0..MAX_CONNECTIONS {
            let (client, served) = connect();
            let ticket = guard.admit(&served).expect("a free place");
            if n > 0 {
                ticket.trust();
            }
            held.push((client, served, ticket));
        }
        // The only stranger, the first, makes way for a newcomer.
        let (_a_client, a_served) = connect();
        let a = guard.admit(&a_served).expect("the stranger's place");
        assert!(closed(&mut held[0].0), "the stranger was closed");
        // The newcomer is the only stranger now: the next one takes its place.
        let (mut a_client, _) = (_a_client, ());
        let (_b_client, b_served) = connect();
        let b = guard.admit(&b_served).expect("the newcomer's place");
        assert!(closed(&mut a_client), "the newcomer was closed");
        // With every place held by a known client, nobody is pushed out.
        b.trust();
        let (_c_client, c_served) = connect();
        assert!(guard.admit(&c_served).is_none(), "no stranger to push out");
        drop(a);
    }
}
