//! Native messaging's framing: each message is a 32-bit length in the machine's byte order,
//! then that many bytes of UTF-8 JSON. Browsers send at most 64 MiB; Haul takes at most
//! [`MAX_INCOMING`] and answers at most [`MAX_OUTGOING`] (the browsers' limit for a host's
//! messages is 1 MB).

use std::io::{self, Read, Write};

use thiserror::Error;

/// Longest message taken from the browser.
pub const MAX_INCOMING: usize = 4 * 1024 * 1024;
/// Longest message sent to the browser (Chrome and Firefox refuse more than 1 MB).
pub const MAX_OUTGOING: usize = 1024 * 1024;

/// A message that could not be read or written.
#[derive(Debug, Error)]
pub enum FramingError {
    /// The input ended inside a message.
    #[error("the message ended early ({got} of {wanted} bytes)")]
    ShortRead {
        /// Bytes that came.
        got: usize,
        /// Bytes the length promised.
        wanted: usize,
    },
    /// A message longer than allowed.
    #[error("a message of {0} bytes is too large (at most {MAX_INCOMING})")]
    TooLarge(usize),
    /// The pipe failed.
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// Reads one message; `None` when the browser closed the pipe between messages.
pub fn read_message(input: &mut impl Read) -> Result<Option<Vec<u8>>, FramingError> {
    let mut length = [0u8; 4];
    let got = read_fully(input, &mut length)?;
    if got == 0 {
        return Ok(None);
    }
    if got < length.len() {
        return Err(FramingError::ShortRead {
            got,
            wanted: length.len(),
        });
    }
    let wanted = u32::from_ne_bytes(length) as usize;
    if wanted > MAX_INCOMING {
        return Err(FramingError::TooLarge(wanted));
    }
    let mut message = vec![0; wanted];
    let got = read_fully(input, &mut message)?;
    if got < wanted {
        return Err(FramingError::ShortRead { got, wanted });
    }
    Ok(Some(message))
}

/// Writes one message (its length first) and flushes it.
pub fn write_message(output: &mut impl Write, message: &[u8]) -> Result<(), FramingError> {
    if message.len() > MAX_OUTGOING {
        return Err(FramingError::TooLarge(message.len()));
    }
    let length = u32::try_from(message.len()).map_err(|_| FramingError::TooLarge(message.len()))?;
    output.write_all(&length.to_ne_bytes())?;
    output.write_all(message)?;
    output.flush()?;
    Ok(())
}

/// Reads until `buffer` is full or the input ends; how much was read.
fn read_fully(input: &mut impl Read, buffer: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match input.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framed(body: &[u8]) -> Vec<u8> {
        let mut bytes = (body.len() as u32).to_ne_bytes().to_vec();
        bytes.extend_from_slice(body);
        bytes
    }

    /// A reader that hands out one byte at a time, as a pipe may.
    struct Trickle(Vec<u8>, usize);
    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.1 >= self.0.len() || buf.is_empty() {
                return Ok(0);
            }
            buf[0] = self.0[self.1];
            self.1 += 1;
            Ok(1)
        }
    }

    #[test]
    fn reads_messages_whole_even_from_a_trickle() {
        let mut bytes = framed(br#"{"type":"ping"}"#);
        bytes.extend(framed(b"{}"));
        let mut input = Trickle(bytes, 0);
        assert_eq!(
            read_message(&mut input).expect("first").as_deref(),
            Some(&br#"{"type":"ping"}"#[..])
        );
        assert_eq!(
            read_message(&mut input).expect("second").as_deref(),
            Some(&b"{}"[..])
        );
        assert!(read_message(&mut input).expect("end").is_none());
    }

    #[test]
    fn short_reads_and_oversized_lengths_are_refused() {
        let mut cut = framed(b"{\"type\":\"ping\"}");
        cut.truncate(8);
        assert!(matches!(
            read_message(&mut &cut[..]),
            Err(FramingError::ShortRead { got: 4, wanted: 15 })
        ));
        assert!(matches!(
            read_message(&mut &[1u8, 0][..]),
            Err(FramingError::ShortRead { got: 2, wanted: 4 })
        ));
        let huge = (MAX_INCOMING as u32 + 1).to_ne_bytes();
        assert!(matches!(
            read_message(&mut &huge[..]),
            Err(FramingError::TooLarge(_))
        ));
    }

    #[test]
    fn writes_the_length_first_and_refuses_more_than_a_megabyte() {
        let mut out = Vec::new();
        write_message(&mut out, b"{\"ok\":true}").expect("write");
        assert_eq!(out, framed(b"{\"ok\":true}"));
        assert!(write_message(&mut Vec::new(), &vec![b' '; MAX_OUTGOING + 1]).is_err());
    }
}
