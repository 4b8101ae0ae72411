//! Runs HTTP exchanges on the network thread and hands their bodies to the writer in buffers.
//!
//! Every request of every transfer is a task on one small async runtime (the network thread,
//! like curl's single event loop): it sends the request, reports the head, and fills buffers
//! from the body, reporting into one channel per transfer that the worker waits on with a
//! short timeout, checking its stop flag in between. Pause and cancel take effect at once:
//! dropping an [`Exchange`] ends its task and closes the connection. Buffers travel back and
//! forth, so a transfer allocates its memory once, network reads overlap with disk writes, and
//! a connection cannot run ahead of the writer. Speed limits are applied here, after each
//! read, so a limit slows the connection itself.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use bytes::Bytes;
use reqwest::RequestBuilder;
use tokio::runtime::Handle;
use tokio::sync::mpsc as async_mpsc;
use tokio::task::AbortHandle;
use tokio::time::Instant;

use crate::engine::error::TransferError;
use crate::engine::net::http::{self, ResponseHead};
use crate::engine::net::limiter::Limit;

/// Size of one read buffer.
pub const BUFFER_BYTES: usize = 256 * 1024;

/// Identifies one connection of a transfer.
pub type ConnId = usize;

/// What an exchange reports.
pub enum Event {
    /// The response headers, or why there are none.
    Head(Result<ResponseHead, reqwest::Error>),
    /// A buffer holding this many bytes of the body; hand it back with [`Exchange::recycle`].
    Data(Vec<u8>, usize),
    /// The body is complete.
    End,
    /// Reading the body failed.
    Failed(reqwest::Error),
}

impl Event {
    /// The failure this event stands for, if it is one.
    pub fn error(&self, stall_timeout: Duration) -> Option<TransferError> {
        match self {
            Event::Head(Err(err)) => Some(http::classify(err, stall_timeout)),
            Event::Failed(err) => Some(http::classify(err, stall_timeout)),
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

/// One request and its response body, read by a task on the network thread. Dropping it
/// abandons the connection.
pub struct Exchange {
    buffers: async_mpsc::Sender<Vec<u8>>,
    buffer_count: usize,
    pool: Arc<BufferPool>,
    task: AbortHandle,
}

impl Drop for Exchange {
    fn drop(&mut self) {
        // A task still reading (or waiting for a stalled server) ends now and closes its
        // connection; one that finished is not affected.
        self.task.abort();
    }
}

impl Exchange {
    /// Sends `request` from a task on `net` reporting into `events` as `id`. The body is read
    /// `buffer_count` buffers ahead at most, paced by `limiters`.
    pub fn start(
        request: RequestBuilder,
        id: ConnId,
        events: &Events,
        limiters: Vec<Arc<dyn Limit>>,
        buffer_count: usize,
        pool: Arc<BufferPool>,
        net: &Handle,
    ) -> Self {
        let buffer_count = buffer_count.max(1);
        let (buffers, mut buffer_rx) = async_mpsc::channel::<Vec<u8>>(buffer_count);
        let sender = events.sender.clone();
        let reader_pool = Arc::clone(&pool);
        let task = net
            .spawn(async move {
                let last = read_exchange(
                    request,
                    id,
                    &sender,
                    &mut buffer_rx,
                    &limiters,
                    &reader_pool,
                )
                .await;
                for event in last {
                    let _ = sender.send((id, event));
                }
            })
            .abort_handle();
        Self {
            buffers,
            buffer_count,
            pool,
            task,
        }
    }

    /// Lets the reader go on with a body of `expected` bytes (if known): enough buffers to
    /// read ahead, but no more than such a body can fill (the reader has one already).
    pub fn start_body(&self, expected: Option<u64>) {
        let useful = expected.map_or(self.buffer_count, |len| {
            (len.div_ceil(BUFFER_BYTES as u64) as usize).clamp(1, self.buffer_count)
        });
        for _ in 1..useful {
            self.recycle(self.pool.take());
        }
    }

    /// Returns a buffer for the reader to fill again.
    pub fn recycle(&self, buffer: Vec<u8>) {
        // The channel has room for every buffer of the exchange; a finished reader simply
        // does not take it back.
        if let Err(
            async_mpsc::error::TrySendError::Full(buffer)
            | async_mpsc::error::TrySendError::Closed(buffer),
        ) = self.buffers.try_send(buffer)
        {
            self.pool.give(buffer);
        }
    }
}

/// Sends the request and reads its response; returns the last events (the end or a failure,
/// after the data that completed the body), or nothing when the writer hung up.
async fn read_exchange(
    request: RequestBuilder,
    id: ConnId,
    events: &Sender<(ConnId, Event)>,
    buffers: &mut async_mpsc::Receiver<Vec<u8>>,
    limiters: &[Arc<dyn Limit>],
    pool: &BufferPool,
) -> Vec<Event> {
    let mut response = match request.send().await {
        Ok(response) => response,
        Err(err) => return vec![Event::Head(Err(err))],
    };
    if events
        .send((id, Event::Head(Ok(ResponseHead::of(&response)))))
        .is_err()
    {
        return Vec::new();
    }
    let length = response.content_length();
    let mut read_so_far = 0u64;
    let mut carry = None;
    // The first buffer is filled while the writer judges the head (it hands out one buffer
    // fewer), so a small file needs no round trip between the two. Each further buffer the
    // writer hands back is filled once; when the writer hangs up (pause, cancel, or a response
    // it does not want) the task ends, dropping the response and closing the connection.
    let mut next = Some(pool.take());
    loop {
        let mut buffer = match next.take() {
            Some(buffer) => buffer,
            None => match buffers.recv().await {
                Some(buffer) => buffer,
                None => return Vec::new(),
            },
        };
        let filled = fill(&mut response, &mut carry, &mut buffer, limiters).await;
        read_so_far += filled.len as u64;
        let data = (filled.len > 0).then(|| Event::Data(buffer, filled.len));
        let end = match filled.stop {
            Some(stop) => Some(stop),
            // The whole announced body is here: the end needs no read of its own.
            None if carry.is_none() && Some(read_so_far) == length => Some(Event::End),
            None => None,
        };
        if let Some(end) = end {
            return data.into_iter().chain([end]).collect();
        }
        if let Some(data) = data
            && events.send((id, data)).is_err()
        {
            return Vec::new();
        }
        if !filled.pause.is_zero() {
            tokio::time::sleep(filled.pause).await;
        }
    }
}

/// How long a buffer may gather the body before it goes to the writer even if not full (so
/// progress and stall detection see a slow connection's bytes soon).
const FILL_WINDOW: Duration = Duration::from_millis(20);

/// What filling one buffer gave.
struct Filled {
    /// Bytes now in the buffer.
    len: usize,
    /// The body ended ([`Event::End`]) or failed ([`Event::Failed`]).
    stop: Option<Event>,
    /// The speed limit asks to wait this long before reading on.
    pause: Duration,
}

impl Filled {
    fn stopped(len: usize, stop: Event) -> Self {
        Self {
            len,
            stop: Some(stop),
            pause: Duration::ZERO,
        }
    }

    fn going_on(len: usize, pause: Duration) -> Self {
        Self {
            len,
            stop: None,
            pause,
        }
    }
}

/// Fills `buffer` from the body (starting with what `carry` kept of the last frame) until it
/// is full, the body ends or fails, the fill window has passed, or a speed limit asks for a
/// pause. A network read gives one frame of about 16 KiB, so a buffer of many frames costs the
/// writer one wake-up instead of one per frame.
async fn fill(
    response: &mut reqwest::Response,
    carry: &mut Option<Bytes>,
    buffer: &mut [u8],
    limiters: &[Arc<dyn Limit>],
) -> Filled {
    // In debt to a limit (other connections read meanwhile): wait before reading at all.
    let due = limiters
        .iter()
        .map(|l| l.due())
        .max()
        .unwrap_or(Duration::ZERO);
    if !due.is_zero() {
        tokio::time::sleep(due).await;
    }
    let deadline = Instant::now() + FILL_WINDOW;
    let mut len = 0;
    loop {
        let mut bytes = match carry.take() {
            Some(bytes) => bytes,
            None => {
                let next = if len == 0 {
                    response.chunk().await
                } else {
                    // Reading a frame is cancel-safe: one that has not arrived by the deadline
                    // is read into the next buffer.
                    match tokio::time::timeout_at(deadline, response.chunk()).await {
                        Ok(next) => next,
                        Err(_) => return Filled::going_on(len, Duration::ZERO),
                    }
                };
                match next {
                    Ok(Some(bytes)) => bytes,
                    Ok(None) => return Filled::stopped(len, Event::End),
                    Err(err) => return Filled::stopped(len, Event::Failed(err)),
                }
            }
        };
        let room = buffer.len() - len;
        let size = limiters
            .iter()
            .map(|l| l.read_size(room))
            .min()
            .unwrap_or(room)
            .min(bytes.len());
        buffer[len..len + size].copy_from_slice(&bytes.split_to(size));
        if !bytes.is_empty() {
            *carry = Some(bytes);
        }
        len += size;
        let pause = limiters
            .iter()
            .map(|l| l.take(size))
            .max()
            .unwrap_or(Duration::ZERO);
        if len == buffer.len() || carry.is_some() || !pause.is_zero() || Instant::now() >= deadline
        {
            return Filled::going_on(len, pause);
        }
    }
}
