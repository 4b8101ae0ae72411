//! Helpers shared by the integration tests: the fault-injecting server, test data, hashes,
//! and waiting for the engine.

#![allow(dead_code)]

pub mod fake_desktop;
pub mod proxies;
pub mod raw_peer;
pub mod server;
pub mod streams;
pub mod swarm;
pub mod tls_server;
pub mod tracker;
pub mod xsession;

use std::path::Path;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

/// Deterministic pseudo-random bytes (so a wrong offset shows up as a wrong hash).
pub fn data(len: usize, seed: u64) -> Vec<u8> {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

/// SHA-256 as lowercase hex.
pub fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// SHA-256 of a file.
pub fn sha256_file(path: &Path) -> String {
    sha256(&std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display())))
}

/// Waits until `check` returns `Some`, or panics with `what` after `timeout`.
pub fn wait_until<T>(timeout: Duration, what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(value) = check() {
            return value;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The names of the files in a folder, sorted.
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The origin Haul's extension has in Chromium browsers (fixed by the `key` in its manifest),
/// as they pass it to the native host.
pub fn extension_origin() -> String {
    format!(
        "chrome-extension://{}/",
        haul::browser::CHROMIUM_EXTENSION_ID
    )
}

/// Sends one native-messaging message (32-bit native-endian length, then JSON) to a host
/// process started with piped stdin and stdout, and reads its framed answer.
pub fn native_message(host: &mut std::process::Child, message: &str) -> serde_json::Value {
    use std::io::{Read, Write};
    let stdin = host.stdin.as_mut().expect("stdin");
    stdin
        .write_all(&(message.len() as u32).to_ne_bytes())
        .expect("length");
    stdin.write_all(message.as_bytes()).expect("message");
    stdin.flush().expect("flush");
    let stdout = host.stdout.as_mut().expect("stdout");
    let mut length = [0u8; 4];
    stdout.read_exact(&mut length).expect("answer length");
    let mut answer = vec![0; u32::from_ne_bytes(length) as usize];
    stdout.read_exact(&mut answer).expect("answer");
    serde_json::from_slice(&answer).expect("json answer")
}
