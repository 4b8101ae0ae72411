//! A transfer's login: found when the worker starts (the link's own, the site's saved one,
//! `~/.netrc`), sent only to the link's own server (scheme, host and port): as Basic at once
//! over https or when the link carries it (as curl `-u` does), else once the server asks, so
//! a saved password never crosses plain http unasked; as Digest whenever the server asks for
//! it. A 401 without a login
//! says so at once; one after the login was sent says it was not accepted. Neither is retried.

use std::sync::Arc;

use url::Url;

use crate::engine::net::login::{self, Digest, Login};

/// Digest challenges answered in one download, at most (a server that keeps asking is
/// refusing the login).
pub(super) const MOST_CHALLENGES: u32 = 3;

/// How requests carry the login.
#[derive(Clone)]
pub(super) enum Answer {
    /// Not at all (there is none).
    Nothing,
    /// `Basic`, the login itself.
    Basic,
    /// `Digest`, to this challenge (shared with the checksum look-ups, which count on it).
    Digest(Arc<Digest>),
}

/// A transfer's login and how it is sent.
#[derive(Clone)]
pub(super) struct Auth {
    pub(super) login: Option<Login>,
    /// The site the login belongs to (the link's).
    site: String,
    pub(super) answer: Answer,
    pub(super) challenges: u32,
}

impl Auth {
    /// The login for `url` (see [`login::login_for`]).
    pub(super) fn new(url: &Url, login: Option<Login>) -> Self {
        let at_once = url.scheme() == "https" || Login::of_link(url).is_some();
        let answer = if login.is_some() && at_once {
            Answer::Basic
        } else {
            Answer::Nothing
        };
        Self {
            login,
            site: login::site_of(url),
            answer,
            challenges: 0,
        }
    }

    /// The `Authorization` for a GET of `url`: only to the login's own site.
    pub(super) fn header_for(&self, url: &Url) -> Option<String> {
        let login = self.login.as_ref()?;
        if login::site_of(url) != self.site {
            return None;
        }
        match &self.answer {
            Answer::Nothing => None,
            Answer::Basic => Some(login::basic(login)),
            Answer::Digest(digest) => {
                let uri = match url.query() {
                    Some(query) => format!("{}?{query}", url.path()),
                    None => url.path().to_owned(),
                };
                let cnonce = format!("{:016x}", rand::random::<u64>());
                Some(digest.authorization(login, "GET", &uri, &cnonce))
            }
        }
    }
}
