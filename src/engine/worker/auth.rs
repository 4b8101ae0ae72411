//! A transfer's login: found when the worker starts (the link's own, the site's saved one,
//! `~/.netrc`), sent only to the link's own server (scheme, host and port): as Basic at once
//! over https or when the link carries it (as curl `-u` does), else once the server asks, so
//! a saved password never crosses plain http unasked; as Digest whenever the server asks for
//! it. A 401 without a login
//! says so at once; one after the login was sent says it was not accepted. Neither is retried.

use reqwest::header::{AUTHORIZATION, WWW_AUTHENTICATE};
use url::Url;

use crate::engine::error::{LoginProblem, TransferError};
use crate::engine::net::http::ResponseHead;
use crate::engine::net::login::{self, Challenge, Digest, Login};

use super::transfer::Transfer;

/// Digest challenges answered in one download, at most (a server that keeps asking is
/// refusing the login).
const MOST_CHALLENGES: u32 = 3;

/// How requests carry the login.
pub(super) enum Answer {
    /// Not at all (there is none).
    Nothing,
    /// `Basic`, the login itself.
    Basic,
    /// `Digest`, to this challenge.
    Digest(Digest),
}

/// A transfer's login and how it is sent.
pub(super) struct Auth {
    login: Option<Login>,
    /// The site the login belongs to (the link's).
    site: String,
    answer: Answer,
    challenges: u32,
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

impl Transfer<'_> {
    /// A GET of the file carrying the login where it belongs.
    pub(super) fn authorized(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        let url = self.target.as_ref().unwrap_or(&self.ctx.job.url);
        match self.auth.header_for(url) {
            Some(value) => request.header(AUTHORIZATION, value),
            None => request,
        }
    }

    /// `err` as a login problem when the answer was a 401; a Digest challenge that can be
    /// answered is `Challenged` (ask again at once).
    pub(super) fn through_login(
        &mut self,
        head: &ResponseHead,
        err: TransferError,
    ) -> TransferError {
        if head.status != 401 {
            return err;
        }
        let challenges = Challenge::parse_all(
            head.headers
                .get_all(WWW_AUTHENTICATE)
                .iter()
                .filter_map(|value| value.to_str().ok()),
        );
        let realm = challenges
            .iter()
            .find_map(Challenge::realm)
            .map(str::to_owned);
        let host = self.ctx.job.url.host_str().unwrap_or_default().to_owned();
        if self.auth.login.is_none() {
            return TransferError::Login {
                host,
                problem: LoginProblem::Wanted { realm },
            };
        }
        let digest = challenges
            .into_iter()
            .find_map(|challenge| match challenge {
                Challenge::Digest(digest) => Some(digest),
                _ => None,
            });
        let unanswered = self.auth.challenges < MOST_CHALLENGES;
        match (digest, &self.auth.answer) {
            (Some(digest), answer)
                if unanswered && (!matches!(answer, Answer::Digest(_)) || digest.stale) =>
            {
                self.auth.challenges += 1;
                self.auth.answer = Answer::Digest(digest);
                return TransferError::Challenged;
            }
            // Asked for the login it was not sent yet: send it.
            (None, Answer::Nothing) if unanswered => {
                self.auth.challenges += 1;
                self.auth.answer = Answer::Basic;
                return TransferError::Challenged;
            }
            _ => {}
        }
        TransferError::Login {
            host,
            problem: LoginProblem::Refused { realm },
        }
    }
}
