//! What the window's details panel shows about one download, kept by the engine: where the
//! link led and what the server said about the file, each connection's piece and speed, the
//! speed of the last minutes, the retries so far and facts that explain a slow download.
//!
//! It travels with the row (an `Arc`, so a snapshot copies a pointer), is filled by the
//! download's worker through its reporter, and lives as long as the row does in this run
//! (it is not saved with the queue: it describes this session's transfers).

use std::collections::VecDeque;

use url::Url;

use crate::engine::reason::Reason;

pub mod torrent_facts;
pub use torrent_facts::{PeerFacts, TorrentFacts, TorrentFileFacts, TrackerFacts, TrackerState};

/// How many per-second speed samples are kept (five minutes).
pub const SPEED_HISTORY: usize = 300;
/// How many retries are remembered.
pub const RETRY_HISTORY: usize = 20;

/// Facts about one download beyond its row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Details {
    /// The link the server answered from, after redirects (when it differs is worth showing).
    pub final_url: Option<Url>,
    /// The server's `Server` header.
    pub server: Option<String>,
    /// The file's entity tag.
    pub etag: Option<String>,
    /// The file's `Last-Modified` date.
    pub last_modified: Option<String>,
    /// The connections of the running attempt, in file order.
    pub connections: Vec<ConnectionInfo>,
    /// How many connections it would use if the server and the limits allowed.
    pub connections_wanted: usize,
    /// The limit on connections to one host (the user's politeness setting) kept it from
    /// opening more.
    pub host_limited: bool,
    /// Share of the last second the worker spent waiting for the disk (0 to 1).
    pub disk_busy: f32,
    /// Bytes per second, one sample a second, oldest first.
    pub speed_history: VecDeque<u64>,
    /// Automatic retries, oldest first (at most [`RETRY_HISTORY`]).
    pub retries: VecDeque<RetryRecord>,
    /// How many times it ended failed (a retry that fails again says so).
    pub failures: u32,
    /// When its first transfer of this session started (Unix seconds).
    pub started_unix: Option<u64>,
    /// What trying more connections showed.
    pub growth: Growth,
    /// A limit of the user's held the download back in the last second.
    pub held_by: Option<HeldBy>,
    /// The byte ranges the running attempt has (start, end), merged, as of the last second
    /// (at most [`DONE_RANGES`]: remote clients draw them as pieces).
    pub done: Vec<[u64; 2]>,
    /// What only a stream or a torrent has to show.
    pub kind_facts: KindFacts,
}

/// What the details show that only one kind of download has.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum KindFacts {
    /// Nothing beyond a file's.
    #[default]
    None,
    /// A stream's.
    Stream(StreamFacts),
    /// A torrent's.
    Torrent(TorrentFacts),
}

impl Details {
    /// A stream's facts, when it is one.
    pub fn stream(&self) -> Option<&StreamFacts> {
        match &self.kind_facts {
            KindFacts::Stream(facts) => Some(facts),
            _ => None,
        }
    }

    /// The same, to change.
    pub fn stream_mut(&mut self) -> Option<&mut StreamFacts> {
        match &mut self.kind_facts {
            KindFacts::Stream(facts) => Some(facts),
            _ => None,
        }
    }

    /// A torrent's facts, when it is one.
    pub fn torrent(&self) -> Option<&TorrentFacts> {
        match &self.kind_facts {
            KindFacts::Torrent(facts) => Some(facts),
            _ => None,
        }
    }
}

/// The most ranges [`Details::done`] lists (beyond them, the first ones are kept).
pub const DONE_RANGES: usize = 256;

/// What trying more connections showed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Growth {
    /// Connections were added because the total speed rose with them.
    pub added: Option<ConnectionsAdded>,
    /// More connections were tried and were no faster.
    pub not_faster: Option<NotFaster>,
}

/// What the details show of a stream.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StreamFacts {
    /// The chosen variant's width and height, when the playlist says.
    pub resolution: Option<(u32, u32)>,
    /// The stream's length in seconds.
    pub duration_secs: u64,
    /// Segments (and init sections) on disk.
    pub segments_done: usize,
    /// Segments (and init sections) in all.
    pub segments_total: usize,
}

/// A speed limit of the user's that holds a download back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeldBy {
    /// Whose limit it is.
    pub limit: UserLimit,
    /// The limit, in bytes per second.
    pub bytes_per_sec: u64,
}

/// The user's speed limits, in the order they are named when several bind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UserLimit {
    /// The download's own.
    Download,
    /// Its queue's (shared by the queue's downloads).
    Queue,
    /// The overall one (shared by every download).
    Overall,
}

/// Haul uses more connections than the user's number: the total speed rose with them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConnectionsAdded {
    /// The user's number of connections.
    pub from: usize,
    /// Connections it uses now.
    pub to: usize,
    /// What the server sent each one (bytes per second), when the speed rose in proportion
    /// to the connections: the server holds each one to a rate.
    pub each: Option<u64>,
    /// The number is what paid off with this server before (not measured again yet).
    pub remembered: bool,
}

/// More connections were tried and the total speed did not rise with them: the server or
/// the line limits the download as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotFaster {
    /// Connections tried.
    pub tried: usize,
    /// The fewer connections that were as fast.
    pub than: usize,
    /// The speed they all brought together, in bytes per second.
    pub total: u64,
}

/// One connection's piece of the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConnectionInfo {
    /// First byte of its current piece.
    pub from: u64,
    /// Where its next byte goes.
    pub cursor: u64,
    /// One past the last byte asked for (`None`: to the end of the file).
    pub until: Option<u64>,
    /// Its average speed since it started.
    pub bytes_per_sec: u64,
}

/// One automatic retry.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryRecord {
    /// When the attempt failed (Unix seconds).
    pub at_unix: u64,
    /// The attempt that comes next (2 for the first retry).
    pub attempt: u32,
    /// Why the attempt failed.
    pub reason: Reason,
}

impl Details {
    /// Adds a per-second speed sample, forgetting the oldest beyond [`SPEED_HISTORY`].
    pub fn add_speed_sample(&mut self, bytes_per_sec: u64) {
        if self.speed_history.len() == SPEED_HISTORY {
            self.speed_history.pop_front();
        }
        self.speed_history.push_back(bytes_per_sec);
    }

    /// Records a retry, forgetting the oldest beyond [`RETRY_HISTORY`].
    pub fn add_retry(&mut self, record: RetryRecord) {
        if self.retries.len() == RETRY_HISTORY {
            self.retries.pop_front();
        }
        self.retries.push_back(record);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histories_keep_only_the_newest() {
        let mut details = Details::default();
        for sample in 0..(SPEED_HISTORY as u64 + 10) {
            details.add_speed_sample(sample);
        }
        assert_eq!(details.speed_history.len(), SPEED_HISTORY);
        assert_eq!(details.speed_history.front(), Some(&10));
        for attempt in 0..(RETRY_HISTORY as u32 + 3) {
            details.add_retry(RetryRecord {
                at_unix: 0,
                attempt,
                reason: Reason::NoFile,
            });
        }
        assert_eq!(details.retries.len(), RETRY_HISTORY);
        assert_eq!(details.retries.front().map(|r| r.attempt), Some(3));
    }
}
