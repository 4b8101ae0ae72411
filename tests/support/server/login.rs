//! A route behind a login, as real servers ask for one: Basic (`WWW-Authenticate: Basic`), or
//! Digest (RFC 7616, MD5 with `qop=auth`), checking the answer the way a server does.

use std::collections::HashMap;

use base64::Engine as _;
use md5::{Digest as _, Md5};

/// Which login a route wants.
#[derive(Clone, Debug)]
pub enum LoginCheck {
    /// Basic, for this `user:password`.
    Basic(String),
    /// Digest, for this user and password.
    Digest { user: String, password: String },
}

const REALM: &str = "haul-test";
const NONCE: &str = "dcd98b7102dd2f0e8b11d0f600bfb0c093";

impl LoginCheck {
    /// The challenge of a 401.
    pub fn challenge(&self) -> String {
        match self {
            LoginCheck::Basic(_) => format!("Basic realm=\"{REALM}\""),
            LoginCheck::Digest { .. } => format!(
                "Digest realm=\"{REALM}\", qop=\"auth\", nonce=\"{NONCE}\", opaque=\"5ccc069c\""
            ),
        }
    }

    /// Whether `headers` (names lower-case) carry the right login for a GET of `path`.
    pub fn allows(&self, headers: &HashMap<String, String>, path: &str) -> bool {
        let Some(value) = headers.get("authorization") else {
            return false;
        };
        match self {
            LoginCheck::Basic(pair) => value
                .strip_prefix("Basic ")
                .and_then(|encoded| {
                    base64::engine::general_purpose::STANDARD
                        .decode(encoded.trim())
                        .ok()
                })
                .is_some_and(|decoded| decoded == pair.as_bytes()),
            LoginCheck::Digest { user, password } => {
                let Some(params) = value.strip_prefix("Digest ") else {
                    return false;
                };
                let params = parse(params);
                let get = |name: &str| params.get(name).map(String::as_str).unwrap_or_default();
                let md5 = |text: String| {
                    Md5::digest(text.as_bytes())
                        .iter()
                        .map(|b| format!("{b:02x}"))
                        .collect::<String>()
                };
                let ha1 = md5(format!("{user}:{REALM}:{password}"));
                let ha2 = md5(format!("GET:{}", get("uri")));
                let expected = md5(format!(
                    "{ha1}:{NONCE}:{}:{}:auth:{ha2}",
                    get("nc"),
                    get("cnonce")
                ));
                get("username") == user
                    && get("uri") == path
                    && get("nonce") == NONCE
                    && get("qop") == "auth"
                    && get("response") == expected
            }
        }
    }
}

/// `name=value` pairs of a Digest header (values quoted or not).
fn parse(text: &str) -> HashMap<String, String> {
    let mut found = HashMap::new();
    let mut rest = text.trim();
    while let Some((name, after)) = rest.split_once('=') {
        let name = name
            .trim()
            .trim_start_matches(',')
            .trim()
            .to_ascii_lowercase();
        let after = after.trim_start();
        let (value, next) = if let Some(quoted) = after.strip_prefix('"') {
            match quoted.split_once('"') {
                Some((value, next)) => (value.to_owned(), next),
                None => (quoted.to_owned(), ""),
            }
        } else {
            match after.split_once(',') {
                Some((value, next)) => (value.trim().to_owned(), next),
                None => (after.trim().to_owned(), ""),
            }
        };
        found.insert(name, value);
        rest = next.trim_start_matches([',', ' ']);
    }
    found
}
