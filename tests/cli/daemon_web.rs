//! What aria2's web front ends and their browsers send `haul daemon` beyond POST: calls over
//! HTTP GET (AriaNg's "RPC method: GET"), the CORS preflight, WebSocket messages the server
//! cannot take, and a full house of clients with the secret. Each is answered the way aria2
//! answers it, or refused with words, never with a silently dropped connection.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{Value, json};
use tungstenite::Message;
use tungstenite::protocol::frame::coding::CloseCode;

use super::Home;
use super::daemon_client::{Daemon, SECRET, exchange_whole, post_to};

/// A GET of `/jsonrpc?QUERY`: the status, the headers and the body.
fn get(port: u16, query: &str, extra: &str) -> (u16, String, Vec<u8>) {
    let head = format!(
        "GET /jsonrpc?{query} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{extra}\r\n"
    );
    raw(port, &head)
}

/// Sends `head` (no body); the status, the headers and the body.
fn raw(port: u16, head: &str) -> (u16, String, Vec<u8>) {
    exchange_whole(port, head.as_bytes(), b"")
}

fn base64_of(value: &Value) -> String {
    let text = base64::engine::general_purpose::STANDARD.encode(value.to_string());
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[test]
fn calls_over_get_and_the_preflight_are_answered_as_aria2_answers_them() {
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let port = daemon.port;
    let token = format!("token:{SECRET}");

    // One call.
    let query = format!(
        "method=aria2.getVersion&id=7&params={}",
        base64_of(&json!([token]))
    );
    let (status, _, body) = get(port, &query, "");
    let answer: Value = serde_json::from_slice(&body).expect("JSON");
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["id"], 7);
    assert!(answer["result"]["version"].is_string(), "{answer}");

    // A batch, whole in `params`.
    let batch = json!([
        {"jsonrpc": "2.0", "id": "a", "method": "aria2.getGlobalStat", "params": [token]},
        {"jsonrpc": "2.0", "id": "b", "method": "system.listMethods"},
    ]);
    let (status, _, body) = get(port, &format!("params={}", base64_of(&batch)), "");
    let answers: Value = serde_json::from_slice(&body).expect("JSON");
    assert_eq!(status, 200, "{answers}");
    assert!(answers[0]["result"]["numActive"].is_string(), "{answers}");
    let methods = answers[1]["result"].as_array().expect("methods");
    for method in [
        "aria2.changePosition",
        "aria2.getSessionInfo",
        "aria2.shutdown",
    ] {
        assert!(methods.contains(&json!(method)), "{method} listed");
    }

    // A wrong secret over GET costs as much as over POST, and is a 400 as in aria2.
    let asked = Instant::now();
    let (status, _, body) = get(
        port,
        &format!(
            "method=aria2.getVersion&id=1&params={}",
            base64_of(&json!(["token:guess"]))
        ),
        "",
    );
    assert_eq!(status, 400, "{}", String::from_utf8_lossy(&body));
    assert!(asked.elapsed() >= Duration::from_secs(1));

    // JSONP would let any web page read answers past the origin check: refused in words.
    let (status, _, body) = get(port, &format!("{query}&jsoncallback=steal"), "");
    assert_eq!(status, 400);
    assert!(
        String::from_utf8_lossy(&body).contains("JSONP"),
        "{}",
        String::from_utf8_lossy(&body)
    );
    let (status, _, _) = get(port, "method=aria2.getVersion&params=%%%", "");
    assert_eq!(status, 400);

    // The preflight of an allowed page (the daemon's own address) says how long it holds,
    // so the browser does not ask before every call.
    let origin = format!("http://127.0.0.1:{port}");
    let (status, headers, _) = raw(
        port,
        &format!(
            "OPTIONS /jsonrpc HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: {origin}\r\n\
             Access-Control-Request-Method: POST\r\nConnection: close\r\n\r\n"
        ),
    );
    assert_eq!(status, 204, "{headers}");
    assert!(
        headers.contains("Access-Control-Max-Age: 1728000"),
        "{headers}"
    );
    assert!(
        headers.contains(&format!("Access-Control-Allow-Origin: {origin}")),
        "{headers}"
    );
    assert!(headers.contains("GET, POST, OPTIONS"), "{headers}");
    // A page from elsewhere is still refused, over GET too.
    let (status, _, _) = get(port, &query, "Origin: http://evil.example\r\n");
    assert_eq!(status, 403);
}

#[test]
fn websocket_messages_the_server_cannot_take_get_a_close_frame_that_says_why() {
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let url = format!("ws://127.0.0.1:{}/jsonrpc", daemon.port);

    // Over the 1 MiB cap: closed with 1009 (message too big).
    let (mut socket, _) = tungstenite::connect(&url).expect("WebSocket");
    let huge = format!("[{}]", "1,".repeat(700_000) + "1");
    socket.send(Message::text(huge)).expect("send");
    let code = close_code(&mut socket);
    assert_eq!(code, Some(CloseCode::Size));

    // Text that is not UTF-8 (a raw frame: the library would not send it): 1007.
    let (mut socket, _) = tungstenite::connect(&url).expect("WebSocket");
    if let tungstenite::stream::MaybeTlsStream::Plain(stream) = socket.get_mut() {
        // FIN + text, masked, 2 bytes, mask 0, payload 0xff 0xfe.
        stream
            .write_all(&[0x81, 0x82, 0, 0, 0, 0, 0xff, 0xfe])
            .expect("raw frame");
    }
    assert_eq!(close_code(&mut socket), Some(CloseCode::Invalid));
}

/// The code of the close frame the server sends next.
fn close_code(
    socket: &mut tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>,
) -> Option<CloseCode> {
    if let tungstenite::stream::MaybeTlsStream::Plain(stream) = socket.get_mut() {
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
    }
    loop {
        match socket.read() {
            Ok(Message::Close(frame)) => return frame.map(|frame| frame.code),
            Ok(_) => {}
            Err(err) => panic!("no close frame: {err}"),
        }
    }
}

#[test]
fn a_full_house_of_clients_with_the_secret_turns_a_newcomer_away_with_an_answer() {
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let port = daemon.port;
    let call = json!({"jsonrpc": "2.0", "id": 1, "method": "aria2.getVersion",
                      "params": [format!("token:{SECRET}")]})
    .to_string();
    // 32 kept-alive connections, each of which showed the secret.
    let held: Vec<TcpStream> = (0..32)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
            let head = format!(
                "POST /jsonrpc HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {}\r\n\r\n{call}",
                call.len()
            );
            stream.write_all(head.as_bytes()).expect("send");
            stream
                .set_read_timeout(Some(Duration::from_secs(10)))
                .expect("timeout");
            let mut answer = [0u8; 512];
            let read = stream.read(&mut answer).expect("answer");
            assert!(answer[..read].starts_with(b"HTTP/1.1 200"));
            stream
        })
        .collect();
    // The 33rd gets a 503 it can read (never a reset), however much it sent, even when it
    // reads the answer only a moment later (a reset would have thrown the answer away).
    for _ in 0..5 {
        let (status, body) = post_to(port, call.as_bytes(), "");
        assert_eq!(status, 503, "{}", String::from_utf8_lossy(&body));
        assert!(String::from_utf8_lossy(&body).contains("too many connections"));
        let mut late = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        let head = format!(
            "POST /jsonrpc HTTP/1.1\r\nContent-Length: {}\r\n\r\n{}",
            64 * 1024,
            " ".repeat(16 * 1024)
        );
        late.write_all(head.as_bytes()).expect("send");
        std::thread::sleep(Duration::from_millis(300));
        late.set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        let mut answer = Vec::new();
        let read = late.read_to_end(&mut answer);
        assert!(read.is_ok(), "{read:?}");
        assert!(
            answer.starts_with(b"HTTP/1.1 503"),
            "{}",
            String::from_utf8_lossy(&answer)
        );
    }
    drop(held);
}

#[test]
fn a_settings_page_sent_back_whole_changes_only_what_changed() {
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let gid = daemon
        .ok(
            "aria2.addUri",
            json!([["http://127.0.0.1:9/never.bin"], {"pause": "true"}]),
        )
        .as_str()
        .expect("GID")
        .to_owned();
    let dir = daemon.ok("aria2.getOption", json!([gid]))["dir"].clone();
    // What webui-aria2's per-download settings page sends on "Change": every field, changed
    // or not, BitTorrent's and aria2's own included, booleans and numbers as they come.
    let mut page = json!({
        "all-proxy": "", "all-proxy-passwd": "", "all-proxy-user": "", "allow-overwrite": "false",
        "always-resume": "true", "async-dns": true, "auto-file-renaming": "true",
        "bt-max-peers": 55, "bt-request-peer-speed-limit": "50K",
        "bt-remove-unselected-file": false, "check-certificate": true, "connect-timeout": "15",
        "continue": "true", "dir": dir, "enable-rpc": false, "ftp-passwd": "ARIA2USER@",
        "ftp-user": "anonymous", "header": "", "http-proxy": "", "http-user": "",
        "http-passwd": "", "max-download-limit": "0", "max-upload-limit": "0", "no-proxy": "",
        "proxy-method": "get", "rpc-allow-origin-all": false, "rpc-listen-all": false,
        "rpc-secure": false,
    });
    assert_eq!(daemon.ok("aria2.changeOption", json!([gid, page])), "OK");
    let options = daemon.ok("aria2.getOption", json!([gid]));
    assert_eq!(options["bt-max-peers"], "55", "kept as given: {options}");
    assert_eq!(options["max-download-limit"], "0");
    // The one field the user changed takes effect.
    page["max-download-limit"] = json!("100K");
    assert_eq!(daemon.ok("aria2.changeOption", json!([gid, page])), "OK");
    let options = daemon.ok("aria2.getOption", json!([gid]));
    assert_eq!(options["max-download-limit"], "102400");
    // aria2p sends split with its changes: it holds from the download's next start.
    assert_eq!(
        daemon.ok("aria2.changeOption", json!([gid, {"split": "2"}])),
        "OK"
    );
    assert_eq!(daemon.ok("aria2.getOption", json!([gid]))["split"], "2");
    // A proxy asked for on that page is taken (from the download's next start; the blank
    // scheme fields beside it leave it alone)...
    page["all-proxy"] = json!("http://127.0.0.1:1");
    assert_eq!(daemon.ok("aria2.changeOption", json!([gid, page])), "OK");
    let options = daemon.ok("aria2.getOption", json!([gid]));
    assert_eq!(options["all-proxy"], "http://127.0.0.1:1", "{options}");
    // ...two that would split its links are refused by name, and nothing of the call is done.
    page["http-proxy"] = json!("http://127.0.0.1:2");
    page["max-download-limit"] = json!("0");
    let refused = daemon.call("aria2.changeOption", json!([gid, page]));
    assert!(
        refused["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("all-proxy")),
        "{refused}"
    );
    let options = daemon.ok("aria2.getOption", json!([gid]));
    assert_eq!(options["max-download-limit"], "102400", "{options}");
    // The global settings page alike: the upload limit and the rest beside the change.
    let global = daemon.ok("aria2.getGlobalOption", json!([]));
    let mut page = global.clone();
    page["max-overall-download-limit"] = json!("300K");
    page["max-overall-upload-limit"] = json!("0");
    page["bt-max-open-files"] = json!("100");
    assert_eq!(daemon.ok("aria2.changeGlobalOption", json!([page])), "OK");
    let global = daemon.ok("aria2.getGlobalOption", json!([]));
    assert_eq!(global["max-overall-download-limit"], "307200");
    assert_eq!(global["bt-max-open-files"], "100");
}
