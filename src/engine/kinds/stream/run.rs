//! One stream's run: its plan (read now, or the one an earlier run saved), its keys, its
//! segments fetched in parallel (as many at once as the download's connections, and only
//! as many as its host allows, each retried like a file's request), then the join and the
//! file put in place under a name that is free.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use url::Url;

use super::fetch::{Asker, Piece, fetch_piece};
use super::hls::{self, Key, Playlist, PlaylistProblem};
use super::join;
use super::parts::{Parts, SavedPlan};
use super::pieces;
use super::plan::{self, Track};

mod live;
use crate::engine::error::TransferError;
use crate::engine::files::{fsutil, naming};
use crate::engine::net::hosts::{Permit, host_key};
use crate::engine::net::limiter::Limit;
use crate::engine::net::meter::{SpeedMeter, eta_secs};
use crate::engine::reason::{Reason, SpeedNote};
use crate::engine::resources::{Resources, Tuning};
use crate::engine::state::Quality;
use crate::engine::state::reporter::Reporter;
use crate::engine::state::transitions::{Activity, Outcome, Progress};
use crate::engine::stream_problem::StreamProblem;
use crate::engine::worker::Job;

/// How often the row's progress is told.
const REPORT_EVERY: Duration = Duration::from_millis(200);
/// How long the run waits for news before looking at its stop signal.
const LOOK_EVERY: Duration = Duration::from_millis(100);

/// A stream's facts for the run.
pub(super) struct StreamJob {
    pub job: Job,
    pub quality: Quality,
}

/// Why a run ended early.
enum Halt {
    Stopped,
    Failed(Reason),
}

impl From<TransferError> for Halt {
    fn from(err: TransferError) -> Self {
        Halt::Failed(Reason::from(&err))
    }
}

/// Runs `stream` to its end.
pub(super) fn run(
    stream: &StreamJob,
    reporter: &Reporter,
    resources: &Arc<Resources>,
    limits: [Arc<dyn Limit>; 2],
) -> Outcome {
    let tuning = crate::engine::worker::tuned(resources, &stream.job);
    let [own, queue] = limits;
    let limits: Vec<Arc<dyn Limit>> =
        vec![own, queue, Arc::clone(&tuning.limiter) as Arc<dyn Limit>];
    let asker = Asker {
        client: tuning.client.clone(),
        link: stream.job.url.clone(),
        headers: stream.job.from_browser.clone(),
        stall: tuning.network.stall_timeout,
    };
    let name = stream
        .job
        .file_name
        .clone()
        .or_else(|| naming::name_from_url(&stream.job.url).map(|n| naming::video_name(&n)))
        .unwrap_or_else(|| "video.mp4".to_owned());
    let dir = stream
        .job
        .dir_for(&tuning.categories, Some(&name), Some("video/mp4"));
    reporter.named(&name);
    reporter.placed(dir.clone());
    let parts = Parts::of(&dir, &name);
    let mut runner = Runner {
        stream,
        reporter,
        resources,
        tuning: &tuning,
        asker,
        limits,
        parts,
    };
    match runner.go(&name, &dir) {
        Ok(outcome) => outcome,
        Err(Halt::Stopped) => Outcome::Stopped,
        Err(Halt::Failed(Reason::DiskFull { needed_bytes })) => {
            Outcome::PausedBecause(Reason::DiskFull { needed_bytes })
        }
        Err(Halt::Failed(reason)) => Outcome::Failed(reason),
    }
}

struct Runner<'a> {
    stream: &'a StreamJob,
    reporter: &'a Reporter,
    resources: &'a Arc<Resources>,
    tuning: &'a Tuning,
    asker: Asker,
    limits: Vec<Arc<dyn Limit>>,
    parts: Parts,
}

impl Runner<'_> {
    fn go(&mut self, name: &str, dir: &std::path::Path) -> Result<Outcome, Halt> {
        self.reporter.doing(Activity::Connecting);
        self.parts
            .create()
            .map_err(|err| TransferError::disk(&self.parts.dir, err))?;
        let plan = match self.parts.plan() {
            Some(plan) => plan,
            None => {
                let plan = self.read_plan()?;
                self.parts
                    .save_plan(&plan)
                    .map_err(|err| TransferError::disk(&self.parts.dir, err))?;
                plan
            }
        };
        let tracks = plan::tracks_of(&plan).map_err(TransferError::Stream)?;
        let duration = tracks.first().map_or(0.0, |t| t.media.duration());
        let segments: usize = tracks.iter().map(|t| t.media.segments.len()).sum();
        self.reporter.details(|details| {
            details.kind_facts =
                crate::engine::details::KindFacts::Stream(crate::engine::details::StreamFacts {
                    resolution: plan.resolution,
                    duration_secs: duration.round() as u64,
                    segments_total: segments,
                    segments_done: 0,
                });
        });
        if tracks.iter().any(|t| !t.media.ended) {
            return self.record(&plan, tracks, name, dir);
        }
        let mut keys = HashMap::new();
        self.keys(&tracks, &mut keys)?;
        let (pieces, files) = pieces::pieces_of(&tracks, &self.parts, &keys);
        self.fetch_all(pieces, false)?;
        self.finish(&files, name, dir, &|| self.reporter.stop_requested())
    }

    /// Joins the tracks' `files` and puts the file in place in `dir`.
    fn finish(
        &self,
        files: &[join::TrackFiles],
        name: &str,
        dir: &std::path::Path,
        stopped: &dyn Fn() -> bool,
    ) -> Result<Outcome, Halt> {
        self.reporter.saving();
        let joined = match join::join(&self.parts.dir, files, stopped) {
            Ok(Some(joined)) => joined,
            Ok(None) => return Err(Halt::Stopped),
            Err(err) => {
                let _ = join::forget_tracks(&self.parts.dir);
                return Err(err.into());
            }
        };
        let wanted = naming::with_extension(name, joined.extension);
        let Some((placed, bytes)) = join::place(&joined.file, dir, &wanted)? else {
            return Err(Halt::Failed(Reason::NamesTaken {
                name: wanted,
                dir: dir.display().to_string(),
            }));
        };
        self.parts.delete();
        Ok(Outcome::Finished {
            file_name: placed,
            bytes,
            already: false,
            verified: None,
        })
    }

    /// Blocks on `future` on the network runtime, giving up (and dropping it) when the
    /// download is stopped.
    fn wait<T: Send + 'static>(
        &self,
        future: impl std::future::Future<Output = T> + Send + 'static,
    ) -> Result<T, Halt> {
        crate::engine::kinds::waiting::until_stopped(self.resources, self.reporter, future)
            .ok_or(Halt::Stopped)
    }

    /// A small resource with retries as for any request.
    fn fetch_small(&self, url: &Url, what: Small) -> Result<(Vec<u8>, Url), Halt> {
        let mut attempt = 1;
        loop {
            let asker = self.asker.clone();
            let target = url.clone();
            let result = self.wait(async move {
                match what {
                    Small::Playlist => asker.playlist(&target).await,
                    Small::Key => asker.key(&target).await.map(|key| (key, target)),
                }
            })?;
            match result {
                Ok(found) => return Ok(found),
                Err(err) if err.is_transient() && attempt < self.tuning.retry.max_attempts => {
                    attempt += 1;
                    self.pause_before(attempt, &err)?;
                }
                Err(err) => return Err(err.into()),
            }
        }
    }

    /// Waits before attempt `attempt`, saying so on the row.
    fn pause_before(&self, attempt: u32, err: &TransferError) -> Result<(), Halt> {
        let retry_after = match err {
            TransferError::Status { retry_after, .. } => *retry_after,
            _ => None,
        };
        let wait = self.tuning.retry.delay(attempt, retry_after);
        self.reporter.doing(Activity::Retrying {
            attempt,
            in_secs: wait.as_secs(),
            reason: Reason::from(err),
        });
        let until = Instant::now() + wait;
        while Instant::now() < until {
            if self.reporter.stop_requested() {
                return Err(Halt::Stopped);
            }
            std::thread::sleep(LOOK_EVERY.min(until.saturating_duration_since(Instant::now())));
        }
        Ok(())
    }

    /// Reads the playlist at the link (and the chosen variant's, when it is a master one).
    fn read_plan(&self) -> Result<SavedPlan, Halt> {
        let (bytes, landed) = self.fetch_small(&self.stream.job.url, Small::Playlist)?;
        if super::dash::looks_like_mpd(&bytes) {
            let text = String::from_utf8(bytes)
                .map_err(|_| TransferError::Stream(StreamProblem::NotAPlaylist))?;
            return Ok(plan::choose_dash(&text, &landed, self.stream.quality)
                .map_err(TransferError::Stream)?);
        }
        let text = playlist_text(&bytes)?;
        match hls::parse(&text, &landed).map_err(problem)? {
            Playlist::Media(_) => Ok(plan::saved(vec![("v".into(), landed, text)], None)),
            Playlist::Master(master) => {
                let chosen =
                    plan::choose(&master, self.stream.quality).map_err(TransferError::Stream)?;
                let mut texts = Vec::new();
                for (label, url) in chosen.playlists {
                    let (bytes, landed) = self.fetch_small(&url, Small::Playlist)?;
                    let text = playlist_text(&bytes)?;
                    match hls::parse(&text, &landed).map_err(problem)? {
                        Playlist::Media(_) => texts.push((label, landed, text)),
                        Playlist::Master(_) => {
                            return Err(TransferError::Stream(StreamProblem::NotAPlaylist).into());
                        }
                    }
                }
                Ok(plan::saved(texts, chosen.resolution))
            }
        }
    }

    /// Adds the keys of encrypted segments to `keys`; a method Haul does not decrypt is
    /// refused.
    fn keys(&self, tracks: &[Track], keys: &mut HashMap<Url, [u8; 16]>) -> Result<(), Halt> {
        for segment in tracks.iter().flat_map(|t| &t.media.segments) {
            match &segment.key {
                Key::None => {}
                Key::Other(method) => {
                    return Err(TransferError::Stream(StreamProblem::Protected {
                        method: method.clone(),
                    })
                    .into());
                }
                Key::Aes128 { uri, .. } if !keys.contains_key(uri) => {
                    let (bytes, _) = self.fetch_small(uri, Small::Key)?;
                    let key: [u8; 16] = bytes
                        .try_into()
                        .map_err(|_| TransferError::Stream(StreamProblem::BadKey))?;
                    keys.insert(uri.clone(), key);
                }
                Key::Aes128 { .. } => {}
            }
        }
        Ok(())
    }

    /// Fetches the pieces not on disk yet, several at once.
    /// `live`: a recording's latest pieces (its size is not known ahead).
    fn fetch_all(&self, pieces: Vec<Piece>, live: bool) -> Result<(), Halt> {
        let total = pieces.len();
        let mut waiting: VecDeque<(Piece, u32, Instant)> = pieces
            .into_iter()
            .filter(|p| !fsutil::exists_no_follow(&p.path))
            .map(|p| (p, 1, Instant::now()))
            .collect();
        let mut done_pieces = total - waiting.len();
        let mut done_bytes = self.parts.bytes_done();
        let before_run = done_bytes;
        let skipped = done_pieces;
        self.reporter.details(|d| {
            if let Some(facts) = d.stream_mut() {
                facts.segments_done = (facts.segments_done + skipped).min(facts.segments_total);
            }
        });
        let arrived = Arc::new(AtomicU64::new(0));
        let (tx, rx) = mpsc::channel::<(Piece, u32, Result<u64, TransferError>)>();
        let host = host_key(&self.stream.job.url);
        let most = segments_at_once(self.tuning.connections, self.tuning.hosts.per_host());
        let mut running: Vec<tokio::task::JoinHandle<()>> = Vec::new();
        let mut in_flight = 0usize;
        let mut meter = SpeedMeter::default();
        let mut last_report = Instant::now() - REPORT_EVERY;
        let mut counted = 0u64;
        self.reporter.doing(Activity::Downloading);
        let stop_all = |running: &mut Vec<tokio::task::JoinHandle<()>>| {
            for task in running.drain(..) {
                task.abort();
            }
        };
        while done_pieces < total {
            if self.reporter.stop_requested() {
                stop_all(&mut running);
                return Err(Halt::Stopped);
            }
            // Start what may start: the first connection waits its turn at the host, more
            // only when the host has room to spare.
            while in_flight < most
                && waiting
                    .front()
                    .is_some_and(|(_, _, not_before)| *not_before <= Instant::now())
            {
                let permit: Option<Permit> = if in_flight == 0 {
                    self.tuning.hosts.acquire_within(&host, LOOK_EVERY)
                } else {
                    self.tuning.hosts.try_acquire(&host, true)
                };
                let Some(permit) = permit else { break };
                let Some((piece, attempt, _)) = waiting.pop_front() else {
                    break;
                };
                let asker = self.asker.clone();
                let limits = self.limits.clone();
                let arrived = Arc::clone(&arrived);
                let tx = tx.clone();
                in_flight += 1;
                running.retain(|task| !task.is_finished());
                running.push(self.resources.net().spawn(async move {
                    let result = fetch_piece(&asker, &piece, &limits, &arrived).await;
                    drop(permit);
                    let _ = tx.send((piece, attempt, result));
                }));
            }
            match rx.recv_timeout(LOOK_EVERY) {
                Ok((piece, attempt, result)) => {
                    in_flight -= 1;
                    match result {
                        Ok(bytes) => {
                            done_pieces += 1;
                            done_bytes += bytes;
                            self.reporter.details(|d| {
                                if let Some(facts) = d.stream_mut() {
                                    facts.segments_done =
                                        (facts.segments_done + 1).min(facts.segments_total);
                                }
                            });
                        }
                        Err(err)
                            if err.is_transient() && attempt < self.tuning.retry.max_attempts =>
                        {
                            let _ =
                                std::fs::remove_file(super::fetch::with_ending(&piece.path, "tmp"));
                            let retry_after = match &err {
                                TransferError::Status { retry_after, .. } => *retry_after,
                                _ => None,
                            };
                            if matches!(
                                err,
                                TransferError::Status {
                                    code: 429 | 503,
                                    ..
                                }
                            ) {
                                self.tuning.hosts.push_back(&host, retry_after);
                            }
                            let wait = self.tuning.retry.delay(attempt + 1, retry_after);
                            log::info!("segment {}: {err}; again in {wait:?}", piece.url);
                            waiting.push_front((piece, attempt + 1, Instant::now() + wait));
                        }
                        Err(err) => {
                            stop_all(&mut running);
                            let _ =
                                std::fs::remove_file(super::fetch::with_ending(&piece.path, "tmp"));
                            return Err(err.into());
                        }
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout | mpsc::RecvTimeoutError::Disconnected) => {}
            }
            let now = Instant::now();
            let seen = arrived.load(Ordering::Relaxed);
            self.resources.count_received(seen - counted);
            meter.record(now, seen - counted);
            counted = seen;
            if now.duration_since(last_report) >= REPORT_EVERY {
                last_report = now;
                // What arrived in this run, in-flight segments included (decrypted ones end a
                // few bytes shorter: the count settles when the last one is in).
                let bytes_done = (before_run + seen).max(done_bytes);
                let total_bytes =
                    estimate(done_bytes, done_pieces, total).map(|t| t.max(bytes_done));
                let speed = meter.bytes_per_sec();
                self.reporter.progress(Progress {
                    bytes_done,
                    total_bytes,
                    bytes_per_sec: speed,
                    eta_secs: eta_secs(total_bytes.map(|t| t.saturating_sub(bytes_done)), speed),
                    note: live.then_some(SpeedNote::RecordingLive),
                });
            }
        }
        if !live {
            self.reporter.progress(Progress {
                bytes_done: done_bytes,
                total_bytes: Some(done_bytes),
                bytes_per_sec: 0,
                eta_secs: None,
                note: None,
            });
        }
        Ok(())
    }
}

/// Segments fetched at once for a download that may use `connections` for a file: a segment
/// is a small request of its own (a player fetches ahead the same way), so a stream takes
/// four for each connection a file would use, never more than the host's limit (a host that
/// pushes back, with 429 or 503, gets fewer through its slots).
fn segments_at_once(connections: usize, per_host: usize) -> usize {
    (connections.max(1) * SEGMENTS_PER_CONNECTION).min(per_host.max(1))
}

/// See [`segments_at_once`].
const SEGMENTS_PER_CONNECTION: usize = 4;

#[derive(Clone, Copy)]
enum Small {
    Playlist,
    Key,
}

/// The whole stream's size, from the pieces done so far.
fn estimate(bytes_done: u64, done: usize, total: usize) -> Option<u64> {
    if done == 0 {
        return None;
    }
    Some(bytes_done / done as u64 * total as u64)
}

fn playlist_text(bytes: &[u8]) -> Result<String, Halt> {
    if !hls::looks_like_playlist(bytes) {
        return Err(TransferError::Stream(StreamProblem::NotAPlaylist).into());
    }
    String::from_utf8(bytes.to_vec())
        .map_err(|_| TransferError::Stream(StreamProblem::NotAPlaylist).into())
}

fn problem(problem: PlaylistProblem) -> TransferError {
    TransferError::Stream(match problem {
        PlaylistProblem::NotAPlaylist => StreamProblem::NotAPlaylist,
        PlaylistProblem::Empty => StreamProblem::Empty,
    })
}
