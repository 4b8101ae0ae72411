//! A live stream (a media playlist without `EXT-X-ENDLIST`) is recorded: the playlist is read
//! again every target duration and its new segments fetched, until the stream ends or the
//! user pauses (which ends the recording and saves it; a cancel drops it; quitting keeps what
//! was recorded and records on at the next start). Segments are named by their sequence
//! number, so a recording that resumes never mixes them up.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{Halt, Runner, Small};
use crate::engine::error::TransferError;
use crate::engine::kinds::stream::fetch::Piece;
use crate::engine::kinds::stream::hls::{self, Init, Key, Playlist};
use crate::engine::kinds::stream::join::TrackFiles;
use crate::engine::kinds::stream::parts::SavedPlan;
use crate::engine::kinds::stream::plan::Track;
use crate::engine::signal::StopRequest;
use crate::engine::state::transitions::Outcome;

/// How often a live playlist is read at most (a target duration of 0 would ask at once).
const SHORTEST_RELOAD: Duration = Duration::from_millis(500);

/// One track's recording so far.
struct Recorded {
    label: String,
    url: url::Url,
    sequences: BTreeSet<u64>,
    inits: Vec<Init>,
    /// The init section each recorded sequence plays after.
    init_of: HashMap<u64, usize>,
}

impl Runner<'_> {
    /// Records `tracks` until the stream ends or the user pauses, then saves the recording.
    pub(super) fn record(
        &self,
        plan: &SavedPlan,
        mut tracks: Vec<Track>,
        name: &str,
        dir: &Path,
    ) -> Result<Outcome, Halt> {
        let mut recorded: Vec<Recorded> = plan
            .tracks
            .iter()
            .filter_map(|saved| {
                Some(Recorded {
                    label: saved.label.clone(),
                    url: url::Url::parse(&saved.url).ok()?,
                    sequences: BTreeSet::new(),
                    inits: Vec::new(),
                    init_of: HashMap::new(),
                })
            })
            .collect();
        // What an earlier run recorded stays part of the recording.
        for track in &mut recorded {
            track.sequences.extend(self.sequences_on_disk(&track.label));
        }
        let mut keys = HashMap::new();
        loop {
            let pieces = match self.new_pieces(&tracks, &mut recorded, &mut keys) {
                Ok(pieces) => pieces,
                Err(Halt::Stopped) => break,
                Err(other) => return Err(other),
            };
            let total: usize = recorded.iter().map(|r| r.sequences.len()).sum();
            self.reporter.details(|d| {
                if let Some(facts) = d.stream_mut() {
                    facts.segments_total = total;
                    facts.duration_secs = 0;
                }
            });
            match self.fetch_all(pieces, true) {
                Ok(()) => {}
                Err(Halt::Stopped) => break,
                Err(other) => return Err(other),
            }
            if tracks.iter().all(|t| t.media.ended) {
                break;
            }
            let wait = tracks
                .iter()
                .map(|t| Duration::from_secs_f64(t.media.target_duration.max(0.0)))
                .min()
                .unwrap_or_default()
                .max(SHORTEST_RELOAD);
            if !self.wait_for(wait) {
                break;
            }
            match self.reload(&recorded) {
                Ok(fresh) => tracks = fresh,
                Err(Halt::Stopped) => break,
                Err(other) => return Err(other),
            }
        }
        // Paused (or ended): what was recorded is the file. Cancelled or quitting: not yet.
        if matches!(
            self.reporter.stop_request(),
            Some(StopRequest::Cancel | StopRequest::Shutdown)
        ) {
            return Err(Halt::Stopped);
        }
        let files = self.files_of(&recorded);
        if files.iter().all(|f| f.pieces.is_empty()) {
            return Err(
                TransferError::Stream(crate::engine::stream_problem::StreamProblem::Empty).into(),
            );
        }
        let cancelled = || {
            matches!(
                self.reporter.stop_request(),
                Some(StopRequest::Cancel | StopRequest::Shutdown)
            )
        };
        self.finish(&files, name, dir, &cancelled)
    }

    /// The segments of `tracks` not recorded yet, as pieces; `recorded` learns them.
    fn new_pieces(
        &self,
        tracks: &[Track],
        recorded: &mut [Recorded],
        keys: &mut HashMap<url::Url, [u8; 16]>,
    ) -> Result<Vec<Piece>, Halt> {
        self.keys(tracks, keys)?;
        let mut pieces = Vec::new();
        for (track, record) in tracks.iter().zip(recorded.iter_mut()) {
            for segment in &track.media.segments {
                if let Some(init) = &segment.init {
                    let at = match record.inits.iter().position(|known| known == init) {
                        Some(at) => at,
                        None => {
                            record.inits.push(init.clone());
                            let at = record.inits.len() - 1;
                            let path = self.parts.piece(&format!("{}-init{at}.seg", record.label));
                            if !path.exists() {
                                pieces.push(Piece {
                                    url: init.uri.clone(),
                                    range: init.range,
                                    key: None,
                                    path,
                                });
                            }
                            at
                        }
                    };
                    record.init_of.insert(segment.sequence, at);
                }
                if !record.sequences.insert(segment.sequence) {
                    continue;
                }
                let key = match (&segment.key, segment.iv()) {
                    (Key::Aes128 { uri, .. }, Some(iv)) => keys.get(uri).map(|key| (*key, iv)),
                    _ => None,
                };
                pieces.push(Piece {
                    url: segment.uri.clone(),
                    range: segment.range,
                    key,
                    path: self.live_piece(&record.label, segment.sequence),
                });
            }
        }
        Ok(pieces)
    }

    fn live_piece(&self, label: &str, sequence: u64) -> PathBuf {
        self.parts.piece(&format!("{label}-live{sequence:012}.seg"))
    }

    /// Sequence numbers recorded on disk for track `label`.
    fn sequences_on_disk(&self, label: &str) -> Vec<u64> {
        let prefix = format!("{label}-live");
        std::fs::read_dir(&self.parts.dir)
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|e| {
                        let name = e.file_name().into_string().ok()?;
                        name.strip_prefix(&prefix)?
                            .strip_suffix(".seg")?
                            .parse()
                            .ok()
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Waits `wait`, false when the download is stopped meanwhile.
    fn wait_for(&self, wait: Duration) -> bool {
        let until = Instant::now() + wait;
        while Instant::now() < until {
            if self.reporter.stop_requested() {
                return false;
            }
            std::thread::sleep(
                super::LOOK_EVERY.min(until.saturating_duration_since(Instant::now())),
            );
        }
        !self.reporter.stop_requested()
    }

    /// Each track's playlist read again.
    fn reload(&self, recorded: &[Recorded]) -> Result<Vec<Track>, Halt> {
        let mut tracks = Vec::new();
        for record in recorded {
            let (bytes, landed) = self.fetch_small(&record.url, Small::Playlist)?;
            let text = super::playlist_text(&bytes)?;
            match hls::parse(&text, &landed).map_err(super::problem)? {
                Playlist::Media(media) => tracks.push(Track {
                    label: record.label.clone(),
                    media,
                }),
                Playlist::Master(_) => {
                    return Err(TransferError::Stream(
                        crate::engine::stream_problem::StreamProblem::NotAPlaylist,
                    )
                    .into());
                }
            }
        }
        Ok(tracks)
    }

    /// Each track's recorded files in playing order (init sections where they change).
    fn files_of(&self, recorded: &[Recorded]) -> Vec<TrackFiles> {
        recorded
            .iter()
            .map(|record| {
                let mut pieces = Vec::new();
                let mut last_init = None;
                for &sequence in &record.sequences {
                    let path = self.live_piece(&record.label, sequence);
                    if !path.exists() {
                        continue;
                    }
                    if let Some(&at) = record.init_of.get(&sequence)
                        && last_init != Some(at)
                    {
                        pieces.push(self.parts.piece(&format!("{}-init{at}.seg", record.label)));
                        last_init = Some(at);
                    }
                    pieces.push(path);
                }
                TrackFiles {
                    label: record.label.clone(),
                    pieces,
                    fmp4: !record.inits.is_empty(),
                }
            })
            .collect()
    }
}
