//! What a browser hands over with a download so that downloads behind a login work: the page it
//! came from (Referer), the browser's User-Agent and the cookies for the link's host.
//!
//! These are sent only to the download's own host (same scheme, host and port): a download
//! that carries them is fetched with a client that does not follow a redirect to another host
//! by itself, and the worker follows such a redirect without them. They live in memory only:
//! the saved list keeps the page (for the details panel), never the cookies.

use reqwest::RequestBuilder;
use reqwest::header::{COOKIE, REFERER, USER_AGENT};
use url::Url;

/// Longest cookie header accepted from a browser.
pub const MAX_COOKIE_BYTES: usize = 16 * 1024;

/// A browser's request context for one download.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FromBrowser {
    /// The page the link was on.
    pub referer: Option<String>,
    /// The browser's User-Agent.
    pub user_agent: Option<String>,
    /// The `Cookie` header the browser would send to the link's host.
    pub cookie: Option<String>,
}

/// True when `a` and `b` are the same origin (scheme, host and port).
pub fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

impl FromBrowser {
    /// Adds the browser's headers to a request for `url`, when it goes to `own` link's origin.
    pub fn apply(&self, request: RequestBuilder, url: &Url, own: &Url) -> RequestBuilder {
        if !same_origin(url, own) {
            return request;
        }
        let mut request = request;
        if let Some(referer) = &self.referer {
            request = request.header(REFERER, referer.as_str());
        }
        if let Some(agent) = &self.user_agent {
            request = request.header(USER_AGENT, agent.as_str());
        }
        if let Some(cookie) = &self.cookie {
            request = request.header(COOKIE, cookie.as_str());
        }
        request
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_compare_scheme_host_and_port() {
        let url = |s: &str| Url::parse(s).expect("url");
        assert!(same_origin(
            &url("https://a.com/x"),
            &url("https://a.com:443/y")
        ));
        assert!(!same_origin(
            &url("https://a.com/x"),
            &url("http://a.com/x")
        ));
        assert!(!same_origin(
            &url("https://a.com/x"),
            &url("https://cdn.a.com/x")
        ));
        assert!(!same_origin(
            &url("http://a.com:8080/x"),
            &url("http://a.com/x")
        ));
    }
}
