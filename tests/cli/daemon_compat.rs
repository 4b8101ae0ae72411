//! `haul daemon` beside real aria2c: the same calls sent to both, in the same order, over the
//! same test server, and each answer's shape compared (its HTTP status, its fields and their
//! JSON types). Clients are written against aria2's answers, so a field missing or of another
//! type breaks them where aria2 works. Then aria2p's notification listener, as its users run
//! it. aria2c and aria2p are installed by `.ci/run`; elsewhere the tests say they are skipped.

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

use super::Home;
use super::daemon_client::{Daemon, SECRET, post_to};
use super::support::server::{Route, TestServer};
use super::support::{data, sha256, sha256_file, wait_until};

/// aria2c with its JSON-RPC on a free port, stopped when dropped.
struct Aria2 {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Aria2 {
    fn start() -> Option<Self> {
        let dir = tempfile::tempdir().expect("temp dir");
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new("aria2c")
            .arg("--enable-rpc")
            .arg(format!("--rpc-listen-port={port}"))
            .arg(format!("--rpc-secret={SECRET}"))
            .arg("--no-conf")
            .arg("--quiet")
            .arg("--max-tries=1")
            .arg("-d")
            .arg(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let aria2 = Self {
            child,
            port,
            _dir: dir,
        };
        wait_until(Duration::from_secs(10), "aria2c listening", || {
            std::net::TcpStream::connect(("127.0.0.1", port)).ok()
        });
        Some(aria2)
    }
}

impl Drop for Aria2 {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A call with the secret to whichever server listens on `port`: the status and the answer.
fn call(port: u16, method: &str, params: Value) -> (u16, Value) {
    let mut all = vec![json!(format!("token:{SECRET}"))];
    all.extend(params.as_array().cloned().unwrap_or_default());
    let body = json!({"jsonrpc": "2.0", "id": "c", "method": method, "params": all});
    let (status, answer) = post_to(port, body.to_string().as_bytes(), "");
    let answer = serde_json::from_slice(&answer)
        .unwrap_or_else(|_| panic!("{method}: {}", String::from_utf8_lossy(&answer)));
    (status, answer)
}

fn result(port: u16, method: &str, params: Value) -> Value {
    let (_, answer) = call(port, method, params);
    answer
        .get("result")
        .cloned()
        .unwrap_or_else(|| panic!("{method}: {answer}"))
}

/// The shape of a JSON value: its type, an object's fields with their shapes, a list's first
/// item's shape.
fn shape(value: &Value) -> Value {
    match value {
        Value::Null => json!("null"),
        Value::Bool(_) => json!("bool"),
        Value::Number(_) => json!("number"),
        Value::String(_) => json!("string"),
        Value::Array(items) => json!([items.first().map(shape)]),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), shape(v))).collect())
        }
    }
}

/// The answers one server gave, by what was asked.
type Answers = BTreeMap<&'static str, (u16, Value)>;

/// The same session against the server on `port`: downloads in every state, then each method.
fn session(port: u16, server: &TestServer) -> Answers {
    let add = |path: &str, options: Value| -> String {
        result(port, "aria2.addUri", json!([[server.url(path)], options]))
            .as_str()
            .expect("a GID")
            .to_owned()
    };
    // One connection, so the bytes it has are one range from the start (as aria2c here).
    let active = add("/slow-a.bin", json!({"split": "1"}));
    let paused = add("/slow-p.bin", json!({"pause": "true", "out": "p.bin"}));
    let queued = add("/slow-q.bin", json!({"pause": "true", "out": "q.bin"}));
    let broken = add("/missing.bin", json!({}));
    let small = add("/small.bin", json!({}));
    let status_of = |gid: &str| result(port, "aria2.tellStatus", json!([gid]));
    wait_until(
        Duration::from_secs(30),
        "every download where it should be",
        || {
            let a = status_of(&active);
            let done: u64 = a["completedLength"].as_str()?.parse().ok()?;
            let total: u64 = a["totalLength"].as_str()?.parse().ok()?;
            // Two pieces written whole, so the bitfield has something to show.
            let ready = a["status"] == "active"
                && done >= 2 * 1024 * 1024 + 300_000
                && total > 0
                && status_of(&broken)["status"] == "error"
                && status_of(&small)["status"] == "complete";
            ready.then_some(())
        },
    );
    let mut answers = Answers::new();
    let mut ask = |label: &'static str, method: &str, params: Value| {
        answers.insert(label, call(port, method, params));
    };
    ask("tellStatus active", "aria2.tellStatus", json!([active]));
    ask("tellStatus paused", "aria2.tellStatus", json!([paused]));
    ask("tellStatus error", "aria2.tellStatus", json!([broken]));
    ask("tellStatus complete", "aria2.tellStatus", json!([small]));
    ask(
        "tellStatus keys",
        "aria2.tellStatus",
        json!([active, ["gid", "status"]]),
    );
    ask(
        "tellStatus unknown",
        "aria2.tellStatus",
        json!(["0123456789abcdef"]),
    );
    ask("tellActive", "aria2.tellActive", json!([["gid", "status"]]));
    ask(
        "tellWaiting",
        "aria2.tellWaiting",
        json!([0, 10, ["gid", "status"]]),
    );
    ask(
        "tellStopped",
        "aria2.tellStopped",
        json!([0, 10, ["gid", "errorCode"]]),
    );
    ask("getFiles", "aria2.getFiles", json!([active]));
    ask("getUris", "aria2.getUris", json!([active]));
    ask("getServers active", "aria2.getServers", json!([active]));
    ask("getServers paused", "aria2.getServers", json!([paused]));
    ask("getPeers", "aria2.getPeers", json!([active]));
    ask("getSessionInfo", "aria2.getSessionInfo", json!([]));
    ask("getVersion", "aria2.getVersion", json!([]));
    ask("getGlobalStat", "aria2.getGlobalStat", json!([]));
    ask(
        "changePosition",
        "aria2.changePosition",
        json!([queued, 0, "POS_SET"]),
    );
    ask(
        "changePosition running",
        "aria2.changePosition",
        json!([active, 0, "POS_SET"]),
    );
    let (old, new) = (server.url("/slow-p.bin"), server.url("/slow-p2.bin"));
    ask(
        "changeUri",
        "aria2.changeUri",
        json!([paused, 1, [old], [new]]),
    );
    // Still paused, with the new link.
    ask("getUris after changeUri", "aria2.getUris", json!([paused]));
    ask(
        "tellStatus after changeUri",
        "aria2.tellStatus",
        json!([paused, ["status"]]),
    );
    ask(
        "changeOption",
        "aria2.changeOption",
        json!([paused, {"max-download-limit": "100K", "split": "2"}]),
    );
    ask("unknown method", "aria2.fly", json!([]));
    ask("remove active", "aria2.remove", json!([active]));
    wait_until(Duration::from_secs(10), "removed", || {
        (status_of(&active)["status"] == "removed").then_some(())
    });
    ask("tellStatus removed", "aria2.tellStatus", json!([active]));
    ask("remove never started", "aria2.remove", json!([queued]));
    std::thread::sleep(Duration::from_millis(500));
    ask(
        "tellStatus removed before start",
        "aria2.tellStatus",
        json!([queued]),
    );
    ask(
        "purgeDownloadResult",
        "aria2.purgeDownloadResult",
        json!([]),
    );
    ask(
        "getGlobalStat after purge",
        "aria2.getGlobalStat",
        json!([]),
    );
    answers.insert("getOption", call(port, "aria2.getOption", json!([paused])));
    answers.insert(
        "getGlobalOption",
        call(port, "aria2.getGlobalOption", json!([])),
    );
    answers
}

/// The fields of an options answer that are not aria2's, and those web front ends show
/// that are missing.
fn option_differences(haul: &Value, aria2: &Value) -> Vec<String> {
    let (Some(haul), Some(aria2)) = (haul["result"].as_object(), aria2["result"].as_object())
    else {
        return vec![format!("not objects: {haul} / {aria2}")];
    };
    let mut differences = Vec::new();
    for (name, value) in haul {
        if !aria2.contains_key(name) && name != "checksum" {
            differences.push(format!("'{name}' is not an aria2 option"));
        }
        if !value.is_string() {
            differences.push(format!("'{name}' is not a string: {value}"));
        }
    }
    for shown in [
        "dir",
        "split",
        "max-connection-per-server",
        "max-download-limit",
        "max-upload-limit",
        "max-tries",
        "retry-wait",
        "timeout",
        "connect-timeout",
        "user-agent",
        "continue",
        "allow-overwrite",
        "auto-file-renaming",
    ] {
        if !haul.contains_key(shown) {
            differences.push(format!("'{shown}' is missing"));
        }
    }
    differences
}

#[test]
fn each_method_answers_in_the_shape_aria2_gives() {
    let Some(aria2) = Aria2::start() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "aria2c is missing on CI (.ci/run installs it)"
        );
        eprintln!("SKIPPED: needs aria2c (apt-get install aria2)");
        return;
    };
    let server = TestServer::start();
    for path in ["/slow-a.bin", "/slow-p.bin", "/slow-q.bin", "/slow-p2.bin"] {
        server.route(path, Route::file(data(8_000_000, 31)).shared_cap(500_000));
    }
    server.route("/small.bin", Route::file(data(200_000, 32)));
    server.route("/missing.bin", Route::status(404));
    let home = Home::new();
    let daemon = Daemon::start(&home);

    let theirs = session(aria2.port, &server);
    let ours = session(daemon.port, &server);

    let mut differences = Vec::new();
    for (label, (their_status, their_answer)) in &theirs {
        let (our_status, our_answer) = &ours[label];
        if our_status != their_status {
            differences.push(format!(
                "{label}: HTTP {our_status}, aria2 {their_status}: {our_answer}"
            ));
        }
        if label.starts_with("get") && label.ends_with("Option") {
            for difference in option_differences(our_answer, their_answer) {
                differences.push(format!("{label}: {difference}"));
            }
            continue;
        }
        let (our_shape, their_shape) = (shape(our_answer), shape(their_answer));
        if our_shape != their_shape {
            differences.push(format!(
                "{label}:\n  Haul  {our_shape}\n  aria2 {their_shape}"
            ));
        }
    }
    // Values clients act on, beyond the shapes.
    for label in [
        "changePosition",
        "changeUri",
        "getUris after changeUri",
        "tellStatus after changeUri",
        "purgeDownloadResult",
    ] {
        if ours[label].1["result"] != theirs[label].1["result"] {
            differences.push(format!(
                "{label}: Haul {} aria2 {}",
                ours[label].1, theirs[label].1
            ));
        }
    }
    for (label, field) in [
        ("tellStatus removed", "errorCode"),
        ("tellStatus complete", "errorCode"),
        ("tellStatus complete", "bitfield"),
        ("tellStatus error", "errorCode"),
        ("getGlobalStat after purge", "numStoppedTotal"),
        ("getGlobalStat after purge", "numStopped"),
    ] {
        if ours[label].1["result"][field] != theirs[label].1["result"][field] {
            differences.push(format!(
                "{label} {field}: Haul {} aria2 {}",
                ours[label].1["result"][field], theirs[label].1["result"][field]
            ));
        }
    }
    // A running download's pieces written whole show in its bitfield, as in aria2's.
    let bitfield = ours["tellStatus active"].1["result"]["bitfield"]
        .as_str()
        .unwrap_or("");
    if !bitfield.starts_with('c') && !bitfield.starts_with('8') {
        differences.push(format!(
            "the active bitfield shows no piece: {}",
            ours["tellStatus active"].1
        ));
    }
    assert!(
        differences.is_empty(),
        "differences from aria2:\n{}",
        differences.join("\n")
    );

    // Shutdown answers, then the daemon saves its list and exits 0, as aria2c does.
    assert_eq!(result(daemon.port, "aria2.shutdown", json!([])), "OK");
    let mut daemon = daemon;
    let exited = wait_until(Duration::from_secs(20), "the daemon to exit", || {
        daemon.child.try_wait().expect("wait")
    });
    assert_eq!(exited.code(), Some(0));
}

/// Whether Python has aria2p (on CI it must).
fn has_aria2p() -> bool {
    let found = Command::new("python3")
        .args(["-c", "import aria2p"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "aria2p is missing on CI (.ci/run installs it)"
        );
        eprintln!("SKIPPED: needs aria2p (pip install aria2p)");
    }
    found
}

#[test]
fn aria2p_drives_the_daemon() {
    if !has_aria2p() {
        return;
    }
    let server = TestServer::start();
    let body = data(2_500_000, 703);
    server.route("/movie.mkv", Route::file(body.clone()).throttle(1_000_000));
    server.route(
        "/slow.bin",
        Route::file(data(2_000_000, 704)).throttle(50_000),
    );
    let home = Home::new();
    std::fs::create_dir_all(home.downloads()).expect("mkdir");
    let daemon = Daemon::start(&home);
    let said = run_client(
        "aria2p_drive.py",
        &[
            daemon.port.to_string(),
            SECRET.to_owned(),
            server.url("/movie.mkv"),
            server.url("/slow.bin"),
            home.downloads().display().to_string(),
        ],
    );
    assert!(said.ends_with("ok\n"), "{said}");
    assert_eq!(
        sha256_file(&home.downloads().join("movie.mkv")),
        sha256(&body)
    );
}

#[test]
fn aria2p_listener_hears_every_event_in_order() {
    if !has_aria2p() {
        return;
    }
    let server = TestServer::start();
    // Small enough to start and finish between two looks at the rows.
    server.route("/quick.bin", Route::file(data(20_000, 41)));
    server.route(
        "/slow.bin",
        Route::file(data(4_000_000, 42)).throttle(100_000),
    );
    server.route("/missing.bin", Route::status(404));
    let home = Home::new();
    std::fs::create_dir_all(home.downloads()).expect("mkdir");
    let daemon = Daemon::start(&home);
    let said = run_client(
        "aria2p_listen.py",
        &[
            daemon.port.to_string(),
            SECRET.to_owned(),
            server.url("/quick.bin"),
            server.url("/slow.bin"),
            server.url("/missing.bin"),
            home.downloads().display().to_string(),
        ],
    );
    assert!(said.ends_with("ok\n"), "{said}");
}

/// Runs the Python client `name` from tests/clients with `args`, two minutes at most; what it
/// said. It must exit 0.
fn run_client(name: &str, args: &[String]) -> String {
    let folder = tempfile::tempdir().expect("temp dir");
    let (out, err) = (folder.path().join("out"), folder.path().join("err"));
    let script = format!("{}/tests/clients/{name}", env!("CARGO_MANIFEST_DIR"));
    let mut child = Command::new("python3")
        .arg(script)
        .args(args)
        .stdout(std::fs::File::create(&out).expect("out"))
        .stderr(std::fs::File::create(&err).expect("err"))
        .spawn()
        .expect("run python3");
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let said = format!(
        "{}{}",
        std::fs::read_to_string(&out).unwrap_or_default(),
        std::fs::read_to_string(&err).unwrap_or_default()
    );
    assert!(
        status.is_some(),
        "{name} did not end within two minutes: {said}"
    );
    assert!(status.is_some_and(|s| s.success()), "{name} failed: {said}");
    said
}
