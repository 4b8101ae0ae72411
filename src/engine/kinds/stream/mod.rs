//! Streams as a kind of download: an HLS playlist becomes one playable file. The playlist is
//! read (a master playlist's variant chosen by quality), its segments are fetched in parallel
//! through the engine's connections, limits and retries and kept one file each beside the
//! download (so a pause, a quit or a kill resumes per segment), and the tracks are joined:
//! by ffmpeg when it is installed, without re-encoding, else by putting the segments end to
//! end where that plays.

pub mod dash;
mod decrypt;
mod fetch;
pub mod hls;
mod join;
pub(super) use join::{ffmpeg, place};
mod parts;
mod pieces;
mod plan;
mod run;

use std::sync::Arc;

use crate::engine::files::categories::Categories;
use crate::engine::files::naming;
use crate::engine::net::limiter::Limit;
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::resources::Resources;
use crate::engine::state::Download;
use crate::engine::state::reporter::Reporter;
use crate::engine::state::transitions::Outcome;
use crate::engine::worker::Job;

use super::driver::{Driver, Work};
use parts::Parts;
use run::StreamJob;

/// The driver of [`Kind::Stream`](crate::engine::state::Kind::Stream).
pub(super) struct Stream;

/// The parts folder of `row`, once its name is known.
fn parts_of(row: &Download, categories: Option<&Categories>) -> Option<Parts> {
    let name = row
        .file_name
        .clone()
        .or_else(|| naming::name_from_url(&row.url).map(|n| naming::video_name(&n)))?;
    let job = Job::from_row(row);
    let dir = match categories {
        Some(categories) => job.dir_for(categories, Some(&name), Some("video/mp4")),
        None => row.dir.clone(),
    };
    Some(Parts::of(&dir, &name))
}

impl Driver for Stream {
    fn prepare(&self, row: &Download, proxy: Option<ProxyChoice>) -> Box<dyn Work> {
        let job = Job::for_run(row, proxy);
        Box::new(StreamJob {
            job,
            quality: row.quality,
        })
    }

    fn delete_unfinished(&self, row: &Download, _alone: bool, resources: &Resources) {
        let categories = &resources.tuning().categories;
        // The parts folder is the stream's own (named after its file): nothing else is in it.
        if let Some(parts) = parts_of(row, Some(categories)) {
            parts.delete();
        }
    }

    fn progress_on_disk(&self, row: &Download) -> Option<(u64, Option<u64>)> {
        let parts = parts_of(row, None)?;
        parts.plan()?;
        Some((parts.bytes_done(), row.total_bytes))
    }
}

impl Work for StreamJob {
    fn run(
        self: Box<Self>,
        reporter: &Reporter,
        resources: &Arc<Resources>,
        limits: [Arc<dyn Limit>; 2],
    ) -> Outcome {
        run::run(&self, reporter, resources, limits)
    }
}
