//! One torrent's run: the torrent added to the shared session (or found there again after a
//! pause or a restart), its progress and facts on the row until every chosen piece is here,
//! and a pause, cancel or quit answered by pausing it in the session. A finished torrent
//! seeds on to its goal, or leaves the session.

use std::sync::Arc;
use std::time::{Duration, Instant};

use librqbit::api::TorrentIdOrHash;

use super::adding::{self, Added, Wanted};
use super::known_pieces::KnownPieces;
use super::source::{self, Source};
use crate::engine::kinds::waiting::{until_stopped, within};
use crate::engine::net::limiter::Limit;
use crate::engine::reason::Reason;
use crate::engine::resources::Resources;
use crate::engine::resources::swarm_session::bps;
use crate::engine::state::DownloadId;
use crate::engine::state::reporter::Reporter;
use crate::engine::state::transitions::{Activity, Outcome, Progress};

/// A torrent's facts for the run.
pub(super) struct TorrentJob {
    pub id: DownloadId,
    pub job: crate::engine::worker::Job,
    /// Its own seeding goal (`None`: the settings').
    pub seed_goal: Option<crate::engine::net::peers::SeedGoal>,
}

/// Longest wait for a quick step in the session (choosing files).
const STEP_WAIT: Duration = Duration::from_secs(10);

/// How often the row's progress is told.
const LOOK_EVERY: Duration = Duration::from_millis(200);

/// Runs `torrent` until it is complete, fails, or is stopped.
pub(super) fn run(
    torrent: &TorrentJob,
    reporter: &Reporter,
    resources: &Arc<Resources>,
    limits: [Arc<dyn Limit>; 2],
) -> Outcome {
    reporter.doing(Activity::Connecting);
    let source = match source::of(&torrent.job.url) {
        Ok(source) => source,
        Err(detail) => return failed(detail),
    };
    let source = match source {
        Source::Web(link) => {
            let client = resources.tuning().client;
            let context = torrent.job.from_browser.clone();
            let fetched = until_stopped(resources, reporter, async move {
                source::fetch(&client, &link, context.as_deref()).await
            });
            match fetched {
                Some(Ok(bytes)) => Source::File(bytes),
                Some(Err(detail)) => return failed(detail),
                None => return Outcome::Stopped,
            }
        }
        other => other,
    };
    let mut extra_peers = match &source {
        Source::Magnet { peers, .. } => peers.clone(),
        _ => Vec::new(),
    };
    let mut source = source;
    loop {
        // The download's and its queue's limits as they are now: librqbit fixes a torrent's
        // own limit when it is added, so a change adds it again (the overall limit is the
        // session's, followed as it changes).
        let limit = own_limit(&limits);
        let wanted = Wanted {
            dir: torrent.job.dir.clone(),
            only_files: reporter.chosen_files().map(|files| files.to_vec()),
            limit,
        };
        let added = match start(
            torrent.id,
            source,
            extra_peers.clone(),
            wanted,
            resources,
            reporter,
        ) {
            Some(Ok(added)) => added,
            Some(Err(detail)) => return failed(detail),
            None => return Outcome::Stopped,
        };
        let own_goal = torrent.seed_goal;
        match follow(
            torrent.id,
            added,
            reporter,
            resources,
            (&limits, limit),
            own_goal,
        ) {
            Followed::Ended(outcome) => return outcome,
            Followed::LimitChanged { torrent, peers } => {
                source = Source::File(torrent);
                extra_peers.extend(peers);
                extra_peers.sort();
                extra_peers.dedup();
            }
        }
    }
}

/// How following a torrent ended.
enum Followed {
    /// The run is over.
    Ended(Outcome),
    /// Its own or its queue's limit changed: it left the session (its files and pieces stay)
    /// to be added again with the new one, with the peers it had.
    LimitChanged {
        torrent: Vec<u8>,
        peers: Vec<std::net::SocketAddr>,
    },
}

/// The lower of the download's and its queue's limits (`None`: neither).
fn own_limit(limits: &[Arc<dyn Limit>; 2]) -> Option<std::num::NonZeroU32> {
    limits
        .iter()
        .map(|limit| limit.rate())
        .filter(|&rate| rate > 0)
        .min()
        .and_then(bps)
}

/// The torrent added and going; `None` when stopped first.
fn start(
    id: DownloadId,
    source: Source,
    extra_peers: Vec<std::net::SocketAddr>,
    wanted: Wanted,
    resources: &Arc<Resources>,
    reporter: &Reporter,
) -> Option<Result<Added, String>> {
    let into = adding::into_swarm(Arc::clone(resources), id, source, extra_peers, wanted);
    until_stopped(resources, reporter, into)
}

/// Shows the torrent's progress until it completes or is stopped.
fn follow(
    id: DownloadId,
    added: Added,
    reporter: &Reporter,
    resources: &Arc<Resources>,
    (limits, added_with): (&[Arc<dyn Limit>; 2], Option<std::num::NonZeroU32>),
    own_goal: Option<crate::engine::net::peers::SeedGoal>,
) -> Followed {
    // Speed measured as for files, from the bytes that arrive (librqbit's own estimate is
    // made by a task of its HTTP API's, which Haul does not run).
    let mut meter = crate::engine::net::meter::SpeedMeter::default();
    let mut counted: Option<u64> = None;
    let mut facts = super::facts::FactsReader::default();
    let mut chosen = reporter.chosen_files();
    let mut known = KnownPieces::default();
    loop {
        super::limits::follow(&added.session, resources);
        if reporter.stop_requested() {
            // Cancelled or paused, it waits paused in the session: a cancel's files go when
            // its undo time is over (the driver's `delete_unfinished`).
            let (session, handle) = (Arc::clone(&added.session), added.handle.clone());
            let _ = until_stopped(
                resources,
                reporter,
                async move { session.pause(&handle).await },
            );
            known.keep(&added, resources, true);
            return Followed::Ended(Outcome::Stopped);
        }
        if own_limit(limits) != added_with {
            known.keep(&added, resources, true);
            return leave_for_new_limit(added, resources, reporter);
        }
        known.keep(&added, resources, false);
        let now_chosen = reporter.chosen_files();
        if now_chosen != chosen {
            choose(&added, now_chosen.as_deref(), resources);
            chosen = now_chosen;
        }
        let stats = added.handle.stats();
        if let Some(name) = added.handle.name() {
            reporter.named(&crate::engine::files::naming::sanitize(&name));
        }
        if let Some(error) = &stats.error {
            return Followed::Ended(failed(error.clone()));
        }
        let arrived = stats
            .progress_bytes
            .saturating_sub(counted.unwrap_or(stats.progress_bytes));
        counted = Some(stats.progress_bytes);
        resources.count_received(arrived);
        // The bytes as they arrive, not as whole pieces are checked (a piece of 4 MiB would
        // make the speed jump and fall).
        if let Some(live) = &stats.live {
            meter.record(Instant::now(), live.snapshot.fetched_bytes);
        }
        let speed = meter.bytes_per_sec();
        if facts.due() || stats.finished {
            let read = facts.read(&added.handle, &stats, resources);
            reporter.details(|details| details.kind_facts = read);
        }
        if stats.live.is_some() {
            reporter.doing(Activity::Downloading);
        }
        // While its files are first checked, the count is of bytes checked, not had.
        if matches!(
            stats.state,
            librqbit::TorrentStatsState::Initializing { .. }
        ) {
            std::thread::sleep(LOOK_EVERY);
            continue;
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
            let end = (stats.total_bytes, own_goal);
            return Followed::Ended(finished(id, added, end, reporter, resources));
        }
        std::thread::sleep(LOOK_EVERY);
    }
}

/// Takes the torrent out of the session (its files and pieces stay) so that it can be added
/// again with its new limit; what it needs for that: its `.torrent` and the peers it had.
fn leave_for_new_limit(added: Added, resources: &Arc<Resources>, reporter: &Reporter) -> Followed {
    let torrent = added
        .handle
        .with_metadata(|metadata| metadata.torrent_bytes.to_vec())
        .unwrap_or_default();
    let peers = added
        .handle
        .live()
        .map(|live| {
            live.per_peer_stats_snapshot(Default::default())
                .peers
                .into_keys()
                .filter_map(|address| address.parse().ok())
                .collect()
        })
        .unwrap_or_default();
    let Added { session, handle } = added;
    let id = TorrentIdOrHash::Id(handle.id());
    let _ = until_stopped(resources, reporter, async move {
        session.delete(id, false).await
    });
    if torrent.is_empty() {
        return Followed::Ended(failed("its metadata was lost".to_owned()));
    }
    Followed::LimitChanged { torrent, peers }
}

/// Every chosen piece is here: the row finishes, and the torrent seeds on or leaves.
fn finished(
    id: DownloadId,
    added: Added,
    (bytes, own_goal): (u64, Option<crate::engine::net::peers::SeedGoal>),
    reporter: &Reporter,
    resources: &Arc<Resources>,
) -> Outcome {
    let file_name = added
        .handle
        .name()
        .map(|n| crate::engine::files::naming::sanitize(&n))
        .unwrap_or_default();
    let goal = own_goal.unwrap_or(resources.tuning().peers.seed);
    if goal.seeds() {
        let signal = resources.swarm.seeding_started(id);
        super::seeding::start(
            reporter.seeding_line(signal),
            added,
            goal,
            super::seeding::Before::default(),
            Arc::clone(resources),
        );
    } else {
        let Added { session, handle } = added;
        resources.swarm.forget(&handle.info_hash().as_string());
        let _ = until_stopped(resources, reporter, async move {
            session
                .delete(TorrentIdOrHash::Id(handle.id()), false)
                .await
        });
    }
    Outcome::Finished {
        file_name,
        bytes,
        already: false,
        verified: None,
    }
}

/// Fetches only `files` of the running torrent from now (`None`: all).
fn choose(added: &Added, files: Option<&[usize]>, resources: &Resources) {
    let count = added
        .handle
        .with_metadata(|metadata| metadata.info.iter_file_lengths().count())
        .unwrap_or(0);
    let set: std::collections::HashSet<usize> = match files {
        Some(files) => files.iter().copied().filter(|&f| f < count).collect(),
        None => (0..count).collect(),
    };
    if set.is_empty() {
        return;
    }
    let session = Arc::clone(&added.session);
    let handle = added.handle.clone();
    let _ = within(resources, STEP_WAIT, async move {
        session.update_only_files(&handle, &set).await
    });
}

fn failed(detail: String) -> Outcome {
    Outcome::Failed(Reason::Stream {
        problem: crate::engine::stream_problem::StreamProblem::TorrentFailed {
            said: detail.chars().take(400).collect(),
        },
    })
}
