//! Each tracker's state for a torrent's details: asked by scrape (see `engine::net::scrape`)
//! when the torrent is first looked at and every few minutes after, in the background, so
//! the details say which trackers answer and how many seeds they know.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::engine::details::{TrackerFacts, TrackerState};
use crate::engine::net::scrape;
use crate::engine::resources::Resources;
use crate::engine::resources::swarm_session::lock;

/// How often the trackers are asked again (trackers ask clients not to scrape often).
const ASK_EVERY: Duration = Duration::from_secs(300);
/// Most trackers asked for one torrent (some list a hundred; the details show them all).
const MOST_ASKED: usize = 20;

/// The trackers' last answers for one torrent.
#[derive(Default)]
pub(super) struct TrackerWatch {
    states: Arc<Mutex<HashMap<String, TrackerState>>>,
    asked_at: Option<Instant>,
}

impl TrackerWatch {
    /// `trackers` with their states; asks them again when it is time.
    pub fn look(
        &mut self,
        trackers: Vec<String>,
        info_hash: [u8; 20],
        resources: &Resources,
    ) -> Vec<TrackerFacts> {
        let tuning = resources.tuning();
        if !tuning.peers.trackers {
            return trackers
                .into_iter()
                .map(|address| TrackerFacts {
                    address,
                    state: TrackerState::Off,
                })
                .collect();
        }
        if self.asked_at.is_none_or(|at| at.elapsed() >= ASK_EVERY) {
            self.asked_at = Some(Instant::now());
            // UDP does not go through a proxy: with one, only HTTP trackers are asked.
            let udp = tuning.peers.proxy.is_none();
            for address in trackers.iter().take(MOST_ASKED) {
                let Ok(url) = url::Url::parse(address) else {
                    continue;
                };
                let (client, states, address) = (
                    tuning.client.clone(),
                    Arc::clone(&self.states),
                    address.clone(),
                );
                resources.net().spawn(async move {
                    let state = match scrape::scrape(&client, &url, &info_hash, udp).await {
                        Ok(counts) => TrackerState::Working(counts),
                        Err(problem) => TrackerState::Problem(problem),
                    };
                    lock(&states).insert(address, state);
                });
            }
        }
        let states = lock(&self.states);
        trackers
            .into_iter()
            .map(|address| TrackerFacts {
                state: states
                    .get(&address)
                    .cloned()
                    .unwrap_or(TrackerState::Asking),
                address,
            })
            .collect()
    }
}
