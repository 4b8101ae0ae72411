//! The hosts that go around a proxy, written as curl's `no_proxy` and the desktops write them:
//! `*` for all, a domain (with or without a leading dot or `*.`) for it and every name below
//! it, an IP address, or a network (`10.0.0.0/8`).

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use url::{Host, Url};

/// The exceptions, as their entries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct Exceptions(Vec<String>);

impl Exceptions {
    /// Entries separated by commas or spaces; empty ones are dropped.
    pub fn parse(text: &str) -> Self {
        Exceptions(
            text.split([',', ' ', '\t', '\n', ';'])
                .map(|entry| entry.trim().to_ascii_lowercase())
                .filter(|entry| !entry.is_empty())
                .collect(),
        )
    }

    /// Whether `url`'s host goes around the proxy.
    pub fn matches(&self, url: &Url) -> bool {
        let Some(host) = url.host() else {
            return false;
        };
        self.0.iter().any(|entry| entry_matches(entry, &host))
    }

    /// The entries, as the settings write them.
    pub fn text(&self) -> String {
        self.0.join(", ")
    }
}

impl From<String> for Exceptions {
    fn from(text: String) -> Self {
        Exceptions::parse(&text)
    }
}

impl From<Exceptions> for String {
    fn from(exceptions: Exceptions) -> Self {
        exceptions.text()
    }
}

fn entry_matches(entry: &str, host: &Host<&str>) -> bool {
    if entry == "*" {
        return true;
    }
    let ip = match host {
        Host::Domain(name) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            let domain = entry.trim_start_matches("*.").trim_start_matches('.');
            let domain = domain.trim_end_matches('.');
            return !domain.is_empty() && (name == domain || name.ends_with(&format!(".{domain}")));
        }
        Host::Ipv4(ip) => IpAddr::V4(*ip),
        Host::Ipv6(ip) => IpAddr::V6(*ip),
    };
    let entry = entry.trim_start_matches('[');
    let (address, prefix) = match entry.split_once('/') {
        Some((address, prefix)) => (address, prefix.parse::<u32>().ok()),
        None => (entry.trim_end_matches(']'), None),
    };
    let Ok(network) = address.trim_end_matches(']').parse::<IpAddr>() else {
        return false;
    };
    match (network, ip) {
        (IpAddr::V4(net), IpAddr::V4(ip)) => {
            let bits = prefix.unwrap_or(32).min(32);
            let mask = u32::MAX.checked_shl(32 - bits).unwrap_or(0);
            u32::from(net) & mask == u32::from(ip) & mask
        }
        (IpAddr::V6(net), IpAddr::V6(ip)) => {
            let bits = prefix.unwrap_or(128).min(128);
            let mask = u128::MAX.checked_shl(128 - bits).unwrap_or(0);
            u128::from(net) & mask == u128::from(ip) & mask
        }
        _ => false,
    }
}
