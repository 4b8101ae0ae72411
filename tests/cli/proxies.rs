//! `haul get` behind proxies, as a user meets them: the environment's variables as curl reads
//! them (`all_proxy=socks5h://...` works, `no_proxy` goes around), `--proxy`, and a proxy Haul
//! cannot use said at once with exit code 2 (it was a network fault retried for 25 s).

use std::time::{Duration, Instant};

use super::support::proxies::{Kind, TestProxy};
use super::support::server::{Route, TestServer};
use super::support::{data, sha256, sha256_file};
use super::{Home, stderr};

#[test]
fn all_proxy_socks5h_from_the_environment_carries_the_download() {
    let server = TestServer::start();
    let body = data(200_000, 961);
    server.route("/e.bin", Route::file(body.clone()));
    let proxy = TestProxy::start(Kind::Socks5, None);
    let home = Home::new();
    // A name only the proxy can resolve: it went through the proxy, which resolved it.
    let link = format!("http://mirror.haul-test.invalid:{}/e.bin", server.port());
    let output = home
        .haul()
        .env("all_proxy", format!("socks5h://127.0.0.1:{}", proxy.port()))
        .args(["get", "-q", "-d"])
        .arg(home.downloads())
        .arg(&link)
        .output()
        .expect("run haul");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(sha256_file(&home.downloads().join("e.bin")), sha256(&body));
    assert!(proxy.seen().iter().any(|s| s.by_name), "{:?}", proxy.seen());
}

#[test]
fn no_proxy_goes_around_the_environments_proxy() {
    let server = TestServer::start();
    let body = data(30_000, 962);
    server.route("/n.bin", Route::file(body.clone()));
    let proxy = TestProxy::start(Kind::Http, None);
    let home = Home::new();
    let output = home
        .haul()
        .env("http_proxy", format!("http://127.0.0.1:{}", proxy.port()))
        .env("no_proxy", "localhost,127.0.0.1")
        .args(["get", "-q", "-d"])
        .arg(home.downloads())
        .arg(server.url("/n.bin"))
        .output()
        .expect("run haul");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(sha256_file(&home.downloads().join("n.bin")), sha256(&body));
    assert!(proxy.seen().is_empty(), "{:?}", proxy.seen());
}

#[test]
fn a_proxy_given_on_the_command_line_is_used_and_a_bad_one_refused_at_once() {
    let server = TestServer::start();
    let body = data(40_000, 963);
    server.route("/c.bin", Route::file(body.clone()));
    let proxy = TestProxy::start(Kind::Http, None);
    let home = Home::new();
    let output = home
        .haul()
        .args(["get", "-q", "--proxy"])
        .arg(format!("127.0.0.1:{}", proxy.port()))
        .arg("-d")
        .arg(home.downloads())
        .arg(server.url("/c.bin"))
        .output()
        .expect("run haul");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(sha256_file(&home.downloads().join("c.bin")), sha256(&body));
    assert!(
        proxy
            .seen()
            .iter()
            .any(|s| s.target == server.url("/c.bin")),
        "{:?}",
        proxy.seen()
    );
    let started = Instant::now();
    let refused = home
        .haul()
        .args(["get", "--proxy", "ftp://127.0.0.1:21", "-d"])
        .arg(home.downloads())
        .arg(server.url("/c.bin"))
        .output()
        .expect("run haul");
    let text = stderr(&refused);
    assert_eq!(refused.status.code(), Some(2), "{text}");
    assert!(
        text.contains("proxies of the kind \"ftp\" cannot be used"),
        "{text}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn an_environment_proxy_haul_cannot_use_fails_at_once_not_around_it() {
    let server = TestServer::start();
    server.route("/u.bin", Route::file(data(1000, 964)));
    let home = Home::new();
    let started = Instant::now();
    let output = home
        .haul()
        .env("all_proxy", "ftp://127.0.0.1:21")
        .args(["get", "-d"])
        .arg(home.downloads())
        .arg(server.url("/u.bin"))
        .output()
        .expect("run haul");
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("proxies of the kind \"ftp\" cannot be used"),
        "{text}"
    );
    assert!(started.elapsed() < Duration::from_secs(5), "retried");
    assert!(
        server.requests("/u.bin").is_empty(),
        "went around the proxy"
    );
}

#[test]
fn a_download_through_a_proxy_killed_in_the_middle_resumes_through_it() {
    use std::process::Stdio;
    let server = TestServer::start();
    let body = data(3_000_000, 965);
    server.route("/k.bin", Route::file(body.clone()).throttle(1_000_000));
    let proxy = TestProxy::start(Kind::Socks5, None);
    let home = Home::new();
    let address = format!("socks5h://127.0.0.1:{}", proxy.port());
    let mut child = home
        .haul()
        .args(["get", "-x", "1", "--proxy", &address, "-d"])
        .arg(home.downloads())
        .arg(server.url("/k.bin"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn haul");
    super::interrupts::wait_for_checkpoint(&home.downloads(), "k.bin");
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    let sent_before = server.body_bytes_sent();
    server.set_throttle("/k.bin", None);
    let connections_before = proxy.seen().len();
    let output = home
        .haul()
        .args(["get", "-q", "--proxy", &address, "-d"])
        .arg(home.downloads())
        .arg(server.url("/k.bin"))
        .output()
        .expect("run haul");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(sha256_file(&home.downloads().join("k.bin")), sha256(&body));
    let resent = server.body_bytes_sent() - sent_before;
    assert!(
        resent < body.len() as u64,
        "started over: {resent} bytes sent again"
    );
    assert!(
        proxy.seen().len() > connections_before,
        "the rerun went through the proxy"
    );
}
