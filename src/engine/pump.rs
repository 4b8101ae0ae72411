//! Runs one HTTP exchange on its own reader thread and hands the body over in buffers.
//!
//! A blocking read cannot be interrupted, and a server that stops sending would otherwise hold
//! a worker until the stall timeout. Here the worker waits on a channel with a short timeout
//! and checks its stop flag in between, so pause and cancel take effect at once; an abandoned
//! reader thread ends by itself at its next read or timeout. Buffers travel back and forth, so
//! a transfer allocates its memory once, and network reads overlap with disk writes.

use std::io::Read;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender};
use std::thread;
use std::time::Duration;

use reqwest::blocking::RequestBuilder;

use super::error::TransferError;
use super::http::{self, ResponseHead};

/// How often a waiting worker looks at its stop flag.
const POLL: Duration = Duration::from_millis(100);

/// Size of one read buffer.
pub const BUFFER_BYTES: usize = 256 * 1024;

/// Buffers in flight between the reader and the writer.
const BUFFERS: usize = 8;

enum Event {
    Head(Result<ResponseHead, reqwest::Error>),
    Data(Vec<u8>, usize),
    End,
    Failed(std::io::Error),
}

/// What [`Exchange::chunk`] found.
pub enum Chunk {
    /// A buffer with this many bytes of the body; hand it back with [`Exchange::recycle`].
    Data(Vec<u8>, usize),
    /// The body is complete.
    End,
    /// Nothing arrived for a moment.
    Idle,
}

/// One request and its response body, read on a separate thread.
pub struct Exchange {
    events: Receiver<Event>,
    buffers: SyncSender<Vec<u8>>,
    stall_timeout: Duration,
}

impl Exchange {
    /// Sends `request` from a new reader thread.
    pub fn start(request: RequestBuilder, stall_timeout: Duration) -> Result<Self, TransferError> {
        let (event_tx, events) = mpsc::sync_channel(BUFFERS + 2);
        let (buffers, buffer_rx) = mpsc::sync_channel::<Vec<u8>>(BUFFERS);
        thread::Builder::new()
            .name("haul-reader".into())
            .stack_size(256 * 1024)
            .spawn(move || read_exchange(request, event_tx, buffer_rx))
            .map_err(|err| TransferError::Network(format!("could not start a thread: {err}")))?;
        Ok(Self {
            events,
            buffers,
            stall_timeout,
        })
    }

    /// Waits for the response headers, giving up early when `stopped` says so.
    pub fn head(&self, stopped: &dyn Fn() -> bool) -> Result<ResponseHead, TransferError> {
        match self.next_event(stopped)? {
            Event::Head(Ok(head)) => Ok(head),
            Event::Head(Err(err)) => Err(http::classify(&err, self.stall_timeout)),
            _ => Err(TransferError::Protocol("no response headers".into())),
        }
    }

    /// Lets the reader start on the body.
    pub fn start_body(&self) {
        for _ in 0..BUFFERS {
            // The channel has room for exactly BUFFERS; a dead reader shows up in `chunk`.
            let _ = self.buffers.try_send(vec![0; BUFFER_BYTES]);
        }
    }

    /// The next piece of the body, giving up early when `stopped` says so. Returns
    /// [`Chunk::Idle`] when nothing arrived for a moment, so the caller can update its display.
    pub fn chunk(&self, stopped: &dyn Fn() -> bool) -> Result<Chunk, TransferError> {
        if stopped() {
            return Err(TransferError::Stopped);
        }
        match self.events.recv_timeout(POLL) {
            Ok(Event::Data(buffer, len)) => Ok(Chunk::Data(buffer, len)),
            Ok(Event::End) => Ok(Chunk::End),
            Ok(Event::Failed(err)) => Err(http::classify_io(&err, self.stall_timeout)),
            Ok(Event::Head(_)) => Err(TransferError::Protocol("headers twice".into())),
            Err(RecvTimeoutError::Timeout) => Ok(Chunk::Idle),
            Err(RecvTimeoutError::Disconnected) => {
                Err(TransferError::Network("the reader stopped".into()))
            }
        }
    }

    /// Returns a buffer for the reader to fill again.
    pub fn recycle(&self, buffer: Vec<u8>) {
        let _ = self.buffers.try_send(buffer);
    }

    fn next_event(&self, stopped: &dyn Fn() -> bool) -> Result<Event, TransferError> {
        loop {
            if stopped() {
                return Err(TransferError::Stopped);
            }
            match self.events.recv_timeout(POLL) {
                Ok(event) => return Ok(event),
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(TransferError::Network("the reader stopped".into()));
                }
            }
        }
    }
}

fn read_exchange(request: RequestBuilder, events: SyncSender<Event>, buffers: Receiver<Vec<u8>>) {
    let mut response = match request.send() {
        Ok(response) => response,
        Err(err) => {
            let _ = events.send(Event::Head(Err(err)));
            return;
        }
    };
    if events
        .send(Event::Head(Ok(ResponseHead::of(&response))))
        .is_err()
    {
        return;
    }
    // Each buffer the writer hands back is filled once; when the writer hangs up (pause,
    // cancel, or a response it does not want) the response is dropped and the connection
    // closed.
    while let Ok(mut buffer) = buffers.recv() {
        let event = loop {
            match response.read(&mut buffer) {
                Ok(0) => break Event::End,
                Ok(len) => break Event::Data(buffer, len),
                Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(err) => break Event::Failed(err),
            }
        };
        let finished = !matches!(event, Event::Data(..));
        if events.send(event).is_err() || finished {
            return;
        }
    }
}
