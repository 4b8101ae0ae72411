//! Logins the user gave for proxies that do not carry their own: the desktop's (an
//! environment variable or the portal names the proxy, without a password) or a queue's or a
//! download's own proxy. They are kept for this run (and given again at start from the
//! keyring when the user asked to remember them), by the proxy's address, and added to that
//! proxy's route whichever router sends a request through it: routers are made anew when
//! settings change, the proxy's login stays.

use std::collections::HashMap;
use std::sync::{OnceLock, PoisonError, RwLock};

use super::address::ProxyUrl;
use crate::engine::net::login::Login;

fn given() -> &'static RwLock<HashMap<String, Login>> {
    static GIVEN: OnceLock<RwLock<HashMap<String, Login>>> = OnceLock::new();
    GIVEN.get_or_init(|| RwLock::new(HashMap::new()))
}

/// Keeps (or with `None` forgets) the login for the proxy shown as `proxy` (its address
/// without a login, as reasons name it).
pub fn give(proxy: &str, login: Option<Login>) {
    let mut given = given().write().unwrap_or_else(PoisonError::into_inner);
    match login {
        Some(login) => given.insert(proxy.to_owned(), login),
        None => given.remove(proxy),
    };
}

/// `proxy` with the login given for it, when it carries none of its own.
pub(super) fn with_given(proxy: ProxyUrl) -> ProxyUrl {
    if !proxy.url().username().is_empty() {
        return proxy;
    }
    let given = given().read().unwrap_or_else(PoisonError::into_inner);
    match given.get(&proxy.shown()) {
        Some(login) => proxy.with_login(&login.user, &login.password),
        None => proxy,
    }
}
