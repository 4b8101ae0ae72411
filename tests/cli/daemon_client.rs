//! A `haul daemon` started as a real process, and a bare-bones JSON-RPC client for it (raw
//! HTTP, so tests see statuses and headers exactly as a client would), shared by the daemon's
//! tests.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

use super::Home;
use super::support::wait_until;

pub const SECRET: &str = "s3cret-for-tests";

/// A running daemon and where its API is.
pub struct Daemon {
    pub child: Child,
    pub port: u16,
}

impl Daemon {
    pub fn start(home: &Home) -> Self {
        let mut child = home
            .haul()
            .args(["daemon", "--rpc-listen-port", "0", "-d"])
            .arg(home.downloads())
            .env("HAUL_RPC_SECRET", SECRET)
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the daemon");
        let stderr = child.stderr.take().expect("stderr");
        let mut lines = BufReader::new(stderr).lines();
        let mut seen = String::new();
        let port = loop {
            let Some(Ok(line)) = lines.next() else {
                panic!("the daemon stopped before listening: {seen}");
            };
            seen.push_str(&line);
            if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                break digits.parse().expect("port");
            }
        };
        // Keep draining its stderr so it never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Self { child, port }
    }

    /// Sends `body` as it is; the status and the answer's body.
    pub fn post_raw(&self, body: &[u8], extra: &str) -> (u16, Vec<u8>) {
        post_to(self.port, body, extra)
    }

    /// Calls `method` with the secret; the whole JSON-RPC answer.
    pub fn call(&self, method: &str, params: Value) -> Value {
        let mut all = vec![json!(format!("token:{SECRET}"))];
        all.extend(params.as_array().cloned().unwrap_or_default());
        self.request(&json!({"jsonrpc": "2.0", "id": "t", "method": method, "params": all}))
    }

    /// Sends one call or a batch; the answer. As aria2: 200 for a result or a batch, 400
    /// for a single call that failed.
    pub fn request(&self, body: &Value) -> Value {
        let (status, answer) = self.post_raw(body.to_string().as_bytes(), "");
        let answer: Value = serde_json::from_slice(&answer)
            .unwrap_or_else(|_| panic!("JSON answer: {}", String::from_utf8_lossy(&answer)));
        let want = if answer.get("error").is_some() {
            400
        } else {
            200
        };
        assert_eq!(status, want, "{answer}");
        answer
    }

    /// The result of a call that must succeed.
    pub fn ok(&self, method: &str, params: Value) -> Value {
        let answer = self.call(method, params);
        answer
            .get("result")
            .cloned()
            .unwrap_or_else(|| panic!("{method} failed: {answer}"))
    }

    /// Adds a download (with these params after the secret); its GID.
    pub fn add(&self, params: Value) -> String {
        let gid = self.ok("aria2.addUri", params);
        gid.as_str().expect("a GID").to_owned()
    }

    /// The torrent that follows the metadata step `step` (a magnet's GID, as aria2 answers
    /// it), once the step is complete.
    pub fn followed(&self, step: &str) -> String {
        wait_until(
            Duration::from_secs(30),
            "the metadata step complete",
            || {
                let status = self.ok("aria2.tellStatus", json!([step, ["status", "followedBy"]]));
                let next = status["followedBy"][0].as_str()?.to_owned();
                assert_eq!(status["status"], json!("complete"), "{status}");
                Some(next)
            },
        )
    }

    /// Waits until download `gid` runs and has bytes.
    pub fn wait_for_bytes(&self, gid: &str) {
        wait_until(Duration::from_secs(20), "bytes arriving", || {
            let status = self.ok(
                "aria2.tellStatus",
                json!([gid, ["status", "completedLength"]]),
            );
            let done: u64 = status["completedLength"].as_str()?.parse().ok()?;
            (status["status"] == "active" && done > 0).then_some(())
        });
    }

    pub fn status(&self, gid: &str) -> String {
        self.ok("aria2.tellStatus", json!([gid, ["status"]]))["status"]
            .as_str()
            .unwrap_or("")
            .to_owned()
    }

    pub fn terminate(mut self) -> Option<i32> {
        rustix::process::kill_process(
            rustix::process::Pid::from_child(&self.child),
            rustix::process::Signal::TERM,
        )
        .expect("SIGTERM");
        let status = wait_until(Duration::from_secs(20), "the daemon to exit", || {
            self.child.try_wait().expect("wait")
        });
        status.code()
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// POSTs `body` to `/jsonrpc` on `port` of 127.0.0.1 (a daemon, or aria2c beside it); the
/// status and the answer's body.
pub fn post_to(port: u16, body: &[u8], extra: &str) -> (u16, Vec<u8>) {
    let head = format!(
        "POST /jsonrpc HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n{extra}\r\n",
        body.len()
    );
    exchange(port, head.as_bytes(), body)
}

/// Sends `head` then `body` on a new connection to `port`; the status and the answer's body.
pub fn exchange(port: u16, head: &[u8], body: &[u8]) -> (u16, Vec<u8>) {
    let (status, _, body) = exchange_whole(port, head, body);
    (status, body)
}

/// The same, with the answer's head too.
pub fn exchange_whole(port: u16, head: &[u8], body: &[u8]) -> (u16, String, Vec<u8>) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    stream.write_all(head).expect("send head");
    // A body the server refuses may be cut short by its answer.
    let _ = stream.write_all(body);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("no HTTP answer: {text:?}"));
    let end = text.find("\r\n\r\n").map_or(text.len(), |at| at + 4);
    (status, text[..end].to_owned(), answer[end..].to_vec())
}
