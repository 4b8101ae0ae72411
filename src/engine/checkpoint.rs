//! Makes progress durable in the background: flush the partial file, then record it.
//!
//! `fsync` can take a long time on a busy disk, so it runs on its own thread and the transfer
//! keeps writing meanwhile. Requests are handled in order, which keeps the control file
//! monotonic with respect to what the worker asked for, and each one records only bytes
//! written before it was made: the control file never claims more than is on disk.

use std::fs::File;
use std::io;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender, SyncSender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::{self, JoinHandle};

use super::control::{self, ControlRecord};

enum Request {
    Save(ControlRecord),
    Flush(SyncSender<io::Result<()>>),
}

/// The background writer of one partial download's control file.
pub(crate) struct Checkpointer {
    requests: Option<Sender<Request>>,
    thread: Option<JoinHandle<()>>,
    busy: Arc<AtomicBool>,
    error: Arc<Mutex<Option<io::Error>>>,
}

impl Checkpointer {
    /// Starts the thread for the partial file `file` and its control file `control_path`.
    pub fn spawn(file: File, control_path: PathBuf) -> io::Result<Self> {
        let (requests, receiver) = mpsc::channel::<Request>();
        let busy = Arc::new(AtomicBool::new(false));
        let error = Arc::new(Mutex::new(None));
        let (thread_busy, thread_error) = (Arc::clone(&busy), Arc::clone(&error));
        let thread = thread::Builder::new()
            .name("haul-checkpoint".into())
            .stack_size(256 * 1024)
            .spawn(move || {
                let mut last: io::Result<()> = Ok(());
                for request in receiver {
                    match request {
                        Request::Save(record) => {
                            last = file
                                .sync_data()
                                .and_then(|()| control::write(&control_path, &record));
                            if let Err(err) = &last {
                                let copy = io::Error::new(err.kind(), err.to_string());
                                *thread_error.lock().unwrap_or_else(PoisonError::into_inner) =
                                    Some(copy);
                            }
                            thread_busy.store(false, Ordering::SeqCst);
                        }
                        Request::Flush(reply) => {
                            let result = std::mem::replace(&mut last, Ok(()));
                            let _ = reply.send(result);
                        }
                    }
                }
            })?;
        Ok(Self {
            requests: Some(requests),
            thread: Some(thread),
            busy,
            error,
        })
    }

    /// Records `record` soon. Unless `always`, skipped while an earlier save is still running
    /// (the next periodic save will carry newer progress anyway).
    pub fn save(&self, record: &ControlRecord, always: bool) {
        if !always && self.busy.swap(true, Ordering::SeqCst) {
            return;
        }
        self.busy.store(true, Ordering::SeqCst);
        if let Some(requests) = &self.requests {
            let _ = requests.send(Request::Save(record.clone()));
        }
    }

    /// Records `record` and waits until it (and everything before it) is on disk.
    pub fn save_and_wait(&self, record: &ControlRecord) -> io::Result<()> {
        self.save(record, true);
        let (reply, result) = mpsc::sync_channel(1);
        let Some(requests) = &self.requests else {
            return Err(io::Error::other("checkpoint thread stopped"));
        };
        requests
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
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        // Closing the channel ends the thread after it handled what was queued.
        self.requests.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
