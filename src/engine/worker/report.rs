//! Publishing progress: the row's status, name, bytes and speed in the shared state (about ten
//! times a second), and checkpoints of the control file (written ranges twenty times a second,
//! flushed ones every five seconds). The bytes themselves reach the file as they arrive (see
//! `net::pump`: a buffer waits at most 20 ms), so a kill -9 loses only what was not recorded.

use std::time::{Duration, Instant};

use super::connections::Session;
use super::transfer::Transfer;
use crate::engine::details::{ConnectionInfo, DONE_RANGES, HeldBy, UserLimit};
use crate::engine::error::TransferError;
use crate::engine::net::meter::eta_secs;
use crate::engine::state::transitions::Progress;

/// How often progress reaches the shared state.
const PUBLISH_INTERVAL: Duration = Duration::from_millis(100);
/// How often the details panel's facts are published (and a speed sample taken).
const DETAILS_INTERVAL: Duration = Duration::from_secs(1);
/// How often the written ranges are recorded without a flush: what a kill -9 may cost (a
/// record is a small file written and renamed, about twenty a second are nothing next to the
/// data, and a killed run then fetches again only about 25 ms of transfer on average).
const QUICK_CHECKPOINT_INTERVAL: Duration = Duration::from_millis(50);
/// A transfer younger than this that wrote less than [`FIRST_QUICK_BYTES`] records nothing
/// yet: a small file is done before it would need a control file at all.
const FIRST_QUICK_CHECKPOINT: Duration = Duration::from_millis(250);
const FIRST_QUICK_BYTES: u64 = 256 * 1024;
/// How often progress is flushed and recorded durably: what a power loss may cost. Linux file
/// systems commit their journal about this often (ext4's default), so a shorter interval buys
/// little safety for a lot of flushing.
const CHECKPOINT_INTERVAL: Duration = Duration::from_secs(5);

impl Transfer<'_> {
    /// Publishes progress and saves a checkpoint when their time has come.
    pub(super) fn tick(&mut self) -> Result<(), TransferError> {
        let now = Instant::now();
        if now.duration_since(self.progress.last_publish) >= PUBLISH_INTERVAL {
            self.publish_progress();
        }
        let durable = now.duration_since(self.progress.last_checkpoint) >= CHECKPOINT_INTERVAL;
        let young = now.duration_since(self.progress.started) < FIRST_QUICK_CHECKPOINT
            && self.done() < FIRST_QUICK_BYTES;
        let quick = !young
            && now.duration_since(self.progress.last_quick_checkpoint) >= QUICK_CHECKPOINT_INTERVAL;
        if !durable && !quick {
            return Ok(());
        }
        self.progress.last_quick_checkpoint = now;
        if durable {
            self.progress.last_checkpoint = now;
        }
        if let Some(part) = &mut self.progress.part {
            if let Some(err) = part.checkpointer.take_error() {
                return Err(part.disk_error(err));
            }
            let record = part.current_record();
            if durable {
                part.checkpointer.save(&record, false);
            } else if !record.done.is_empty() {
                part.checkpointer.save_quick(&record);
            }
        }
        Ok(())
    }

    pub(super) fn publish_name(&self, name: &str) {
        self.ctx.reporter.named(name);
    }

    pub(super) fn publish_progress(&mut self) {
        let now = Instant::now();
        self.progress.last_publish = now;
        let done = self.done();
        self.progress.meter.record(now, done);
        let speed = self.progress.meter.bytes_per_sec();
        let total = self.progress.total;
        self.ctx.reporter.progress(Progress {
            bytes_done: done,
            total_bytes: total,
            bytes_per_sec: speed,
            eta_secs: eta_secs(total.map(|t| t.saturating_sub(done)), speed),
            note: self.progress.note,
        });
    }

    /// Once a second: each connection's piece and speed, a speed sample, and what limits the
    /// download (the disk, the limit per host).
    pub(super) fn publish_details(&mut self, session: &Session) {
        let now = Instant::now();
        let elapsed = now.duration_since(self.progress.last_details);
        if elapsed < DETAILS_INTERVAL {
            return;
        }
        self.progress.last_details = now;
        let mut connections: Vec<ConnectionInfo> = session
            .conns
            .values()
            .map(|conn| {
                let secs = now.duration_since(conn.started).as_secs_f64();
                // Another connection may have taken over the back of this one's piece: it
                // stops where its segment now ends.
                let segment_end = conn.segment.map(|id| session.plan.segment(id).end);
                let until = match (conn.until, segment_end) {
                    (Some(until), Some(end)) => Some(until.min(end)),
                    (until, end) => until.or(end),
                };
                ConnectionInfo {
                    from: conn.piece_from,
                    cursor: conn.cursor,
                    until,
                    bytes_per_sec: if secs > 0.0 {
                        (conn.bytes as f64 / secs) as u64
                    } else {
                        0
                    },
                }
            })
            .collect();
        connections.sort_by_key(|conn| conn.from);
        let writing = self
            .progress
            .write_time
            .saturating_sub(self.progress.write_time_published);
        self.progress.write_time_published = self.progress.write_time;
        let disk_busy = (writing.as_secs_f64() / elapsed.as_secs_f64()).clamp(0.0, 1.0) as f32;
        let host_limited = self.host_limited;
        let speed = self.progress.meter.bytes_per_sec();
        let held_by = [UserLimit::Download, UserLimit::Queue, UserLimit::Overall]
            .into_iter()
            .zip(&self.ctx.limiters)
            .find(|(_, limit)| limit.binding())
            .map(|(limit, by)| HeldBy {
                limit,
                bytes_per_sec: by.rate(),
            });
        let done: Vec<[u64; 2]> = self.progress.part.as_ref().map_or_else(Vec::new, |part| {
            part.done
                .ranges()
                .iter()
                .take(DONE_RANGES)
                .copied()
                .collect()
        });
        self.ctx.reporter.live_details(|details| {
            details.held_by = held_by;
            details.done = done;
            details.connections = connections;
            details.disk_busy = disk_busy;
            details.host_limited = host_limited;
            details.add_speed_sample(speed);
        });
    }
}
