//! What a transfer knows from its start and never changes: the job, where it reports, the
//! shared resources and settings, its limits, and the link in the forms files record.

use std::path::PathBuf;
use std::sync::Arc;

use url::Url;

use crate::engine::files::origin::origin_url;
use crate::engine::net::hosts::host_key;
use crate::engine::net::limiter::Limit;
use crate::engine::net::login;
use crate::engine::redact::redacted_url;
use crate::engine::state::reporter::Reporter;

use super::job::Job;
use crate::engine::resources::{Resources, Tuning};

/// A transfer's fixed context, set when its worker takes the download up.
pub(super) struct Context<'a> {
    pub(super) reporter: &'a Reporter,
    pub(super) resources: &'a Arc<Resources>,
    pub(super) job: &'a Job,
    /// The limits that pace its connections: its own, its queue's, the overall one (in that
    /// order: the first that binds is the one to name).
    pub(super) limiters: [Arc<dyn Limit>; 3],
    pub(super) tuning: Tuning,
    pub(super) host: String,
    /// The link as control files record it (password masked).
    pub(super) url_text: String,
    /// The link as finished files record their origin (no user name or password).
    pub(super) origin_url: String,
}

impl<'a> Context<'a> {
    pub(super) fn new(
        reporter: &'a Reporter,
        resources: &'a Arc<Resources>,
        job: &'a Job,
        limits: [Arc<dyn Limit>; 2],
    ) -> Self {
        let tuning = tuned(resources, job);
        let [own, queue] = limits;
        let overall: Arc<dyn Limit> = Arc::clone(&tuning.limiter) as Arc<dyn Limit>;
        Self {
            reporter,
            resources,
            job,
            limiters: [own, queue, overall],
            tuning,
            host: host_key(&job.url),
            url_text: redacted_url(&job.url),
            origin_url: origin_url(&job.url),
        }
    }

    /// The folder a file named `name` (with the server's `content_type`) goes into: its
    /// category's when the row's folder is the download folder, else the row's.
    pub(super) fn category_dir(&self, name: Option<&str>, content_type: Option<&str>) -> PathBuf {
        self.job
            .dir_for(&self.tuning.categories, name, content_type)
    }

    /// A GET request for the file: to `target` (where the link led, after a redirect to
    /// another host) or the link itself, with a browser's headers only on the link's own
    /// origin.
    pub(super) fn file_request(&self, target: Option<&Url>) -> reqwest::RequestBuilder {
        // The login goes as a header, only where it belongs (see `auth`), never in the link.
        let url = &login::without_login(target.unwrap_or(&self.job.url));
        if let Some(browser) = &self.job.from_browser
            && let Some(client) = self.resources.browser_client(&self.tuning)
        {
            return browser.apply(client.get(url.clone()), url, &self.job.url);
        }
        self.tuning.client.get(url.clone())
    }
}

/// The settings in force for `job`: its own number of connections, and its queue's own proxy
/// (with the clients made for it).
pub(crate) fn tuned(resources: &Resources, job: &Job) -> Tuning {
    let mut tuning = resources.tuning();
    if let Some(connections) = job.connections {
        tuning.connections = connections;
    }
    if let Some(choice) = &job.proxy
        && *choice != tuning.network.proxy
        && let Some((router, client)) = resources.clients_for(&tuning.network, choice)
    {
        tuning.network.proxy = choice.clone();
        tuning.router = router;
        tuning.client = client;
    }
    tuning
}
