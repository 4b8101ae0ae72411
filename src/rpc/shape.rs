//! Haul's rows in aria2's shapes: GIDs of 16 hex digits, numbers as decimal strings, aria2's
//! status words and error codes, so AriaNg, aria2p and friends read them without knowing
//! it is not aria2.

use serde_json::{Map, Value, json};

use crate::describe;
use crate::engine::error::TransferProblem;
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

/// The key GIDs are made with in this process (see [`gid_key`]); 0 until a server starts.
static GID_KEY: std::sync::OnceLock<u64> = std::sync::OnceLock::new();

/// Uses `key` for GIDs from now on (the first server of the process sets it).
pub fn use_gid_key(key: u64) {
    let _ = GID_KEY.set(key);
}

/// The key of GIDs for the list kept in `data_dir`: made once, at random, and kept beside
/// the list (owner-only), so a download keeps its GID across restarts while GIDs never follow
/// one another (aria2's are random too: the next one cannot be guessed from the last).
pub fn gid_key(data_dir: &std::path::Path) -> u64 {
    let path = data_dir.join("rpc-gid-key");
    if let Ok(text) = std::fs::read_to_string(&path)
        && let Ok(key) = u64::from_str_radix(text.trim(), 16)
    {
        return key;
    }
    let key: u64 = rand::random();
    let written = std::fs::create_dir_all(data_dir).and_then(|()| {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&path)?
            .write_all(format!("{key:016x}\n").as_bytes())
    });
    if let Err(err) = written {
        log::warn!("GIDs change with each start: {} ({err})", path.display());
    }
    key
}

/// The GID of a download: its id through a keyed permutation of 64 bits, as 16 hex digits.
pub fn gid(id: DownloadId) -> String {
    format!("{:016x}", mix(id.0 ^ GID_KEY.get().copied().unwrap_or(0)))
}

/// The download a GID names; aria2 also takes a unique prefix, which Haul does not (only the
/// full 16 digits count).
pub fn parse_gid(text: &str) -> Option<DownloadId> {
    (text.len() == 16 && text.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| u64::from_str_radix(text, 16).ok())
        .flatten()
        .map(|mixed| DownloadId(unmix(mixed) ^ GID_KEY.get().copied().unwrap_or(0)))
}

/// SplitMix64's finalizer: every bit of the input moves every bit of the output, and it can
/// be undone ([`unmix`]).
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// [`mix`] undone.
fn unmix(mut z: u64) -> u64 {
    z = undo_shift(z, 31);
    z = undo_shift(z.wrapping_mul(inverse(0x94d0_49bb_1331_11eb)), 27);
    undo_shift(z.wrapping_mul(inverse(0xbf58_476d_1ce4_e5b9)), 30)
}

/// The `x` for which `x ^ (x >> shift)` is `y`.
fn undo_shift(y: u64, shift: u32) -> u64 {
    let mut x = y;
    let mut step = shift;
    while step < 64 {
        x = y ^ (x >> shift);
        step += shift;
    }
    y ^ (x >> shift)
}

/// The inverse of an odd number modulo 2^64 (Newton's iteration).
const fn inverse(odd: u64) -> u64 {
    let mut x = odd;
    let mut round = 0;
    while round < 5 {
        x = x.wrapping_mul(2u64.wrapping_sub(odd.wrapping_mul(x)));
        round += 1;
    }
    x
}

/// aria2's error code for how a download ended (0 when it did not fail; 31, aria2's
/// "removed", when the user took it off): the nearest of aria2's exit codes to Haul's typed
/// reason.
fn error_code(status: &Status) -> &'static str {
    let reason = match status {
        Status::Failed { reason } => reason,
        Status::Cancelled => return REMOVED_CODE,
        _ => return "0",
    };
    match reason {
        Reason::HttpStatus { code: 404, .. } => "3",
        Reason::HttpStatus {
            code: 401 | 403, ..
        } => "24",
        Reason::HttpStatus { .. } => "22",
        Reason::ConnectFailed { .. }
        | Reason::ConnectionLost { .. }
        | Reason::Transfer {
            problem: TransferProblem::NoConnection | TransferProblem::ConnectionClosed,
        }
        | Reason::Truncated { .. }
        | Reason::Tls { .. } => "6",
        Reason::Stalled { .. } => "2",
        Reason::DiskFull { .. } => "9",
        Reason::Disk { .. } => "16",
        Reason::ChecksumMismatch { .. } => "32",
        _ => "1",
    }
}

/// aria2's error code of a download the user removed.
const REMOVED_CODE: &str = "31";

/// aria2's piece length for HTTP downloads: progress is told in pieces of this size.
pub const PIECE: u64 = 1024 * 1024;

/// How many pieces a file of `total` bytes has (0 while its size is unknown).
fn pieces(total: Option<u64>) -> u64 {
    total.map_or(0, |total| total.div_ceil(PIECE))
}

/// aria2's `bitfield`: a bit per piece, the first piece the highest bit, as hex. A piece is set
/// when all of it is on hand: every piece of a finished file, and of one under way, the
/// pieces inside the ranges it has (as of the last second).
fn bitfield(download: &Download) -> Option<String> {
    let count = usize::try_from(pieces(download.total_bytes)).ok()?;
    if count == 0 {
        return None;
    }
    let mut bits = vec![0u8; count.div_ceil(8)];
    let mut set = |piece: u64| {
        if let Ok(piece) = usize::try_from(piece)
            && piece < count
        {
            bits[piece / 8] |= 0x80 >> (piece % 8);
        }
    };
    let total = download.total_bytes.unwrap_or(0);
    if download.status == Status::Finished {
        (0..pieces(download.total_bytes)).for_each(&mut set);
    } else {
        for &[start, end] in &download.details.done {
            // The whole pieces inside [start, end); the last piece ends at the file's end.
            let first = start.div_ceil(PIECE);
            let last = if end >= total {
                end.div_ceil(PIECE)
            } else {
                end / PIECE
            };
            (first..last).for_each(&mut set);
        }
    }
    Some(bits.iter().map(|byte| format!("{byte:02x}")).collect())
}

/// The files of `download` as aria2 lists files (`getFiles`, `files` in a status).
pub fn files(download: &Download) -> Value {
    let listed: Vec<Value> = download
        .files()
        .into_iter()
        .enumerate()
        .map(|(at, file)| {
            json!({
                "index": (at + 1).to_string(),
                "path": file.path.map(|path| path.display().to_string()).unwrap_or_default(),
                "length": file.length.unwrap_or(0).to_string(),
                "completedLength": file.done.to_string(),
                "selected": file.selected.to_string(),
                "uris": uris(download),
            })
        })
        .collect();
    Value::Array(listed)
}

/// The links of `download` as aria2 lists them (`getUris`): Haul uses one.
pub fn uris(download: &Download) -> Value {
    let status = if download.status.is_running() {
        "used"
    } else {
        "waiting"
    };
    json!([{"uri": download.display_url(), "status": status}])
}

/// The status object of `download`, with only `keys` when some are asked for. As aria2's: a
/// stopped download has `errorCode` and `errorMessage`, others do not; `bitfield` only once
/// the size is known.
pub fn status_object(download: &Download, keys: &[String]) -> Value {
    let total = download.total_bytes.unwrap_or(0);
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
        "numPieces": pieces(download.total_bytes).to_string(),
        "pieceLength": PIECE.to_string(),
        "dir": download.dir.display().to_string(),
        "files": files(download),
    });
    if let Some(map) = object.as_object_mut() {
        if let Some(bitfield) = bitfield(download) {
            map.insert("bitfield".into(), Value::String(bitfield));
        }
        if let Some(torrent) = download.details.torrent() {
            super::torrent_shape::fields(map, download, torrent);
        }
        // The torrent after its metadata step, as aria2 links them.
        if super::step_ids::has_step(download) {
            let step = super::step_ids::step_of(download.id);
            map.insert("following".into(), Value::String(gid(step)));
        }
        if download.status.is_terminal() {
            let message = match &download.status {
                Status::Failed { reason } => describe::describe_reason(reason),
                _ => String::new(),
            };
            map.insert(
                "errorCode".into(),
                Value::String(error_code(&download.status).into()),
            );
            map.insert("errorMessage".into(), Value::String(message));
        }
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
        map.insert("errorCode".into(), Value::String(REMOVED_CODE.into()));
        map.insert("errorMessage".into(), Value::String(String::new()));
    }
    select(object, keys)
}

/// Only `keys` of `object` (all when none are asked for), as aria2 does.
pub(super) fn select(object: Value, keys: &[String]) -> Value {
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
    fn gids_are_sixteen_hex_digits_both_ways_and_do_not_follow_one_another() {
        for id in [0, 1, 2, 26, 1 << 40, u64::MAX] {
            let text = gid(DownloadId(id));
            assert_eq!(text.len(), 16);
            assert_eq!(parse_gid(&text), Some(DownloadId(id)), "{text}");
        }
        let (a, b) = (gid(DownloadId(26)), gid(DownloadId(27)));
        let differ =
            u64::from_str_radix(&a, 16).expect("hex") ^ u64::from_str_radix(&b, 16).expect("hex");
        assert!(differ.count_ones() > 16, "{a} and {b} are far apart");
        assert_eq!(parse_gid("1a"), None);
        assert_eq!(parse_gid("zz0000000000001a"), None);
        assert_eq!(parse_gid("+00000000000001a"), None);
    }

    #[test]
    fn the_bitfield_sets_the_pieces_on_hand_whole() {
        let url = url::Url::parse("http://127.0.0.1/x").expect("url");
        let mut download = Download::new(DownloadId(1), url, std::path::PathBuf::new(), 0);
        assert_eq!(bitfield(&download), None, "size unknown: no bitfield");
        // 10 pieces and a bit: 11 pieces, two bytes of bits.
        download.total_bytes = Some(10 * PIECE + 5);
        std::sync::Arc::make_mut(&mut download.details).done = vec![
            [0, 2 * PIECE + 7],
            [5 * PIECE - 1, 7 * PIECE],
            [10 * PIECE, 10 * PIECE + 5],
        ];
        // Pieces 0, 1 (the third is not whole), 5, 6 (4 is not whole), and the short last one.
        assert_eq!(bitfield(&download).as_deref(), Some("c620"));
        download.status = Status::Finished;
        assert_eq!(bitfield(&download).as_deref(), Some("ffe0"));
    }

    #[test]
    fn keys_pick_fields() {
        let object = json!({"gid": "1", "status": "active", "dir": "/x"});
        let picked = select(object, &["gid".into(), "status".into()]);
        assert_eq!(picked, json!({"gid": "1", "status": "active"}));
    }
}
