//! Waiting on the network thread from a worker thread, as kinds that drive async libraries
//! do (a stream's playlists and keys, a torrent's session): the future runs on the network
//! runtime and the worker looks at its stop signal meanwhile; a stop ends the wait and
//! drops the future.

use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use crate::engine::resources::Resources;
use crate::engine::state::reporter::Reporter;

/// How often the wait looks at the stop signal.
const LOOK_EVERY: Duration = Duration::from_millis(100);

/// `future`'s output, run on the network runtime; `None` when the download is stopped first
/// (the future is then aborted) or its task ended without an answer.
pub(crate) fn until_stopped<T: Send + 'static>(
    resources: &Arc<Resources>,
    reporter: &Reporter,
    future: impl std::future::Future<Output = T> + Send + 'static,
) -> Option<T> {
    until(resources, || reporter.stop_requested(), future)
}

/// `future`'s output, run on the network runtime, waited for at most `wait` (the future is
/// then aborted); for short steps nothing stops but time (leaving the session, a listing).
pub(crate) fn within<T: Send + 'static>(
    resources: &Resources,
    wait: Duration,
    future: impl std::future::Future<Output = T> + Send + 'static,
) -> Option<T> {
    let deadline = std::time::Instant::now() + wait;
    until(resources, || std::time::Instant::now() >= deadline, future)
}

/// The same, for a wait that `stopped` ends (a seeding's, which has no reporter).
pub(crate) fn until<T: Send + 'static>(
    resources: &Resources,
    stopped: impl Fn() -> bool,
    future: impl std::future::Future<Output = T> + Send + 'static,
) -> Option<T> {
    let (tx, rx) = mpsc::channel();
    let task = resources.net().spawn(async move {
        let _ = tx.send(future.await);
    });
    loop {
        match rx.recv_timeout(LOOK_EVERY) {
            Ok(value) => return Some(value),
            Err(mpsc::RecvTimeoutError::Disconnected) => return None,
            Err(mpsc::RecvTimeoutError::Timeout) if stopped() => {
                task.abort();
                return None;
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
    }
}
