//! One torrent's run: the shared session (made with the first torrent), the torrent added to
//! it (or found there again after a pause), its progress on the row until every piece is
//! here, and a pause, cancel or quit answered by pausing it in the session.

use std::sync::Arc;
use std::time::Duration;

use librqbit::{AddTorrent, AddTorrentOptions, AddTorrentResponse, Session, SessionOptions};

use super::source::{self, Source};
use crate::engine::kinds::waiting::until_stopped;
use crate::engine::net::limiter::Limit;
use crate::engine::reason::Reason;
use crate::engine::resources::Resources;
use crate::engine::state::reporter::Reporter;
use crate::engine::state::transitions::{Activity, Outcome, Progress};

/// A torrent's facts for the run.
pub(super) struct TorrentJob {
    pub job: crate::engine::worker::Job,
}

/// How often the row's progress is told.
const LOOK_EVERY: Duration = Duration::from_millis(200);

/// Runs `torrent` until it is complete, fails, or is stopped.
pub(super) fn run(
    torrent: &TorrentJob,
    reporter: &Reporter,
    resources: &Arc<Resources>,
    limits: [Arc<dyn Limit>; 2],
) -> Outcome {
    // The download's and its queue's limits, as they are when it starts (a change applies
    // from its next start); the overall one is the session's, followed as it changes.
    let own_limit = limits
        .iter()
        .map(|limit| limit.rate())
        .filter(|&rate| rate > 0)
        .min()
        .and_then(bps);
    reporter.doing(Activity::Connecting);
    let source = match source::of(&torrent.job.url) {
        Ok(source) => source,
        Err(detail) => return failed(detail),
    };
    let dir = torrent.job.dir.clone();
    let peers_settings = resources.tuning().peers;
    let resources_for_session = Arc::clone(resources);
    let added = until_stopped(resources, reporter, async move {
        let session = resources_for_session
            .torrents
            .get_or_try_init(|| {
                let options = SessionOptions {
                    dht: peers_settings
                        .dht
                        .then(librqbit::DhtSessionConfig::default)
                        .map(|mut dht| {
                            dht.persistence = None;
                            dht
                        }),
                    listen: peers_settings
                        .listen_port
                        .map(|port| librqbit::ListenerOptions {
                            listen_addr: (std::net::Ipv4Addr::UNSPECIFIED, port).into(),
                            ..Default::default()
                        }),
                    disable_local_service_discovery: !peers_settings.dht,
                    fastresume: false,
                    ..Default::default()
                };
                Session::new_with_opts(dir.clone(), options)
            })
            .await
            .map_err(|err| format!("{err:#}"))?
            .clone();
        let (add, peers) = match source {
            Source::Magnet { link, peers } => (AddTorrent::Url(link.into()), peers),
            Source::Web(link) => (AddTorrent::Url(link.into()), Vec::new()),
            Source::File(bytes) => (AddTorrent::TorrentFileBytes(bytes.into()), Vec::new()),
        };
        // First its metadata (at once for a file; from the peers for a magnet), so that a
        // torrent of several files gets a folder of its own, named as the torrent names it.
        let listed = session
            .add_torrent(
                add,
                Some(AddTorrentOptions {
                    list_only: true,
                    initial_peers: (!peers.is_empty()).then(|| peers.clone()),
                    ..Default::default()
                }),
            )
            .await
            .map_err(|err| format!("{err:#}"))?;
        let AddTorrentResponse::ListOnly(listed) = listed else {
            return Err("the torrent was not listed".to_owned());
        };
        check_files(&listed.info)?;
        let several = listed.info.info().files.is_some();
        let name = listed
            .info
            .name()
            .map(|n| crate::engine::files::naming::sanitize(&n))
            .unwrap_or_default();
        let folder = if several && !name.is_empty() {
            dir.join(&name)
        } else {
            dir.clone()
        };
        let mut known_peers = peers;
        known_peers.extend(listed.seen_peers.iter().copied());
        let options = AddTorrentOptions {
            output_folder: Some(folder.display().to_string()),
            // Its own files, continued after a pause or a quit (their pieces are checked).
            overwrite: true,
            initial_peers: (!known_peers.is_empty()).then_some(known_peers),
            ratelimits: librqbit::limits::LimitsConfig {
                download_bps: own_limit,
                upload_bps: None,
            },
            ..Default::default()
        };
        let response = session
            .add_torrent(
                AddTorrent::TorrentFileBytes(listed.torrent_bytes.clone()),
                Some(options),
            )
            .await
            .map_err(|err| format!("{err:#}"))?;
        match response {
            AddTorrentResponse::Added(_, handle)
            | AddTorrentResponse::AlreadyManaged(_, handle) => {
                // Found again after a pause: it goes on.
                let _ = session.unpause(&handle).await;
                Ok((session, handle))
            }
            AddTorrentResponse::ListOnly(_) => Err("the torrent was only listed".to_owned()),
        }
    });
    let (session, handle) = match added {
        Some(Ok(added)) => added,
        Some(Err(detail)) => return failed(detail),
        None => return Outcome::Stopped,
    };
    let overall = Arc::clone(&resources.tuning().limiter);
    let mut overall_set = None;
    // Speed measured as for files, from the bytes that arrive (librqbit's own estimate is
    // made by a task of its HTTP API's, which Haul does not run).
    let mut meter = crate::engine::net::meter::SpeedMeter::default();
    let mut counted: Option<u64> = None;
    loop {
        let now = bps(overall.get());
        if now != overall_set {
            session.ratelimits.set_download_bps(now);
            overall_set = now;
        }
        if reporter.stop_requested() {
            let session = Arc::clone(&session);
            let handle = handle.clone();
            let _ = until_stopped(
                resources,
                reporter,
                async move { session.pause(&handle).await },
            );
            return Outcome::Stopped;
        }
        let stats = handle.stats();
        if let Some(name) = handle.name() {
            reporter.named(&crate::engine::files::naming::sanitize(&name));
        }
        if let Some(error) = &stats.error {
            return failed(error.clone());
        }
        let arrived = stats
            .progress_bytes
            .saturating_sub(counted.unwrap_or(stats.progress_bytes));
        counted = Some(stats.progress_bytes);
        resources.count_received(arrived);
        meter.record(std::time::Instant::now(), arrived);
        let speed = meter.bytes_per_sec();
        let info_hash = handle.info_hash().as_string();
        reporter.details(|details| {
            let peers = stats.live.as_ref().map(|live| &live.snapshot.peer_stats);
            details.kind_facts =
                crate::engine::details::KindFacts::Torrent(crate::engine::details::TorrentFacts {
                    info_hash,
                    peers: peers.map_or(0, |p| p.live as usize),
                    seeds: peers.map_or(0, |p| p.live_seeders as usize),
                    peers_seen: peers.map_or(0, |p| p.seen as usize),
                    uploaded: stats.uploaded_bytes,
                    upload_speed: stats.live.as_ref().map_or(0, |l| l.upload_speed.as_bytes()),
                });
        });
        if stats.live.is_some() {
            reporter.doing(Activity::Downloading);
        }
        reporter.progress(Progress {
            bytes_done: stats.progress_bytes,
            total_bytes: (stats.total_bytes > 0).then_some(stats.total_bytes),
            bytes_per_sec: speed,
            eta_secs: crate::engine::net::meter::eta_secs(
                Some(stats.total_bytes.saturating_sub(stats.progress_bytes)),
                speed,
            ),
            note: None,
        });
        if stats.finished {
            let id = handle.id();
            let session = Arc::clone(&session);
            // Seeding is not built yet: a finished torrent leaves the session, its files stay.
            let _ = until_stopped(resources, reporter, async move {
                session.delete(id.into(), false).await
            });
            return Outcome::Finished {
                file_name: handle
                    .name()
                    .map(|n| crate::engine::files::naming::sanitize(&n))
                    .unwrap_or_default(),
                bytes: stats.total_bytes,
                already: false,
                verified: None,
            };
        }
        std::thread::sleep(LOOK_EVERY);
    }
}

/// Most files a torrent may have: beyond it the list alone would hold a lot of memory, and
/// no torrent people download has as many.
const MOST_FILES: usize = 100_000;
/// Longest name of one file or folder (what Linux file systems take).
const LONGEST_NAME: usize = 255;

/// Refuses a torrent whose files could not be written safely under their names (librqbit
/// itself refuses `..`, separators inside a name and nameless files): too many files, a name
/// too long for the disk, or one with control characters.
fn check_files(
    info: &librqbit::ValidatedTorrentMetaV1Info<librqbit::ByteBufOwned>,
) -> Result<(), String> {
    for (count, file) in info.iter_file_details().enumerate() {
        if count >= MOST_FILES {
            return Err(format!("it has more than {MOST_FILES} files"));
        }
        for part in file.filename.iter_components() {
            if part.len() > LONGEST_NAME || part.chars().any(char::is_control) || part == "." {
                let shown: String = part.chars().filter(|c| !c.is_control()).take(40).collect();
                return Err(format!("a file name cannot be written safely ({shown}…)"));
            }
        }
    }
    Ok(())
}

/// A rate in bytes per second as librqbit takes it (`None`: no limit).
fn bps(rate: u64) -> Option<std::num::NonZeroU32> {
    std::num::NonZeroU32::new(u32::try_from(rate).unwrap_or(u32::MAX))
}

fn failed(detail: String) -> Outcome {
    Outcome::Failed(Reason::Stream {
        problem: crate::engine::stream_problem::StreamProblem::TorrentFailed {
            said: detail.chars().take(400).collect(),
        },
    })
}
