//! One download's transfer: what its worker knows and carries from the first request to the
//! file in place. The steps are methods of [`Transfer`] in files of their own: finding or
//! creating the partial (`claim`, `partial`), judging answers (`answers`, `verdict`), running
//! the connections (`one_attempt`, `connections`), publishing progress (`report`), checking and
//! finishing (`verify`, `finish`); `attempts` drives them and retries.

use std::time::Duration;

use url::Url;

use crate::engine::checksum::{Expected, Source};
use crate::engine::net::login;
use crate::engine::net::proxy::Route;

use super::auth::Auth;

use super::context::Context;
use super::naming::Naming;
use super::progress::Progress;

/// How long the worker waits for an event before looking at its stop flag again.
pub(super) const POLL: Duration = Duration::from_millis(100);

/// A published checksum being looked for beside the download, or already found.
pub(super) enum Discovery {
    /// Asking the server, on the network thread.
    Running(tokio::task::JoinHandle<Option<Expected>>),
    /// Known without asking.
    Known(Option<Expected>),
}

/// The digest a download's file will be checked against, and the look-up that may find one.
pub(super) struct Checking {
    /// The digest the file will be checked against, so far (given, or announced).
    pub(super) expected: Option<Expected>,
    /// Discovery of a published checksum, while it runs beside the download.
    pub(super) discovery: Option<Discovery>,
}

/// One download being transferred: its fixed context, the file's name and place, its
/// progress and its checking, each a part of its own, and the few facts the current attempt
/// learns about the server.
pub(super) struct Transfer<'a> {
    pub(super) ctx: Context<'a>,
    pub(super) naming: Naming,
    pub(super) progress: Progress,
    pub(super) checking: Checking,
    /// The server answers ranges without the file's size: ask for everything at once.
    pub(super) ask_open_ended: bool,
    /// The limit on connections to one host kept this download from opening more.
    pub(super) host_limited: bool,
    /// How many connections it uses now: the setting, or more while each is held to a rate
    /// (see `growth`).
    pub(super) wanted_connections: usize,
    /// The name to say when the body's first bytes turn out to be a web page (set when the
    /// name promises a file and the server named no type that settles it).
    pub(super) page_check: Option<String>,
    /// Where a browser's link led on another host (followed without the browser's headers).
    pub(super) target: Option<Url>,
    /// The links visited before `target`, for the redirect rules.
    pub(super) redirected_from: Vec<Url>,
    /// Which way the link goes (straight, or a proxy), settled when the worker starts.
    pub(super) route: Route,
    /// The login, and how requests carry it.
    pub(super) auth: Auth,
}

impl<'a> Transfer<'a> {
    /// A transfer of `ctx`'s job, with nothing done yet.
    pub(super) fn new(ctx: Context<'a>) -> Self {
        let job = ctx.job;
        // The desktop's proxy may be asked here (on the worker's thread, not the network's).
        let route = ctx.tuning.router.route(&job.url);
        let login = login::login_for(
            &job.url,
            &ctx.resources.site_logins,
            ctx.tuning.netrc.as_deref(),
        );
        let auth = Auth::new(&job.url, login);
        // Before the server answers, the link's name says where an earlier run's partial or
        // finished file would be (the answer may still choose another folder).
        let dir = ctx.category_dir(job.likely_name().as_deref(), None);
        Self {
            ctx,
            naming: Naming::new(dir, job.file_name.clone()),
            progress: Progress::new(),
            checking: Checking {
                expected: job.checksum.clone().map(|checksum| Expected {
                    checksum,
                    source: Source::Given,
                }),
                discovery: None,
            },
            ask_open_ended: false,
            host_limited: false,
            wanted_connections: 1,
            page_check: None,
            target: None,
            redirected_from: Vec::new(),
            route,
            auth,
        }
    }

    /// A GET request for the file: to where the link led (after a redirect to another host)
    /// or the link itself, with a browser's headers only on the link's own origin.
    pub(super) fn file_request(&self) -> reqwest::RequestBuilder {
        self.authorized(self.ctx.file_request(self.target.as_ref()))
    }

    pub(super) fn done(&self) -> u64 {
        self.progress.done()
    }
}
