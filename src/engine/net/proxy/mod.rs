//! Which way a request goes: straight to the server, or through a proxy (HTTP, HTTPS with
//! CONNECT, SOCKS4/4a, SOCKS5/5h), and where that choice comes from: none, the desktop's
//! (environment variables as curl reads them, else the xdg-desktop-portal's ProxyResolver,
//! which also answers for PAC files), or one given by hand with exceptions.
//!
//! The choice is made here, for each link, and never left to the HTTP library's defaults: a
//! proxy that cannot be used is a typed error at once ([`Route::Unusable`]), never a silent
//! connection without it, and never a network fault retried for half a minute.

mod address;
mod env;
mod exceptions;
pub mod given_logins;
mod portal;

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use url::Url;

pub use crate::engine::error::ProxyProblem;
pub use address::{ProxyUrl, Route};
pub use exceptions::Exceptions;

/// How long a desktop answer for one server is kept (the portal is asked once per server).
const REMEMBER: Duration = Duration::from_secs(300);

/// Where the proxy comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProxyChoice {
    /// Every request goes straight to its server.
    Direct,
    /// The desktop's: the environment (`http_proxy`, `https_proxy`, `all_proxy`, `no_proxy`,
    /// as curl reads them) when it names one, else the desktop portal's answer for the link.
    #[default]
    System,
    /// A proxy given by hand that cannot be used: every download fails with the reason
    /// rather than going around it.
    Broken(ProxyProblem),
    /// One proxy given by hand, with the hosts that go around it.
    Manual {
        /// The proxy.
        proxy: ProxyUrl,
        /// Hosts reached directly.
        except: Exceptions,
    },
}

/// Decides each link's route for one [`ProxyChoice`]; shared by every client built for it.
pub struct Router {
    choice: ProxyChoice,
    /// The environment's proxies, read once (as curl reads them at its start).
    env: env::EnvProxies,
    /// The desktop portal, when it answers, and what it said per server.
    portal: Mutex<PortalState>,
}

#[derive(Default)]
struct PortalState {
    /// `None` until first asked; `Some(None)` when there is no portal to ask.
    resolver: Option<Option<portal::Resolver>>,
    answers: std::collections::HashMap<String, (Instant, Route)>,
}

impl Router {
    /// A router for `choice`, reading the environment now.
    pub fn new(choice: ProxyChoice) -> Arc<Self> {
        Self::with_env(choice, env::EnvProxies::from_process())
    }

    fn with_env(choice: ProxyChoice, env: env::EnvProxies) -> Arc<Self> {
        Arc::new(Self {
            choice,
            env,
            portal: Mutex::new(PortalState::default()),
        })
    }

    /// What this router was made for.
    pub fn choice(&self) -> &ProxyChoice {
        &self.choice
    }

    /// The route for `url` (through a proxy with the login the user gave for it, when it
    /// carries none; see [`given_logins`]).
    pub fn route(&self, url: &Url) -> Route {
        match self.bare_route(url) {
            Route::Via(proxy) => Route::Via(given_logins::with_given(proxy)),
            other => other,
        }
    }

    fn bare_route(&self, url: &Url) -> Route {
        match &self.choice {
            ProxyChoice::Direct => Route::Direct,
            ProxyChoice::Broken(problem) => Route::Unusable(problem.clone()),
            ProxyChoice::Manual { proxy, except } => {
                if except.matches(url) {
                    Route::Direct
                } else {
                    Route::Via(proxy.clone())
                }
            }
            ProxyChoice::System => {
                if self.env.names_any() {
                    self.env.route(url)
                } else {
                    self.ask_portal(url)
                }
            }
        }
    }

    /// The portal's answer for `url`'s server, remembered for a while.
    fn ask_portal(&self, url: &Url) -> Route {
        let key = format!(
            "{}://{}:{}",
            url.scheme(),
            url.host_str().unwrap_or_default(),
            url.port_or_known_default().unwrap_or(0)
        );
        let mut state = self.portal.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((when, route)) = state.answers.get(&key)
            && when.elapsed() < REMEMBER
        {
            return route.clone();
        }
        let resolver = state.resolver.get_or_insert_with(portal::Resolver::connect);
        let route = match resolver {
            Some(resolver) => resolver.lookup(url),
            None => Route::Direct,
        };
        state.answers.insert(key, (Instant::now(), route.clone()));
        route
    }
}

/// Where a proxy that failed may be reached: a proxy nobody can reach, so a request the
/// router could not send the right way fails instead of going straight to its server.
pub(crate) const NOWHERE: &str = "http://unusable-proxy.invalid:9";

/// The SOCKS5 proxy this process's environment names for all traffic (`all_proxy`), if any.
pub fn environment_socks_proxy() -> Option<String> {
    env::EnvProxies::from_process().socks_for_all()
}

#[cfg(test)]
mod tests;
