//! `haul get -H/-A/-e`: header lines, a User-Agent and a Referer go with each request to the
//! link's own server (a server that checks them serves the file), never to another host a
//! redirect leads to; a line Haul cannot send is refused at once with exit code 2.

use std::time::{Duration, Instant};

use super::support::server::{Route, TestServer};
use super::support::{data, sha256, sha256_file};
use super::{Home, stderr};

#[test]
fn header_lines_a_user_agent_and_a_referer_reach_the_links_server_only() {
    let here = TestServer::start();
    let there = TestServer::start();
    let body = data(40_000, 1601);
    here.route(
        "/checked.bin",
        Route::file(body.clone())
            .requires("x-token", "abc123")
            .requires("user-agent", "MyAgent/2.0")
            .requires("referer", "https://page.example/list"),
    );
    there.route("/moved.bin", Route::file(body.clone()));
    here.route(
        "/away.bin",
        Route::redirect(302, &format!("http://localhost:{}/moved.bin", there.port())),
    );
    let home = Home::new();
    let output = home
        .haul()
        .args(["get", "-q", "-H", "X-Token: abc123", "-A", "MyAgent/2.0"])
        .args(["-e", "https://page.example/list", "-d"])
        .arg(home.downloads())
        .arg(here.url("/checked.bin"))
        .arg(here.url("/away.bin"))
        .output()
        .expect("run haul");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        sha256_file(&home.downloads().join("checked.bin")),
        sha256(&body)
    );
    assert_eq!(
        sha256_file(&home.downloads().join("moved.bin")),
        sha256(&body)
    );
    let elsewhere = there.requests("/moved.bin");
    assert!(!elsewhere.is_empty());
    assert!(
        elsewhere.iter().all(|r| !r.headers.contains_key("x-token")
            && r.headers
                .get("referer")
                .is_none_or(|v| !v.contains("page.example"))),
        "the other host saw the headers"
    );
}

#[test]
fn a_header_haul_sets_itself_is_refused_at_once() {
    let server = TestServer::start();
    server.route("/r.bin", Route::file(data(100, 1602)));
    let home = Home::new();
    let started = Instant::now();
    let output = home
        .haul()
        .args(["get", "-H", "Range: bytes=0-", "-d"])
        .arg(home.downloads())
        .arg(server.url("/r.bin"))
        .output()
        .expect("run haul");
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{text}");
    assert!(text.contains("Haul sets the Range header itself"), "{text}");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(server.requests("/r.bin").is_empty());
}
