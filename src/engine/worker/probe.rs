//! Asking the server for a few bytes of the file, to compare them with bytes on disk: before
//! adopting a partial nobody vouches for, and before a new link may continue a partial.

use reqwest::header::{ACCEPT_ENCODING, IF_RANGE, RANGE};

use super::transfer::Transfer;
use crate::engine::error::TransferError;
use crate::engine::net::http::{self, ContentRange, ResponseHead};

/// How long one probe may take.
const PROBE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(15);

impl Transfer<'_> {
    /// The server's answer to a request for bytes `[from, to)` of the file (with `if_range`,
    /// only if it is still that version), and the bytes when it answers with exactly them.
    pub(super) fn fetch_range(
        &self,
        from: u64,
        to: u64,
        total: Option<u64>,
        if_range: Option<String>,
    ) -> Result<(ResponseHead, Option<Vec<u8>>), TransferError> {
        let mut request = self
            .file_request()
            .header(ACCEPT_ENCODING, "identity")
            .header(RANGE, format!("bytes={from}-{}", to - 1))
            .timeout(PROBE_TIMEOUT);
        if let Some(validator) = if_range {
            request = request.header(IF_RANGE, validator);
        }
        let wanted = (to - from) as usize;
        let fetched = self.ctx.resources.net().block_on(async move {
            let mut response = request.send().await?;
            let answer = ResponseHead::of(&response);
            let exact = matches!(
                answer.content_range(),
                Some(ContentRange::Bytes { first, last, total: theirs })
                    if first == from && last == to - 1 && (total.is_none() || theirs == total)
            );
            if answer.status != 206 || !exact {
                return Ok((answer, None));
            }
            let mut bytes = Vec::with_capacity(wanted);
            while bytes.len() < wanted
                && let Some(chunk) = response.chunk().await?
            {
                let take = chunk.len().min(wanted - bytes.len());
                bytes.extend_from_slice(&chunk[..take]);
            }
            let bytes = Some(bytes).filter(|b| b.len() == wanted);
            Ok((answer, bytes))
        });
        fetched.map_err(|err| self.through_proxy(http::classify(&err, PROBE_TIMEOUT)))
    }
}
