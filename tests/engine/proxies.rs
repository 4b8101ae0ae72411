//! Downloads through proxies: each test proves the request went the way it should (the proxy
//! saw it, with the login when one is given), that a proxy wanting a login or refusing one
//! fails at once in words, and that a proxy Haul cannot use fails at once rather than being
//! gone around.

use std::time::{Duration, Instant};

use super::support::proxies::{Kind, TestProxy};
use super::support::server::{Route, TestServer};
use super::support::{data, file_names, sha256, sha256_file};
use super::{add, fast_config, wait_finished, wait_settled};
use haul::engine::error::ProxyProblem;
use haul::engine::net::proxy::{Exceptions, ProxyChoice, ProxyUrl};
use haul::engine::{Engine, EngineConfig, Reason, Status};

fn engine_through(choice: ProxyChoice) -> Engine {
    let mut config: EngineConfig = fast_config();
    config.network.proxy = choice;
    Engine::start(config).expect("engine")
}

fn manual(proxy: &str, except: &str) -> ProxyChoice {
    ProxyChoice::Manual {
        proxy: ProxyUrl::parse(proxy).expect("proxy"),
        except: Exceptions::parse(except),
    }
}

#[test]
fn a_file_comes_through_an_http_proxy_with_its_login() {
    let server = TestServer::start();
    let body = data(300_000, 91);
    server.route("/via.bin", Route::file(body.clone()));
    let proxy = TestProxy::start(Kind::Http, Some("ann:s3cret"));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_through(manual(
        &format!("http://ann:s3cret@127.0.0.1:{}", proxy.port()),
        "",
    ));
    let id = add(&engine, &server.url("/via.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("via.bin")), sha256(&body));
    let seen = proxy.seen();
    assert!(
        seen.iter().any(|s| s.method == "GET"
            && s.target == server.url("/via.bin")
            && s.login.as_deref() == Some("ann:s3cret")),
        "{seen:?}"
    );
    // Checksum look-ups beside the file went the same way.
    assert!(
        seen.iter()
            .any(|s| s.target.contains("SHA256SUMS") || s.target.ends_with(".sha256")),
        "{seen:?}"
    );
    // The login is the proxy's: the server never saw it.
    let at_server = server.requests("/via.bin");
    assert!(!at_server.is_empty());
    assert!(
        at_server
            .iter()
            .all(|r| !r.headers.contains_key("proxy-authorization"))
    );
}

#[test]
fn a_proxy_that_wants_a_login_fails_at_once_in_words() {
    let server = TestServer::start();
    server.route("/locked.bin", Route::file(data(1000, 92)));
    let proxy = TestProxy::start(Kind::Http, Some("ann:s3cret"));
    let dir = tempfile::tempdir().expect("temp dir");
    for (given, problem) in [
        (
            format!("127.0.0.1:{}", proxy.port()),
            ProxyProblem::LoginWanted,
        ),
        (
            format!("http://ann:wrong@127.0.0.1:{}", proxy.port()),
            ProxyProblem::LoginRefused,
        ),
    ] {
        let engine = engine_through(manual(&given, ""));
        let started = Instant::now();
        let id = add(&engine, &server.url("/locked.bin"), dir.path());
        let row = wait_settled(&engine, id);
        assert_eq!(
            row.status,
            Status::Failed {
                reason: Reason::Proxy {
                    proxy: format!("http://127.0.0.1:{}", proxy.port()),
                    problem: problem.clone(),
                }
            }
        );
        assert!(started.elapsed() < Duration::from_secs(5), "not retried");
        let words = haul::describe::status(&row.status);
        assert!(words.contains("proxy http://127.0.0.1:"), "{words}");
        assert!(words.contains("login"), "{words}");
    }
    assert!(server.requests("/locked.bin").is_empty());
    assert!(file_names(dir.path()).is_empty());
}

#[test]
fn socks5_lets_haul_resolve_names_and_socks5h_lets_the_proxy() {
    let server = TestServer::start();
    let body = data(200_000, 93);
    server.route("/s.bin", Route::file(body.clone()));
    let proxy = TestProxy::start(Kind::Socks5, None);
    // socks5: Haul resolves the name and sends the address.
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_through(manual(&format!("socks5://127.0.0.1:{}", proxy.port()), ""));
    let id = add(&engine, &server.url("/s.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("s.bin")), sha256(&body));
    let seen = proxy.seen();
    assert!(
        seen.iter().all(|s| s.method == "SOCKS" && !s.by_name),
        "{seen:?}"
    );
    assert!(!seen.is_empty());
    // socks5h: the proxy resolves a name only it knows.
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_through(manual(&format!("socks5h://127.0.0.1:{}", proxy.port()), ""));
    let link = format!("http://files.haul-test.invalid:{}/s.bin", server.port());
    let id = add(&engine, &link, dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("s.bin")), sha256(&body));
    let seen = proxy.seen();
    assert!(
        seen.iter()
            .any(|s| s.by_name && s.target == format!("files.haul-test.invalid:{}", server.port())),
        "{seen:?}"
    );
}

#[test]
fn a_socks5_login_is_given_and_a_wrong_one_said() {
    let server = TestServer::start();
    let body = data(50_000, 94);
    server.route("/k.bin", Route::file(body.clone()));
    let proxy = TestProxy::start(Kind::Socks5, Some("bob:pa55"));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_through(manual(
        &format!("socks5h://bob:pa55@127.0.0.1:{}", proxy.port()),
        "",
    ));
    let id = add(&engine, &server.url("/k.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("k.bin")), sha256(&body));
    assert!(
        proxy
            .seen()
            .iter()
            .all(|s| s.login.as_deref() == Some("bob:pa55"))
    );
    for (given, problem) in [
        (
            format!("socks5h://bob:nope@127.0.0.1:{}", proxy.port()),
            ProxyProblem::LoginRefused,
        ),
        (
            format!("socks5h://127.0.0.1:{}", proxy.port()),
            ProxyProblem::LoginWanted,
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let engine = engine_through(manual(&given, ""));
        let id = add(&engine, &server.url("/k.bin"), dir.path());
        let row = wait_settled(&engine, id);
        assert!(
            matches!(&row.status, Status::Failed { reason: Reason::Proxy { problem: p, .. } } if *p == problem),
            "{:?}",
            row.status
        );
    }
}

#[test]
fn exceptions_go_straight_and_an_unreachable_proxy_is_named() {
    let server = TestServer::start();
    let body = data(20_000, 95);
    server.route("/x.bin", Route::file(body.clone()));
    // A proxy nobody listens on, with the test server's address as an exception.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let dead = closed.local_addr().expect("addr").port();
    drop(closed);
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_through(manual(&format!("127.0.0.1:{dead}"), "127.0.0.1"));
    let id = add(&engine, &server.url("/x.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("x.bin")), sha256(&body));
    // Without the exception, the failure names the proxy, not the server.
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_through(manual(&format!("127.0.0.1:{dead}"), ""));
    let id = add(&engine, &server.url("/x.bin"), dir.path());
    let row = wait_settled(&engine, id);
    let words = haul::describe::status(&row.status);
    assert!(
        words.contains(&format!("proxy http://127.0.0.1:{dead}")),
        "{words}"
    );
}

#[test]
fn a_proxy_haul_cannot_use_fails_at_once_and_is_never_gone_around() {
    let server = TestServer::start();
    server.route("/n.bin", Route::file(data(1000, 96)));
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_through(ProxyChoice::Broken(ProxyProblem::UnsupportedScheme {
        scheme: "ftp".into(),
    }));
    let started = Instant::now();
    let id = add(&engine, &server.url("/n.bin"), dir.path());
    let row = wait_settled(&engine, id);
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(
        haul::describe::status(&row.status),
        "Failed: proxies of the kind \"ftp\" cannot be used (Haul speaks http, https, socks4 and socks5)"
    );
    assert!(
        server.requests("/n.bin").is_empty(),
        "went around the proxy"
    );
}

#[test]
fn a_queue_with_its_own_proxy_sends_only_its_downloads_there() {
    let server = TestServer::start();
    let body = data(50_000, 97);
    server.route("/q.bin", Route::file(body.clone()));
    server.route("/main.bin", Route::file(body.clone()));
    let proxy = TestProxy::start(Kind::Http, None);
    let mut config: EngineConfig = fast_config();
    let mut queue = haul::engine::QueueConfig::new("Via proxy", 2);
    queue.proxy = Some(manual(&format!("127.0.0.1:{}", proxy.port()), ""));
    config.queues = vec![queue];
    let engine = Engine::start(config).expect("engine");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut request = haul::engine::AddRequest::new(
        url::Url::parse(&server.url("/q.bin")).expect("url"),
        dir.path(),
    );
    request.queue = "Via proxy".into();
    let queued = engine.add(request).expect("added");
    let main = add(&engine, &server.url("/main.bin"), dir.path());
    wait_finished(&engine, queued);
    wait_finished(&engine, main);
    assert_eq!(sha256_file(&dir.path().join("q.bin")), sha256(&body));
    let seen: Vec<String> = proxy.seen().into_iter().map(|s| s.target).collect();
    assert!(seen.contains(&server.url("/q.bin")), "{seen:?}");
    assert!(!seen.iter().any(|t| t.contains("/main.bin")), "{seen:?}");
}

#[test]
fn a_proxy_that_takes_the_connection_and_says_nothing_is_given_up_on() {
    let server = TestServer::start();
    server.route("/s.bin", Route::file(data(1000, 98)));
    // Accepts every connection and never answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = silent.local_addr().expect("addr").port();
    let held = std::thread::spawn(move || {
        let mut kept = Vec::new();
        for stream in silent.incoming().take(8) {
            kept.push(stream);
        }
        kept
    });
    let mut config: EngineConfig = fast_config();
    config.retry.max_attempts = 2;
    config.network.proxy = manual(&format!("127.0.0.1:{port}"), "");
    let engine = Engine::start(config).expect("engine");
    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let id = add(&engine, &server.url("/s.bin"), dir.path());
    let row = wait_settled(&engine, id);
    assert!(
        matches!(row.status, Status::Failed { .. }),
        "{:?}",
        row.status
    );
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
    assert!(
        server.requests("/s.bin").is_empty(),
        "went around the proxy"
    );
    drop(held);
}
