//! Every change of a row's status, in one place.
//!
//! Three kinds of actors move a download through its life: the user (pause, resume, retry,
//! cancel, undo), the scheduler (a free slot starts it) and its worker (connecting,
//! downloading, retrying, saving, and how it ended). Each of them describes what happened, and
//! the functions here decide what the row then says. The rules that keep them apart live here
//! and nowhere else:
//!
//! - The user's command wins. A worker only changes the status of a row it still owns (one
//!   that is running); once the user paused, cancelled or resumed it, the worker's news about
//!   what it is doing is ignored, and so is how it ended, except that it finished.
//! - A finished file is a fact: it is recorded whatever the row said meanwhile.
//! - Bytes on disk are facts too: progress is always recorded, speed and time left only while
//!   the worker owns the row.
//! - A worker stopped because Haul quits continues on the next start (queued, not paused).

use std::path::PathBuf;

use super::download::{Download, Status};
use crate::engine::reason::{Reason, SpeedNote};

/// What a worker is doing now.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Activity {
    /// Sending a request and waiting for the answer.
    Connecting,
    /// Bytes are arriving.
    Downloading,
    /// Every byte is here; flushing and putting the file in place.
    Saving,
    /// Every byte is here; still looking for a published checksum beside it.
    FindingChecksum,
    /// Every byte is here; checking it against its checksum (`percent` done).
    Verifying(u8),
    /// Cannot go on yet, for this reason (another Haul writes the file).
    WaitingFor(Reason),
    /// The last attempt failed; attempt `attempt` starts in `in_secs` seconds.
    Retrying {
        attempt: u32,
        in_secs: u64,
        reason: Reason,
    },
}

/// How far a download got, as its worker measured it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Progress {
    pub bytes_done: u64,
    pub total_bytes: Option<u64>,
    pub bytes_per_sec: u64,
    pub eta_secs: Option<u64>,
    pub note: Option<SpeedNote>,
}

/// How a worker ended.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Outcome {
    /// The file is in place.
    Finished {
        file_name: String,
        bytes: u64,
        /// The same file from the same link was already there; nothing was downloaded.
        already: bool,
        /// What the file was verified against, if anything.
        verified: Option<crate::engine::checksum::Expected>,
    },
    /// It gave up.
    Failed(Reason),
    /// Haul stopped it for a reason the user can fix (a full disk); resumable.
    PausedBecause(Reason),
    /// It stopped because it was asked to (by the user, or Haul quitting).
    Stopped,
    /// The link turned out to be another kind of download (a playlist under a file's
    /// name): it waits for a slot again, as that kind.
    Becomes(super::kind::Kind),
}

/// News from a worker (or from the scheduler about a worker that could not start).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum WorkerEvent {
    /// It is doing something else now.
    Doing(Activity),
    /// The file's name is known.
    Named(String),
    /// What kind of file it is, now that the server answered.
    Categorized(String),
    /// The folder its file goes into is decided (its category's).
    Placed(PathBuf),
    /// Bytes arrived.
    Progress(Progress),
    /// It ended; `finished_unix` is the time to record if it finished, `shutting_down` says
    /// whether Haul is quitting.
    Ended {
        outcome: Outcome,
        finished_unix: u64,
        shutting_down: bool,
    },
}

/// What the user (or the scheduler) asks of one row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Command {
    /// A free slot: a queued download starts.
    Start,
    /// Stop it, keeping its data.
    Pause,
    /// Queue a paused download again.
    Resume,
    /// Try a failed, cancelled or paused download again.
    Retry,
    /// Stop it; its files go when the undo window has passed.
    Cancel,
    /// Take back a cancel: the download is paused with its data.
    UndoCancel,
    /// Its queue closed (by its schedule): a running download goes back to wait.
    Hold,
    /// A removed row returns to the list: if it was running or waiting, it comes back paused
    /// (its worker stopped when it was removed).
    ReturnToList,
}

impl Download {
    /// Applies a worker's news; true when the row changed.
    pub(crate) fn apply_worker(&mut self, event: WorkerEvent) -> bool {
        let owned = self.status.is_running();
        match event {
            WorkerEvent::Doing(activity) => {
                let status = activity.into_status();
                if !owned || self.status == status {
                    return false;
                }
                self.status = status;
            }
            WorkerEvent::Named(name) => {
                if self.file_name.as_deref() == Some(name.as_str()) {
                    return false;
                }
                self.file_name = Some(name);
            }
            WorkerEvent::Categorized(category) => {
                if self.category == category {
                    return false;
                }
                self.category = category;
            }
            WorkerEvent::Placed(dir) => {
                if self.dir == dir && !self.by_category {
                    return false;
                }
                self.dir = dir;
                self.by_category = false;
            }
            WorkerEvent::Progress(progress) => {
                self.bytes_done = progress.bytes_done;
                self.total_bytes = progress.total_bytes;
                self.note = progress.note;
                if owned {
                    self.bytes_per_sec = progress.bytes_per_sec;
                    self.eta_secs = progress.eta_secs;
                }
            }
            WorkerEvent::Ended {
                outcome,
                finished_unix,
                shutting_down,
            } => {
                self.bytes_per_sec = 0;
                self.eta_secs = None;
                if !self.details.connections.is_empty() || matches!(outcome, Outcome::Failed(_)) {
                    let details = std::sync::Arc::make_mut(&mut self.details);
                    details.connections.clear();
                    details.host_limited = false;
                    details.disk_busy = 0.0;
                    if owned && matches!(outcome, Outcome::Failed(_)) {
                        details.failures += 1;
                    }
                }
                match outcome {
                    Outcome::Finished {
                        file_name,
                        bytes,
                        already,
                        verified,
                    } => {
                        self.status = Status::Finished;
                        self.verified = verified;
                        self.already_downloaded = already;
                        self.file_name = Some(file_name);
                        self.bytes_done = bytes;
                        self.total_bytes = Some(bytes);
                        self.finished_unix = Some(finished_unix);
                    }
                    _ if !owned => {}
                    Outcome::Failed(reason) => {
                        if matches!(reason, Reason::ChecksumMismatch { .. }) {
                            // The damaged bytes were set aside: nothing of this file is kept.
                            self.bytes_done = 0;
                        }
                        self.status = Status::Failed { reason };
                    }
                    Outcome::PausedBecause(reason) => {
                        self.status = Status::Paused {
                            reason: Some(reason),
                        }
                    }
                    Outcome::Becomes(kind) => {
                        self.kind = kind;
                        self.status = Status::Queued;
                    }
                    Outcome::Stopped if shutting_down => self.status = Status::Queued,
                    Outcome::Stopped => self.status = Status::Paused { reason: None },
                }
            }
        }
        true
    }

    /// Applies a command; true when the row accepted it (and changed).
    pub(crate) fn apply_command(&mut self, command: Command) -> bool {
        let next = match (command, &self.status) {
            (Command::Start, Status::Queued) => Status::Connecting,
            // Pausing a live recording ends it: what was recorded is saved.
            (Command::Pause, status)
                if status.can_pause() && self.note == Some(SpeedNote::RecordingLive) =>
            {
                self.note = None;
                Status::Saving
            }
            (Command::Pause, status) if status.can_pause() => Status::Paused { reason: None },
            (Command::Resume, Status::Paused { .. }) => Status::Queued,
            (Command::Retry, Status::Failed { .. } | Status::Cancelled | Status::Paused { .. }) => {
                self.note = None;
                Status::Queued
            }
            (Command::Cancel, status)
                if !matches!(status, Status::Finished | Status::Cancelled) =>
            {
                Status::Cancelled
            }
            (Command::UndoCancel, Status::Cancelled) => Status::Paused { reason: None },
            (Command::Hold, status) if status.is_running() => Status::Queued,
            (Command::ReturnToList, status) if status.is_running() || *status == Status::Queued => {
                Status::Paused { reason: None }
            }
            _ => return false,
        };
        if !next.is_running() {
            self.bytes_per_sec = 0;
            self.eta_secs = None;
            if !self.details.connections.is_empty() {
                std::sync::Arc::make_mut(&mut self.details)
                    .connections
                    .clear();
            }
        }
        self.status = next;
        true
    }
}

impl Activity {
    fn into_status(self) -> Status {
        match self {
            Activity::Connecting => Status::Connecting,
            Activity::Downloading => Status::Downloading,
            Activity::Saving => Status::Saving,
            Activity::FindingChecksum => Status::FindingChecksum,
            Activity::Verifying(percent) => Status::Verifying { percent },
            Activity::WaitingFor(reason) => Status::WaitingFor { reason },
            Activity::Retrying {
                attempt,
                in_secs,
                reason,
            } => Status::Retrying {
                attempt,
                in_secs,
                reason,
            },
        }
    }
}

#[cfg(test)]
mod tests;
