//! Discovery per host: a host that showed no checksum files at all (no sidecar, no sums file)
//! for a few downloads is not asked for more. Without this, a list of files that each live in
//! a folder of their own (images on a CDN, say) would send nine requests for checksum files
//! with every download, ten times the requests of the downloads themselves. Until those few
//! answers are in, other downloads from the host wait for them (beside their transfer) instead
//! of asking too; a host that has checksum files anywhere is asked for every download.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tokio::sync::Notify;

/// Downloads with nothing found after which a host is not asked for more.
const EMPTY_LOOKS: u32 = 5;

/// What discovery found on one host so far.
#[derive(Debug, Default)]
pub(super) struct HostLooks {
    state: Mutex<State>,
    /// Signalled when a look ends, for the downloads waiting for their turn.
    changed: Notify,
}

#[derive(Debug, Default)]
struct State {
    /// Looks that found nothing.
    empty: u32,
    /// Looks under way that count towards the limit.
    asking: u32,
    /// Some look found checksum files on this host.
    found_any: bool,
}

impl HostLooks {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// True once the host is not asked any more.
    pub(super) fn given_up(&self) -> bool {
        let state = self.state();
        !state.found_any && state.empty >= EMPTY_LOOKS
    }

    /// The right to look on this host, waiting while the looks that decide are under way;
    /// `None` when the host is not asked any more.
    pub(super) async fn turn(self: &Arc<Self>) -> Option<HostTurn> {
        loop {
            let changed = self.changed.notified();
            tokio::pin!(changed);
            // Registered before the state is read, so an end in between is not missed.
            changed.as_mut().enable();
            {
                let mut state = self.state();
                if state.found_any {
                    return Some(HostTurn::new(self, false));
                }
                if state.empty >= EMPTY_LOOKS {
                    return None;
                }
                if state.empty + state.asking < EMPTY_LOOKS {
                    state.asking += 1;
                    return Some(HostTurn::new(self, true));
                }
            }
            changed.await;
        }
    }
}

/// One download looking on a host; dropped without [`HostTurn::end`] (discovery given up),
/// it counts neither way.
pub(super) struct HostTurn {
    host: Arc<HostLooks>,
    counted: bool,
    ended: bool,
}

impl HostTurn {
    fn new(host: &Arc<HostLooks>, counted: bool) -> Self {
        Self {
            host: Arc::clone(host),
            counted,
            ended: false,
        }
    }

    /// The look is over: it found checksum files (any sidecar or sums file), or nothing.
    pub(super) fn end(mut self, found_any: bool) {
        {
            let mut state = self.host.state();
            if self.counted {
                state.asking = state.asking.saturating_sub(1);
                if !found_any {
                    state.empty += 1;
                }
            }
            state.found_any |= found_any;
        }
        self.ended = true;
        self.host.changed.notify_waiters();
    }
}

impl Drop for HostTurn {
    fn drop(&mut self) {
        if !self.ended && self.counted {
            {
                let mut state = self.host.state();
                state.asking = state.asking.saturating_sub(1);
            }
            self.host.changed.notify_waiters();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_on<T>(future: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("runtime")
            .block_on(future)
    }

    #[test]
    fn a_host_without_checksum_files_is_given_up_after_a_few_looks() {
        let host = Arc::new(HostLooks::default());
        block_on(async {
            for _ in 0..EMPTY_LOOKS {
                host.turn().await.expect("a turn").end(false);
            }
            assert!(host.turn().await.is_none(), "given up");
        });
        assert!(host.given_up());
    }

    #[test]
    fn a_host_with_checksum_files_is_always_asked() {
        let host = Arc::new(HostLooks::default());
        block_on(async {
            host.turn().await.expect("a turn").end(true);
            for _ in 0..2 * EMPTY_LOOKS {
                host.turn().await.expect("a turn").end(false);
            }
        });
        assert!(!host.given_up());
    }

    #[test]
    fn later_downloads_wait_for_the_deciding_looks_and_follow_them() {
        let host = Arc::new(HostLooks::default());
        block_on(async {
            let deciding: Vec<HostTurn> = take_all_turns(&host).await;
            assert_eq!(deciding.len() as u32, EMPTY_LOOKS);
            // One more waits while the deciding ones are under way.
            let waiting = {
                let host = Arc::clone(&host);
                tokio::spawn(async move { host.turn().await.is_some() })
            };
            tokio::task::yield_now().await;
            assert!(!waiting.is_finished(), "it waits");
            let mut deciding = deciding.into_iter();
            deciding.next().expect("one").end(true);
            assert!(
                waiting.await.expect("task"),
                "checksum files found: it asks too"
            );
        });
    }

    /// Takes every counted turn there is without waiting.
    async fn take_all_turns(host: &Arc<HostLooks>) -> Vec<HostTurn> {
        let mut turns = Vec::new();
        for _ in 0..EMPTY_LOOKS {
            turns.push(host.turn().await.expect("a turn"));
        }
        turns
    }

    #[test]
    fn an_abandoned_look_frees_its_place() {
        let host = Arc::new(HostLooks::default());
        block_on(async {
            let turns = take_all_turns(&host).await;
            drop(turns);
            // All places are free again, and nothing was counted as empty.
            let again = take_all_turns(&host).await;
            assert_eq!(again.len() as u32, EMPTY_LOOKS);
        });
        assert!(!host.given_up());
    }
}
