//! Makes progress durable in the background: flush the partial file, then record it.
//!
//! `fsync` can take a long time on a busy disk, so it runs on its own thread and the transfer
//! keeps writing meanwhile. Requests are handled in order, which keeps the control file
//! monotonic with respect to what the worker asked for, and each one records only bytes
//! written before it was made: the control file never claims more than is on disk. The thread
//! starts with the first durable save, so a small file that finishes within a second never
//! needs one.

use std::fs::File;
use std::io;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender, SyncSender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::{self, JoinHandle};

use super::control::{self, ControlRecord};

/// Stack of the checkpoint thread: it only writes a small file.
const CHECKPOINT_STACK_BYTES: usize = 256 * 1024;

enum Request {
    /// Flush the data, then record it durably.
    Save(ControlRecord),
    /// Record without flushing anything: only for records that claim nothing done.
    Note(ControlRecord),
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
    error: Arc<Mutex<Option<io::Error>>>,
    /// A control file was (or is being) written for this partial.
    written: bool,
}

impl Checkpointer {
    /// A checkpointer for the partial file `file` and its control file `control_path`.
    pub fn new(file: Arc<File>, control_path: PathBuf) -> Self {
        Self {
            file,
            control_path,
            running: None,
            busy: Arc::new(AtomicBool::new(false)),
            error: Arc::new(Mutex::new(None)),
            written: false,
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
            let (busy, error) = (Arc::clone(&self.busy), Arc::clone(&self.error));
            let thread = thread::Builder::new()
                .name("haul-checkpoint".into())
                .stack_size(CHECKPOINT_STACK_BYTES)
                .spawn(move || serve(&file, &control_path, &receiver, &busy, &error))?;
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

    /// Records a claim of nothing done yet (a new file or a restart) without waiting for the
    /// disk: it can never overstate what is written, and later saves make it durable.
    pub fn note_fresh(&mut self, record: &ControlRecord) {
        debug_assert!(record.done.is_empty());
        self.written = true;
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

fn serve(
    file: &File,
    control_path: &std::path::Path,
    receiver: &mpsc::Receiver<Request>,
    busy: &AtomicBool,
    error: &Mutex<Option<io::Error>>,
) {
    let mut last: io::Result<()> = Ok(());
    for request in receiver {
        match request {
            Request::Save(record) => {
                last = file
                    .sync_data()
                    .and_then(|()| control::write(control_path, &record));
                if let Err(err) = &last {
                    let copy = io::Error::new(err.kind(), err.to_string());
                    *error.lock().unwrap_or_else(PoisonError::into_inner) = Some(copy);
                }
                busy.store(false, Ordering::SeqCst);
            }
            Request::Note(record) => {
                if let Err(err) = control::write_quick(control_path, &record) {
                    last = Err(err);
                }
            }
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
