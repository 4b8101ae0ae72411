//! Logins for servers that ask for one (HTTP 401): where a download's login comes from (its
//! own link, a login the user saved for the site, `~/.netrc`), and how it is sent (Basic, or
//! Digest when the server asks for it). A login goes only to the server it belongs to: never to
//! another host, on a redirect or otherwise.

mod challenge;
mod credentials;
mod netrc;

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use url::Url;

pub use challenge::{Challenge, Digest, basic};
pub use credentials::Login;
pub use netrc::{Netrc, NetrcProblem};

/// The site a login belongs to: scheme, host and port, as browsers keep logins.
pub fn site_of(url: &Url) -> String {
    format!(
        "{}://{}:{}",
        url.scheme(),
        url.host_str().unwrap_or_default().to_ascii_lowercase(),
        url.port_or_known_default().unwrap_or(0)
    )
}

/// Logins the user saved for sites, shared by every download (the window fills it from the
/// store it keeps them in).
#[derive(Clone, Default)]
pub struct SiteLogins(Arc<RwLock<HashMap<String, Login>>>);

impl SiteLogins {
    /// The login saved for `url`'s site.
    pub fn for_url(&self, url: &Url) -> Option<Login> {
        self.0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&site_of(url))
            .cloned()
    }

    /// Saves (or with `None` forgets) the login of `site`.
    pub fn set(&self, site: String, login: Option<Login>) {
        let mut logins = self.0.write().unwrap_or_else(PoisonError::into_inner);
        match login {
            Some(login) => {
                logins.insert(site, login);
            }
            None => {
                logins.remove(&site);
            }
        }
    }
}

/// Where a download's login is looked for, in order: its own link, the site's saved login,
/// then `~/.netrc` (by host, as curl `-n` reads it).
pub fn login_for(url: &Url, sites: &SiteLogins, netrc: Option<&Netrc>) -> Option<Login> {
    Login::of_link(url)
        .or_else(|| sites.for_url(url))
        .or_else(|| netrc.and_then(|netrc| netrc.login_for(url.host_str()?)))
}

/// `url` without its login (the login is sent as a header, only where it belongs).
pub fn without_login(url: &Url) -> Url {
    let mut bare = url.clone();
    let _ = bare.set_username("");
    let _ = bare.set_password(None);
    bare
}

#[cfg(test)]
mod tests;
