//! A proxy's address, checked once (a scheme Haul can use, a host), and the route a request
//! takes: straight, through a proxy, or through one that cannot be used.

use serde::{Deserialize, Serialize};
use url::Url;

use crate::engine::error::ProxyProblem;

/// Schemes a proxy may have (those the HTTP client speaks).
const SCHEMES: [&str; 6] = ["http", "https", "socks4", "socks4a", "socks5", "socks5h"];

/// A proxy's address, checked: a scheme Haul can use and a host.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ProxyUrl(Url);

impl ProxyUrl {
    /// A proxy as people write it: `host:port` (HTTP), or with a scheme
    /// (`socks5h://user:password@host:1080`). curl's `socks://` is SOCKS4.
    pub fn parse(text: &str) -> Result<Self, ProxyProblem> {
        Self::parse_with(text, "socks4")
    }

    /// As [`ProxyUrl::parse`], reading a bare `socks://` as `socks`.
    pub(super) fn parse_with(text: &str, socks: &str) -> Result<Self, ProxyProblem> {
        let text = text.trim();
        let not_an_address = || ProxyProblem::NotAnAddress {
            text: text.to_owned(),
        };
        if text.is_empty() || text.chars().any(char::is_whitespace) {
            return Err(not_an_address());
        }
        let with_scheme = if text.contains("://") {
            text.to_owned()
        } else {
            format!("http://{text}")
        };
        let mut url = Url::parse(&with_scheme).map_err(|_| not_an_address())?;
        if url.scheme() == "socks" {
            let rest = &with_scheme["socks".len()..];
            url = Url::parse(&format!("{socks}{rest}")).map_err(|_| not_an_address())?;
        }
        if !SCHEMES.contains(&url.scheme()) {
            return Err(ProxyProblem::UnsupportedScheme {
                scheme: url.scheme().to_owned(),
            });
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(not_an_address());
        }
        if url.port().is_none() && url.scheme().starts_with("socks") {
            let _ = url.set_port(Some(1080));
        }
        url.set_path("");
        url.set_query(None);
        url.set_fragment(None);
        Ok(ProxyUrl(url))
    }

    /// The same proxy with this login (an empty user name leaves it without one).
    pub fn with_login(&self, user: &str, password: &str) -> Self {
        let mut url = self.0.clone();
        let _ = url.set_username(user);
        let _ = url.set_password((!password.is_empty()).then_some(password));
        ProxyUrl(url)
    }

    /// The address, with its login, as the HTTP client takes it.
    pub fn url(&self) -> &Url {
        &self.0
    }

    /// The proxy as people are told about it: scheme, host and port, no login.
    pub fn shown(&self) -> String {
        let host = self.0.host_str().unwrap_or_default();
        match self.0.port_or_known_default() {
            Some(port) => format!("{}://{host}:{port}", self.0.scheme()),
            None => format!("{}://{host}", self.0.scheme()),
        }
    }
}

impl TryFrom<String> for ProxyUrl {
    type Error = ProxyProblem;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        ProxyUrl::parse(&text)
    }
}

impl From<ProxyUrl> for String {
    fn from(proxy: ProxyUrl) -> Self {
        proxy.0.to_string()
    }
}

/// The way one request goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Straight to the server.
    Direct,
    /// Through this proxy.
    Via(ProxyUrl),
    /// Through a proxy that cannot be used: the download fails at once rather than going
    /// around it.
    Unusable(ProxyProblem),
}
