//! The list calls (`tellActive`, `tellWaiting`, `tellStopped`), within the request's
//! budget (see `budget`).

use std::sync::{Arc, PoisonError};

use serde_json::Value;

use super::budget::{MAX_LISTED, budget, spent};
use super::metadata_step::step_object;
use super::methods::{Api, RpcError};
use super::params::{int_param, keys_param};
use super::shape::{removed_object, status_object};
use super::step_ids::{has_step, metadata_known};
use crate::engine::{Download, Status};

impl Api {
    /// Running downloads.
    pub(super) fn tell_active(&self, params: &[Value]) -> Result<Value, RpcError> {
        let keys = keys_param(params, 0)?;
        let snapshot = self.engine.snapshot();
        let most = usize::try_from(budget(MAX_LISTED)).unwrap_or(0);
        Ok(list(
            snapshot
                .downloads
                .iter()
                // A seeding torrent is active, as aria2 lists it.
                .filter(|d| d.status.is_running() || d.seeding.is_some())
                .take(most),
            &keys,
        ))
    }

    /// Waiting and paused downloads in queue order; a negative offset counts from the end
    /// and lists backwards, as aria2 does.
    pub(super) fn tell_waiting(&self, params: &[Value]) -> Result<Value, RpcError> {
        let (offset, num) = (int_param(params, 0)?, int_param(params, 1)?);
        let keys = keys_param(params, 2)?;
        let waiting = self.waiting_in_order();
        Ok(list(window(&waiting, offset, budget(num)), &keys))
    }

    /// Waiting and paused downloads, first to start first.
    pub(super) fn waiting_in_order(&self) -> Vec<Arc<Download>> {
        let mut waiting: Vec<Arc<Download>> = self
            .engine
            .snapshot()
            .downloads
            .iter()
            .filter(|d| matches!(d.status, Status::Queued | Status::Paused { .. }))
            .cloned()
            .collect();
        waiting.sort_by_key(|d| d.order);
        waiting
    }

    /// Finished, failed and removed downloads.
    pub(super) fn tell_stopped(&self, params: &[Value]) -> Result<Value, RpcError> {
        let (offset, num) = (int_param(params, 0)?, int_param(params, 1)?);
        let keys = keys_param(params, 2)?;
        let snapshot = self.engine.snapshot();
        let removed = self.removed.lock().unwrap_or_else(PoisonError::into_inner);
        // The window is chosen first, and only its rows are written out.
        // Complete metadata steps first (they ended before their torrents), then the rows.
        let stopped: Vec<Stopped> = snapshot
            .downloads
            .iter()
            .filter(|d| self.step_listed(d))
            .map(Stopped::Step)
            .chain(
                snapshot
                    .downloads
                    .iter()
                    .filter(|d| d.status.is_terminal() && d.seeding.is_none())
                    .map(Stopped::Row),
            )
            .chain(removed.iter().map(|kept| Stopped::Removed(&kept.status)))
            .collect();
        let listed: Vec<Value> = window(&stopped, offset, budget(num))
            .map(|stopped| match stopped {
                Stopped::Step(download) => step_object(download, &keys),
                Stopped::Row(download) => object_of(download, &keys),
                Stopped::Removed(kept) => removed_object(kept, &keys),
            })
            .collect();
        spent(listed.len());
        Ok(Value::Array(listed))
    }
}

/// One entry of `tellStopped`.
enum Stopped<'a> {
    /// A torrent's complete metadata step.
    Step(&'a Arc<Download>),
    /// A row that ended.
    Row(&'a Arc<Download>),
    /// A row removed through the API, as it was.
    Removed(&'a Value),
}

/// Status objects of `downloads` (a torrent whose metadata is awaited: its metadata step).
fn list<'a>(downloads: impl Iterator<Item = &'a Arc<Download>>, keys: &[String]) -> Value {
    let listed: Vec<Value> = downloads.map(|d| object_of(d, keys)).collect();
    spent(listed.len());
    Value::Array(listed)
}

/// The status object of `download`, or of its metadata step while that is under way.
fn object_of(download: &Download, keys: &[String]) -> Value {
    if has_step(download) && !metadata_known(download) {
        step_object(download, keys)
    } else {
        status_object(download, keys)
    }
}

/// `num` items from `offset` (from the end, backwards, when negative).
fn window<'a, T>(items: &'a [T], offset: i64, num: i64) -> Box<dyn Iterator<Item = &'a T> + 'a> {
    let num = usize::try_from(num).unwrap_or(0);
    if offset >= 0 {
        let start = usize::try_from(offset).unwrap_or(usize::MAX);
        Box::new(items.iter().skip(start).take(num))
    } else {
        let from_end = usize::try_from(offset.unsigned_abs()).unwrap_or(usize::MAX);
        let end = items.len().saturating_sub(from_end - 1);
        Box::new(items[..end].iter().rev().take(num))
    }
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn windows_count_from_either_end() {
        let items = [1, 2, 3, 4, 5];
        let got = |offset, num| window(&items, offset, num).copied().collect::<Vec<_>>();
        assert_eq!(got(0, 2), vec![1, 2]);
        assert_eq!(got(3, 10), vec![4, 5]);
        assert_eq!(got(9, 10), Vec::<i32>::new());
        assert_eq!(got(-1, 2), vec![5, 4]);
        assert_eq!(got(-2, 10), vec![4, 3, 2, 1]);
        assert_eq!(got(-9, 10), Vec::<i32>::new());
        assert_eq!(got(0, -1), Vec::<i32>::new());
    }
}
