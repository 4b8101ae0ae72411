//! `haul daemon` as a real process driven over aria2's JSON-RPC: adding, pausing, resuming,
//! removing, the bytes on disk, the secret, bad requests, SIGTERM saving the list.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::Stdio;
use std::time::Duration;

use serde_json::{Value, json};

use super::Home;
use super::daemon_client::{Daemon, SECRET};
use super::support::proxies::{Kind, TestProxy};
use super::support::server::{Route, TestServer};
use super::support::{data, sha256, sha256_file, wait_until};

#[test]
fn a_client_adds_pauses_resumes_and_gets_the_file() {
    let server = TestServer::start();
    let body = data(3_000_000, 700);
    server.route("/big.iso", Route::file(body.clone()).throttle(1_000_000));
    let home = Home::new();
    let daemon = Daemon::start(&home);

    let version = daemon.ok("aria2.getVersion", json!([]));
    assert!(version["version"].is_string(), "{version}");
    let gid = daemon.add(json!([[server.url("/big.iso")]]));
    assert_eq!(gid.len(), 16, "aria2's GIDs are 16 hex digits: {gid}");
    daemon.wait_for_bytes(&gid);
    let active = daemon.ok("aria2.tellActive", json!([["gid"]]));
    assert_eq!(active, json!([{"gid": gid}]));

    assert_eq!(daemon.ok("aria2.pause", json!([gid])), json!(gid));
    wait_until(Duration::from_secs(20), "paused", || {
        (daemon.status(&gid) == "paused").then_some(())
    });
    let waiting = daemon.ok("aria2.tellWaiting", json!([0, 10, ["gid", "status"]]));
    assert_eq!(waiting, json!([{"gid": gid, "status": "paused"}]));
    let stat = daemon.ok("aria2.getGlobalStat", json!([]));
    assert_eq!(stat["numWaiting"], "1", "{stat}");

    assert_eq!(daemon.ok("aria2.unpause", json!([gid])), json!(gid));
    wait_until(Duration::from_secs(30), "complete", || {
        (daemon.status(&gid) == "complete").then_some(())
    });
    assert_eq!(
        sha256_file(&home.downloads().join("big.iso")),
        sha256(&body)
    );
    let stopped = daemon.ok(
        "aria2.tellStopped",
        json!([0, 10, ["gid", "status", "totalLength"]]),
    );
    assert_eq!(
        stopped,
        json!([{"gid": gid, "status": "complete", "totalLength": "3000000"}])
    );
    let files = daemon.ok("aria2.tellStatus", json!([gid, ["files"]]));
    assert_eq!(
        files["files"][0]["path"],
        json!(home.downloads().join("big.iso").display().to_string())
    );
    assert_eq!(daemon.ok("aria2.removeDownloadResult", json!([gid])), "OK");
    let gone = daemon.call("aria2.tellStatus", json!([gid]));
    assert_eq!(gone["error"]["code"], 1, "{gone}");
    assert_eq!(daemon.terminate(), Some(0));
}

#[test]
fn remove_stops_a_download_and_keeps_its_partial_file() {
    let server = TestServer::start();
    server.route(
        "/slow.bin",
        Route::file(data(2_000_000, 701)).throttle(100_000),
    );
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let gid = daemon.add(json!([[server.url("/slow.bin")], {"out": "kept.bin"}]));
    daemon.wait_for_bytes(&gid);
    assert_eq!(daemon.ok("aria2.forceRemove", json!([gid])), json!(gid));
    assert_eq!(daemon.status(&gid), "removed");
    let stopped = daemon.ok("aria2.tellStopped", json!([0, 10, ["gid", "status"]]));
    assert_eq!(stopped, json!([{"gid": gid, "status": "removed"}]));
    assert!(
        daemon
            .ok("aria2.tellActive", json!([]))
            .as_array()
            .is_some_and(Vec::is_empty)
    );
    // Nothing deleted by surprise: the partial stays, as aria2 leaves it.
    wait_until(Duration::from_secs(10), "the partial file", || {
        home.downloads()
            .join("kept.bin.part")
            .is_file()
            .then_some(())
    });
    assert_eq!(daemon.ok("aria2.purgeDownloadResult", json!([])), "OK");
    assert!(
        daemon
            .ok("aria2.tellStopped", json!([0, 10]))
            .as_array()
            .is_some_and(Vec::is_empty)
    );
}

#[test]
fn wrong_secrets_bad_requests_and_unknown_methods_get_clear_errors() {
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let refused = daemon.request(&json!({
        "jsonrpc": "2.0", "id": 1, "method": "aria2.addUri",
        "params": ["token:wrong", ["http://127.0.0.1:9/x"]],
    }));
    assert_eq!(
        refused["error"],
        json!({"code": 1, "message": "Unauthorized"})
    );
    let no_token = daemon.request(&json!({
        "jsonrpc": "2.0", "id": 2, "method": "aria2.tellActive", "params": [],
    }));
    assert_eq!(no_token["error"]["message"], "Unauthorized");
    let unknown = daemon.call("aria2.formatDisk", json!([]));
    assert_eq!(unknown["error"]["code"], 1, "{unknown}");
    assert_eq!(
        unknown["error"]["message"],
        "No such method: aria2.formatDisk"
    );
    // An option that does not apply to Haul is taken as aria2 takes it (web front ends send
    // BitTorrent's with every change); one that runs a command is refused by name.
    let gid = daemon.add(json!([["http://127.0.0.1:9/x.bin"], {"pause": "true",
        "bt-max-peers": "55", "seed-ratio": "1.0"}]));
    let changed = daemon.call(
        "aria2.changeOption",
        json!([gid, {"max-download-limit": "100K", "bt-request-peer-speed-limit": "50K",
                     "max-upload-limit": "0"}]),
    );
    assert_eq!(changed["result"], "OK", "{changed}");
    let hook = daemon.call(
        "aria2.addUri",
        json!([["http://127.0.0.1:9/y.bin"], {"on-download-complete": "/bin/sh"}]),
    );
    assert!(
        hook["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("on-download-complete"),
        "{hook}"
    );
    let bad_option = daemon.call(
        "aria2.addUri",
        // A proxy Haul cannot use is refused by the option's name.
        json!([["http://127.0.0.1:9/x"], {"all-proxy": "ftp://x:21"}]),
    );
    assert!(
        bad_option["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("all-proxy"),
        "{bad_option}"
    );
    let not_a_link = daemon.call("aria2.addUri", json!([["ftp://127.0.0.1/x"]]));
    assert_eq!(not_a_link["error"]["code"], 1, "{not_a_link}");

    let (status, answer) = daemon.post_raw(b"{\"jsonrpc\": \"2.0\", \"method\": ", "");
    assert_eq!(
        status, 400,
        "an error to a single call is 400, as aria2 answers"
    );
    let answer: Value = serde_json::from_slice(&answer).expect("JSON");
    assert_eq!(answer["error"]["code"], -32700);
    let huge = vec![b' '; 2 * 1024 * 1024];
    assert_eq!(daemon.post_raw(&huge, "").0, 413);
    let from_a_page = daemon.post_raw(b"{}", "Origin: http://evil.example\r\n");
    assert_eq!(from_a_page.0, 403);

    // Listings need no secret (as in aria2); several calls at once each carry their own.
    let methods =
        daemon.request(&json!({"jsonrpc": "2.0", "id": 3, "method": "system.listMethods"}));
    assert!(
        methods["result"]
            .as_array()
            .is_some_and(|m| m.contains(&json!("aria2.addUri")))
    );
    let multi = daemon.request(&json!({
        "jsonrpc": "2.0", "id": 4, "method": "system.multicall",
        "params": [[
            {"methodName": "aria2.getGlobalStat", "params": [format!("token:{SECRET}")]},
            {"methodName": "aria2.getGlobalStat", "params": ["token:nope"]},
        ]],
    }));
    // One wrong secret in a multicall refuses all of it: a batch of guesses tells nothing.
    assert_eq!(multi["error"]["message"], "Unauthorized", "{multi}");
    // Nothing was added by any of it (but the one paused download added on purpose).
    let stat = daemon.ok("aria2.getGlobalStat", json!([]));
    assert_eq!(
        (stat["numActive"].clone(), stat["numWaiting"].clone()),
        (json!("0"), json!("1"))
    );
}

#[test]
fn sigterm_saves_the_list_and_the_next_daemon_resumes_it() {
    let server = TestServer::start();
    let body = data(1_500_000, 702);
    server.route("/resume.bin", Route::file(body.clone()).throttle(150_000));
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let gid = daemon.add(json!([[server.url("/resume.bin")]]));
    daemon.wait_for_bytes(&gid);
    assert_eq!(daemon.terminate(), Some(0), "SIGTERM is a clean exit");

    let home_again = &home;
    let daemon = Daemon::start(home_again);
    let status = daemon.ok("aria2.tellStatus", json!([gid, ["status"]]));
    assert!(
        ["active", "waiting"].contains(&status["status"].as_str().unwrap_or("")),
        "{status}"
    );
    wait_until(Duration::from_secs(40), "complete", || {
        (daemon.status(&gid) == "complete").then_some(())
    });
    assert_eq!(
        sha256_file(&home.downloads().join("resume.bin")),
        sha256(&body)
    );
}

#[test]
fn a_second_daemon_on_the_same_list_is_refused() {
    let home = Home::new();
    let _first = Daemon::start(&home);
    let output = home
        .haul()
        .args(["daemon", "--rpc-listen-port", "0", "--rpc-secret", "x"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(text.contains("already runs"), "{text}");
    let no_secret = home
        .haul()
        .args(["daemon", "--rpc-listen-port", "0"])
        .env_remove("HAUL_RPC_SECRET")
        .output()
        .expect("run");
    assert_eq!(no_secret.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&no_secret.stderr).contains("secret is required"));
}

#[test]
fn a_websocket_client_calls_and_hears_the_download_complete() {
    use tungstenite::Message;
    let server = TestServer::start();
    let body = data(600_000, 705);
    server.route("/song.flac", Route::file(body.clone()).throttle(400_000));
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let (mut socket, _) =
        tungstenite::connect(format!("ws://127.0.0.1:{}/jsonrpc", daemon.port)).expect("WebSocket");
    if let tungstenite::stream::MaybeTlsStream::Plain(stream) = socket.get_mut() {
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .expect("timeout");
    }
    let add = json!({
        "jsonrpc": "2.0", "id": "add", "method": "aria2.addUri",
        "params": [format!("token:{SECRET}"), [server.url("/song.flac")]],
    });
    socket.send(Message::text(add.to_string())).expect("send");
    let mut gid = None;
    let mut heard = Vec::new();
    while !heard.contains(&"aria2.onDownloadComplete".to_owned()) {
        let message = socket
            .read()
            .expect("a message before the download completes");
        let Message::Text(text) = message else {
            continue;
        };
        let value: Value = serde_json::from_str(text.as_str()).expect("JSON");
        if value["id"] == "add" {
            gid = value["result"].as_str().map(str::to_owned);
            continue;
        }
        let method = value["method"].as_str().unwrap_or("").to_owned();
        assert_eq!(
            value["params"][0]["gid"].as_str(),
            gid.as_deref(),
            "{value}"
        );
        heard.push(method);
    }
    assert_eq!(
        heard.first().map(String::as_str),
        Some("aria2.onDownloadStart"),
        "{heard:?}"
    );
    assert!(gid.is_some());
    assert_eq!(
        sha256_file(&home.downloads().join("song.flac")),
        sha256(&body)
    );
    // Calls work over the socket too, and a wrong secret is refused there as well.
    let wrong =
        json!({"jsonrpc": "2.0", "id": 9, "method": "aria2.tellActive", "params": ["token:x"]});
    socket.send(Message::text(wrong.to_string())).expect("send");
    let answer = loop {
        if let Message::Text(text) = socket.read().expect("answer") {
            break serde_json::from_str::<Value>(text.as_str()).expect("JSON");
        }
    };
    assert_eq!(answer["error"]["message"], "Unauthorized");
}

#[test]
fn split_and_header_options_reach_the_download() {
    let server = TestServer::start();
    // Big and slow enough that growth would have long added connections (each one is held
    // to 400 KB/s, so more would pay).
    let body = data(4_000_000, 706);
    server.route(
        "/members/report.pdf",
        Route::file(body.clone())
            .throttle(400_000)
            .requires("cookie", "session=abc"),
    );
    let home = Home::new();
    // No checksum files looked up beside it: the server's answers at once are the file's.
    let settings = home.path().join("config/haul/haul.toml");
    let mut text = std::fs::read_to_string(&settings).expect("settings");
    text.push_str("checksum_discovery = false\n");
    std::fs::write(&settings, text).expect("settings");
    let daemon = Daemon::start(&home);
    let url = server.url("/members/report.pdf");
    let refused = daemon.add(json!([[url], {"out": "no-cookie.pdf"}]));
    wait_until(
        Duration::from_secs(30),
        "the one without the cookie to fail",
        || (daemon.status(&refused) == "error").then_some(()),
    );
    server.take_most_answering();
    let gid = daemon.add(json!([[url], {"split": "1", "header": ["Cookie: session=abc"]}]));
    let mut most = 0;
    wait_until(Duration::from_secs(60), "complete", || {
        let status = daemon.ok("aria2.tellStatus", json!([gid, ["status", "connections"]]));
        let open: usize = status["connections"].as_str()?.parse().ok()?;
        most = most.max(open);
        std::thread::sleep(Duration::from_millis(100));
        (status["status"] == "complete").then_some(())
    });
    assert!(most <= 1, "split=1 keeps one connection, saw {most}");
    // The server saw one answer at a time.
    let answering = server.take_most_answering();
    assert!(answering <= 1, "split=1: {answering} answers at once");
    assert_eq!(
        sha256_file(&home.downloads().join("report.pdf")),
        sha256(&body)
    );
    let failed = daemon.ok(
        "aria2.tellStatus",
        json!([refused, ["errorCode", "errorMessage"]]),
    );
    assert_eq!(failed["errorCode"], "24", "{failed}");
    assert!(
        failed["errorMessage"]
            .as_str()
            .is_some_and(|m| m.contains("403")),
        "{failed}"
    );
}

#[test]
fn too_many_connections_are_turned_away_and_links_opened_with_haul_reach_the_daemon() {
    let server = TestServer::start();
    let body = data(200_000, 707);
    server.route("/handed.bin", Route::file(body.clone()));
    let home = Home::new();
    let daemon = Daemon::start(&home);
    // 32 idle connections without the secret fill every place; a client with the secret
    // still gets its answer at once (the oldest stranger makes way).
    let mut held: Vec<TcpStream> = (0..32)
        .map(|_| TcpStream::connect(("127.0.0.1", daemon.port)).expect("connect"))
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let asked = std::time::Instant::now();
    let stat = daemon.ok("aria2.getGlobalStat", json!([]));
    assert!(stat["numActive"].is_string(), "{stat}");
    assert!(
        asked.elapsed() < Duration::from_secs(1),
        "{:?}",
        asked.elapsed()
    );
    let mut byte = [0u8; 1];
    held[0]
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    assert_eq!(
        std::io::Read::read(&mut held[0], &mut byte).ok(),
        Some(0),
        "the oldest stranger was closed"
    );
    drop(held);
    // `haul URL` and `haul LIST-FILE` while the daemon runs hand the links over (no window
    // needed) and exit.
    let listed = data(150_000, 708);
    server.route("/listed.bin", Route::file(listed.clone()));
    let list = home.path().join("links.txt");
    std::fs::write(
        &list,
        format!("# for later\n{}\n", server.url("/listed.bin")),
    )
    .expect("list");
    let output = home
        .haul()
        .arg(server.url("/handed.bin"))
        .arg(&list)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("run haul");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let listed_path = home.downloads().join("listed.bin");
    wait_until(Duration::from_secs(30), "the file from the list", || {
        (listed_path.is_file() && sha256_file(&listed_path) == sha256(&listed)).then_some(())
    });
    let path = home.downloads().join("handed.bin");
    wait_until(Duration::from_secs(30), "the handed-over file", || {
        (path.is_file() && sha256_file(&path) == sha256(&body)).then_some(())
    });
}

#[test]
fn add_uri_puts_a_download_at_the_position_asked() {
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let add = |name: &str, position: Option<u64>| {
        let mut params = vec![
            json!([format!("http://127.0.0.1:9/{name}")]),
            json!({"pause": "true"}),
        ];
        if let Some(at) = position {
            params.push(json!(at));
        }
        daemon
            .ok("aria2.addUri", Value::Array(params))
            .as_str()
            .expect("gid")
            .to_owned()
    };
    let first = add("a.bin", None);
    let second = add("b.bin", None);
    let front = add("c.bin", Some(0));
    let middle = add("d.bin", Some(2));
    let order: Vec<String> = daemon
        .ok("aria2.tellWaiting", json!([0, 10, ["gid"]]))
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|d| d["gid"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(order, vec![front, first, middle, second]);
    let last_first = daemon.ok("aria2.tellWaiting", json!([-1, 2, ["gid"]]));
    assert_eq!(last_first[0]["gid"], json!(order[3]));
}

/// A local process without the secret tries every way to lock the real client out: silent
/// WebSockets, headers a byte at a time, a flood of requests, a batch of guessed secrets. The
/// real client's calls are answered within a second all along, and the guesses learn nothing.
#[test]
fn nobody_without_the_secret_keeps_a_client_with_it_waiting() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let port = daemon.port;
    let stop = std::sync::Arc::new(AtomicBool::new(false));
    // 32 WebSocket upgrades that then never say a word.
    let silent: Vec<TcpStream> = (0..32)
        .map(|n| {
            let mut socket = TcpStream::connect(("127.0.0.1", port)).expect("connect");
            let upgrade = format!(
                "GET /jsonrpc HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n\
                 Connection: Upgrade\r\nSec-WebSocket-Key: a2V5LW51bWJlci0{n:02}==\r\n\
                 Sec-WebSocket-Version: 13\r\n\r\n"
            );
            socket.write_all(upgrade.as_bytes()).expect("upgrade");
            socket
        })
        .collect();
    // 16 connections sending their headers a byte every two seconds, again and again.
    let slow = {
        let stop = std::sync::Arc::clone(&stop);
        std::thread::spawn(move || {
            let mut sockets: Vec<TcpStream> = Vec::new();
            while !stop.load(Ordering::SeqCst) {
                sockets.retain_mut(|socket| socket.write_all(b"X").is_ok());
                while sockets.len() < 16 {
                    match TcpStream::connect(("127.0.0.1", port)) {
                        Ok(socket) => sockets.push(socket),
                        Err(_) => break,
                    }
                }
                std::thread::sleep(Duration::from_secs(2));
            }
        })
    };
    // A flood of empty requests.
    let flood = {
        let stop = std::sync::Arc::clone(&stop);
        std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                if let Ok(mut socket) = TcpStream::connect(("127.0.0.1", port)) {
                    let _ = socket.write_all(
                        b"POST /jsonrpc HTTP/1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
                    );
                    let _ = socket.read_to_end(&mut Vec::new());
                }
            }
        })
    };
    // A batch of 500 guesses: refused whole, after the price of a wrong secret.
    let guesses: Vec<Value> = (0..500)
        .map(|n| {
            json!({"jsonrpc": "2.0", "id": n, "method": "aria2.getVersion",
                   "params": [format!("token:guess-{n}")]})
        })
        .chain(std::iter::once(json!({"jsonrpc": "2.0", "id": "right",
            "method": "aria2.getVersion", "params": [format!("token:{SECRET}")]})))
        .collect();
    // The flood shares the strangers' budget: a guesser may be told to slow down first.
    let body = Value::Array(guesses).to_string();
    let (guessed, answer) = wait_until(Duration::from_secs(20), "the guesses answered", || {
        let guessed = std::time::Instant::now();
        let (status, answer) = daemon.post_raw(body.as_bytes(), "");
        assert!(status == 200 || status == 429, "{status}");
        (status == 200).then_some((guessed, answer))
    });
    assert!(
        guessed.elapsed() >= Duration::from_secs(1),
        "a wrong secret costs time"
    );
    let answers: Value = serde_json::from_slice(&answer).expect("JSON");
    assert!(
        answers
            .as_array()
            .is_some_and(|all| all.iter().all(|a| a["error"]["message"] == "Unauthorized")),
        "even the right one is refused with the guesses: {answers}"
    );
    // Meanwhile, and for a while, the real client is answered within a second each time.
    for _ in 0..6 {
        let asked = std::time::Instant::now();
        let stat = daemon.ok("aria2.getGlobalStat", json!([]));
        assert!(stat["numActive"].is_string(), "{stat}");
        let took = asked.elapsed();
        assert!(took < Duration::from_secs(1), "answered after {took:?}");
        std::thread::sleep(Duration::from_millis(500));
    }
    stop.store(true, Ordering::SeqCst);
    drop(silent);
    let _ = (slow.join(), flood.join());
}

#[test]
fn a_weak_secret_and_every_origin_are_refused_and_loopback_answers_on_ipv6_too() {
    let home = Home::new();
    for (args, said) in [
        (vec!["--rpc-secret", " "], "at least 8 characters"),
        (vec!["--rpc-secret", "short"], "at least 8 characters"),
        (
            vec!["--rpc-secret", SECRET, "--rpc-allow-origin", "*"],
            "every web page",
        ),
    ] {
        let output = home
            .haul()
            .args(["daemon", "--rpc-listen-port", "0"])
            .args(&args)
            .output()
            .expect("run the daemon");
        assert_ne!(output.status.code(), Some(0), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(said), "{args:?}: {stderr}");
    }
    // A secret file others can read is said; the daemon still runs with it.
    let file = home.path().join("secret.txt");
    std::fs::write(&file, format!("{SECRET}\n")).expect("secret file");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let mut child = home
        .haul()
        .args(["daemon", "--rpc-listen-port", "0", "--rpc-secret-file"])
        .arg(&file)
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the daemon");
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let warned = (0..10)
        .filter_map(|_| lines.next().and_then(Result::ok))
        .any(|line| line.contains("can be read by other users"));
    let _ = child.kill();
    let _ = child.wait();
    assert!(warned, "the open secret file is said");
    // Clients that try localhost over IPv6 first find the daemon there too.
    let daemon = Daemon::start(&home);
    let Ok(mut socket) = TcpStream::connect(("::1", daemon.port)) else {
        eprintln!("SKIPPED: no IPv6 loopback here");
        return;
    };
    let body = json!({"jsonrpc": "2.0", "id": 1, "method": "system.listMethods"}).to_string();
    let request = format!(
        "POST /jsonrpc HTTP/1.1\r\nHost: [::1]\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    socket.write_all(request.as_bytes()).expect("send");
    let mut answer = String::new();
    socket.read_to_string(&mut answer).expect("answer");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

/// One request cannot make an answer that does not fit in memory: with 5,000 downloads
/// waiting, a batch of 100 `tellWaiting(0, 100000)` lists at most 10,000 of them in all, and
/// the daemon's memory stays small.
#[test]
fn a_huge_listing_is_bounded_and_memory_stays_small() {
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let adds: Vec<Value> = (0..5_000)
        .map(|n| {
            json!({"methodName": "aria2.addUri", "params": [
                format!("token:{SECRET}"),
                [format!("http://127.0.0.1:9/waiting-{n}.bin")],
                {"pause": "true"}
            ]})
        })
        .collect();
    let added = daemon.request(&json!({"jsonrpc": "2.0", "id": 1,
        "method": "system.multicall", "params": [adds]}));
    assert_eq!(added["result"].as_array().map(Vec::len), Some(5_000));
    let batch: Vec<Value> = (0..100)
        .map(|n| {
            json!({"jsonrpc": "2.0", "id": n, "method": "aria2.tellWaiting",
                   "params": [format!("token:{SECRET}"), 0, 100_000]})
        })
        .collect();
    let (status, answer) = daemon.post_raw(Value::Array(batch).to_string().as_bytes(), "");
    assert_eq!(status, 200);
    let answers: Value = serde_json::from_slice(&answer).expect("JSON");
    let listed: usize = answers
        .as_array()
        .expect("a batch")
        .iter()
        .map(|a| a["result"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(listed, 10_000, "one request lists 10,000 at most");
    assert!(answer.len() < 64 * 1024 * 1024, "{} bytes", answer.len());
    let status = std::fs::read_to_string(format!("/proc/{}/status", daemon.child.id()))
        .expect("the daemon's status");
    let peak_kib: u64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM");
    assert!(
        peak_kib < 400 * 1024,
        "the daemon peaked at {} MiB",
        peak_kib / 1024
    );
}

#[test]
fn a_proxy_for_every_download_is_set_and_taken_back_over_the_remote_control() {
    let server = TestServer::start();
    let body = data(60_000, 710);
    server.route("/p1.bin", Route::file(body.clone()));
    server.route("/p2.bin", Route::file(body.clone()));
    let proxy = TestProxy::start(Kind::Http, Some("ann:pw"));
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let address = format!("http://127.0.0.1:{}", proxy.port());
    // A web front end sends its whole page: the three proxies from one field, the login.
    let set = daemon.ok(
        "aria2.changeGlobalOption",
        json!([{"all-proxy": address, "http-proxy": address, "https-proxy": address,
                "all-proxy-user": "ann", "all-proxy-passwd": "pw", "no-proxy": "example.org"}]),
    );
    assert_eq!(set, json!("OK"));
    let options = daemon.ok("aria2.getGlobalOption", json!([]));
    assert_eq!(options["all-proxy"], json!(address), "{options}");
    assert_eq!(options["all-proxy-user"], json!("ann"));
    assert_eq!(options["no-proxy"], json!("example.org"));
    let gid = daemon.add(json!([[server.url("/p1.bin")]]));
    wait_until(Duration::from_secs(20), "complete", || {
        (daemon.status(&gid) == "complete").then_some(())
    });
    assert!(
        proxy
            .seen()
            .iter()
            .any(|s| s.target == server.url("/p1.bin") && s.login.as_deref() == Some("ann:pw")),
        "{:?}",
        proxy.seen()
    );
    // Two proxies would split the downloads: refused in words.
    let split = daemon.call(
        "aria2.changeGlobalOption",
        json!([{"http-proxy": "http://127.0.0.1:1", "https-proxy": address}]),
    );
    let message = split["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("one proxy"), "{split}");
    // An empty proxy gives the settings' way back: the next download goes straight.
    let seen_before = proxy.seen().len();
    daemon.ok("aria2.changeGlobalOption", json!([{"all-proxy": ""}]));
    let gid = daemon.add(json!([[server.url("/p2.bin")]]));
    wait_until(Duration::from_secs(20), "complete", || {
        (daemon.status(&gid) == "complete").then_some(())
    });
    assert_eq!(proxy.seen().len(), seen_before, "{:?}", proxy.seen());
    assert_eq!(sha256_file(&home.downloads().join("p2.bin")), sha256(&body));
}

#[test]
fn one_download_may_have_its_own_proxy() {
    let server = TestServer::start();
    let body = data(40_000, 711);
    server.route("/own.bin", Route::file(body.clone()));
    server.route("/plain.bin", Route::file(body.clone()));
    let proxy = TestProxy::start(Kind::Http, Some("ann:pw"));
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let own = daemon.add(json!([[server.url("/own.bin")], {
        "all-proxy": format!("http://127.0.0.1:{}", proxy.port()),
        "all-proxy-user": "ann", "all-proxy-passwd": "pw"
    }]));
    let plain = daemon.add(json!([[server.url("/plain.bin")]]));
    for gid in [&own, &plain] {
        wait_until(Duration::from_secs(20), "complete", || {
            (daemon.status(gid) == "complete").then_some(())
        });
    }
    let seen: Vec<String> = proxy.seen().into_iter().map(|s| s.target).collect();
    assert!(seen.contains(&server.url("/own.bin")), "{seen:?}");
    assert!(!seen.iter().any(|t| t.contains("/plain.bin")), "{seen:?}");
}

#[test]
fn change_option_gives_a_paused_download_its_own_proxy_and_takes_it_back() {
    let server = TestServer::start();
    let body = data(40_000, 712);
    server.route("/later.bin", Route::file(body.clone()));
    server.route("/back.bin", Route::file(body.clone()));
    let proxy = TestProxy::start(Kind::Http, Some("ann:pw"));
    let address = format!("http://127.0.0.1:{}", proxy.port());
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let later = daemon.add(json!([[server.url("/later.bin")], {"pause": "true"}]));
    daemon.ok(
        "aria2.changeOption",
        json!([later, {"all-proxy": address, "all-proxy-user": "ann", "all-proxy-passwd": "pw"}]),
    );
    let options = daemon.ok("aria2.getOption", json!([later]));
    assert_eq!(options["all-proxy"], json!(address), "{options}");
    assert_eq!(
        options["all-proxy-passwd"],
        json!(""),
        "never answered: {options}"
    );
    daemon.ok("aria2.unpause", json!([later]));
    wait_until(Duration::from_secs(20), "complete", || {
        (daemon.status(&later) == "complete").then_some(())
    });
    let seen: Vec<String> = proxy.seen().into_iter().map(|s| s.target).collect();
    assert!(seen.contains(&server.url("/later.bin")), "{seen:?}");

    // Given empty, the proxy goes: the download goes the way of every download again.
    let back = daemon.add(json!([[server.url("/back.bin")], {"pause": "true",
        "all-proxy": address, "all-proxy-user": "ann", "all-proxy-passwd": "pw"}]));
    daemon.ok("aria2.changeOption", json!([back, {"all-proxy": ""}]));
    let options = daemon.ok("aria2.getOption", json!([back]));
    assert!(options.get("all-proxy").is_none(), "{options}");
    daemon.ok("aria2.unpause", json!([back]));
    wait_until(Duration::from_secs(20), "complete", || {
        (daemon.status(&back) == "complete").then_some(())
    });
    let seen: Vec<String> = proxy.seen().into_iter().map(|s| s.target).collect();
    assert!(!seen.iter().any(|t| t.contains("/back.bin")), "{seen:?}");
    // A proxy Haul cannot use is refused in words, and nothing changes.
    let refused = daemon.call(
        "aria2.changeOption",
        json!([back, {"all-proxy": "ftp://127.0.0.1:21"}]),
    );
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("all-proxy")
    );
}
