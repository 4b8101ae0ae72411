//! What servers and users give for logins and proxies: `WWW-Authenticate` challenges from a
//! hostile server, `.netrc` text, proxy addresses and `no_proxy` lists. None panics, each
//! answers in bounded time, and a challenge answered never carries the password itself.

use std::time::Duration;

use haul::engine::net::login::{Challenge, Login, Netrc};
use haul::engine::net::proxy::{Exceptions, ProxyUrl};
use proptest::prelude::*;

use super::{config, tricky_text, within};

const CHALLENGE_PIECES: &[&str] = &[
    "Basic",
    "Digest",
    "Negotiate",
    " ",
    ",",
    "=",
    "\"",
    "\\",
    "realm",
    "nonce",
    "qop",
    "auth",
    "auth-int",
    "algorithm",
    "MD5",
    "SHA-256",
    "MD5-sess",
    "SHA-512",
    "stale",
    "true",
    "opaque",
    "token68==",
    "\u{0}",
    "é",
];

const NETRC_PIECES: &[&str] = &[
    "machine", "default", "login", "password", "account", "macdef", "\n", "\n\n", " ", "\t", "\"",
    "\\", "#", "é",
];

const PROXY_PIECES: &[&str] = &[
    "http://",
    "https://",
    "socks://",
    "socks5h://",
    "ftp://",
    "pac+http://",
    "@",
    ":",
    "[",
    "]",
    "::1",
    "/",
    "%",
    "user",
    "host",
    "1080",
    "*",
    ".",
    ",",
    "10.0.0.0/8",
];

proptest! {
    #![proptest_config(config())]

    #[test]
    fn challenges_never_panic_and_digest_answers_hide_the_password(
        values in proptest::collection::vec(tricky_text(CHALLENGE_PIECES, 60), 0..4)
    ) {
        let challenges = within(Duration::from_millis(200), "parsing challenges", || {
            Challenge::parse_all(values.iter().map(String::as_str))
        });
        let login = Login { user: "ann".into(), password: "s3cret-pw".into() };
        for challenge in &challenges {
            let _ = challenge.realm();
            if let Challenge::Digest(digest) = challenge {
                let header = digest.authorization(&login, "GET", "/f", "cnonce");
                prop_assert!(header.starts_with("Digest "));
                prop_assert!(!header.contains("s3cret-pw"), "{header}");
            }
        }
    }

    #[test]
    fn netrc_text_never_panics(text in tricky_text(NETRC_PIECES, 120), host in "[a-z.]{0,12}") {
        let netrc = within(Duration::from_millis(200), "parsing a netrc", || Netrc::parse(&text));
        let _ = netrc.login_for(&host);
    }

    #[test]
    fn proxy_addresses_and_exceptions_never_panic(
        address in tricky_text(PROXY_PIECES, 20),
        except in tricky_text(PROXY_PIECES, 30),
    ) {
        within(Duration::from_millis(200), "reading a proxy", || {
            if let Ok(proxy) = ProxyUrl::parse(&address) {
                // What is taken is a scheme Haul speaks, with a host.
                let scheme = proxy.url().scheme().to_owned();
                assert!(
                    ["http", "https", "socks4", "socks4a", "socks5", "socks5h"].contains(&scheme.as_str()),
                    "{scheme}"
                );
                assert!(proxy.url().host_str().is_some_and(|h| !h.is_empty()));
                assert!(!proxy.shown().contains('@'), "no login shown");
            }
            let exceptions = Exceptions::parse(&except);
            for link in ["http://a.example/", "http://10.1.2.3/", "http://[::1]/"] {
                let _ = exceptions.matches(&url::Url::parse(link).expect("link"));
            }
        });
    }
}
