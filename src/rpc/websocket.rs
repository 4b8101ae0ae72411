//! JSON-RPC over a WebSocket at `/jsonrpc`, as AriaNg and aria2's other web clients prefer:
//! the same calls as over HTTP, plus aria2's notifications (`aria2.onDownloadComplete`...)
//! pushed as the rows change.

use std::io::{self, Write};
use std::net::TcpStream;
use std::time::Duration;

use base64::Engine as _;
use sha1::{Digest, Sha1};
use tungstenite::protocol::frame::CloseFrame;
use tungstenite::protocol::frame::coding::CloseCode;
use tungstenite::protocol::{Role, WebSocket, WebSocketConfig};
use tungstenite::{Error, Message};

use super::events::Watcher;
use super::guard::Ticket;
use super::http::MAX_BODY;
use super::server::{Server, answer_call, read_away};

/// How often the rows are looked at for notifications (and the socket for calls).
const LOOK: Duration = Duration::from_millis(200);
/// A client silent this long is asked whether it is still there (a ping)...
const QUIET: Duration = Duration::from_secs(30);
/// ...and one silent this long (no call, no pong) is gone.
const GONE: Duration = Duration::from_secs(60);

/// The `Sec-WebSocket-Accept` answer to a client's `Sec-WebSocket-Key` (RFC 6455).
pub fn accept_key(key: &str) -> String {
    let mut sha = Sha1::new();
    sha.update(key.trim().as_bytes());
    sha.update(b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    base64::engine::general_purpose::STANDARD.encode(sha.finalize())
}

/// Answers the upgrade, then serves calls and sends notifications until the client goes
/// (`early`: what came after the upgrade request, a client's first frame sent at once).
pub(super) fn serve(
    mut stream: TcpStream,
    key: &str,
    early: &[u8],
    server: &Server,
    ticket: &Ticket,
) -> io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Accept: {}\r\n\r\n",
        accept_key(key)
    )?;
    stream.flush()?;
    stream.set_read_timeout(Some(LOOK))?;
    let config = WebSocketConfig::default()
        .max_message_size(Some(MAX_BODY))
        .max_frame_size(Some(MAX_BODY));
    let mut socket =
        WebSocket::from_partially_read(stream, early.to_vec(), Role::Server, Some(config));
    let mut watcher = Watcher::new(&server.api.engine.snapshot());
    let mut heard = std::time::Instant::now();
    let mut pinged = false;
    loop {
        let body = match socket.read() {
            Ok(Message::Text(text)) => Some(text.as_bytes().to_vec()),
            Ok(Message::Binary(bytes)) => Some(bytes.to_vec()),
            // Pings are answered by the library on the next write; closes likewise.
            Ok(_) => {
                heard = std::time::Instant::now();
                pinged = false;
                None
            }
            Err(Error::Io(err))
                if matches!(
                    err.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                None
            }
            Err(Error::ConnectionClosed | Error::AlreadyClosed) => return Ok(()),
            // A message over the cap or text that is not UTF-8: said with a close frame, as
            // RFC 6455 asks, before the connection goes.
            Err(err @ (Error::Capacity(_) | Error::Utf8(_))) => {
                let code = if matches!(err, Error::Capacity(_)) {
                    CloseCode::Size
                } else {
                    CloseCode::Invalid
                };
                let _ = socket.close(Some(CloseFrame {
                    code,
                    reason: err.to_string().chars().take(100).collect::<String>().into(),
                }));
                let _ = socket.flush();
                let _ = socket.get_ref().shutdown(std::net::Shutdown::Write);
                read_away(socket.get_mut());
                return Err(io::Error::other(err));
            }
            Err(err) => return Err(io::Error::other(err)),
        };
        if let Some(body) = body {
            heard = std::time::Instant::now();
            pinged = false;
            // The same budgets and the same price of a wrong secret as over HTTP.
            let reply = answer_call(server, ticket, &body)
                .unwrap_or_else(super::methods::too_many_requests)
                .to_string();
            send(&mut socket, reply)?;
        }
        // A silent client (it may only listen for notifications) is asked if it is there;
        // one that answers nothing is gone.
        let silent = heard.elapsed();
        if silent >= GONE {
            return Ok(());
        }
        if silent >= QUIET && !pinged {
            pinged = true;
            match socket.send(Message::Ping(Vec::new().into())) {
                Ok(()) => {}
                Err(Error::ConnectionClosed | Error::AlreadyClosed) => return Ok(()),
                Err(err) => return Err(io::Error::other(err)),
            }
        }
        for (event, id) in watcher.events(&server.api.engine.snapshot()) {
            send(&mut socket, event.notification(id).to_string())?;
        }
        match socket.flush() {
            Ok(()) => {}
            Err(Error::Io(err)) if err.kind() == io::ErrorKind::WouldBlock => {}
            Err(Error::ConnectionClosed | Error::AlreadyClosed) => return Ok(()),
            Err(err) => return Err(io::Error::other(err)),
        }
    }
}

fn send(socket: &mut WebSocket<TcpStream>, text: String) -> io::Result<()> {
    match socket.send(Message::text(text)) {
        Ok(()) => Ok(()),
        Err(Error::ConnectionClosed | Error::AlreadyClosed) => {
            Err(io::Error::from(io::ErrorKind::ConnectionAborted))
        }
        Err(err) => Err(io::Error::other(err)),
    }
}

#[cfg(test)]
mod tests {
    use super::accept_key;

    #[test]
    fn accept_key_matches_the_rfc_example() {
        // RFC 6455, section 1.3.
        assert_eq!(
            accept_key("dGhlIHNhbXBsZSBub25jZQ=="),
            "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
        );
    }
}
