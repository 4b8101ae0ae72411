//! What every connection shares: the API, the allowed origins and the guard, and the two
//! things both HTTP and WebSocket connections do: answer a request body within its budget,
//! and read away what a peer still sends before a close.

use std::io::Read;
use std::net::TcpStream;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use super::guard::{self, Guard, Ticket};
use super::methods::{Access, Api};

/// The server's state, shared by its connections.
pub(super) struct Server {
    pub api: Api,
    /// Web page origins allowed to call.
    pub allowed_origins: Vec<String>,
    /// Who may take a connection and how many requests (see `guard`).
    pub guard: Arc<Guard>,
}

/// The answer to a request body, or `None` when its budget is spent. A request with the
/// secret marks its connection as a known client's; one with a wrong secret is answered only
/// after [`guard::WRONG_SECRET_DELAY`].
pub(super) fn answer_call(
    server: &Server,
    ticket: &Ticket,
    body: &[u8],
) -> Option<serde_json::Value> {
    let parsed = server.api.read(body);
    let access = parsed.access;
    if !server.guard.take(access) {
        return None;
    }
    match access {
        Access::Trusted => ticket.trust(),
        Access::Wrong => thread::sleep(guard::WRONG_SECRET_DELAY),
        Access::Anonymous => {}
    }
    Some(server.api.answer_parsed(parsed))
}

/// Reads what the peer still sends, for a second at most, so that closing does not send a
/// reset (which makes the peer's system throw away the answer it has not read yet).
pub(super) fn read_away(stream: &mut TcpStream) {
    let _ = stream.set_read_timeout(Some(Duration::from_millis(250)));
    let until = Instant::now() + Duration::from_secs(1);
    let mut sink = [0u8; 4096];
    while Instant::now() < until {
        // Silence for a quarter second, the end, or an error: nothing more to read.
        if matches!(stream.read(&mut sink), Ok(0) | Err(_)) {
            break;
        }
    }
}
