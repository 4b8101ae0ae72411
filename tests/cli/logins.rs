//! `haul get` and the remote control behind logins, as a user meets them: `-u` as curl takes
//! it, `~/.netrc` read by default (`--no-netrc` skips it; one others can read is refused and
//! said), a missing login said at once with exit code 1, `http-user`/`http-passwd` over RPC.

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use serde_json::json;

use super::daemon_client::Daemon;
use super::support::server::{Route, TestServer};
use super::support::{data, sha256, sha256_file, wait_until};
use super::{Home, stderr};

#[test]
fn user_on_the_command_line_answers_a_digest_login() {
    let server = TestServer::start();
    let body = data(90_000, 1401);
    server.route(
        "/d.bin",
        Route::file(body.clone()).digest_login("ann", "s3cret"),
    );
    let home = Home::new();
    let output = home
        .haul()
        .args(["get", "-q", "-u", "ann:s3cret", "-d"])
        .arg(home.downloads())
        .arg(server.url("/d.bin"))
        .output()
        .expect("run haul");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(sha256_file(&home.downloads().join("d.bin")), sha256(&body));
}

#[test]
fn netrc_is_read_by_default_and_a_missing_login_is_said_at_once() {
    let server = TestServer::start();
    let body = data(30_000, 1402);
    server.route("/n.bin", Route::file(body.clone()).basic_login("nina:pw"));
    let home = Home::new();
    let netrc = home.path().join(".netrc");
    std::fs::write(&netrc, "machine 127.0.0.1\n  login nina\n  password pw\n").expect("netrc");
    std::fs::set_permissions(&netrc, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let get = |extra: &[&str]| {
        home.haul()
            .arg("get")
            .args(extra)
            .arg("-d")
            .arg(home.downloads())
            .arg(server.url("/n.bin"))
            .output()
            .expect("run haul")
    };
    let output = get(&["-q"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(sha256_file(&home.downloads().join("n.bin")), sha256(&body));
    std::fs::remove_file(home.downloads().join("n.bin")).expect("rm");
    let started = Instant::now();
    let output = get(&["--no-netrc"]);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("127.0.0.1 wants a login for \"haul-test\""),
        "{text}"
    );
    assert!(started.elapsed() < Duration::from_secs(5), "retried");
    // A netrc others can read is not used, and haul get says why.
    std::fs::set_permissions(&netrc, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let output = get(&[]);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("others can read the file"), "{text}");
}

#[test]
fn a_login_given_over_the_remote_control_goes_to_its_download_only() {
    let server = TestServer::start();
    let body = data(50_000, 1403);
    server.route(
        "/r.bin",
        Route::file(body.clone()).digest_login("rita", "pw"),
    );
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let gid =
        daemon.add(json!([[server.url("/r.bin")], {"http-user": "rita", "http-passwd": "pw"}]));
    wait_until(Duration::from_secs(20), "complete", || {
        (daemon.status(&gid) == "complete").then_some(())
    });
    assert_eq!(sha256_file(&home.downloads().join("r.bin")), sha256(&body));
    // One login for every download would go to every server: refused in words.
    let refused = daemon.call("aria2.changeGlobalOption", json!([{"http-user": "rita"}]));
    let message = refused["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("http-user"), "{refused}");
}
