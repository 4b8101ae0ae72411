//! Unhappy paths a user meets, found from outside: an empty file, a rerun against a server
//! that ignores conditional requests, and a web page sent in place of the file.

use super::{Home, stderr};
use crate::support::server::{Route, TestServer};
use crate::support::{data, file_names, sha256, sha256_file};

#[test]
fn an_empty_file_is_saved_whichever_way_the_server_answers() {
    let server = TestServer::start();
    // Asked for a range, the test server answers an empty file as Go's net/http and Caddy do:
    // 416 with `Content-Range: bytes */0`.
    server.route("/empty.dat", Route::file(Vec::new()));
    let home = Home::new();
    for connections in ["8", "1"] {
        let output = home.get(&["-x", connections, &server.url("/empty.dat")]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "-x {connections}: {}",
            stderr(&output)
        );
        assert_eq!(file_names(&home.downloads()), vec!["empty.dat"]);
        let saved = std::fs::metadata(home.downloads().join("empty.dat")).expect("saved");
        assert_eq!(saved.len(), 0);
        std::fs::remove_file(home.downloads().join("empty.dat")).expect("remove");
    }
    let asked_416 = server
        .requests("/empty.dat")
        .iter()
        .any(|r| r.header("range").is_some());
    assert!(asked_416, "one run asked a range and got the 416");
    // The rerun of a saved empty file finds it already there.
    let first = home.get(&[&server.url("/empty.dat")]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let rerun = home.get(&[&server.url("/empty.dat")]);
    assert_eq!(rerun.status.code(), Some(0), "{}", stderr(&rerun));
    assert!(
        stderr(&rerun).contains("already downloaded"),
        "{}",
        stderr(&rerun)
    );
    assert_eq!(file_names(&home.downloads()), vec!["empty.dat"]);
}

#[test]
fn a_rerun_confirms_with_one_byte_and_looks_for_no_checksums() {
    let server = TestServer::start();
    let size = 4 * 1024 * 1024;
    let body = data(size, 180);
    // A server that ignores If-None-Match (sends the file anyway) but honours Range.
    server.route(
        "/dist/app.tar.xz",
        Route::file(body.clone()).ignoring_conditions(),
    );
    let home = Home::new();
    let first = home.get(&[&server.url("/dist/app.tar.xz")]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let sent_first = server.body_bytes_sent();
    let asked_first: usize = server
        .requests("/dist/app.tar.xz.sha256")
        .len()
        .max(server.requests("/dist/SHA256SUMS").len());
    assert!(
        asked_first > 0,
        "the first run looks for a published checksum"
    );
    let count_lookups = || {
        ["/dist/app.tar.xz.sha256", "/dist/SHA256SUMS", "/dist/"]
            .iter()
            .map(|path| server.requests(path).len())
            .sum::<usize>()
    };
    let lookups_before = count_lookups();

    let rerun = home.get(&[&server.url("/dist/app.tar.xz")]);
    assert_eq!(rerun.status.code(), Some(0), "{}", stderr(&rerun));
    assert!(
        stderr(&rerun).contains("already downloaded"),
        "{}",
        stderr(&rerun)
    );
    let sent_by_rerun = server.body_bytes_sent() - sent_first;
    assert!(
        sent_by_rerun <= 64 * 1024,
        "the rerun cost the server {sent_by_rerun} bytes of a {size}-byte file"
    );
    let confirm = server.requests("/dist/app.tar.xz");
    let last = confirm.last().expect("the rerun asked");
    assert_eq!(last.header("range"), Some("bytes=0-0"));
    assert_eq!(last.header("if-none-match"), Some("\"v1\""));
    assert_eq!(
        count_lookups(),
        lookups_before,
        "no checksum lookups for a file already here"
    );
    assert_eq!(
        sha256_file(&home.downloads().join("app.tar.xz")),
        sha256(&body)
    );
    assert_eq!(file_names(&home.downloads()), vec!["app.tar.xz"]);
}

#[test]
fn a_changed_file_after_the_one_byte_question_is_downloaded_whole() {
    let server = TestServer::start();
    let first_body = data(3_000_000, 181);
    server.route("/f/data.bin", Route::file(first_body));
    let home = Home::new();
    let first = home.get(&[&server.url("/f/data.bin")]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    for (connections, seed, etag) in [("8", 182, "\"v2\""), ("1", 183, "\"v3\"")] {
        let new_body = data(3_500_000, seed);
        server.replace("/f/data.bin", new_body.clone(), etag);
        let rerun = home.get(&["-x", connections, &server.url("/f/data.bin")]);
        assert_eq!(rerun.status.code(), Some(0), "{}", stderr(&rerun));
        let copy = if connections == "8" {
            "data (1).bin"
        } else {
            "data (2).bin"
        };
        assert_eq!(sha256_file(&home.downloads().join(copy)), sha256(&new_body));
    }
}

#[test]
fn a_web_page_is_not_saved_as_the_file_it_stands_for() {
    let server = TestServer::start();
    let page = b"<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Please sign in \
                 to continue.</body></html>\n"
        .repeat(40);
    let page_size = page.len();
    server.route(
        "/release.zip",
        Route::file(page.clone()).header("Content-Type", "text/html; charset=utf-8"),
    );
    // The same page under a generic type: the body gives it away.
    server.route("/sneaky.iso", Route::file(page.clone()));
    // A link that is a page, and one whose name tells nothing: saved as they are.
    server.route(
        "/about.html",
        Route::file(page.clone()).header("Content-Type", "text/html"),
    );
    server.route(
        "/get",
        Route::file(page.clone()).header("Content-Type", "text/html"),
    );
    let home = Home::new();
    let output = home.get(&[
        &server.url("/release.zip"),
        &server.url("/sneaky.iso"),
        &server.url("/about.html"),
        &server.url("/get"),
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let said = stderr(&output);
    let size = haul::format::bytes(page_size as u64);
    assert!(
        said.contains(&format!(
            "release.zip: the server sent a web page (text/html, {size}) instead of \
             release.zip: often a sign-in or error page"
        )),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "the server sent a web page ({size}) instead of sneaky.iso"
        )),
        "{said}"
    );
    assert_eq!(file_names(&home.downloads()), vec!["about.html", "get"]);
    assert_eq!(sha256_file(&home.downloads().join("get")), sha256(&page));
}
