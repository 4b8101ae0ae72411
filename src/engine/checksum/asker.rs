//! How checksum look-ups ask a server: with the download's own client, and, for a file behind
//! a login or a cookie, with the same login and headers, so that a checksum published beside
//! such a file is found too. Both go only to the download's own origin (the look-ups never
//! leave its host; see `discovery::fetch`).

use std::sync::Arc;

use reqwest::header::AUTHORIZATION;
use reqwest::{Client, RequestBuilder};
use url::Url;

use crate::engine::from_browser::FromBrowser;

/// The `Authorization` value for a GET of a given address (Basic or a Digest answer), or none.
pub type Authorize = Arc<dyn Fn(&Url) -> Option<String> + Send + Sync>;

/// A client and what each request of a download carries.
#[derive(Clone)]
pub struct Asker {
    client: Client,
    browser: Option<Arc<FromBrowser>>,
    authorize: Option<Authorize>,
}

impl Asker {
    /// Plain requests through `client`.
    pub fn new(client: Client) -> Self {
        Self {
            client,
            browser: None,
            authorize: None,
        }
    }

    /// Requests that carry a browser's (or the user's) headers.
    pub fn with_headers(mut self, browser: Option<Arc<FromBrowser>>) -> Self {
        self.browser = browser;
        self
    }

    /// Requests that carry the download's login.
    pub fn with_login(mut self, authorize: Option<Authorize>) -> Self {
        self.authorize = authorize;
        self
    }

    /// A GET of `address` for the file at `origin`; its headers and login only on `origin`'s
    /// own origin.
    pub fn get(&self, address: &Url, origin: &Url) -> RequestBuilder {
        let mut request = self.client.get(address.clone());
        if let Some(browser) = &self.browser {
            request = browser.apply(request, address, origin);
        }
        if crate::engine::from_browser::same_origin(address, origin)
            && let Some(value) = self
                .authorize
                .as_ref()
                .and_then(|authorize| authorize(address))
        {
            request = request.header(AUTHORIZATION, value);
        }
        request
    }
}
