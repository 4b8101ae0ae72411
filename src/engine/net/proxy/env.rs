//! The proxies the environment names, read as curl reads them: `http_proxy` (lower case only:
//! a web server sets `HTTP_PROXY` from a request's `Proxy:` header), `https_proxy` or
//! `HTTPS_PROXY`, then `all_proxy` or `ALL_PROXY`; `no_proxy` or `NO_PROXY` lists the hosts
//! that go around them.

use url::Url;

use super::address::{ProxyUrl, Route};
use super::exceptions::Exceptions;

/// The environment's proxy variables, read once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct EnvProxies {
    http: Option<String>,
    https: Option<String>,
    all: Option<String>,
    except: Exceptions,
}

impl EnvProxies {
    /// What this process's environment says.
    pub(super) fn from_process() -> Self {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// What `lookup` says the variables are (tests give their own).
    pub(super) fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Self {
        let first = |names: &[&str]| {
            names
                .iter()
                .filter_map(|name| lookup(name))
                .map(|value| value.trim().to_owned())
                .find(|value| !value.is_empty())
        };
        Self {
            http: first(&["http_proxy"]),
            https: first(&["https_proxy", "HTTPS_PROXY"]),
            all: first(&["all_proxy", "ALL_PROXY"]),
            except: Exceptions::parse(&first(&["no_proxy", "NO_PROXY"]).unwrap_or_default()),
        }
    }

    /// The SOCKS5 proxy `all_proxy` names for everything, if it names one (what a program
    /// that speaks neither HTTP nor HTTPS, such as BitTorrent, can go through).
    pub(super) fn socks_for_all(&self) -> Option<String> {
        let text = self.all.as_ref()?;
        let proxy = ProxyUrl::parse(text).ok()?;
        proxy
            .url()
            .scheme()
            .starts_with("socks5")
            .then(|| proxy.url().as_str().to_owned())
    }

    /// Whether any proxy is named.
    pub(super) fn names_any(&self) -> bool {
        self.http.is_some() || self.https.is_some() || self.all.is_some()
    }

    /// The route the environment gives `url`.
    pub(super) fn route(&self, url: &Url) -> Route {
        let named = match url.scheme() {
            "https" => self.https.as_ref(),
            _ => self.http.as_ref(),
        }
        .or(self.all.as_ref());
        let Some(text) = named else {
            return Route::Direct;
        };
        if self.except.matches(url) {
            return Route::Direct;
        }
        match ProxyUrl::parse(text) {
            Ok(proxy) => Route::Via(proxy),
            Err(problem) => Route::Unusable(problem),
        }
    }
}
