//! Video streams made by ffmpeg for the tests, once per test binary: HLS with two variants
//! (MPEG-TS), fragmented MP4, byte ranges in one file, AES-128, and separate audio; DASH
//! with two video representations and audio, by segment timeline and by number; and the
//! checks a person would make of the result (ffprobe's duration, resolution and tracks, and
//! a decode without errors).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use super::server::{Route, TestServer};

/// Seconds each test stream lasts.
pub const SECONDS: f64 = 4.0;

/// The folder with every stream (made on first use).
pub fn made() -> &'static Path {
    static MADE: OnceLock<tempfile::TempDir> = OnceLock::new();
    MADE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        make_all(dir.path());
        dir
    })
    .path()
}

fn ffmpeg(dir: &Path, args: &[&str]) {
    let status = Command::new("ffmpeg")
        .current_dir(dir)
        .args(["-hide_banner", "-loglevel", "error", "-y"])
        .args(args)
        .status()
        .expect("ffmpeg runs (apt install ffmpeg)");
    assert!(status.success(), "ffmpeg {args:?}");
}

const VIDEO: &str = "testsrc=rate=25:size=";
const AUDIO: &str = "sine=frequency=440:sample_rate=44100";

fn hls(dir: &Path, size: &str, name: &str, extra: &[&str], audio: bool) {
    let sub = dir.join(name);
    std::fs::create_dir_all(&sub).expect("dir");
    let video = format!("{VIDEO}{size}");
    let seconds = SECONDS.to_string();
    let mut args: Vec<&str> = vec!["-f", "lavfi", "-i", &video];
    if audio {
        args.extend(["-f", "lavfi", "-i", AUDIO]);
    }
    args.extend([
        "-t",
        &seconds,
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-g",
        "25",
    ]);
    if audio {
        args.extend(["-c:a", "aac", "-b:a", "64k"]);
    }
    args.extend(["-f", "hls", "-hls_time", "1", "-hls_playlist_type", "vod"]);
    args.extend(extra);
    args.push("index.m3u8");
    ffmpeg(&sub, &args);
}

fn dash(dir: &Path, name: &str, extra: &[&str]) {
    let sub = dir.join(name);
    std::fs::create_dir_all(&sub).expect("dir");
    let video = format!("{VIDEO}640x360");
    let seconds = SECONDS.to_string();
    let mut args: Vec<&str> = vec![
        "-f",
        "lavfi",
        "-i",
        &video,
        "-f",
        "lavfi",
        "-i",
        AUDIO,
        "-t",
        &seconds,
        "-map",
        "0:v",
        "-map",
        "0:v",
        "-map",
        "1:a",
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-g",
        "25",
        "-s:v:0",
        "640x360",
        "-s:v:1",
        "320x180",
        "-c:a",
        "aac",
        "-b:a",
        "64k",
        "-f",
        "dash",
        "-seg_duration",
        "1",
        "-adaptation_sets",
        "id=0,streams=v id=1,streams=a",
    ];
    args.extend(extra);
    args.push("manifest.mpd");
    ffmpeg(&sub, &args);
}

fn make_all(dir: &Path) {
    // A page with a video on it, for yt-dlp's generic extractor.
    let page = dir.join("page");
    std::fs::create_dir_all(&page).expect("dir");
    let video = format!("{VIDEO}320x180");
    let seconds = SECONDS.to_string();
    ffmpeg(
        &page,
        &[
            "-f",
            "lavfi",
            "-i",
            &video,
            "-f",
            "lavfi",
            "-i",
            AUDIO,
            "-t",
            &seconds,
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-c:a",
            "aac",
            "-movflags",
            "+faststart",
            "clip.mp4",
        ],
    );
    std::fs::write(
        page.join("watch.html"),
        "<!doctype html><html><head><title>A test clip</title></head><body>\
         <video controls><source src=\"clip.mp4\" type=\"video/mp4\"></video></body></html>",
    )
    .expect("page");
    dash(dir, "dash", &[]);
    dash(dir, "dashnum", &["-use_timeline", "0"]);
    hls(
        dir,
        "320x180",
        "lo",
        &["-hls_segment_filename", "s%03d.ts"],
        true,
    );
    hls(
        dir,
        "640x360",
        "hi",
        &["-hls_segment_filename", "s%03d.ts"],
        true,
    );
    std::fs::write(
        dir.join("master.m3u8"),
        "#EXTM3U\n\
         #EXT-X-STREAM-INF:BANDWIDTH=400000,RESOLUTION=320x180,CODECS=\"avc1.42c00d,mp4a.40.2\"\n\
         lo/index.m3u8\n\
         #EXT-X-STREAM-INF:BANDWIDTH=900000,RESOLUTION=640x360,CODECS=\"avc1.42c01e,mp4a.40.2\"\n\
         hi/index.m3u8\n",
    )
    .expect("master");
    hls(
        dir,
        "320x180",
        "fmp4",
        &[
            "-hls_segment_type",
            "fmp4",
            "-hls_fmp4_init_filename",
            "init.mp4",
            "-hls_segment_filename",
            "s%03d.m4s",
        ],
        true,
    );
    hls(
        dir,
        "320x180",
        "ranges",
        &["-hls_flags", "single_file"],
        true,
    );
    // AES-128: the key served beside the playlist, the IV left to the sequence number.
    let aes = dir.join("aes");
    std::fs::create_dir_all(&aes).expect("dir");
    std::fs::write(aes.join("k.bin"), [0x42u8; 16]).expect("key");
    std::fs::write(
        aes.join("keyinfo"),
        format!("k.bin\n{}\n", aes.join("k.bin").display()),
    )
    .expect("keyinfo");
    hls(
        dir,
        "320x180",
        "aes",
        &[
            "-hls_key_info_file",
            "keyinfo",
            "-hls_segment_filename",
            "s%03d.ts",
        ],
        true,
    );
    // Separate audio: a video-only variant and an audio rendition.
    hls(
        dir,
        "320x180",
        "vonly",
        &["-hls_segment_filename", "s%03d.ts"],
        false,
    );
    let sound = dir.join("sound");
    std::fs::create_dir_all(&sound).expect("dir");
    let seconds = SECONDS.to_string();
    ffmpeg(
        &sound,
        &[
            "-f",
            "lavfi",
            "-i",
            AUDIO,
            "-t",
            &seconds,
            "-c:a",
            "aac",
            "-b:a",
            "64k",
            "-f",
            "hls",
            "-hls_time",
            "1",
            "-hls_playlist_type",
            "vod",
            "-hls_segment_filename",
            "s%03d.ts",
            "index.m3u8",
        ],
    );
    std::fs::write(
        dir.join("split.m3u8"),
        "#EXTM3U\n\
         #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"aud\",NAME=\"English\",LANGUAGE=\"en\",DEFAULT=YES,URI=\"sound/index.m3u8\"\n\
         #EXT-X-STREAM-INF:BANDWIDTH=400000,RESOLUTION=320x180,AUDIO=\"aud\"\n\
         vonly/index.m3u8\n",
    )
    .expect("split");
}

/// Serves every stream file under `/v/` (playlists with their own media type).
pub fn serve(server: &TestServer) {
    fn walk(root: &Path, dir: &Path, server: &TestServer) {
        for entry in std::fs::read_dir(dir).expect("read").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, server);
                continue;
            }
            let relative = path
                .strip_prefix(root)
                .expect("inside")
                .to_string_lossy()
                .into_owned();
            let body = std::fs::read(&path).expect("read");
            let mut route = Route::file(body);
            if relative.ends_with(".m3u8") {
                route = route.header("Content-Type", "application/vnd.apple.mpegurl");
            }
            if relative.ends_with(".html") {
                route = route.header("Content-Type", "text/html; charset=utf-8");
            }
            if relative.ends_with(".mpd") {
                route = route.header("Content-Type", "application/dash+xml");
            }
            server.route(&format!("/v/{relative}"), route);
        }
    }
    walk(made(), made(), server);
}

/// What ffprobe says of a video file.
#[derive(Debug)]
pub struct Probe {
    pub duration: f64,
    pub video: Option<(u32, u32)>,
    pub audio: bool,
}

/// ffprobe's view of `file`, after checking that it decodes without an error.
pub fn probe(file: &Path) -> Probe {
    let out = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_entries",
            "stream=codec_type,width,height:format=duration",
            "-of",
            "json",
        ])
        .arg(file)
        .output()
        .expect("ffprobe runs");
    assert!(
        out.status.success(),
        "ffprobe {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let streams = json["streams"].as_array().cloned().unwrap_or_default();
    let video = streams
        .iter()
        .find(|s| s["codec_type"] == "video")
        .map(|s| {
            (
                s["width"].as_u64().unwrap_or(0) as u32,
                s["height"].as_u64().unwrap_or(0) as u32,
            )
        });
    let audio = streams.iter().any(|s| s["codec_type"] == "audio");
    let duration = json["format"]["duration"]
        .as_str()
        .and_then(|d| d.parse().ok())
        .unwrap_or(0.0);
    let decode = Command::new("ffmpeg")
        .args(["-v", "error", "-i"])
        .arg(file)
        .args(["-f", "null", "-"])
        .output()
        .expect("ffmpeg decodes");
    assert!(
        decode.status.success() && decode.stderr.is_empty(),
        "decoding {} said: {}",
        file.display(),
        String::from_utf8_lossy(&decode.stderr)
    );
    Probe {
        duration,
        video,
        audio,
    }
}

/// The one file in `dir` (a finished stream), by ending.
pub fn only_file(dir: &Path) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}
