//! Haul's rows in aria2's shapes: GIDs of 16 hex digits, numbers as decimal strings, aria2's
//! status words and error codes, so AriaNg, aria2p and friends read them without knowing
//! it is not aria2.

use serde_json::{Map, Value, json};

use crate::describe;
use crate::engine::{Download, DownloadId, Reason, Status};

/// aria2's word for where a download stands.
pub fn status_word(status: &Status) -> &'static str {
    match status {
        Status::Queued => "waiting",
        Status::Paused { .. } => "paused",
        Status::Finished => "complete",
        Status::Failed { .. } => "error",
        Status::Cancelled => "removed",
        _ => "active",
    }
}

/// The GID of a download: its id as 16 hex digits.
pub fn gid(id: DownloadId) -> String {
    format!("{:016x}", id.0)
}

/// The download a GID names; aria2 also takes a unique prefix, which Haul does not need
/// (its GIDs are short numbers), so only the full 16 digits count.
pub fn parse_gid(text: &str) -> Option<DownloadId> {
    (text.len() == 16 && text.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| u64::from_str_radix(text, 16).ok().map(DownloadId))
        .flatten()
}

/// aria2's error code for how a download ended (0 when it did not fail): the nearest of
/// aria2's exit codes to Haul's typed reason.
fn error_code(status: &Status) -> &'static str {
    let Status::Failed { reason } = status else {
        return "0";
    };
    match reason {
        Reason::HttpStatus { code: 404, .. } => "3",
        Reason::HttpStatus {
            code: 401 | 403, ..
        } => "24",
        Reason::HttpStatus { .. } => "22",
        Reason::ConnectFailed { .. }
        | Reason::ConnectionLost { .. }
        | Reason::Truncated { .. }
        | Reason::Tls { .. } => "6",
        Reason::Stalled { .. } => "2",
        Reason::DiskFull { .. } => "9",
        Reason::Disk { .. } => "16",
        Reason::ChecksumMismatch { .. } => "32",
        _ => "1",
    }
}

/// The status object of `download`, with only `keys` when some are asked for.
pub fn status_object(download: &Download, keys: &[String]) -> Value {
    let total = download.total_bytes.unwrap_or(0);
    let path = download
        .target_path()
        .map(|path| path.display().to_string())
        .unwrap_or_default();
    let speed = if download.status.is_running() {
        download.bytes_per_sec
    } else {
        0
    };
    let connections = if download.status.is_running() {
        download.details.connections.len()
    } else {
        0
    };
    let mut object = json!({
        "gid": gid(download.id),
        "status": status_word(&download.status),
        "totalLength": total.to_string(),
        "completedLength": download.bytes_done.to_string(),
        "uploadLength": "0",
        "downloadSpeed": speed.to_string(),
        "uploadSpeed": "0",
        "connections": connections.to_string(),
        "numPieces": "1",
        "pieceLength": total.max(1).to_string(),
        "dir": download.dir.display().to_string(),
        "errorCode": error_code(&download.status),
        "files": [{
            "index": "1",
            "path": path,
            "length": total.to_string(),
            "completedLength": download.bytes_done.to_string(),
            "selected": "true",
            "uris": [{"uri": download.display_url(), "status": "used"}],
        }],
    });
    if let (Status::Failed { reason }, Some(map)) = (&download.status, object.as_object_mut()) {
        map.insert(
            "errorMessage".into(),
            Value::String(describe::describe_reason(reason)),
        );
    }
    select(object, keys)
}

/// The status object of a download removed from the list through the API (aria2 keeps those
/// until their result is removed).
pub fn removed_object(kept: &Value, keys: &[String]) -> Value {
    let mut object = kept.clone();
    if let Some(map) = object.as_object_mut() {
        map.insert("status".into(), Value::String("removed".into()));
        map.insert("downloadSpeed".into(), Value::String("0".into()));
        map.insert("connections".into(), Value::String("0".into()));
    }
    select(object, keys)
}

/// Only `keys` of `object` (all when none are asked for), as aria2 does.
fn select(object: Value, keys: &[String]) -> Value {
    if keys.is_empty() {
        return object;
    }
    match object {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(key, _)| keys.iter().any(|k| k == key))
                .collect::<Map<_, _>>(),
        ),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gids_are_sixteen_hex_digits_both_ways() {
        assert_eq!(gid(DownloadId(26)), "000000000000001a");
        assert_eq!(parse_gid("000000000000001a"), Some(DownloadId(26)));
        assert_eq!(parse_gid("1a"), None);
        assert_eq!(parse_gid("zz0000000000001a"), None);
        assert_eq!(parse_gid("+00000000000001a"), None);
    }

    #[test]
    fn keys_pick_fields() {
        let object = json!({"gid": "1", "status": "active", "dir": "/x"});
        let picked = select(object, &["gid".into(), "status".into()]);
        assert_eq!(picked, json!({"gid": "1", "status": "active"}));
    }
}
