//! Runs HTTP exchanges on reader threads and hands their bodies to the writer in buffers.
//!
//! A blocking read cannot be interrupted, and a server that stops sending would otherwise hold
//! a worker until the stall timeout. Here every connection of a transfer has its own reader
//! thread, and all of them report into one channel that the worker waits on with a short
//! timeout, checking its stop flag in between: pause and cancel take effect at once, and an
//! abandoned reader ends by itself at its next read or timeout. Buffers travel back and forth,
//! so a transfer allocates its memory once, network reads overlap with disk writes, and a
//! connection cannot run ahead of the writer. Speed limits are applied here, after each read,
//! so a limit slows the connection itself.

use std::io::Read;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::thread;
use std::time::Duration;

use reqwest::blocking::RequestBuilder;

use super::error::TransferError;
use super::http::{self, ResponseHead};
use super::limiter::RateLimiter;
use super::pool::Pool;

/// Stack of a reader thread: it only moves buffers.
pub const READER_STACK_BYTES: usize = 256 * 1024;
/// Size of one read buffer.
pub const BUFFER_BYTES: usize = 256 * 1024;

/// Identifies one connection of a transfer.
pub type ConnId = usize;

/// What a reader thread reports.
pub enum Event {
    /// The response headers, or why there are none.
    Head(Result<ResponseHead, reqwest::Error>),
    /// A buffer holding this many bytes of the body; hand it back with [`Exchange::recycle`].
    Data(Vec<u8>, usize),
    /// The body is complete.
    End,
    /// Reading the body failed.
    Failed(std::io::Error),
}

impl Event {
    /// The failure this event stands for, if it is one.
    pub fn error(&self, stall_timeout: Duration) -> Option<TransferError> {
        match self {
            Event::Head(Err(err)) => Some(http::classify(err, stall_timeout)),
            Event::Failed(err) => Some(http::classify_io(err, stall_timeout)),
            _ => None,
        }
    }
}

/// The channel all connections of one transfer report into.
pub struct Events {
    sender: Sender<(ConnId, Event)>,
    receiver: Receiver<(ConnId, Event)>,
}

impl Default for Events {
    fn default() -> Self {
        let (sender, receiver) = mpsc::channel();
        Self { sender, receiver }
    }
}

impl Events {
    /// The next event, or `None` after `timeout` without one.
    pub fn next(&self, timeout: Duration) -> Option<(ConnId, Event)> {
        self.receiver.recv_timeout(timeout).ok()
    }
}

/// Read buffers kept for reuse across transfers, so a list of many small files does not
/// allocate (and fault in) fresh memory for every one.
#[derive(Debug, Default)]
pub struct BufferPool {
    free: std::sync::Mutex<Vec<Vec<u8>>>,
}

/// Buffers the pool keeps at most (4 MiB).
const POOL_MAX: usize = 16;

impl BufferPool {
    /// A buffer of [`BUFFER_BYTES`], reused when one is free.
    pub fn take(&self) -> Vec<u8> {
        self.free
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop()
            .unwrap_or_else(|| vec![0; BUFFER_BYTES])
    }

    /// Gives a buffer back for reuse.
    pub fn give(&self, buffer: Vec<u8>) {
        let mut free = self
            .free
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if free.len() < POOL_MAX && buffer.len() == BUFFER_BYTES {
            free.push(buffer);
        }
    }
}

/// One request and its response body, read on a separate thread. Dropping it abandons the
/// connection.
pub struct Exchange {
    buffers: SyncSender<Vec<u8>>,
    buffer_count: usize,
    pool: Arc<BufferPool>,
}

impl Exchange {
    /// Sends `request` from a reader thread of `threads` reporting into `events` as `id`. The
    /// body is read `buffer_count` buffers ahead at most, paced by `limiters`.
    pub fn start(
        request: RequestBuilder,
        id: ConnId,
        events: &Events,
        limiters: Vec<Arc<RateLimiter>>,
        buffer_count: usize,
        pool: Arc<BufferPool>,
        threads: &Pool,
    ) -> Result<Self, TransferError> {
        let buffer_count = buffer_count.max(1);
        let (buffers, buffer_rx) = mpsc::sync_channel::<Vec<u8>>(buffer_count);
        let sender = events.sender.clone();
        threads
            .run(move || {
                let last = read_exchange(request, id, &sender, &buffer_rx, &limiters);
                // The last word goes out once this thread is free again, so a next request
                // that it sets off reuses this thread.
                last.map(|events| -> Box<dyn FnOnce() + Send> {
                    Box::new(move || {
                        for event in events {
                            let _ = sender.send((id, event));
                        }
                    })
                })
            })
            .map_err(|err| TransferError::Network(format!("could not start a thread: {err}")))?;
        Ok(Self {
            buffers,
            buffer_count,
            pool,
        })
    }

    /// Lets the reader start on a body of `expected` bytes (if known): enough buffers to read
    /// ahead, but no more than such a body can fill.
    pub fn start_body(&self, expected: Option<u64>) {
        let useful = expected.map_or(self.buffer_count, |len| {
            (len.div_ceil(BUFFER_BYTES as u64) as usize).clamp(1, self.buffer_count)
        });
        for _ in 0..useful {
            // The channel has room for exactly `buffer_count`; a dead reader shows up as an
            // event anyway.
            if let Err(
                std::sync::mpsc::TrySendError::Full(buffer)
                | std::sync::mpsc::TrySendError::Disconnected(buffer),
            ) = self.buffers.try_send(self.pool.take())
            {
                self.pool.give(buffer);
            }
        }
    }

    /// Returns a buffer for the reader to fill again.
    pub fn recycle(&self, buffer: Vec<u8>) {
        if let Err(
            std::sync::mpsc::TrySendError::Full(buffer)
            | std::sync::mpsc::TrySendError::Disconnected(buffer),
        ) = self.buffers.try_send(buffer)
        {
            self.pool.give(buffer);
        }
    }
}

/// Sends the request and reads its response; returns the last events, to be sent once the
/// thread is free (the end or a failure, after the data that completed the body).
fn read_exchange(
    request: RequestBuilder,
    id: ConnId,
    events: &Sender<(ConnId, Event)>,
    buffers: &Receiver<Vec<u8>>,
    limiters: &[Arc<RateLimiter>],
) -> Option<Vec<Event>> {
    let mut response = match request.send() {
        Ok(response) => response,
        Err(err) => return Some(vec![Event::Head(Err(err))]),
    };
    if events
        .send((id, Event::Head(Ok(ResponseHead::of(&response)))))
        .is_err()
    {
        return None;
    }
    let length = response.content_length();
    let mut read_so_far = 0u64;
    // Each buffer the writer hands back is filled once; when the writer hangs up (pause,
    // cancel, or a response it does not want) the response is dropped and the connection
    // closed.
    while let Ok(mut buffer) = buffers.recv() {
        let size = limiters
            .iter()
            .map(|l| l.read_size(buffer.len()))
            .min()
            .unwrap_or(buffer.len());
        let event = loop {
            match response.read(&mut buffer[..size]) {
                Ok(0) => break Event::End,
                Ok(len) => break Event::Data(buffer, len),
                Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(err) => break Event::Failed(err),
            }
        };
        let pause = match &event {
            Event::Data(_, len) => limiters
                .iter()
                .map(|l| l.take(*len))
                .max()
                .unwrap_or(Duration::ZERO),
            _ => Duration::ZERO,
        };
        if let Event::Data(_, len) = &event {
            read_so_far += *len as u64;
        }
        if !matches!(event, Event::Data(..)) {
            return Some(vec![event]);
        }
        if Some(read_so_far) == length {
            // The whole announced body is here: the end needs no read of its own.
            return Some(vec![event, Event::End]);
        }
        if events.send((id, event)).is_err() {
            return None;
        }
        if !pause.is_zero() {
            thread::sleep(pause);
        }
    }
    None
}
