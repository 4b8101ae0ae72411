//! The remote control's input: HTTP requests from anyone who can reach the port, and JSON-RPC
//! bodies. No panic, bounded time, an answer in aria2's shape for every call, and nothing
//! added to the list by anything but a well-formed, authorized `aria2.addUri`.

use std::time::Duration;

use haul::engine::{Engine, EngineConfig};
use haul::rpc::http::{HttpError, MAX_BODY, Reader};
use haul::rpc::methods::Api;
use proptest::prelude::*;
use serde_json::Value;

use super::{config, tricky_text, within};

const HTTP_PIECES: &[&str] = &[
    "POST /jsonrpc HTTP/1.1\r\n",
    "GET / HTTP/1.0\r\n",
    "Content-Length: ",
    "Content-Length: 99999999999999999999\r\n",
    "Transfer-Encoding: chunked\r\n",
    "Connection: close\r\n",
    "Upgrade: websocket\r\n",
    "\r\n",
    "\r\n\r\n",
    "\n",
    ": ",
    "0",
    "5",
    "{}",
    "\0",
];

const RPC_PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\"jsonrpc\"",
    "\"2.0\"",
    "\"id\"",
    "\"method\"",
    "\"params\"",
    "\"aria2.addUri\"",
    "\"aria2.tellStatus\"",
    "\"aria2.remove\"",
    "\"system.multicall\"",
    "\"methodName\"",
    "\"token:secret\"",
    "\"token:\"",
    "\"http://127.0.0.1:9/f.iso\"",
    "\"javascript:x\"",
    "\"0000000000000001\"",
    "\"dir\"",
    "\"out\"",
    "\"../x\"",
    "\"/\"",
    "1",
    "-1",
    "1e999",
    "null",
    "true",
    "\"keys\"",
];

fn engine() -> Engine {
    let config = EngineConfig {
        queue_dir: None,
        ..haul::config::Settings::builtin().engine_config(None)
    };
    Engine::start(config).expect("engine")
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn http_requests_are_read_or_refused_within_bounds(
        wire in tricky_text(HTTP_PIECES, 40),
    ) {
        let mut reader = Reader::new(wire.as_bytes());
        within(Duration::from_millis(500), "reading requests", || {
            for _ in 0..64 {
                match reader.next_request() {
                    Ok(request) => {
                        assert!(request.body.len() <= MAX_BODY);
                        assert!(request.headers.len() <= 64);
                    }
                    Err(err) => {
                        let said = err.to_string();
                        assert!(!said.is_empty());
                        if !matches!(err, HttpError::Closed | HttpError::Io(_)) {
                            assert!(err.status().is_some(), "{said}");
                        }
                        return;
                    }
                }
            }
        });
    }
}

#[test]
fn json_rpc_bodies_always_get_an_answer_and_add_nothing_unasked() {
    let engine = engine();
    let api = Api::new(engine.clone(), "secret".into(), std::env::temp_dir());
    let strategy = tricky_text(RPC_PIECES, 60);
    let mut runner = proptest::test_runner::TestRunner::new(config());
    runner
        .run(&strategy, |body| {
            let answer = within(Duration::from_millis(500), "answering", || {
                api.answer(body.as_bytes())
            });
            let answers = match &answer {
                Value::Array(all) => all.clone(),
                one => vec![one.clone()],
            };
            for one in answers {
                prop_assert_eq!(&one["jsonrpc"], "2.0");
                let error = &one["error"];
                prop_assert!(
                    one.get("result").is_some() || error["message"].is_string(),
                    "{}",
                    one
                );
            }
            Ok(())
        })
        .expect("every body answered");
    // Only a well-formed addUri with the secret and an http(s) link adds anything; the
    // pieces can make one, so count what was added against the link used.
    for download in engine.snapshot().downloads.iter() {
        assert_eq!(download.url.as_str(), "http://127.0.0.1:9/f.iso");
    }
    engine.shutdown(Duration::from_secs(5));
}
