//! A transfer through a proxy: its route is settled when the worker takes the download up (a
//! proxy that cannot be used fails it at once), and failures to connect are the proxy's,
//! named with it, so "connection refused" says which machine refused.

use crate::engine::error::{ProxyProblem, TransferError};
use crate::engine::net::proxy::{ProxyUrl, Route};

use super::transfer::Transfer;

/// What the HTTP library says when a proxy asks for a login (an HTTP proxy's 407 to CONNECT,
/// a SOCKS5 proxy that takes no anonymous clients, one that rejected the login). Pinned by
/// the tests that run real proxies (`tests/engine/proxies.rs`).
const WANTS_LOGIN: [&str; 2] = [
    "proxy authorization required",
    "server does not support user/pass authentication",
];
const LOGIN_REJECTED: &str = "credentials not accepted";

impl Transfer<'_> {
    /// `err` as the proxy's failure, when the download goes through one and it is one.
    pub(super) fn through_proxy(&self, err: TransferError) -> TransferError {
        let Route::Via(proxy) = &self.route else {
            return err;
        };
        let problem = match &err {
            TransferError::Connect(detail) => connect_problem(proxy, detail),
            // Sent by an HTTP proxy to a plain-HTTP request it forwards.
            TransferError::Status { code: 407, .. } if proxy.url().scheme().starts_with("http") => {
                login_problem(proxy)
            }
            _ => return err,
        };
        TransferError::Proxy {
            proxy: proxy.shown(),
            problem,
        }
    }
}

/// A failed connection through `proxy`, by what the library said.
fn connect_problem(proxy: &ProxyUrl, detail: &str) -> ProxyProblem {
    let lower = detail.to_ascii_lowercase();
    if lower.contains(LOGIN_REJECTED) {
        ProxyProblem::LoginRefused
    } else if WANTS_LOGIN.iter().any(|said| lower.contains(said)) {
        login_problem(proxy)
    } else {
        ProxyProblem::Unreachable {
            detail: detail.to_owned(),
        }
    }
}

/// A proxy asking for a login: refused if one was given, else wanted.
fn login_problem(proxy: &ProxyUrl) -> ProxyProblem {
    if proxy.url().username().is_empty() {
        ProxyProblem::LoginWanted
    } else {
        ProxyProblem::LoginRefused
    }
}
