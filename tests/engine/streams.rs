//! Video streams (HLS) become one playable file: the best variant by default or the one
//! asked for, MPEG-TS and fragmented MP4 segments, byte ranges, AES-128, separate audio
//! muxed in; a pause resumes without fetching a finished segment again; DRM is refused in
//! words. Streams are made by ffmpeg and checked with ffprobe.

use std::path::Path;
use std::time::Duration;

use super::support::server::{Route, TestServer};
use super::support::streams::{self, Probe, SECONDS};
use super::{fast_config, wait_finished, wait_for, wait_settled};
use haul::engine::state::{Kind, Quality};
use haul::engine::{AddRequest, DownloadId, Engine, Status};

fn add(
    engine: &Engine,
    server: &TestServer,
    path: &str,
    dir: &Path,
    quality: Quality,
) -> DownloadId {
    let mut request = AddRequest::new(url::Url::parse(&server.url(path)).expect("url"), dir);
    request.quality = quality;
    engine.add(request).expect("added")
}

fn assert_plays(probe: &Probe, height: u32) {
    assert!((probe.duration - SECONDS).abs() < 1.0, "{probe:?}");
    assert_eq!(probe.video.map(|v| v.1), Some(height), "{probe:?}");
    assert!(probe.audio, "{probe:?}");
}

#[test]
fn a_master_playlist_gives_the_best_variant_or_the_one_asked_for() {
    let server = TestServer::start();
    streams::serve(&server);
    let engine = Engine::start(fast_config()).expect("engine");
    let best_dir = tempfile::tempdir().expect("temp dir");
    let low_dir = tempfile::tempdir().expect("temp dir");
    let best = add(
        &engine,
        &server,
        "/v/master.m3u8",
        best_dir.path(),
        Quality::Best,
    );
    let low = add(
        &engine,
        &server,
        "/v/master.m3u8",
        low_dir.path(),
        Quality::AtMost(240),
    );
    let row = engine.snapshot().get(best).cloned().expect("row");
    assert_eq!(row.kind, Kind::Stream);
    let best_row = wait_finished(&engine, best);
    wait_finished(&engine, low);
    assert_eq!(best_row.file_name.as_deref(), Some("master.mp4"));
    assert_plays(&streams::probe(&streams::only_file(best_dir.path())), 360);
    assert_plays(&streams::probe(&streams::only_file(low_dir.path())), 180);
    // The low variant's segments were never asked for by the best download, and back.
    assert_eq!(server.requests("/v/lo/s000.ts").len(), 1);
    assert_eq!(server.requests("/v/hi/s000.ts").len(), 1);
    let facts = best_row.details.stream().cloned().expect("stream facts");
    assert_eq!(facts.resolution, Some((640, 360)));
    assert_eq!(facts.segments_done, facts.segments_total);
}

#[test]
fn fmp4_byte_ranges_aes_and_separate_audio_each_play() {
    let server = TestServer::start();
    streams::serve(&server);
    let engine = Engine::start(fast_config()).expect("engine");
    let cases = [
        "/v/fmp4/index.m3u8",
        "/v/ranges/index.m3u8",
        "/v/aes/index.m3u8",
        "/v/split.m3u8",
    ];
    let dirs: Vec<_> = cases
        .iter()
        .map(|_| tempfile::tempdir().expect("temp dir"))
        .collect();
    let ids: Vec<_> = cases
        .iter()
        .zip(&dirs)
        .map(|(path, dir)| add(&engine, &server, path, dir.path(), Quality::Best))
        .collect();
    for ((id, dir), path) in ids.iter().zip(&dirs).zip(cases) {
        let row = wait_settled(&engine, *id);
        assert_eq!(row.status, Status::Finished, "{path}: {:?}", row.status);
        let file = streams::only_file(dir.path());
        assert_eq!(
            file.extension().and_then(|e| e.to_str()),
            Some("mp4"),
            "{path}"
        );
        assert_plays(&streams::probe(&file), 180);
    }
    // The byte-range stream is one file on the server, asked for in ranges.
    let asked = server.requests("/v/ranges/index.ts");
    assert!(asked.len() >= 4, "{}", asked.len());
    assert!(asked.iter().all(|r| r.headers.contains_key("range")));
}

#[test]
fn dash_manifests_give_the_video_asked_for_with_its_audio() {
    let server = TestServer::start();
    streams::serve(&server);
    let engine = Engine::start(fast_config()).expect("engine");
    let cases = [
        ("/v/dash/manifest.mpd", Quality::Best, 360),
        ("/v/dash/manifest.mpd", Quality::Worst, 180),
        ("/v/dashnum/manifest.mpd", Quality::AtMost(200), 180),
    ];
    let dirs: Vec<_> = cases
        .iter()
        .map(|_| tempfile::tempdir().expect("temp dir"))
        .collect();
    let ids: Vec<_> = cases
        .iter()
        .zip(&dirs)
        .map(|((path, quality, _), dir)| add(&engine, &server, path, dir.path(), *quality))
        .collect();
    for ((id, dir), (path, _, height)) in ids.iter().zip(&dirs).zip(cases) {
        let row = wait_settled(&engine, *id);
        assert_eq!(row.status, Status::Finished, "{path}: {:?}", row.status);
        assert_eq!(row.kind, Kind::Stream);
        assert_eq!(row.file_name.as_deref(), Some("manifest.mp4"));
        assert_plays(&streams::probe(&streams::only_file(dir.path())), height);
    }
}

#[test]
fn a_paused_stream_resumes_without_fetching_a_finished_segment_again() {
    let server = TestServer::start();
    streams::serve(&server);
    // The first segment at once, the others slowly: the pause comes while one is done and
    // the others are on their way (all are asked for at once).
    for n in 1..4 {
        let path = format!("/v/hi/s{n:03}.ts");
        let body = std::fs::read(streams::made().join(format!("hi/s{n:03}.ts"))).expect("seg");
        server.route(&path, Route::file(body).throttle(15_000));
    }
    let mut config = fast_config();
    config.connections = 2;
    let engine = Engine::start(config).expect("engine");
    let dir = tempfile::tempdir().expect("temp dir");
    let id = add(
        &engine,
        &server,
        "/v/hi/index.m3u8",
        dir.path(),
        Quality::Best,
    );
    wait_for(
        &engine,
        id,
        Duration::from_secs(20),
        "a segment done",
        |d| d.details.stream().is_some_and(|s| s.segments_done >= 1),
    );
    engine.pause(&[id]);
    wait_for(&engine, id, Duration::from_secs(10), "paused", |d| {
        matches!(d.status, Status::Paused { .. })
    });
    // The segments on disk at the pause: each complete, never asked for again.
    let parts = dir.path().join("index.mp4.haul-stream");
    let kept: Vec<usize> = (0..4)
        .filter(|n| parts.join(format!("v{n:06}.seg")).exists())
        .collect();
    assert!(!kept.is_empty() && kept.len() < 4, "{kept:?}");
    engine.resume(&[id]);
    wait_finished(&engine, id);
    assert_plays(&streams::probe(&streams::only_file(dir.path())), 360);
    for n in kept {
        let asked = server.requests(&format!("/v/hi/s{n:03}.ts")).len();
        assert_eq!(asked, 1, "segment {n} was fetched again");
    }
    assert!(
        !parts.exists(),
        "the parts folder goes once the file is whole"
    );
}

#[test]
fn a_playlist_under_a_name_that_does_not_say_so_becomes_a_stream() {
    let server = TestServer::start();
    streams::serve(&server);
    let master = std::fs::read(streams::made().join("master.m3u8")).expect("master");
    server.route(
        "/v/play",
        Route::file(master).header("Content-Type", "application/vnd.apple.mpegurl"),
    );
    let engine = Engine::start(fast_config()).expect("engine");
    let dir = tempfile::tempdir().expect("temp dir");
    let id = add(&engine, &server, "/v/play", dir.path(), Quality::Best);
    let row = wait_finished(&engine, id);
    assert_eq!(row.kind, Kind::Stream);
    assert_eq!(row.file_name.as_deref(), Some("play.mp4"));
    let file = streams::only_file(dir.path());
    assert_plays(&streams::probe(&file), 360);
}

#[test]
fn a_drm_stream_and_a_page_that_is_not_a_playlist_are_refused_in_words() {
    let server = TestServer::start();
    server.route(
        "/drm.m3u8",
        Route::file(
            b"#EXTM3U\n#EXT-X-KEY:METHOD=SAMPLE-AES,URI=\"skd://k\"\n#EXTINF:2,\na.ts\n#EXT-X-ENDLIST\n".to_vec(),
        ),
    );
    server.route("/page.m3u8", Route::file(b"<html>sign in</html>".to_vec()));
    let engine = Engine::start(fast_config()).expect("engine");
    let dir = tempfile::tempdir().expect("temp dir");
    let drm = add(&engine, &server, "/drm.m3u8", dir.path(), Quality::Best);
    let page = add(&engine, &server, "/page.m3u8", dir.path(), Quality::Best);
    let words = |id| haul::describe::status(&wait_settled(&engine, id).status);
    let drm_words = words(drm);
    assert!(
        drm_words.contains("SAMPLE-AES") && drm_words.contains("DRM"),
        "{drm_words}"
    );
    assert!(words(page).contains("not a video playlist"));
    assert!(
        server.requests("/a.ts").is_empty(),
        "nothing fetched for DRM"
    );
}

/// A live playlist of `lo`'s first `count` segments (from `first`), ended or not.
fn live_playlist(first: u64, count: u64, ended: bool) -> Vec<u8> {
    let mut text = format!(
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXT-X-MEDIA-SEQUENCE:{first}\n"
    );
    for n in first..first + count {
        text.push_str(&format!("#EXTINF:1.000000,\n../lo/s{n:03}.ts\n"));
    }
    if ended {
        text.push_str("#EXT-X-ENDLIST\n");
    }
    text.into_bytes()
}

/// A live recording under way: its server, engine, folder and row, with `done` segments
/// recorded of a playlist at `/v/NAME/index.m3u8` that has not ended.
struct Live {
    server: TestServer,
    engine: Engine,
    dir: tempfile::TempDir,
    id: DownloadId,
    recording: std::sync::Arc<haul::engine::Download>,
}

fn live_recording(name: &str, done: usize) -> Live {
    let server = TestServer::start();
    streams::serve(&server);
    let path = format!("/v/{name}/index.m3u8");
    server.route(&path, Route::file(live_playlist(0, 2, false)));
    let engine = Engine::start(fast_config()).expect("engine");
    let dir = tempfile::tempdir().expect("temp dir");
    let id = add(&engine, &server, &path, dir.path(), Quality::Best);
    let recording = wait_for(&engine, id, Duration::from_secs(20), "recording", |d| {
        d.details.stream().is_some_and(|s| s.segments_done >= done)
    });
    Live {
        server,
        engine,
        dir,
        id,
        recording,
    }
}

#[test]
fn a_live_stream_is_recorded_until_it_ends() {
    let live = live_recording("live", 2);
    assert!(
        live.recording.status.is_running(),
        "{:?}",
        live.recording.status
    );
    let note = live.recording.note.expect("a note on the row");
    let words = haul::describe::speed_note(note);
    assert!(words.contains("recording live"), "{words}");
    // The stream goes on (a sliding window) and then ends.
    live.server
        .route("/v/live/index.m3u8", Route::file(live_playlist(1, 3, true)));
    let row = wait_finished(&live.engine, live.id);
    let probe = streams::probe(
        &live
            .dir
            .path()
            .join(row.file_name.as_deref().expect("name")),
    );
    assert!((probe.duration - 4.0).abs() < 1.0, "{probe:?}");
}

#[test]
fn pausing_a_live_recording_saves_what_was_recorded() {
    let live = live_recording("live2", 2);
    live.engine.pause(&[live.id]);
    // Not paused: saving, then saved.
    let saving = live.engine.snapshot().get(live.id).cloned().expect("row");
    assert!(
        matches!(saving.status, Status::Saving | Status::Finished),
        "{:?}",
        saving.status
    );
    let row = wait_finished(&live.engine, live.id);
    let probe = streams::probe(
        &live
            .dir
            .path()
            .join(row.file_name.as_deref().expect("name")),
    );
    assert!((probe.duration - 2.0).abs() < 1.0, "{probe:?}");
    assert!(!live.dir.path().join("index.mp4.haul-stream").exists());
}

#[test]
fn cancelling_a_live_recording_saves_nothing() {
    let live = live_recording("live3", 1);
    live.engine.cancel(&[live.id]);
    wait_for(
        &live.engine,
        live.id,
        Duration::from_secs(10),
        "cancelled",
        |d| d.status == Status::Cancelled,
    );
    assert!(
        live.engine.shutdown(Duration::from_secs(5)),
        "the worker stopped"
    );
    let saved: Vec<_> = super::support::file_names(live.dir.path())
        .into_iter()
        .filter(|name| name.ends_with(".mp4") || name.ends_with(".ts"))
        .collect();
    assert!(saved.is_empty(), "{saved:?}");
}

#[test]
fn segments_come_several_at_once_but_never_past_the_hosts_limit() {
    for (per_host, expected) in [(32, 4), (2, 2)] {
        let server = TestServer::start();
        streams::serve(&server);
        for n in 0..4 {
            let body = std::fs::read(streams::made().join(format!("hi/s{n:03}.ts"))).expect("seg");
            server.route(
                &format!("/v/hi/s{n:03}.ts"),
                Route::file(body).throttle(100_000),
            );
        }
        let mut config = fast_config();
        config.connections_per_host = per_host;
        let engine = Engine::start(config).expect("engine");
        let dir = tempfile::tempdir().expect("temp dir");
        let _ = server.take_most_answering();
        let id = add(
            &engine,
            &server,
            "/v/hi/index.m3u8",
            dir.path(),
            Quality::Best,
        );
        wait_finished(&engine, id);
        let most = server.take_most_answering();
        assert_eq!(most, expected, "with {per_host} per host");
    }
}
