//! The HTTP client and what we accept from a server.
//!
//! One shared `reqwest` client (connection reuse, rustls with verified certificates, no
//! decompression). Redirects are limited to ten, never downgrade from https to http, never
//! loop, and only go to http(s); reqwest itself drops credentials when a redirect changes host.

use std::error::Error as StdError;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{self, HeaderMap};
use reqwest::redirect;
use reqwest::{Client, Response};
use url::Url;

use crate::engine::error::{RedirectRefusal, TransferError};
use crate::engine::net::proxy::{NOWHERE, ProxyChoice, Route, Router};
use crate::engine::net::retry::parse_retry_after;

/// Most redirects followed for one request.
pub const MAX_REDIRECTS: usize = 10;

/// Network tuning shared by every transfer.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NetworkSettings {
    /// Longest wait for a TCP (and TLS) connection.
    pub connect_timeout: Duration,
    /// Longest wait for the next byte (or the response headers) before the attempt fails.
    pub stall_timeout: Duration,
    /// The User-Agent header.
    pub user_agent: String,
    /// Where requests go: straight, the desktop's proxy, or one given by hand.
    pub proxy: ProxyChoice,
    /// What Haul trusts beyond the system's certificate authorities.
    pub tls: crate::engine::net::tls::TlsTrust,
}

impl Default for NetworkSettings {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(
                crate::engine::limits::CONNECT_TIMEOUT_SECS.default,
            ),
            stall_timeout: Duration::from_secs(crate::engine::limits::STALL_TIMEOUT_SECS.default),
            user_agent: format!("Haul/{}", env!("CARGO_PKG_VERSION")),
            proxy: ProxyChoice::System,
            tls: crate::engine::net::tls::TlsTrust::default(),
        }
    }
}

/// What every client shares: the User-Agent, the timeouts (the read timeout applies to
/// waiting for the headers and to every read of the body: a stall timeout), no Nagle delay,
/// and the router's proxies (never the library's own reading of the environment).
fn client_builder(settings: &NetworkSettings, router: &Arc<Router>) -> reqwest::ClientBuilder {
    // reqwest is built without a bundled crypto provider; ring is ours. Installing twice (a
    // second engine in the same process) is harmless, so the error is ignored.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let builder = Client::builder()
        .user_agent(settings.user_agent.clone())
        .connect_timeout(settings.connect_timeout)
        .read_timeout(settings.stall_timeout)
        .tcp_nodelay(true)
        .no_proxy()
        .proxy(through(router));
    match crate::engine::net::tls::client_config(&settings.tls) {
        Ok(tls) => builder.tls_backend_preconfigured(tls),
        Err(err) => {
            // reqwest's own TLS set-up checks the same roots, read at once.
            log::warn!("TLS settings: {err}; using reqwest's");
            builder
        }
    }
}

/// Each request's proxy, as `router` decides: none, one, or (for a proxy that cannot be used)
/// one nobody reaches, so the request fails rather than going around it.
fn through(router: &Arc<Router>) -> reqwest::Proxy {
    let router = Arc::clone(router);
    reqwest::Proxy::custom(move |url| match router.route(url) {
        Route::Direct => None,
        Route::Via(proxy) => Some(proxy.url().clone()),
        Route::Unusable(_) => Url::parse(NOWHERE).ok(),
    })
}

/// Builds the one client all transfers share.
pub fn build_client(
    settings: &NetworkSettings,
    router: &Arc<Router>,
) -> Result<Client, reqwest::Error> {
    client_builder(settings, router)
        .redirect(redirect_policy())
        .pool_max_idle_per_host(16)
        .build()
}

/// A client for discovery requests (sums files and sidecars): like the shared one, but it
/// follows a redirect only on the same host and port, so nothing is ever fetched from
/// elsewhere.
pub fn build_discovery_client(
    settings: &NetworkSettings,
    router: &Arc<Router>,
) -> Result<Client, reqwest::Error> {
    client_builder(settings, router)
        // A few small look-ups now and then: no connection is kept idle at the server for them
        // (it would count against what the server allows, beside the download's own).
        .pool_max_idle_per_host(0)
        .redirect(redirect::Policy::custom(|attempt| {
            let first = attempt.previous().first();
            let same_place = first.is_some_and(|first| {
                first.host_str() == attempt.url().host_str()
                    && first.port_or_known_default() == attempt.url().port_or_known_default()
            });
            if same_place && attempt.previous().len() < MAX_REDIRECTS {
                attempt.follow()
            } else {
                attempt.stop()
            }
        }))
        .build()
}

/// A client for downloads a browser handed over with its cookies and page: it follows
/// redirects on the same origin, and stops at one to another host (the worker follows that
/// one itself, without the browser's headers).
pub fn build_browser_client(
    settings: &NetworkSettings,
    router: &Arc<Router>,
) -> Result<Client, reqwest::Error> {
    client_builder(settings, router)
        .redirect(redirect::Policy::custom(|attempt| {
            let same_origin = attempt
                .previous()
                .last()
                .is_some_and(|last| crate::engine::from_browser::same_origin(last, attempt.url()));
            if !same_origin {
                return attempt.stop();
            }
            match check_redirect(attempt.previous(), attempt.url()) {
                Ok(()) => attempt.follow(),
                Err(refusal) => attempt.error(refusal),
            }
        }))
        .pool_max_idle_per_host(16)
        .build()
}

fn redirect_policy() -> redirect::Policy {
    redirect::Policy::custom(
        |attempt| match check_redirect(attempt.previous(), attempt.url()) {
            Ok(()) => attempt.follow(),
            Err(refusal) => attempt.error(refusal),
        },
    )
}

/// Decides whether to follow a redirect to `next` after visiting `previous` (oldest first).
pub fn check_redirect(previous: &[Url], next: &Url) -> Result<(), RedirectRefusal> {
    if !matches!(next.scheme(), "http" | "https") {
        return Err(RedirectRefusal::Scheme(next.scheme().to_owned()));
    }
    if previous.len() >= MAX_REDIRECTS {
        return Err(RedirectRefusal::TooMany(MAX_REDIRECTS));
    }
    if previous.contains(next) {
        return Err(RedirectRefusal::Loop);
    }
    if next.scheme() == "http" && previous.iter().any(|u| u.scheme() == "https") {
        return Err(RedirectRefusal::ToInsecure);
    }
    Ok(())
}

/// The status line and headers of a response, kept apart from its body.
#[derive(Clone, Debug)]
pub struct ResponseHead {
    /// HTTP status code.
    pub status: u16,
    /// Reason phrase for the status.
    pub reason: String,
    /// The URL after redirects.
    pub final_url: Url,
    /// All response headers.
    pub headers: HeaderMap,
}

impl ResponseHead {
    /// Captures the head of a response.
    pub fn of(response: &Response) -> Self {
        let status = response.status();
        Self {
            status: status.as_u16(),
            reason: status.canonical_reason().unwrap_or("").to_owned(),
            final_url: response.url().clone(),
            headers: response.headers().clone(),
        }
    }

    /// A header's value as text, if present and valid.
    pub fn header(&self, name: header::HeaderName) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The announced body length.
    pub fn content_length(&self) -> Option<u64> {
        self.header(header::CONTENT_LENGTH)?.trim().parse().ok()
    }

    /// The parsed `Content-Range` header.
    pub fn content_range(&self) -> Option<ContentRange> {
        parse_content_range(self.header(header::CONTENT_RANGE)?)
    }

    /// The server's name for itself (`Server`), if it said.
    pub fn server(&self) -> Option<String> {
        self.header(header::SERVER).map(str::to_owned)
    }

    /// The entity tag, if the server sent one.
    pub fn etag(&self) -> Option<String> {
        self.header(header::ETAG).map(str::to_owned)
    }

    /// The Last-Modified date, if the server sent one.
    pub fn last_modified(&self) -> Option<String> {
        self.header(header::LAST_MODIFIED).map(str::to_owned)
    }

    /// How long the server asks us to wait before trying again.
    pub fn retry_after(&self) -> Option<Duration> {
        parse_retry_after(self.header(header::RETRY_AFTER)?)
    }

    /// The error this response stands for, if its status is not a success.
    pub fn error(&self) -> TransferError {
        TransferError::Status {
            code: self.status,
            reason: self.reason.clone(),
            retry_after: self.retry_after(),
        }
    }
}

/// A parsed `Content-Range` header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContentRange {
    /// `bytes first-last/total`: the body holds bytes first..=last.
    Bytes {
        /// First byte offset.
        first: u64,
        /// Last byte offset (inclusive).
        last: u64,
        /// Full length, unless the server sent `*`.
        total: Option<u64>,
    },
    /// `bytes */total`: sent with 416 Range Not Satisfiable.
    Unsatisfied {
        /// Full length of the file.
        total: u64,
    },
}

/// Parses `bytes 0-99/1000`, `bytes 0-99/*` and `bytes */1000`.
pub fn parse_content_range(value: &str) -> Option<ContentRange> {
    let rest = value.trim().strip_prefix("bytes")?.trim_start();
    let (range, total) = rest.split_once('/')?;
    let total = total.trim();
    if range.trim() == "*" {
        return Some(ContentRange::Unsatisfied {
            total: total.parse().ok()?,
        });
    }
    let (first, last) = range.trim().split_once('-')?;
    let first: u64 = first.trim().parse().ok()?;
    let last: u64 = last.trim().parse().ok()?;
    let total = if total == "*" {
        None
    } else {
        Some(total.parse().ok()?)
    };
    if last < first || total.is_some_and(|t| last >= t) {
        return None;
    }
    Some(ContentRange::Bytes { first, last, total })
}

/// The `If-Range` validator for a resume: a strong ETag, else the Last-Modified date.
pub fn if_range_value(etag: Option<&str>, last_modified: Option<&str>) -> Option<String> {
    match etag {
        Some(tag) if !tag.starts_with("W/") => Some(tag.to_owned()),
        _ => last_modified.map(str::to_owned),
    }
}

/// Turns a reqwest error into a sentence and a retry decision.
pub fn classify(err: &reqwest::Error, stall_timeout: Duration) -> TransferError {
    if let Some(refusal) = find_source::<RedirectRefusal>(err) {
        return TransferError::Redirect(refusal.clone());
    }
    if err.is_redirect() {
        return TransferError::Redirect(RedirectRefusal::Other(root_cause(err)));
    }
    if let Some(tls) = find_source::<rustls::Error>(err) {
        return TransferError::Tls {
            problem: crate::engine::net::tls::problem_of(tls),
            detail: tls.to_string(),
            fingerprint: crate::engine::net::tls::fingerprint_of(tls),
        };
    }
    if let Some(invalid) =
        find_source::<hyper::Error>(err).filter(|e| e.is_parse() || e.is_parse_status())
    {
        // Not a lost connection: the same server gives the same answer again.
        return TransferError::NotHttp(invalid.to_string());
    }
    if err.is_timeout() {
        return TransferError::Stalled(stall_timeout.as_secs().max(1));
    }
    if err.is_connect() {
        return TransferError::Connect(root_cause(err));
    }
    TransferError::Network(root_cause(err))
}

/// Walks an error's sources (looking inside `io::Error` wrappers too) for a `T`.
fn find_source<'e, T: StdError + 'static>(err: &'e (dyn StdError + 'static)) -> Option<&'e T> {
    let mut current: Option<&'e (dyn StdError + 'static)> = Some(err);
    while let Some(e) = current {
        if let Some(found) = e.downcast_ref::<T>() {
            return Some(found);
        }
        if let Some(io) = e.downcast_ref::<std::io::Error>()
            && let Some(inner) = io.get_ref()
            && let Some(found) = find_source::<T>(inner)
        {
            return Some(found);
        }
        current = e.source();
    }
    None
}

/// The innermost message of an error chain: the part that says what actually happened.
fn root_cause(err: &(dyn StdError + 'static)) -> String {
    let mut current = err;
    while let Some(next) = current.source() {
        current = next;
    }
    current.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_content_ranges() {
        assert_eq!(
            parse_content_range("bytes 100-199/1000"),
            Some(ContentRange::Bytes {
                first: 100,
                last: 199,
                total: Some(1000)
            })
        );
        assert_eq!(
            parse_content_range("bytes 0-9/*"),
            Some(ContentRange::Bytes {
                first: 0,
                last: 9,
                total: None
            })
        );
        assert_eq!(
            parse_content_range("bytes */1000"),
            Some(ContentRange::Unsatisfied { total: 1000 })
        );
        assert_eq!(parse_content_range("bytes 5-1/10"), None);
        assert_eq!(parse_content_range("bytes 0-10/10"), None);
        assert_eq!(parse_content_range("items 0-1/2"), None);
    }

    #[test]
    fn redirect_rules() {
        let url = |s: &str| Url::parse(s).expect("url");
        let secure = [url("https://a/x")];
        assert!(check_redirect(&secure, &url("https://b/y")).is_ok());
        assert_eq!(
            check_redirect(&secure, &url("http://b/y")),
            Err(RedirectRefusal::ToInsecure)
        );
        let mixed = [url("https://a/x"), url("https://b/y")];
        assert!(check_redirect(&mixed, &url("http://c/z")).is_err());
        assert!(check_redirect(&[url("http://a/x")], &url("https://b/y")).is_ok());
        assert_eq!(
            check_redirect(&[url("http://a/x")], &url("ftp://b/y")),
            Err(RedirectRefusal::Scheme("ftp".into()))
        );
        assert!(
            check_redirect(&[url("http://a/x")], &url("http://a/x")) == Err(RedirectRefusal::Loop)
        );
        let ten: Vec<Url> = (0..10).map(|i| url(&format!("http://a/{i}"))).collect();
        assert!(check_redirect(&ten, &url("http://a/end")) == Err(RedirectRefusal::TooMany(10)));
        assert!(check_redirect(&ten[..9], &url("http://a/end")).is_ok());
    }

    #[test]
    fn if_range_prefers_strong_etag() {
        assert_eq!(
            if_range_value(Some("\"abc\""), Some("date")).as_deref(),
            Some("\"abc\"")
        );
        assert_eq!(
            if_range_value(Some("W/\"abc\""), Some("date")).as_deref(),
            Some("date")
        );
        assert_eq!(if_range_value(None, None), None);
    }
}
