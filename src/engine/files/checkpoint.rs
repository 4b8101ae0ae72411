//! Records progress in the background: often and cheaply as written ranges (a kill -9 loses
//! little), and now and then durably: flush the partial file, then record it (a power loss
//! loses little more).
//!
//! `fsync` can take a long time on a busy disk, so it runs on its own thread and the transfer
//! keeps writing meanwhile. Requests are handled in order, which keeps the control file
//! monotonic with respect to what the worker asked for, and each one records only bytes
//! written before it was made: the control file's flushed ranges never claim more than is on
//! disk, and its page-cache ranges never more than was written in this boot (see
//! [`control`](crate::engine::files::control)). The thread starts with the first save, so a small file that
//! finishes quickly never needs one.

use std::fs::File;
use std::io;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender, SyncSender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::{self, JoinHandle};

use crate::engine::files::control::{self, ControlRecord, PageCache};
use crate::engine::files::ranges::RangeSet;

/// Stack of the checkpoint thread: it only writes a small file.
const CHECKPOINT_STACK_BYTES: usize = 256 * 1024;

enum Request {
    /// Flush the data, then record it durably.
    Save(ControlRecord),
    /// Record its ranges as written in this boot, beside the last flushed ones (no flush).
    Quick(ControlRecord),
    /// Record without flushing anything: only for records that claim nothing done.
    Note(ControlRecord),
    /// The bytes were cut or started over: nothing flushed before counts any more.
    Forget,
    Flush(SyncSender<io::Result<()>>),
}

struct Running {
    requests: Sender<Request>,
    thread: JoinHandle<()>,
}

/// The writer of one partial download's control file.
pub(crate) struct Checkpointer {
    file: Arc<File>,
    control_path: PathBuf,
    running: Option<Running>,
    busy: Arc<AtomicBool>,
    /// A quick record waits to be written (the next one is skipped until it is).
    quick_pending: Arc<AtomicBool>,
    error: Arc<Mutex<Option<io::Error>>>,
    /// A control file was (or is being) written for this partial.
    written: bool,
    /// The ranges on disk for sure when the thread starts (a resumed partial's flushed ones).
    flushed: RangeSet,
}

impl Checkpointer {
    /// A checkpointer for the partial file `file` and its control file `control_path`, of
    /// which the ranges `flushed` are on disk for sure.
    pub fn new(file: Arc<File>, control_path: PathBuf, flushed: RangeSet) -> Self {
        Self {
            file,
            control_path,
            running: None,
            busy: Arc::new(AtomicBool::new(false)),
            quick_pending: Arc::new(AtomicBool::new(false)),
            error: Arc::new(Mutex::new(None)),
            written: false,
            flushed,
        }
    }

    /// Notes that the control file exists already (a resumed partial).
    pub fn control_exists(&mut self) {
        self.written = true;
    }

    /// True once a control file was asked for (so one may exist to remove).
    pub fn ever_written(&self) -> bool {
        self.written
    }

    fn requests(&mut self) -> io::Result<&Sender<Request>> {
        if self.running.is_none() {
            let (requests, receiver) = mpsc::channel::<Request>();
            let file = Arc::clone(&self.file);
            let control_path = self.control_path.clone();
            let flags = Flags {
                busy: Arc::clone(&self.busy),
                quick_pending: Arc::clone(&self.quick_pending),
                error: Arc::clone(&self.error),
            };
            let flushed = std::mem::take(&mut self.flushed);
            let thread = thread::Builder::new()
                .name("haul-checkpoint".into())
                .stack_size(CHECKPOINT_STACK_BYTES)
                .spawn(move || serve(&file, &control_path, &receiver, &flags, flushed))?;
            self.running = Some(Running { requests, thread });
        }
        match &self.running {
            Some(running) => Ok(&running.requests),
            None => Err(io::Error::other("checkpoint thread missing")),
        }
    }

    /// Records `record` soon. Unless `always`, skipped while an earlier save is still running
    /// (the next periodic save will carry newer progress anyway).
    pub fn save(&mut self, record: &ControlRecord, always: bool) {
        if !always && self.busy.swap(true, Ordering::SeqCst) {
            return;
        }
        self.written = true;
        self.busy.store(true, Ordering::SeqCst);
        match self.requests() {
            Ok(requests) => {
                let _ = requests.send(Request::Save(record.clone()));
            }
            Err(err) => self.remember(err),
        }
    }

    /// Records the ranges of `record` as written in this boot, without a flush: cheap enough
    /// to do several times a second. Skipped while the last one still waits, and where the
    /// system has no boot id to tag it with.
    pub fn save_quick(&mut self, record: &ControlRecord) {
        if control::boot_id().is_none() || self.quick_pending.swap(true, Ordering::SeqCst) {
            return;
        }
        self.written = true;
        match self.requests() {
            Ok(requests) => {
                let _ = requests.send(Request::Quick(record.clone()));
            }
            Err(err) => self.remember(err),
        }
    }

    /// The partial's bytes were cut or start over: ranges flushed before describe nothing.
    pub fn forget_flushed(&mut self) {
        match &self.running {
            Some(running) => {
                let _ = running.requests.send(Request::Forget);
            }
            None => self.flushed.clear(),
        }
    }

    /// Records a claim of nothing done yet (a new file or a restart) without waiting for the
    /// disk: it can never overstate what is written, and later saves make it durable.
    pub fn note_fresh(&mut self, record: &ControlRecord) {
        debug_assert!(record.done.is_empty());
        self.written = true;
        self.forget_flushed();
        match &self.running {
            Some(running) => {
                let _ = running.requests.send(Request::Note(record.clone()));
            }
            None => {
                if let Err(err) = control::write_quick(&self.control_path, record) {
                    self.remember(err);
                }
            }
        }
    }

    /// Records `record` and waits until it (and everything before it) is on disk.
    pub fn save_and_wait(&mut self, record: &ControlRecord) -> io::Result<()> {
        self.save(record, true);
        let (reply, result) = mpsc::sync_channel(1);
        self.requests()?
            .send(Request::Flush(reply))
            .map_err(|_| io::Error::other("checkpoint thread stopped"))?;
        result
            .recv()
            .map_err(|_| io::Error::other("checkpoint thread stopped"))?
    }

    /// The error of a background save, if one failed since the last call.
    pub fn take_error(&self) -> Option<io::Error> {
        self.error
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }

    fn remember(&self, err: io::Error) {
        *self.error.lock().unwrap_or_else(PoisonError::into_inner) = Some(err);
    }
}

/// What the thread shares with the checkpointer.
struct Flags {
    busy: Arc<AtomicBool>,
    quick_pending: Arc<AtomicBool>,
    error: Arc<Mutex<Option<io::Error>>>,
}

impl Flags {
    fn remember(&self, err: &io::Error) {
        let copy = io::Error::new(err.kind(), err.to_string());
        *self.error.lock().unwrap_or_else(PoisonError::into_inner) = Some(copy);
    }
}

fn serve(
    file: &File,
    control_path: &std::path::Path,
    receiver: &mpsc::Receiver<Request>,
    flags: &Flags,
    mut flushed: RangeSet,
) {
    let mut last: io::Result<()> = Ok(());
    for request in receiver {
        match request {
            Request::Save(mut record) => {
                record.page_cache = None;
                last = file
                    .sync_data()
                    .and_then(|()| control::write(control_path, &record));
                match &last {
                    Ok(()) => flushed = RangeSet::from_ranges(&record.done),
                    Err(err) => flags.remember(err),
                }
                flags.busy.store(false, Ordering::SeqCst);
            }
            Request::Quick(mut record) => {
                if let Some(boot) = control::boot_id() {
                    let written = RangeSet::from_ranges(&record.done);
                    // Only what is still written counts as flushed (the file may have been
                    // cut since).
                    record.done = flushed.intersection(&written).ranges().to_vec();
                    record.page_cache = Some(PageCache {
                        boot: boot.to_owned(),
                        done: written.ranges().to_vec(),
                    });
                    if let Err(err) = control::write_quick(control_path, &record) {
                        flags.remember(&err);
                    }
                }
                flags.quick_pending.store(false, Ordering::SeqCst);
            }
            Request::Note(record) => {
                if let Err(err) = control::write_quick(control_path, &record) {
                    last = Err(err);
                }
            }
            Request::Forget => flushed.clear(),
            Request::Flush(reply) => {
                let result = std::mem::replace(&mut last, Ok(()));
                let _ = reply.send(result);
            }
        }
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        // Closing the channel ends the thread after it handled what was queued.
        if let Some(Running { requests, thread }) = self.running.take() {
            drop(requests);
            let _ = thread.join();
        }
    }
}
