//! Just enough HTTP/1.1 for JSON-RPC: requests read one after another from a kept-alive
//! connection, bodies by `Content-Length` only, every size capped before anything is kept.
//! Anyone who can reach the port can send anything, so nothing here trusts a length.

use std::io::{self, Read, Write};

use thiserror::Error;

/// The request line and headers may take this much.
pub const MAX_HEAD: usize = 16 * 1024;
/// A request body may take this much (a `system.multicall` adding many links fits easily).
pub const MAX_BODY: usize = 1024 * 1024;
/// Headers beyond this many are refused.
const MAX_HEADERS: usize = 64;

/// One request.
#[derive(Debug)]
pub struct Request {
    /// `GET`, `POST`, `OPTIONS`...
    pub method: String,
    /// The path without the query.
    pub path: String,
    /// The query, after `?`.
    pub query: Option<String>,
    /// Header names in lower case, with their values.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
    /// HTTP/1.0 without keep-alive, or `Connection: close`.
    pub close: bool,
}

impl Request {
    /// The first value of header `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Why no request could be read.
#[derive(Debug, Error)]
pub enum HttpError {
    /// The peer closed the connection between requests.
    #[error("connection closed")]
    Closed,
    /// Reading failed (including the read timeout).
    #[error("{0}")]
    Io(#[from] io::Error),
    /// The head or the body is larger than allowed.
    #[error("the request is too large")]
    TooLarge,
    /// Not HTTP/1.x as this server reads it.
    #[error("{0}")]
    Malformed(&'static str),
}

impl HttpError {
    /// The status to answer with, when an answer still makes sense.
    pub fn status(&self) -> Option<u16> {
        match self {
            HttpError::Closed | HttpError::Io(_) => None,
            HttpError::TooLarge => Some(413),
            HttpError::Malformed(_) => Some(400),
        }
    }
}

/// Reads requests from one connection; bytes after one request stay for the next.
pub struct Reader<S> {
    stream: S,
    buffer: Vec<u8>,
}

impl<S: Read> Reader<S> {
    /// Reads from `stream`.
    pub fn new(stream: S) -> Self {
        Self {
            stream,
            buffer: Vec::new(),
        }
    }

    /// The next request.
    pub fn next_request(&mut self) -> Result<Request, HttpError> {
        let (head_len, mut request, length) = loop {
            if let Some(parsed) = parse_head(&self.buffer)? {
                break parsed;
            }
            if self.buffer.len() >= MAX_HEAD {
                return Err(HttpError::TooLarge);
            }
            if self.fill()? == 0 {
                return Err(if self.buffer.is_empty() {
                    HttpError::Closed
                } else {
                    HttpError::Malformed("the request ended early")
                });
            }
        };
        if length > MAX_BODY {
            return Err(HttpError::TooLarge);
        }
        while self.buffer.len() < head_len + length {
            if self.fill()? == 0 {
                return Err(HttpError::Malformed("the body ended early"));
            }
        }
        request.body = self.buffer[head_len..head_len + length].to_vec();
        self.buffer.drain(..head_len + length);
        Ok(request)
    }

    fn fill(&mut self) -> io::Result<usize> {
        let mut chunk = [0u8; 8192];
        let read = self.stream.read(&mut chunk)?;
        self.buffer.extend_from_slice(&chunk[..read]);
        Ok(read)
    }

    /// The stream, for answers.
    pub fn stream(&mut self) -> &mut S {
        &mut self.stream
    }

    /// The stream and what was read beyond the last request (for a protocol switch).
    pub fn into_parts(self) -> (S, Vec<u8>) {
        (self.stream, self.buffer)
    }
}

/// The head of a request when all of it is in `buffer`: its length, the request without a
/// body, and the body's length.
fn parse_head(buffer: &[u8]) -> Result<Option<(usize, Request, usize)>, HttpError> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut headers);
    let head_len = match parsed.parse(buffer) {
        Ok(httparse::Status::Complete(len)) => len,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(httparse::Error::TooManyHeaders) => return Err(HttpError::TooLarge),
        Err(_) => return Err(HttpError::Malformed("this is not an HTTP request")),
    };
    let (Some(method), Some(target), Some(version)) = (parsed.method, parsed.path, parsed.version)
    else {
        return Err(HttpError::Malformed("this is not an HTTP request"));
    };
    let mut names = Vec::with_capacity(parsed.headers.len());
    for header in parsed.headers.iter() {
        let value = std::str::from_utf8(header.value)
            .map_err(|_| HttpError::Malformed("a header is not text"))?;
        names.push((header.name.to_ascii_lowercase(), value.trim().to_owned()));
    }
    let find = |name: &str| {
        names
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, v)| v.as_str())
    };
    if find("transfer-encoding").is_some() {
        return Err(HttpError::Malformed(
            "chunked bodies are not accepted; send Content-Length",
        ));
    }
    let length = match find("content-length") {
        None => 0,
        Some(text) => text
            .parse::<usize>()
            .map_err(|_| HttpError::Malformed("Content-Length is not a number"))?,
    };
    let connection = find("connection").map(str::to_ascii_lowercase);
    let close = match connection.as_deref() {
        Some(value) if value.contains("close") => true,
        Some(value) if value.contains("keep-alive") => false,
        _ => version == 0,
    };
    let (path, query) = match target.split_once('?') {
        Some((path, query)) => (path.to_owned(), Some(query.to_owned())),
        None => (target.to_owned(), None),
    };
    let request = Request {
        method: method.to_owned(),
        path,
        query,
        headers: names,
        body: Vec::new(),
        close,
    };
    Ok(Some((head_len, request, length)))
}

/// An answer.
pub struct Response<'a> {
    /// The status code.
    pub status: u16,
    /// `Content-Type`.
    pub content_type: &'a str,
    /// The body.
    pub body: &'a [u8],
    /// Headers beyond the usual ones.
    pub extra: &'a [(&'a str, String)],
    /// Close the connection after it.
    pub close: bool,
}

/// Writes `response` to `stream`.
pub fn write_response(stream: &mut impl Write, response: &Response<'_>) -> io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n",
        response.status,
        reason_phrase(response.status),
        response.content_type,
        response.body.len()
    );
    for (name, value) in response.extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if response.close {
        head.push_str("Connection: close\r\n");
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(response.body)?;
    stream.flush()
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Payload Too Large",
        429 => "Too Many Requests",
        503 => "Service Unavailable",
        _ => "Error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(bytes: &[u8]) -> Vec<Result<Request, HttpError>> {
        let mut reader = Reader::new(bytes);
        let mut out = Vec::new();
        loop {
            let next = reader.next_request();
            let stop = next.is_err();
            out.push(next);
            if stop {
                return out;
            }
        }
    }

    #[test]
    fn reads_kept_alive_requests_one_after_another() {
        let wire = b"POST /jsonrpc HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}\
                     POST /jsonrpc?x=1 HTTP/1.1\r\ncontent-length: 3\r\nConnection: close\r\n\r\n[1]";
        let got = read_all(wire);
        let first = got[0].as_ref().expect("first");
        assert_eq!(
            (first.path.as_str(), first.body.as_slice()),
            ("/jsonrpc", &b"{}"[..])
        );
        assert!(!first.close);
        let second = got[1].as_ref().expect("second");
        assert_eq!(second.query.as_deref(), Some("x=1"));
        assert_eq!(second.body, b"[1]");
        assert!(second.close);
        assert!(matches!(got[2], Err(HttpError::Closed)));
    }

    #[test]
    fn refuses_what_is_too_large_or_not_http() {
        let huge = format!(
            "POST / HTTP/1.1\r\nContent-Length: {}\r\n\r\n",
            MAX_BODY + 1
        );
        assert!(matches!(
            read_all(huge.as_bytes())[0],
            Err(HttpError::TooLarge)
        ));
        let endless_head = vec![b'a'; MAX_HEAD * 2];
        assert!(matches!(
            read_all(&endless_head)[0],
            Err(HttpError::Malformed(_)) | Err(HttpError::TooLarge)
        ));
        let chunked = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        assert!(matches!(read_all(chunked)[0], Err(HttpError::Malformed(_))));
        let short = b"POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n{}";
        assert!(matches!(read_all(short)[0], Err(HttpError::Malformed(_))));
    }
}
