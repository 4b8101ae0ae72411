//! What a download sends beyond Haul's own request, so that downloads behind a login or a
//! referer check work: the page it came from (Referer), a User-Agent, the cookies for the
//! link's host, and any other header lines. A browser hands them over; the command line
//! (`--header`, `--user-agent`, `--referer`), the remote control (`header`, `user-agent`,
//! `referer`) and the Add dialog's Advanced part give them too.
//!
//! These are sent only to the download's own host (same scheme, host and port): a download
//! that carries them is fetched with a client that does not follow a redirect to another host
//! by itself, and the worker follows such a redirect without them. An unfinished download
//! keeps them across a restart in `secrets.json` (owner-only, never `queue.json`), so that a
//! download behind a cookie resumes after quitting; a finished one forgets them.

use reqwest::RequestBuilder;
use reqwest::header::{COOKIE, REFERER, USER_AGENT};
use url::Url;

/// Longest cookie header accepted from a browser.
pub const MAX_COOKIE_BYTES: usize = 16 * 1024;

/// A browser's request context for one download.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FromBrowser {
    /// The page the link was on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referer: Option<String>,
    /// The browser's User-Agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    /// The `Cookie` header the browser would send to the link's host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie: Option<String>,
    /// Other header lines, name and value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<(String, String)>,
}

/// Headers Haul sets itself (the request's framing, its ranges and conditions, its login):
/// a header line may not replace them.
const HAULS_OWN: [&str; 16] = [
    "host",
    "content-length",
    "transfer-encoding",
    "connection",
    "keep-alive",
    "upgrade",
    "te",
    "trailer",
    "range",
    "if-range",
    "if-none-match",
    "if-modified-since",
    "accept-encoding",
    "authorization",
    "proxy-authorization",
    "proxy-connection",
];

/// Why a header line is not taken.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HeaderProblem {
    /// Not `Name: value`.
    #[error("'{0}' is not a header line (Name: value)")]
    NotAHeader(String),
    /// A header Haul sets itself.
    #[error("Haul sets the '{0}' header itself")]
    HaulsOwn(String),
    /// A value too long, or with line breaks.
    #[error("the '{0}' header is too long or has line breaks")]
    BadValue(String),
}

impl FromBrowser {
    /// Takes a header line (`Name: value`): Referer, User-Agent and Cookie go to their own
    /// places, any other to `headers`.
    pub fn take_line(&mut self, line: &str) -> Result<(), HeaderProblem> {
        let Some((name, value)) = line.split_once(':') else {
            return Err(HeaderProblem::NotAHeader(line.to_owned()));
        };
        let name = name.trim();
        let value = value.trim();
        let valid_name = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
        if !valid_name {
            return Err(HeaderProblem::NotAHeader(line.to_owned()));
        }
        let lower = name.to_ascii_lowercase();
        if HAULS_OWN.contains(&lower.as_str()) {
            return Err(HeaderProblem::HaulsOwn(name.to_owned()));
        }
        if value.len() > MAX_COOKIE_BYTES || value.chars().any(char::is_control) {
            return Err(HeaderProblem::BadValue(name.to_owned()));
        }
        let value = value.to_owned();
        match lower.as_str() {
            "referer" => self.referer = Some(value),
            "user-agent" => self.user_agent = Some(value),
            "cookie" => self.cookie = Some(value),
            _ => {
                self.headers
                    .retain(|(kept, _)| !kept.eq_ignore_ascii_case(name));
                self.headers.push((name.to_owned(), value));
            }
        }
        Ok(())
    }

    /// Whether it adds nothing to a request.
    pub fn is_empty(&self) -> bool {
        self.referer.is_none()
            && self.user_agent.is_none()
            && self.cookie.is_none()
            && self.headers.is_empty()
    }
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
        for (name, value) in &self.headers {
            request = request.header(name.as_str(), value.as_str());
        }
        request
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_are_taken_and_hauls_own_refused() {
        let mut extra = FromBrowser::default();
        extra
            .take_line("Referer: https://a.com/page")
            .expect("referer");
        extra.take_line("X-Token:  abc ").expect("any header");
        extra.take_line("x-token: def").expect("replaced");
        assert_eq!(extra.referer.as_deref(), Some("https://a.com/page"));
        assert_eq!(
            extra.headers,
            vec![("x-token".to_owned(), "def".to_owned())]
        );
        assert_eq!(
            extra.take_line("Range: bytes=0-"),
            Err(HeaderProblem::HaulsOwn("Range".into()))
        );
        assert!(matches!(
            extra.take_line("no colon"),
            Err(HeaderProblem::NotAHeader(_))
        ));
        assert!(matches!(
            extra.take_line("Bad Name: x"),
            Err(HeaderProblem::NotAHeader(_))
        ));
        assert!(matches!(
            extra.take_line("X: a\rb"),
            Err(HeaderProblem::BadValue(_))
        ));
        assert!(!extra.is_empty());
        assert!(FromBrowser::default().is_empty());
    }

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
