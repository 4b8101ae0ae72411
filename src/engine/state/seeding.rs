//! What a torrent row shows while it seeds: its files are complete and the row is
//! [`Finished`](super::Status::Finished) (when-done and `haul get` stop waiting for it), and
//! what it gave back is counted until its goal.

use crate::engine::net::peers::SeedGoal;

/// A finished torrent still giving its pieces to peers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Seeding {
    /// Bytes sent to peers, all told.
    pub sent: u64,
    /// The torrent's size (what was chosen of it).
    pub size: u64,
    /// Bytes per second sent now.
    pub bytes_per_sec: u64,
    /// Seconds it has seeded.
    pub secs: u64,
    /// When it stops.
    pub goal: SeedGoal,
}

impl Seeding {
    /// Bytes sent per byte of the torrent.
    pub fn ratio(&self) -> f64 {
        if self.size == 0 {
            0.0
        } else {
            self.sent as f64 / self.size as f64
        }
    }

    /// True once it may stop.
    pub fn done(&self) -> bool {
        self.goal.reached(self.sent, self.size, self.secs)
    }
}
