//! One HTTP connection: requests read one after another within their deadline, the origin
//! checked, calls answered over POST or GET, the CORS preflight, the upgrade to a WebSocket;
//! and a connection turned away when every place is taken.

use std::net::TcpStream;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use super::get_request;
use super::guard::{self, Deadlined, Ticket};
use super::http::{self, HttpError, Reader, Response};
use super::methods::Access;
use super::server::{Server, answer_call, read_away};
use super::websocket;

/// Connections being turned away right now, at most (each on a short thread of its own).
const TURNING_AWAY: usize = 8;
static TURNED_AWAY: AtomicUsize = AtomicUsize::new(0);

/// Closes a connection that was answered 503 without reading its request: the request is
/// read away first (for a second at most), since closing with unread bytes sends a reset,
/// and some clients then see a broken connection instead of the answer.
pub(super) fn turn_away(stream: TcpStream) {
    let _ = stream.shutdown(std::net::Shutdown::Write);
    if TURNED_AWAY.fetch_add(1, Ordering::SeqCst) >= TURNING_AWAY {
        TURNED_AWAY.fetch_sub(1, Ordering::SeqCst);
        return;
    }
    let spawned = thread::Builder::new()
        .name("haul-rpc-away".into())
        .spawn(move || {
            let mut stream = stream;
            read_away(&mut stream);
            TURNED_AWAY.fetch_sub(1, Ordering::SeqCst);
        });
    if spawned.is_err() {
        TURNED_AWAY.fetch_sub(1, Ordering::SeqCst);
    }
}

pub(super) fn serve(stream: TcpStream, server: &Server, ticket: &Ticket) {
    let _ = stream.set_write_timeout(Some(guard::IDLE));
    let _ = stream.set_nodelay(true);
    let mut reader = Reader::new(Deadlined::new(stream));
    loop {
        // The whole request must come within the deadline, however slowly its bytes trickle.
        reader.stream().set_deadline(ticket.deadline());
        let request = match reader.next_request() {
            Ok(request) => request,
            Err(err) => {
                if let Some(status) = err.status() {
                    let message = err.to_string();
                    let _ = http::write_response(reader.stream(), &plain(status, &message));
                    // What is left of a refused request is read away: the answer must not be
                    // lost to a reset.
                    let stream = reader.stream().get_mut();
                    let _ = stream.shutdown(std::net::Shutdown::Write);
                    read_away(stream);
                }
                if !matches!(err, HttpError::Closed | HttpError::Io(_)) {
                    log::info!("remote control: {err}");
                }
                return;
            }
        };
        let close = request.close;
        let allowed = request
            .header("origin")
            .map(|origin| server.allowed_origins.iter().any(|o| o == origin));
        let cors: Vec<(&str, String)> = match (allowed, request.header("origin")) {
            (Some(true), Some(origin)) => vec![
                ("Access-Control-Allow-Origin", origin.to_owned()),
                (
                    "Access-Control-Allow-Methods",
                    "GET, POST, OPTIONS".to_owned(),
                ),
                ("Access-Control-Allow-Headers", "Content-Type".to_owned()),
                // Browsers ask again only after 20 days, as aria2 tells them.
                ("Access-Control-Max-Age", "1728000".to_owned()),
                ("Vary", "Origin".to_owned()),
            ],
            _ => Vec::new(),
        };
        let upgrade = request
            .header("upgrade")
            .is_some_and(|u| u.eq_ignore_ascii_case("websocket"));
        if upgrade && allowed != Some(false) && request.path == "/jsonrpc" {
            if !server.guard.take(Access::Anonymous) {
                let _ = http::write_response(reader.stream(), &plain(429, "too many requests"));
                return;
            }
            let Some(key) = request.header("sec-websocket-key").map(str::to_owned) else {
                let _ = http::write_response(reader.stream(), &plain(400, "no Sec-WebSocket-Key"));
                return;
            };
            let (stream, early) = reader.into_parts();
            if let Err(err) = websocket::serve(stream.into_inner(), &key, &early, server, ticket) {
                log::info!("remote control: WebSocket ended: {err}");
            }
            return;
        }
        let answer: (u16, &str, Vec<u8>) = if allowed == Some(false) {
            (
                403,
                "text/plain",
                b"this origin may not control Haul".to_vec(),
            )
        } else if request.path != "/jsonrpc" {
            (
                404,
                "text/plain",
                b"not found (the API is at /jsonrpc)".to_vec(),
            )
        } else {
            match request.method.as_str() {
                "OPTIONS" if server.guard.take(Access::Anonymous) => {
                    (204, "text/plain", Vec::new())
                }
                "POST" => rpc_answer(server, ticket, &request.body),
                "GET" => match get_request::body_from_query(request.query.as_deref().unwrap_or(""))
                {
                    Ok(body) => rpc_answer(server, ticket, &body),
                    Err(err) => (400, "text/plain", err.to_string().into_bytes()),
                },
                "OPTIONS" => (429, "text/plain", b"too many requests".to_vec()),
                _ => (405, "text/plain", b"use POST or GET".to_vec()),
            }
        };
        let response = Response {
            status: answer.0,
            content_type: answer.1,
            body: &answer.2,
            extra: &cors,
            close,
        };
        if http::write_response(reader.stream(), &response).is_err() || close {
            return;
        }
    }
}

/// The HTTP answer to a request body: 200 with the result, 400 when a single call failed
/// (as aria2 answers; a batch is 200 whatever its calls did), 429 when the budget is spent.
fn rpc_answer(server: &Server, ticket: &Ticket, body: &[u8]) -> (u16, &'static str, Vec<u8>) {
    match answer_call(server, ticket, body) {
        Some(reply) => {
            let status = if reply.get("error").is_some() {
                400
            } else {
                200
            };
            (
                status,
                "application/json-rpc",
                reply.to_string().into_bytes(),
            )
        }
        None => (429, "text/plain", b"too many requests".to_vec()),
    }
}

pub(super) fn plain(status: u16, message: &str) -> Response<'_> {
    Response {
        status,
        content_type: "text/plain",
        body: message.as_bytes(),
        extra: &[],
        close: true,
    }
}
