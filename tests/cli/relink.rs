//! `haul get` meeting a partial file of the same name from another link (a rerun with a fresh,
//! signed link): the same file continues; another file starts over in place, said once; never
//! a second copy beside an abandoned partial.

use super::interrupts::{spawn_get, wait_for_checkpoint};
use super::support::server::{Route, TestServer};
use super::support::{data, file_names, sha256, sha256_file};
use super::{Home, stderr};

fn interrupted_download(server: &TestServer, home: &Home, body: &[u8]) {
    server.route("/a/exp.bin", Route::file(body.to_vec()).throttle(1_500_000));
    let mut child = spawn_get(home, &server.url("/a/exp.bin"), "1");
    wait_for_checkpoint(&home.downloads(), "exp.bin");
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    assert!(home.downloads().join("exp.bin.part").exists());
}

#[test]
fn a_rerun_with_a_fresh_link_continues_the_same_file() {
    let server = TestServer::start();
    let body = data(4_000_000, 701);
    let home = Home::new();
    interrupted_download(&server, &home, &body);
    server.route("/b/exp.bin", Route::file(body.clone()));
    let output = home.get(&[&server.url("/b/exp.bin")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(file_names(&home.downloads()), vec!["exp.bin"]);
    assert_eq!(
        sha256_file(&home.downloads().join("exp.bin")),
        sha256(&body)
    );
    let sent = server.body_bytes_sent();
    assert!(
        sent < body.len() as u64 * 14 / 10,
        "{sent} bytes served for a {}-byte file",
        body.len()
    );
}

#[test]
fn a_rerun_with_a_link_to_another_file_starts_over_in_place() {
    let server = TestServer::start();
    let body = data(4_000_000, 702);
    let home = Home::new();
    interrupted_download(&server, &home, &body);
    let other = data(4_000_000, 703);
    let mut route = Route::file(other.clone());
    route.etag = Some("\"other\"".into());
    server.route("/c/exp.bin", route);
    let output = home.get(&[&server.url("/c/exp.bin")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let said = stderr(&output);
    assert_eq!(
        said.matches("starts over in place").count(),
        1,
        "said once: {said}"
    );
    assert_eq!(file_names(&home.downloads()), vec!["exp.bin"]);
    assert_eq!(
        sha256_file(&home.downloads().join("exp.bin")),
        sha256(&other),
        "never a mix of the two files"
    );
}
