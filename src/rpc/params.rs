//! Reading a call's parameters: GIDs, numbers (aria2's clients send them as numbers or as
//! text), lists of keys, each refused with aria2's kind of error when it is not what the
//! method needs.

use serde_json::Value;

use super::methods::RpcError;
use super::shape::{gid, parse_gid};
use crate::engine::DownloadId;

/// The GID at `at`.
pub fn gid_param(params: &[Value], at: usize) -> Result<DownloadId, RpcError> {
    let text = params
        .get(at)
        .and_then(Value::as_str)
        .ok_or_else(|| RpcError::failed("A GID is required."))?;
    parse_gid(text).ok_or_else(|| RpcError::failed(format!("Bad GID {text}")))
}

/// The whole number at `at`.
pub fn int_param(params: &[Value], at: usize) -> Result<i64, RpcError> {
    match params.get(at) {
        Some(Value::Number(n)) => n
            .as_i64()
            .ok_or_else(|| RpcError::failed("A number is out of range.")),
        Some(Value::String(text)) => text
            .parse()
            .map_err(|_| RpcError::failed(format!("'{text}' is not a number."))),
        _ => Err(RpcError::failed("A number is required.")),
    }
}

/// The list of texts at `at` (absent: none).
pub fn texts_param(params: &[Value], at: usize, what: &str) -> Result<Vec<String>, RpcError> {
    match params.get(at) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| RpcError::failed(format!("{what} must be strings.")))
            })
            .collect(),
        Some(_) => Err(RpcError::failed(format!("{what} must be a list."))),
    }
}

/// The keys a status call asks for (none: all).
pub fn keys_param(params: &[Value], at: usize) -> Result<Vec<String>, RpcError> {
    texts_param(params, at, "Keys")
}

/// aria2's answer for a GID it does not know.
pub(super) fn not_found(id: DownloadId) -> RpcError {
    RpcError::failed(format!("GID {} is not found", gid(id)))
}
