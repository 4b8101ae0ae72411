//! Tracks into one playable file. Each track's pieces are put end to end first (an init
//! section then its segments: for MPEG-TS and fragmented MP4 alike that is the track). With
//! ffmpeg installed (found on `PATH` when needed) the tracks are muxed without re-encoding
//! into `.mp4`, or `.mkv` when MP4 cannot hold the codecs. Without it, one track is the file
//! itself (`.ts`, or `.mp4` for fragmented MP4); separate video and audio cannot be joined,
//! and the tracks stay in the parts folder for when ffmpeg is there.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::engine::error::TransferError;
use crate::engine::files::{fsutil, naming};
use crate::engine::stream_problem::StreamProblem;

/// A track's pieces, in playing order, and whether it is fragmented MP4.
pub(super) struct TrackFiles {
    pub label: String,
    pub pieces: Vec<PathBuf>,
    pub fmp4: bool,
}

/// The joined file, in the parts folder, and the ending its final name takes.
pub(super) struct Joined {
    pub file: PathBuf,
    pub extension: &'static str,
}

/// ffmpeg on `PATH` (or `HAUL_FFMPEG`, for a copy elsewhere).
pub(crate) fn ffmpeg() -> Option<PathBuf> {
    crate::engine::kinds::programs::find("ffmpeg", "HAUL_FFMPEG")
}

/// Joins `tracks` in `parts`; gives up (with `Ok(None)`) once `stopped` says so.
pub(super) fn join(
    parts: &Path,
    tracks: &[TrackFiles],
    stopped: &dyn Fn() -> bool,
) -> Result<Option<Joined>, TransferError> {
    let mut whole = Vec::new();
    for track in tracks {
        let extension = if track.fmp4 { "mp4" } else { "ts" };
        let file = parts.join(format!("{}.{extension}", track.label));
        concatenate(&track.pieces, &file)?;
        whole.push((file, extension));
    }
    let Some(ffmpeg) = ffmpeg() else {
        return match whole.as_slice() {
            [(file, extension)] => Ok(Some(Joined {
                file: file.clone(),
                extension,
            })),
            _ => Err(TransferError::Stream(StreamProblem::NeedsFfmpeg {
                kept: parts.display().to_string(),
            })),
        };
    };
    let inputs: Vec<&Path> = whole.iter().map(|(file, _)| file.as_path()).collect();
    for extension in ["mp4", "mkv"] {
        let out = parts.join(format!("joined.{extension}"));
        match mux(&ffmpeg, &inputs, &out, stopped)? {
            Muxed::Stopped => return Ok(None),
            Muxed::Done => {
                return Ok(Some(Joined {
                    file: out,
                    extension,
                }));
            }
            Muxed::Failed(detail) if extension == "mkv" => {
                return Err(TransferError::Stream(StreamProblem::JoinFailed { detail }));
            }
            Muxed::Failed(detail) => {
                log::info!("ffmpeg could not write MP4 ({detail}); trying Matroska");
            }
        }
    }
    Err(TransferError::Stream(StreamProblem::JoinFailed {
        detail: String::new(),
    }))
}

/// Puts `pieces` end to end into `out`.
fn concatenate(pieces: &[PathBuf], out: &Path) -> Result<(), TransferError> {
    let mut target = File::create(out).map_err(|err| TransferError::disk(out, err))?;
    let mut buffer = vec![0u8; 256 * 1024];
    for piece in pieces {
        let mut source = File::open(piece).map_err(|err| TransferError::disk_read(piece, err))?;
        loop {
            let read = source
                .read(&mut buffer)
                .map_err(|err| TransferError::disk_read(piece, err))?;
            if read == 0 {
                break;
            }
            target
                .write_all(&buffer[..read])
                .map_err(|err| TransferError::disk(out, err))?;
        }
    }
    target
        .sync_all()
        .map_err(|err| TransferError::disk(out, err))
}

enum Muxed {
    Done,
    Stopped,
    Failed(String),
}

/// `ffmpeg -i video [-i audio] -c copy out`: the first input's video (and its audio unless
/// a separate audio track is given), the second's audio.
fn mux(
    ffmpeg: &Path,
    inputs: &[&Path],
    out: &Path,
    stopped: &dyn Fn() -> bool,
) -> Result<Muxed, TransferError> {
    let mut command = Command::new(ffmpeg);
    command.args(["-hide_banner", "-nostdin", "-loglevel", "error", "-y"]);
    for input in inputs {
        command.arg("-i").arg(input);
    }
    if inputs.len() > 1 {
        command.args(["-map", "0:v?", "-map", "1:a?"]);
    } else {
        command.args(["-map", "0:v?", "-map", "0:a?"]);
    }
    command.args(["-c", "copy"]);
    if out.extension().is_some_and(|e| e == "mp4") {
        command.args(["-movflags", "+faststart"]);
    }
    command
        .arg(out)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = command.spawn().map_err(|err| {
        TransferError::Stream(StreamProblem::JoinFailed {
            detail: err.to_string(),
        })
    })?;
    // What ffmpeg says goes to a thread, so a talkative ffmpeg never blocks on a full pipe.
    let said = child.stderr.take().map(|mut stderr| {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        })
    });
    let status = loop {
        if stopped() {
            let _ = child.kill();
            let _ = child.wait();
            let _ = std::fs::remove_file(out);
            return Ok(Muxed::Stopped);
        }
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(err) => return Err(TransferError::disk_read(ffmpeg, err)),
        }
    };
    let text = said.and_then(|t| t.join().ok()).unwrap_or_default();
    if status.success() && out.metadata().is_ok_and(|m| m.len() > 0) {
        return Ok(Muxed::Done);
    }
    let _ = std::fs::remove_file(out);
    let last = text
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    Ok(Muxed::Failed(last.trim().chars().take(300).collect()))
}

/// Removes the track files left by a join that did not finish (the pieces stay).
pub(super) fn forget_tracks(parts: &Path) -> io::Result<()> {
    for name in ["v.ts", "v.mp4", "a.ts", "a.mp4", "joined.mp4", "joined.mkv"] {
        crate::engine::files::fsutil::remove_if_exists(&parts.join(name))?;
    }
    Ok(())
}

/// Puts the joined file in `dir` under `wanted` (or a numbered name when that is taken):
/// the name it got, and its size; `None` when every name is taken.
pub(crate) fn place(
    joined: &std::path::Path,
    dir: &std::path::Path,
    wanted: &str,
) -> Result<Option<(String, u64)>, TransferError> {
    let bytes = joined
        .metadata()
        .map_err(|err| TransferError::disk_read(joined, err))?
        .len();
    for candidate in naming::candidates(wanted) {
        let target = dir.join(&candidate);
        match fsutil::rename_no_replace(joined, &target) {
            Ok(()) => {
                fsutil::sync_dir(dir);
                return Ok(Some((candidate, bytes)));
            }
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(err) => return Err(TransferError::disk(&target, err)),
        }
    }
    Ok(None)
}
