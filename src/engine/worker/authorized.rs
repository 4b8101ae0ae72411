//! Requests carrying the transfer's login, and what a 401 means for it (see `auth`).

use reqwest::header::{AUTHORIZATION, WWW_AUTHENTICATE};

use crate::engine::error::{LoginProblem, TransferError};
use crate::engine::net::http::ResponseHead;
use crate::engine::net::login::Challenge;

use super::auth::{Answer, MOST_CHALLENGES};
use super::transfer::Transfer;

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
                self.auth.answer = Answer::Digest(std::sync::Arc::new(digest));
                self.ask_checksums_again();
                return TransferError::Challenged;
            }
            // Asked for the login it was not sent yet: send it.
            (None, Answer::Nothing) if unanswered => {
                self.auth.challenges += 1;
                self.auth.answer = Answer::Basic;
                self.ask_checksums_again();
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
