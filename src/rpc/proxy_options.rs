//! aria2's proxy options over the remote control, for every download (`changeGlobalOption`,
//! `getGlobalOption`): `all-proxy` with `all-proxy-user` and `all-proxy-passwd`, and
//! `no-proxy`. Haul takes one proxy for every link, so `http-proxy` and `https-proxy` are
//! taken when they name that same proxy (web front ends send all three from one field), and
//! refused with words when they would split it. An empty proxy gives the choice back to the
//! settings.

use serde_json::{Map, Value};

use super::methods::RpcError;
use crate::engine::net::proxy::{Exceptions, ProxyChoice, ProxyUrl};

/// The proxy options' names.
pub const NAMES: [&str; 6] = [
    "all-proxy",
    "http-proxy",
    "https-proxy",
    "all-proxy-user",
    "all-proxy-passwd",
    "no-proxy",
];

/// What `getGlobalOption` says of `choice`: nothing unless a proxy is set (aria2 leaves
/// unset options out; where Haul stands then is in `option_answers::standing`).
pub fn answers(choice: &ProxyChoice) -> Map<String, Value> {
    let ProxyChoice::Manual { proxy, except } = choice else {
        return Map::new();
    };
    let (proxy, user, except) = (
        proxy.shown(),
        proxy.url().username().to_owned(),
        except.text(),
    );
    let mut map = Map::new();
    for name in ["all-proxy", "http-proxy", "https-proxy"] {
        map.insert(name.to_owned(), Value::String(proxy.clone()));
    }
    map.insert("all-proxy-user".into(), Value::String(user));
    map.insert("all-proxy-passwd".into(), Value::String(String::new()));
    map.insert("no-proxy".into(), Value::String(except));
    map
}

/// The choice `given` (proxy options that changed, by name) makes, over `current` (the
/// options in force, as answered) and `in_force` (the engine's choice, whose login answers
/// leave out); `None` when the proxy is given empty (the choice goes back to the settings').
pub fn choice(
    given: &Map<String, Value>,
    current: &Map<String, Value>,
    in_force: &ProxyChoice,
) -> Result<Option<ProxyChoice>, RpcError> {
    let value = |name: &str| -> String {
        given
            .get(name)
            .or_else(|| current.get(name))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_owned()
    };
    // The one proxy. `all-proxy` given names it (a scheme's own, given beside it, must be the
    // same); else each scheme keeps the proxy in force unless given, and both must agree.
    let given_text = |name: &str| given.get(name).map(|_| value(name));
    let (name, text) = match given_text("all-proxy") {
        Some(all) => ("all-proxy", all),
        None => {
            let in_force = value("all-proxy");
            let http = given_text("http-proxy").unwrap_or_else(|| in_force.clone());
            let https = given_text("https-proxy").unwrap_or(in_force);
            if http != https {
                return Err(split("http-proxy", "https-proxy"));
            }
            ("http-proxy", http)
        }
    };
    for scheme in ["http-proxy", "https-proxy"] {
        // A scheme's own given empty beside it is a field left blank (web front ends send
        // every field): `all-proxy` covers it, as in aria2.
        if name == "all-proxy"
            && given_text(scheme).is_some_and(|own| !own.is_empty() && own != text)
        {
            return Err(split("all-proxy", scheme));
        }
    }
    if text.is_empty() {
        return Ok(None);
    }
    let proxy = ProxyUrl::parse(&text).map_err(|problem| {
        RpcError::failed(format!("The option '{name}' cannot be used: {problem}."))
    })?;
    // The login in force stays unless a new one is given (answers never carry a password).
    let kept = match in_force {
        ProxyChoice::Manual { proxy: kept, .. } if kept.shown() == proxy.shown() => Some(kept),
        _ => None,
    };
    let login_given =
        given.contains_key("all-proxy-user") || given.contains_key("all-proxy-passwd");
    let user = value("all-proxy-user");
    let proxy = match kept {
        Some(kept) if !login_given => kept.clone(),
        _ if user.is_empty() => proxy,
        _ => {
            let password = if given.contains_key("all-proxy-passwd") {
                value("all-proxy-passwd")
            } else {
                kept.and_then(|kept| kept.url().password().map(str::to_owned))
                    .unwrap_or_default()
            };
            proxy.with_login(&user, &password)
        }
    };
    Ok(Some(ProxyChoice::Manual {
        proxy,
        except: Exceptions::parse(&value("no-proxy")),
    }))
}

/// Two proxy options that would send links different ways.
fn split(one: &str, other: &str) -> RpcError {
    RpcError::failed(format!(
        "Haul sends every link through one proxy: give it as 'all-proxy' ('{one}' and \
         '{other}' differ)."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            _ => Map::new(),
        }
    }

    #[test]
    fn one_proxy_for_every_link_with_its_login_and_exceptions() {
        let current = answers(&ProxyChoice::System);
        assert!(
            current.is_empty(),
            "unset options are left out, as aria2 does"
        );
        let given = map(json!({
            "all-proxy": "http://127.0.0.1:3128",
            "https-proxy": "http://127.0.0.1:3128",
            "all-proxy-user": "ann",
            "all-proxy-passwd": "pw",
            "no-proxy": "localhost,.lan"
        }));
        let choice = choice(&given, &current, &ProxyChoice::System)
            .expect("taken")
            .expect("a proxy");
        let ProxyChoice::Manual { proxy, except } = &choice else {
            panic!("{choice:?}");
        };
        assert_eq!(proxy.url().username(), "ann");
        assert_eq!(proxy.url().password(), Some("pw"));
        assert_eq!(except.text(), "localhost, .lan");
        // Answered back without the password; a change of the exceptions alone keeps it.
        let answered = answers(&choice);
        assert_eq!(answered["all-proxy"], json!("http://127.0.0.1:3128"));
        assert_eq!(answered["all-proxy-passwd"], json!(""));
        let only_except = map(json!({"no-proxy": "intra.net"}));
        let again = super::choice(&only_except, &answered, &choice)
            .expect("taken")
            .expect("a proxy");
        let ProxyChoice::Manual { proxy, except } = &again else {
            panic!("{again:?}");
        };
        assert_eq!(proxy.url().password(), Some("pw"));
        assert_eq!(except.text(), "intra.net");
        // Two different proxies are refused in words; an empty one gives the settings' back.
        let split = map(json!({"http-proxy": "http://a:1", "https-proxy": "http://b:2"}));
        let system = ProxyChoice::System;
        let err = super::choice(&split, &current, &system).expect_err("split");
        assert!(err.message.contains("one proxy"), "{}", err.message);
        let empty = map(json!({"all-proxy": ""}));
        assert_eq!(
            super::choice(&empty, &answered, &choice).expect("empty"),
            None
        );
        // Blank scheme fields beside `all-proxy` (a whole settings page) are fields left empty.
        let page = map(json!({"all-proxy": "http://a:1", "http-proxy": "", "https-proxy": ""}));
        assert!(matches!(
            super::choice(&page, &current, &system),
            Ok(Some(ProxyChoice::Manual { .. }))
        ));
        let odd = map(json!({"all-proxy": "ftp://h:21"}));
        let err = super::choice(&odd, &current, &system).expect_err("ftp");
        assert!(err.message.contains("ftp"), "{}", err.message);
    }
}
