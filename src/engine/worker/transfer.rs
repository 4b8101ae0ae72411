//! One download's transfer: what its worker knows and carries from the first request to the
//! file in place. The steps are methods of [`Transfer`] in files of their own: finding or
//! creating the partial (`claim`, `partial`), judging answers (`answers`, `verdict`), running
//! the connections (`one_attempt`, `connections`), publishing progress (`report`), checking and
//! finishing (`verify`, `finish`); `attempts` drives them and retries.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use url::Url;

use crate::engine::checksum::{Checksum, Expected, Source};
use crate::engine::files::origin::{Origin, origin_url};
use crate::engine::files::ownership::Relink;
use crate::engine::from_browser::FromBrowser;
use crate::engine::net::hosts::host_key;
use crate::engine::net::limiter::Limit;
use crate::engine::net::meter::SpeedMeter;
use crate::engine::reason::SpeedNote;
use crate::engine::redact::redacted_url;
use crate::engine::state::Download;
use crate::engine::state::reporter::Reporter;

use super::open_part::OpenPart;
use super::resources::{Resources, Tuning};

/// How long the worker waits for an event before looking at its stop flag again.
pub(super) const POLL: Duration = Duration::from_millis(100);

/// Everything a worker needs to know, copied from the row when it starts.
#[derive(Clone, Debug)]
pub(crate) struct Job {
    pub url: Url,
    pub dir: PathBuf,
    pub file_name: Option<String>,
    pub name_fixed: bool,
    pub checksum: Option<Checksum>,
    pub again: bool,
    pub relink: Relink,
    pub from_browser: Option<Arc<FromBrowser>>,
    /// `dir` is the download folder: the file's category may send it elsewhere.
    pub by_category: bool,
    /// Connections for this download alone, at most.
    pub connections: Option<usize>,
}

impl Job {
    pub fn from_row(row: &Download) -> Self {
        Self {
            url: row.url.clone(),
            dir: row.dir.clone(),
            file_name: row.file_name.clone(),
            name_fixed: row.name_fixed,
            checksum: row.checksum.clone(),
            again: row.again,
            relink: row.relink,
            from_browser: row.from_browser.clone(),
            by_category: row.by_category,
            connections: row.connections,
        }
    }

    /// The file's name before the server answers: the row's, else the link's.
    pub fn likely_name(&self) -> Option<String> {
        self.file_name
            .clone()
            .or_else(|| crate::engine::files::naming::name_from_url(&self.url))
    }

    /// The folder a file named `name` (of the server's `content_type`) goes into: its
    /// category's when the row's folder is the download folder, else the row's.
    pub fn dir_for(
        &self,
        categories: &crate::engine::files::categories::Categories,
        name: Option<&str>,
        content_type: Option<&str>,
    ) -> PathBuf {
        if !self.by_category {
            return self.dir.clone();
        }
        let file = crate::engine::files::categories::Sorted {
            url: &self.url,
            name,
            content_type,
        };
        categories.folder_for(&file, &self.dir)
    }
}

/// A published checksum being looked for beside the download, or already found.
pub(super) enum Discovery {
    /// Asking the server, on the network thread.
    Running(tokio::task::JoinHandle<Option<Expected>>),
    /// Known without asking.
    Known(Option<Expected>),
}

pub(super) struct Transfer<'a> {
    pub(super) reporter: &'a Reporter,
    pub(super) resources: &'a Arc<Resources>,
    pub(super) job: &'a Job,
    /// The folder the file goes into: the row's, or its category's (see
    /// [`Transfer::category_dir`]).
    pub(super) dir: PathBuf,
    /// The limits that pace its connections: its own, its queue's, the overall one (in that
    /// order: the first that binds is the one to name).
    pub(super) limiters: [Arc<dyn Limit>; 3],
    pub(super) tuning: Tuning,
    pub(super) host: String,
    /// The link as control files record it (password masked).
    pub(super) url_text: String,
    /// The link as finished files record their origin (no user name or password).
    pub(super) origin_url: String,
    /// The name this download's files have, once known (from the row, or found on disk).
    pub(super) known_name: Option<String>,
    /// A finished file from this link in the folder, to ask the server about first.
    pub(super) candidate: Option<(String, Origin)>,
    /// Set when the file turned out to be there already: its name and size.
    pub(super) already: Option<(String, u64)>,
    /// The server answers ranges without the file's size: ask for everything at once.
    pub(super) ask_open_ended: bool,
    /// The partial was created under the link's name before the server named the file.
    pub(super) preclaimed: bool,
    pub(super) part: Option<OpenPart>,
    pub(super) total: Option<u64>,
    pub(super) meter: SpeedMeter,
    /// When the worker took the download up.
    pub(super) started: Instant,
    pub(super) last_publish: Instant,
    pub(super) last_checkpoint: Instant,
    pub(super) last_quick_checkpoint: Instant,
    pub(super) note: Option<SpeedNote>,
    /// When the details panel's facts were last published.
    pub(super) last_details: Instant,
    /// Time spent writing to the partial file, in all, and as of the last details.
    pub(super) write_time: Duration,
    pub(super) write_time_published: Duration,
    /// The limit on connections to one host kept this download from opening more.
    pub(super) host_limited: bool,
    /// How many connections it uses now: the setting, or more while each is held to a rate
    /// (see `growth`).
    pub(super) wanted_connections: usize,
    /// The digest the file will be checked against, so far (given, or announced).
    pub(super) expected: Option<Expected>,
    /// Discovery of a published checksum, while it runs beside the download.
    pub(super) discovery: Option<Discovery>,
    /// The name to say when the body's first bytes turn out to be a web page (set when the
    /// name promises a file and the server named no type that settles it).
    pub(super) page_check: Option<String>,
    /// Where a browser's link led on another host (followed without the browser's headers).
    pub(super) target: Option<Url>,
    /// The links visited before `target`, for the redirect rules.
    pub(super) redirected_from: Vec<Url>,
}

impl<'a> Transfer<'a> {
    pub(super) fn new(
        reporter: &'a Reporter,
        resources: &'a Arc<Resources>,
        job: &'a Job,
        limits: [Arc<dyn Limit>; 2],
    ) -> Self {
        let tuning = resources.tuning();
        let [own, queue] = limits;
        let overall: Arc<dyn Limit> = Arc::clone(&tuning.limiter) as Arc<dyn Limit>;
        let mut transfer = Self {
            reporter,
            resources,
            job,
            dir: job.dir.clone(),
            limiters: [own, queue, overall],
            tuning,
            host: host_key(&job.url),
            url_text: redacted_url(&job.url),
            origin_url: origin_url(&job.url),
            known_name: job.file_name.clone(),
            candidate: None,
            already: None,
            ask_open_ended: false,
            preclaimed: false,
            part: None,
            total: None,
            meter: SpeedMeter::default(),
            last_publish: Instant::now(),
            last_checkpoint: Instant::now(),
            started: Instant::now(),
            last_quick_checkpoint: Instant::now(),
            note: None,
            last_details: Instant::now(),
            write_time: Duration::ZERO,
            write_time_published: Duration::ZERO,
            host_limited: false,
            wanted_connections: 1,
            expected: job.checksum.clone().map(|checksum| Expected {
                checksum,
                source: Source::Given,
            }),
            discovery: None,
            page_check: None,
            target: None,
            redirected_from: Vec::new(),
        };
        // Before the server answers, the link's name says where an earlier run's partial or
        // finished file would be (the answer may still choose another folder).
        transfer.dir = transfer.category_dir(job.likely_name().as_deref(), None);
        if let Some(connections) = job.connections {
            transfer.tuning.connections = connections;
        }
        transfer
    }

    /// A GET request for the file: to where the link led (after a redirect to another host)
    /// or the link itself, with a browser's headers only on the link's own origin.
    pub(super) fn file_request(&self) -> reqwest::RequestBuilder {
        let url = self.target.as_ref().unwrap_or(&self.job.url);
        if let Some(browser) = &self.job.from_browser
            && let Some(client) = self.resources.browser_client(&self.tuning.network)
        {
            return browser.apply(client.get(url.clone()), url, &self.job.url);
        }
        self.tuning.client.get(url.clone())
    }

    pub(super) fn done(&self) -> u64 {
        self.part.as_ref().map_or(0, |p| p.done.covered())
    }
}
