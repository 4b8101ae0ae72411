//! Video pages (a YouTube or Vimeo link, any page with a video on it) as a kind of download:
//! handed to yt-dlp, which knows the sites and fetches with its own downloader (sites
//! throttle requests for their format links made by anything else). Haul runs it as a
//! process in a folder of the download's own, shows its progress lines on the row, pauses by
//! stopping it and resumes by running it again (`--continue` picks up its partial files),
//! says its error in words, and puts the finished file in the folder under a free name.

mod job;
mod progress;
mod ytdlp;

use std::sync::Arc;

use crate::engine::net::limiter::Limit;
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::resources::Resources;
use crate::engine::state::Download;
use crate::engine::state::reporter::Reporter;
use crate::engine::state::transitions::Outcome;
use crate::engine::worker::Job;

use super::driver::{Driver, Work};
use job::{PageJob, delete_work_dir, work_dir};

/// The driver of [`Kind::Page`](crate::engine::state::Kind::Page).
pub(super) struct Page;

impl Driver for Page {
    fn prepare(&self, row: &Download, proxy: Option<ProxyChoice>) -> Box<dyn Work> {
        let job = Job::for_run(row, proxy);
        Box::new(PageJob {
            job,
            quality: row.quality,
        })
    }

    fn delete_unfinished(&self, row: &Download, _alone: bool, resources: &Resources) {
        let categories = &resources.tuning().categories;
        let job = Job::from_row(row);
        let dir = job.dir_for(categories, None, Some("video/mp4"));
        delete_work_dir(&work_dir(&dir, &row.url));
        delete_work_dir(&work_dir(&row.dir, &row.url));
    }

    fn progress_on_disk(&self, _row: &Download) -> Option<(u64, Option<u64>)> {
        // yt-dlp's partial files say nothing reliable of the whole (video and audio come
        // one after the other): the row keeps what it last showed.
        None
    }
}

impl Work for PageJob {
    fn run(
        self: Box<Self>,
        reporter: &Reporter,
        resources: &Arc<Resources>,
        limits: [Arc<dyn Limit>; 2],
    ) -> Outcome {
        ytdlp::run(&self, reporter, resources, limits)
    }
}
