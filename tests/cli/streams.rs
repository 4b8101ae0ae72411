//! `haul get` with video streams: the quality asked for, a kill -9 in the middle resumed
//! without fetching finished segments again, and what happens without ffmpeg on PATH (a
//! playable `.ts`, or the sentence saying ffmpeg is needed, with the tracks kept).

use std::process::Stdio;
use std::time::Duration;

use super::support::server::{Route, TestServer};
use super::support::streams::{self, SECONDS};
use super::support::wait_until;
use super::{Home, stderr};

#[test]
fn quality_chooses_the_variant() {
    let server = TestServer::start();
    streams::serve(&server);
    let home = Home::new();
    let output = home.get(&["--quality", "worst", &server.url("/v/master.m3u8")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let probe = streams::probe(&home.downloads().join("master.mp4"));
    assert_eq!(probe.video.map(|v| v.1), Some(180), "{probe:?}");
    assert!((probe.duration - SECONDS).abs() < 1.0);
    let bad = home.get(&["--quality", "sharp", &server.url("/v/master.m3u8")]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
    assert!(stderr(&bad).contains("not a quality"), "{}", stderr(&bad));
}

#[test]
fn a_kill_in_the_middle_resumes_without_fetching_finished_segments_again() {
    let server = TestServer::start();
    streams::serve(&server);
    // The first segment comes at once, the others slowly: the kill finds one done and the
    // rest on their way (all four are asked for at once).
    for n in 1..4 {
        let body = std::fs::read(streams::made().join(format!("hi/s{n:03}.ts"))).expect("seg");
        server.route(
            &format!("/v/hi/s{n:03}.ts"),
            Route::file(body).throttle(15_000),
        );
    }
    let home = Home::new();
    let url = server.url("/v/hi/index.m3u8");
    let mut child = home
        .haul()
        .args(["get", "-x", "1", "-d"])
        .arg(home.downloads())
        .arg(&url)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn haul");
    let parts = home.downloads().join("index.mp4.haul-stream");
    wait_until(Duration::from_secs(30), "a finished segment", || {
        parts.join("v000000.seg").exists().then_some(())
    });
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    let kept: Vec<usize> = (0..4)
        .filter(|n| parts.join(format!("v{n:06}.seg")).exists())
        .collect();
    assert!(kept.len() < 4, "{kept:?}");
    let output = home.get(&["-q", &url]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let probe = streams::probe(&home.downloads().join("index.mp4"));
    assert_eq!(probe.video.map(|v| v.1), Some(360));
    for n in kept {
        assert_eq!(
            server.requests(&format!("/v/hi/s{n:03}.ts")).len(),
            1,
            "segment {n} fetched again"
        );
    }
}

#[test]
fn without_ffmpeg_a_ts_stream_is_saved_as_ts_and_separate_tracks_are_kept_with_a_sentence() {
    let server = TestServer::start();
    streams::serve(&server);
    let home = Home::new();
    let no_ffmpeg = tempfile::tempdir().expect("temp dir");
    let run = |link: &str| {
        home.haul()
            .env("PATH", no_ffmpeg.path())
            .arg("get")
            .arg("-d")
            .arg(home.downloads())
            .arg(link)
            .output()
            .expect("run haul")
    };
    let output = run(&server.url("/v/lo/index.m3u8"));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let probe = streams::probe(&home.downloads().join("index.ts"));
    assert_eq!(probe.video.map(|v| v.1), Some(180), "{probe:?}");
    assert!(probe.audio);

    let output = run(&server.url("/v/split.m3u8"));
    assert_ne!(output.status.code(), Some(0));
    let said = stderr(&output);
    assert!(said.contains("ffmpeg is needed"), "{said}");
    let kept = home.downloads().join("split.mp4.haul-stream");
    assert!(said.contains(&kept.display().to_string()), "{said}");
    assert!(kept.join("v000000.seg").exists() && kept.join("a000000.seg").exists());
    // With ffmpeg there, a retry joins what is kept without fetching it again.
    let asked = server.requests("/v/vonly/s000.ts").len();
    let output = home.get(&["-q", &server.url("/v/split.m3u8")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(server.requests("/v/vonly/s000.ts").len(), asked);
    let probe = streams::probe(&home.downloads().join("split.mp4"));
    assert!(probe.video.is_some() && probe.audio, "{probe:?}");
}

#[test]
fn a_video_page_goes_to_yt_dlp_and_without_it_the_sentence_says_how_to_install_it() {
    let server = TestServer::start();
    streams::serve(&server);
    let home = Home::new();
    let page = server.url("/v/page/watch.html");
    let output = home.get(&["--yt-dlp", "-o", "clip", &page]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let probe = streams::probe(&home.downloads().join("clip.mp4"));
    assert!((probe.duration - SECONDS).abs() < 1.0, "{probe:?}");

    let no_programs = tempfile::tempdir().expect("temp dir");
    let output = home
        .haul()
        .env("PATH", no_programs.path())
        .args(["get", "--yt-dlp", "-d"])
        .arg(home.downloads())
        .arg(&page)
        .output()
        .expect("run haul");
    assert_ne!(output.status.code(), Some(0));
    assert!(
        stderr(&output).contains("yt-dlp is needed"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("pipx install yt-dlp"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_stream_added_over_the_remote_control_is_one_video() {
    use super::daemon_client::Daemon;
    use serde_json::json;
    let server = TestServer::start();
    streams::serve(&server);
    let home = Home::new();
    let daemon = Daemon::start(&home);
    let gid = daemon.add(json!([[server.url("/v/master.m3u8")]]));
    wait_until(Duration::from_secs(30), "complete", || {
        (daemon.status(&gid) == "complete").then_some(())
    });
    let files = daemon.ok("aria2.getFiles", json!([gid]));
    let path = files[0]["path"].as_str().expect("path").to_owned();
    assert!(path.ends_with("master.mp4"), "{files}");
    let probe = streams::probe(std::path::Path::new(&path));
    assert_eq!(probe.video.map(|v| v.1), Some(360));
    assert!(probe.audio);
}
