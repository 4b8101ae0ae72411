//! The network settings: where downloads go (straight, the desktop's proxy, or one given by
//! hand), read from the settings file's words into the engine's typed choice once, and where
//! logins are read (`~/.netrc`).

use serde::{Deserialize, Serialize};

use crate::engine::error::ProxyProblem;
use crate::engine::net::proxy::{Exceptions, ProxyChoice, ProxyUrl};

/// Which proxy downloads use, as the settings file says it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProxyMode {
    /// The desktop's: the environment's proxy variables, else the desktop's own setting.
    #[default]
    System,
    /// None: every download goes straight to its server.
    None,
    /// `proxy_address`, except for `proxy_except`.
    Manual,
}

/// The engine's choice for `mode` with this address and these exceptions. A manual proxy
/// that cannot be used stays a choice (a broken one), so downloads fail with its reason
/// rather than going around it.
pub fn proxy_choice(mode: ProxyMode, address: &str, except: &str) -> ProxyChoice {
    match mode {
        ProxyMode::System => ProxyChoice::System,
        ProxyMode::None => ProxyChoice::Direct,
        ProxyMode::Manual => match ProxyUrl::parse(address) {
            Ok(proxy) => ProxyChoice::Manual {
                proxy,
                except: Exceptions::parse(except),
            },
            Err(problem) => ProxyChoice::Broken(problem),
        },
    }
}

/// The settings' proxy fields that say `choice`: the mode, and for a proxy given by hand its
/// address and exceptions (`None` for a broken one, which the settings cannot say better).
pub(super) fn fields(choice: &ProxyChoice) -> Option<(ProxyMode, Option<(String, String)>)> {
    match choice {
        ProxyChoice::Direct => Some((ProxyMode::None, None)),
        ProxyChoice::System => Some((ProxyMode::System, None)),
        ProxyChoice::Manual { proxy, except } => Some((
            ProxyMode::Manual,
            Some((
                proxy.url().as_str().trim_end_matches('/').to_owned(),
                except.text(),
            )),
        )),
        ProxyChoice::Broken(_) => None,
    }
}

/// A certificate the user chose to trust for one host (see `engine::net::tls`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustedCertificate {
    /// The host it is trusted for.
    pub host: String,
    /// Its SHA-256, in hex.
    pub sha256: String,
}

/// What the settings trust beyond the system's certificate authorities.
pub(super) fn tls_trust(
    ca_file: &str,
    trusted: &[TrustedCertificate],
) -> crate::engine::net::tls::TlsTrust {
    let ca_file = ca_file.trim();
    crate::engine::net::tls::TlsTrust {
        ca_file: (!ca_file.is_empty())
            .then(|| crate::paths::expand_home(std::path::Path::new(ca_file))),
        exceptions: trusted
            .iter()
            .map(|trusted| {
                (
                    trusted.host.to_ascii_lowercase(),
                    trusted.sha256.to_ascii_lowercase(),
                )
            })
            .collect(),
    }
}

/// What is wrong with a manual proxy, in words, for the settings file's problems.
pub(super) fn problem(choice: &ProxyChoice) -> Option<String> {
    let ProxyChoice::Broken(problem) = choice else {
        return None;
    };
    Some(match problem {
        ProxyProblem::UnsupportedScheme { scheme } => {
            crate::i18n::t!("proxy-unsupported-scheme", scheme = scheme.as_str())
        }
        ProxyProblem::NotAnAddress { text } => {
            crate::i18n::t!("proxy-not-an-address", text = text.as_str())
        }
        // Only an address's own problems make a choice broken.
        other => other.to_string(),
    })
}

/// `~/.netrc`, or the file `$NETRC` names (as curl and aria2 read it).
pub(super) fn netrc_path() -> std::path::PathBuf {
    match std::env::var_os("NETRC") {
        Some(path) if !path.is_empty() => std::path::PathBuf::from(path),
        _ => crate::paths::expand_home(std::path::Path::new("~/.netrc")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_mode_becomes_its_choice() {
        assert_eq!(
            proxy_choice(ProxyMode::System, "x:1", ""),
            ProxyChoice::System
        );
        assert_eq!(
            proxy_choice(ProxyMode::None, "x:1", ""),
            ProxyChoice::Direct
        );
        assert!(matches!(
            proxy_choice(ProxyMode::Manual, "socks5h://p:1080", "lan"),
            ProxyChoice::Manual { .. }
        ));
        assert_eq!(
            proxy_choice(ProxyMode::Manual, "", ""),
            ProxyChoice::Broken(ProxyProblem::NotAnAddress {
                text: String::new()
            })
        );
    }

    #[test]
    fn a_choice_in_force_is_shown_in_the_settings_and_read_back_the_same() {
        let mut settings = super::super::Settings::builtin();
        for choice in [
            ProxyChoice::Direct,
            ProxyChoice::System,
            proxy_choice(
                ProxyMode::Manual,
                "socks5h://ann:pw@p:1080",
                "lan, 10.0.0.0/8",
            ),
        ] {
            settings.show_proxy(&choice);
            assert_eq!(settings.proxy_choice(), choice);
        }
    }
}
