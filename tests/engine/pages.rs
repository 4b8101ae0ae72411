//! Video pages handed to yt-dlp (its generic extractor against a test page): the file comes
//! under the page's title and plays; a pause stops yt-dlp and a resume continues its partial
//! file (a range request, not the whole clip again); yt-dlp's own error is said in words.

use std::path::Path;
use std::time::Duration;

use super::support::server::{Route, TestServer};
use super::support::streams::{self, SECONDS};
use super::{fast_config, wait_finished, wait_for, wait_settled};
use haul::engine::state::{Kind, Quality};
use haul::engine::{AddRequest, DownloadId, Engine, Status};

fn add_page(engine: &Engine, server: &TestServer, path: &str, dir: &Path) -> DownloadId {
    let mut request = AddRequest::new(url::Url::parse(&server.url(path)).expect("url"), dir);
    request.kind = Some(Kind::Page);
    request.quality = Quality::Best;
    engine.add(request).expect("added")
}

#[test]
fn a_video_page_is_saved_under_its_title() {
    let server = TestServer::start();
    streams::serve(&server);
    let engine = Engine::start(fast_config()).expect("engine");
    let dir = tempfile::tempdir().expect("temp dir");
    let id = add_page(&engine, &server, "/v/page/watch.html", dir.path());
    let row = wait_finished(&engine, id);
    let name = row.file_name.clone().expect("name");
    assert!(
        name.starts_with("A_test_clip") && name.ends_with(".mp4"),
        "{name}"
    );
    let probe = streams::probe(&dir.path().join(&name));
    assert!((probe.duration - SECONDS).abs() < 1.0, "{probe:?}");
    assert_eq!(
        super::support::file_names(dir.path()),
        vec![name],
        "nothing else is left"
    );
}

#[test]
fn a_paused_page_continues_its_partial_file() {
    let server = TestServer::start();
    streams::serve(&server);
    let clip = std::fs::read(streams::made().join("page/clip.mp4")).expect("clip");
    server.route(
        "/v/page/clip.mp4",
        Route::file(clip.clone()).throttle(20_000),
    );
    let engine = Engine::start(fast_config()).expect("engine");
    let dir = tempfile::tempdir().expect("temp dir");
    let id = add_page(&engine, &server, "/v/page/watch.html", dir.path());
    wait_for(&engine, id, Duration::from_secs(30), "bytes", |d| {
        d.bytes_done > 20_000
    });
    engine.pause(&[id]);
    wait_for(&engine, id, Duration::from_secs(10), "paused", |d| {
        matches!(d.status, Status::Paused { .. })
    });
    let sent = server.body_bytes_sent();
    server.route("/v/page/clip.mp4", Route::file(clip.clone()));
    engine.resume(&[id]);
    let row = wait_finished(&engine, id);
    let resumed = server.requests("/v/page/clip.mp4");
    let last = resumed.last().expect("asked");
    assert!(
        last.header("range")
            .is_some_and(|r| !r.starts_with("bytes=0-")),
        "{:?}",
        last.header("range")
    );
    assert!(
        server.body_bytes_sent() - sent < clip.len() as u64,
        "not the whole clip again"
    );
    let probe = streams::probe(&dir.path().join(row.file_name.as_deref().expect("name")));
    assert!((probe.duration - SECONDS).abs() < 1.0);
}

#[test]
fn yt_dlps_error_is_said_in_words() {
    let server = TestServer::start();
    server.route(
        "/nothing.html",
        Route::file(b"<html><body>no video here</body></html>".to_vec())
            .header("Content-Type", "text/html"),
    );
    let engine = Engine::start(fast_config()).expect("engine");
    let dir = tempfile::tempdir().expect("temp dir");
    let id = add_page(&engine, &server, "/nothing.html", dir.path());
    let row = wait_settled(&engine, id);
    let words = haul::describe::status(&row.status);
    assert!(words.contains("yt-dlp could not get the video"), "{words}");
    assert!(words.to_lowercase().contains("unsupported url"), "{words}");
}
