//! Downloads behind logins: Basic and Digest answered with the login the link carries, the
//! one saved for the site, or `~/.netrc`'s; a missing or refused login said at once (no
//! retries); a login never sent to another host, on a redirect or otherwise.

use std::time::{Duration, Instant};

use super::support::server::{Route, TestServer};
use super::support::{data, file_names, sha256, sha256_file};
use super::{add, fast_config, wait_finished, wait_settled};
use haul::engine::error::LoginProblem;
use haul::engine::{Engine, Reason, Status};

#[test]
fn basic_and_digest_logins_in_the_link_download_and_the_password_never_crosses_in_clear() {
    let server = TestServer::start();
    let body = data(150_000, 301);
    server.route(
        "/basic.bin",
        Route::file(body.clone()).basic_login("ann:s3cret"),
    );
    server.route(
        "/digest.bin",
        Route::file(body.clone()).digest_login("ann", "s3cret"),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(fast_config()).expect("engine");
    let at = |path: &str| format!("http://ann:s3cret@127.0.0.1:{}{path}", server.port());
    let basic = add(&engine, &at("/basic.bin"), dir.path());
    let digest = add(&engine, &at("/digest.bin"), dir.path());
    wait_finished(&engine, basic);
    wait_finished(&engine, digest);
    assert_eq!(sha256_file(&dir.path().join("basic.bin")), sha256(&body));
    assert_eq!(sha256_file(&dir.path().join("digest.bin")), sha256(&body));
    // Digest: after the first (Basic, as the link gives it) the server saw only Digest
    // answers, never the password.
    let asked = server.requests("/digest.bin");
    assert!(asked.len() >= 2, "{}", asked.len());
    assert!(asked[1..].iter().all(|r| {
        r.headers
            .get("authorization")
            .is_some_and(|value| value.starts_with("Digest ") && !value.contains("s3cret"))
    }));
}

#[test]
fn a_missing_or_wrong_login_fails_at_once_in_words() {
    let server = TestServer::start();
    server.route(
        "/locked.bin",
        Route::file(data(1000, 302)).basic_login("ann:s3cret"),
    );
    server.route(
        "/d.bin",
        Route::file(data(1000, 303)).digest_login("ann", "s3cret"),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(fast_config()).expect("engine");
    let host = "127.0.0.1".to_owned();
    let cases = [
        (
            server.url("/locked.bin"),
            LoginProblem::Wanted {
                realm: Some("haul-test".into()),
            },
        ),
        (
            format!("http://ann:nope@127.0.0.1:{}/locked.bin", server.port()),
            LoginProblem::Refused {
                realm: Some("haul-test".into()),
            },
        ),
        (
            format!("http://ann:nope@127.0.0.1:{}/d.bin", server.port()),
            LoginProblem::Refused {
                realm: Some("haul-test".into()),
            },
        ),
    ];
    for (link, problem) in cases {
        let started = Instant::now();
        let id = add(&engine, &link, dir.path());
        let row = wait_settled(&engine, id);
        assert_eq!(
            row.status,
            Status::Failed {
                reason: Reason::Login {
                    host: host.clone(),
                    problem
                }
            }
        );
        assert!(started.elapsed() < Duration::from_secs(5), "not retried");
    }
    let row = engine.snapshot().downloads[0].clone();
    assert_eq!(
        haul::describe::status(&row.status),
        "Failed: 127.0.0.1 wants a login for \"haul-test\""
    );
    assert!(
        file_names(dir.path()).is_empty(),
        "{:?}",
        file_names(dir.path())
    );
}

#[test]
fn netrc_logins_are_used_only_for_their_host_and_a_readable_netrc_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let server = TestServer::start();
    let body = data(40_000, 304);
    server.route(
        "/n.bin",
        Route::file(body.clone()).digest_login("nina", "pw"),
    );
    let home = tempfile::tempdir().expect("home");
    let netrc = home.path().join(".netrc");
    std::fs::write(&netrc, "machine 127.0.0.1 login nina password pw\n").expect("write");
    std::fs::set_permissions(&netrc, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let mut config = fast_config();
    config.netrc = Some(netrc.clone());
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(config.clone()).expect("engine");
    let id = add(&engine, &server.url("/n.bin"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("n.bin")), sha256(&body));
    // Over plain http a saved login waits for the server to ask (never sent unasked).
    let first = &server.requests("/n.bin")[0];
    assert!(!first.headers.contains_key("authorization"));
    drop(engine);
    // A netrc others can read is not used, and said.
    std::fs::set_permissions(&netrc, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let engine = Engine::start(config).expect("engine");
    let said = engine.take_notices();
    assert!(
        said.iter().any(|notice| matches!(
            notice,
            haul::engine::Notice::NetrcNotUsed {
                readable_by_others: true,
                ..
            }
        )),
        "{said:?}"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let id = add(&engine, &server.url("/n.bin"), dir.path());
    let row = wait_settled(&engine, id);
    assert!(
        matches!(
            &row.status,
            Status::Failed {
                reason: Reason::Login {
                    problem: LoginProblem::Wanted { .. },
                    ..
                }
            }
        ),
        "{:?}",
        row.status
    );
}

#[test]
fn a_login_never_follows_a_redirect_to_another_host() {
    let here = TestServer::start();
    let there = TestServer::start();
    let body = data(20_000, 305);
    there.route("/moved.bin", Route::file(body.clone()));
    // "localhost" and "127.0.0.1" are two hosts to the rules, though one machine.
    here.route(
        "/start.bin",
        Route::redirect(302, &format!("http://localhost:{}/moved.bin", there.port()))
            .basic_login("ann:s3cret"),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(fast_config()).expect("engine");
    let link =
        format!("https://ann:s3cret@127.0.0.1:{}/start.bin", here.port()).replace("https", "http");
    let id = add(&engine, &link, dir.path());
    wait_finished(&engine, id);
    assert_eq!(sha256_file(&dir.path().join("moved.bin")), sha256(&body));
    assert!(
        here.requests("/start.bin")
            .iter()
            .any(|r| r.headers.contains_key("authorization"))
    );
    let at_there = there.requests("/moved.bin");
    assert!(!at_there.is_empty());
    assert!(
        at_there
            .iter()
            .all(|r| !r.headers.contains_key("authorization")),
        "the other host saw the login"
    );
}
