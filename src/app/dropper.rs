//! Letting go of old snapshots away from the frame. A snapshot holds a pointer to every row;
//! dropping one with 100,000 rows is 100,000 reference counts to lower, a quarter of a
//! millisecond the frame that took a newer one need not spend.

use std::sync::mpsc::{self, Sender};

use crate::engine::Snapshot;

/// Sends snapshots to a thread of their own to be dropped there (dropped here when that thread
/// could not start).
pub(crate) struct Dropper {
    to_drop: Option<Sender<Snapshot>>,
}

impl Dropper {
    pub fn start() -> Self {
        let (to_drop, received) = mpsc::channel::<Snapshot>();
        let started = std::thread::Builder::new()
            .name("haul-drop".into())
            .spawn(move || for _ in received {})
            .map_err(|err| log::info!("old snapshots are dropped in the frame: {err}"))
            .is_ok();
        Self {
            to_drop: started.then_some(to_drop),
        }
    }

    /// Lets go of `snapshot` on the dropping thread.
    pub fn drop_later(&self, snapshot: Snapshot) {
        if let Some(to_drop) = &self.to_drop {
            let _ = to_drop.send(snapshot);
        }
    }
}
