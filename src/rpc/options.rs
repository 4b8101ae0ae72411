//! aria2 options in and out: the ones Haul acts on are read and checked like any outside
//! input. Of the others, those that would run a command, write outside the download folder or
//! reach the network another way than Haul does (proxies, logins, certificates) are refused
//! by name, so a client learns Haul did not do what it asked; the rest (BitTorrent's, tuning
//! aria2 alone has) are accepted, as aria2 accepts options that do not apply, and said once
//! in the log. Web front ends send several at once and must not lose the whole call.

use std::path::PathBuf;

use serde_json::{Map, Value};

use super::methods::RpcError;
use crate::engine::limits::{CONNECTIONS_PER_HOST, JOBS};
use crate::engine::net::login::Login;
use crate::engine::rate::Rate;
use crate::engine::{Checksum, FromBrowser};
use crate::format::parse_rate;

/// What `aria2.addUri`'s options ask for.
#[derive(Debug, Default)]
pub struct AddOptions {
    /// `dir`: an absolute folder.
    pub dir: Option<PathBuf>,
    /// `out`: the file's name.
    pub out: Option<String>,
    /// `checksum`: `sha-256=HEX` and the like.
    pub checksum: Option<Checksum>,
    /// `max-download-limit`, bytes per second (`None`: none asked; limits of 0 are none).
    pub download_limit: Option<Rate>,
    /// `pause`: add it paused.
    pub pause: bool,
    /// `split` and `max-connection-per-server`: connections for this download, at most.
    pub connections: Option<usize>,
    /// `header`: the Referer, User-Agent and Cookie to send (to the link's own server).
    pub headers: Option<FromBrowser>,
    /// `http-user` and `http-passwd`: the login for the link's own server.
    pub login: Option<Login>,
    /// Its own proxy options (see `proxy_options`), by name.
    pub proxy: Map<String, Value>,
    /// `select-file`: the files of a torrent to fetch, by their place (from 0).
    pub select_file: Option<Vec<usize>>,
    /// Options that do not apply to Haul, kept to be given back by `getOption` (as aria2
    /// keeps every option it is given).
    pub kept: Map<String, Value>,
}

impl AddOptions {
    /// Reads the options object (absent: all defaults).
    pub fn from_param(
        param: Option<&Value>,
        current: &Map<String, Value>,
    ) -> Result<Self, RpcError> {
        let mut add = AddOptions::default();
        for (name, value) in changes(param, current)? {
            if name == "header" {
                headers(&value, add.headers.get_or_insert_with(FromBrowser::default))?;
                continue;
            }
            let text = text_of(&name, &value)?;
            match name.as_str() {
                "split" | "max-connection-per-server" => {
                    let asked = connections(&name, &text)?;
                    // Both given: the smaller, as aria2 ends up using.
                    add.connections = Some(add.connections.map_or(asked, |n| n.min(asked)));
                }
                "dir" => {
                    let dir = PathBuf::from(&text);
                    if !dir.is_absolute() {
                        return Err(bad(&name, "must be an absolute folder"));
                    }
                    add.dir = Some(dir);
                }
                "out" => {
                    if text.is_empty()
                        || text.contains('/')
                        || text.contains('\0')
                        || text == "."
                        || text == ".."
                    {
                        return Err(bad(&name, "must be a file name without folders"));
                    }
                    add.out = Some(text);
                }
                "checksum" => {
                    add.checksum = Some(
                        Checksum::parse(&text)
                            .ok_or_else(|| bad(&name, "must look like sha-256=HEX"))?,
                    );
                }
                "max-download-limit" => add.download_limit = rate(&name, &text)?,
                "pause" => add.pause = boolean(&name, &text)?,
                "select-file" => add.select_file = Some(select_file(&name, &text)?),
                "user-agent" | "referer" => {
                    let line = format!("{name}: {text}");
                    add.headers
                        .get_or_insert_with(FromBrowser::default)
                        .take_line(&line)
                        .map_err(|problem| bad(&name, &format!("cannot be used: {problem}")))?;
                }
                name if super::proxy_options::NAMES.contains(&name) => {
                    add.proxy.insert(name.to_owned(), Value::String(text));
                }
                "http-user" => add.login.get_or_insert_with(Login::default).user = text,
                "http-passwd" => add.login.get_or_insert_with(Login::default).password = text,
                _ => {
                    not_acted_on(&name, &text)?;
                    keep(&mut add.kept, name, text);
                }
            }
        }
        Ok(add)
    }
}

/// What `aria2.changeGlobalOption` asks for.
#[derive(Debug, Default)]
pub struct GlobalOptions {
    /// `max-overall-download-limit`, bytes per second (0: none).
    pub overall_limit: Option<Rate>,
    /// `max-concurrent-downloads`.
    pub jobs: Option<usize>,
    /// The proxy options that changed (see `proxy_options`), by name.
    pub proxy: Map<String, Value>,
    /// Options that do not apply, kept for `getGlobalOption`.
    pub kept: Map<String, Value>,
}

impl GlobalOptions {
    /// Reads the options object.
    pub fn from_param(
        param: Option<&Value>,
        current: &Map<String, Value>,
    ) -> Result<Self, RpcError> {
        let mut change = GlobalOptions::default();
        for (name, value) in changes(param, current)? {
            let text = text_of(&name, &value)?;
            match name.as_str() {
                "max-overall-download-limit" => {
                    change.overall_limit = Some(rate(&name, &text)?.unwrap_or(Rate::NONE));
                }
                "max-concurrent-downloads" => {
                    let jobs: u64 = text
                        .parse()
                        .map_err(|_| bad(&name, "must be a whole number"))?;
                    if !(JOBS.min..=JOBS.max).contains(&jobs) {
                        return Err(bad(
                            &name,
                            &format!("must be from {} to {}", JOBS.min, JOBS.max),
                        ));
                    }
                    change.jobs = usize::try_from(jobs).ok();
                }
                name if super::proxy_options::NAMES.contains(&name) => {
                    change.proxy.insert(name.to_owned(), Value::String(text));
                }
                _ => {
                    not_acted_on(&name, &text)?;
                    keep(&mut change.kept, name, text);
                }
            }
        }
        Ok(change)
    }
}

/// What `aria2.changeOption` asks of one download.
#[derive(Debug, Default)]
pub struct DownloadChange {
    /// `max-download-limit` when given: `Some(None)` takes the limit off.
    pub limit: Option<Option<Rate>>,
    /// `split` or `max-connection-per-server` when given: connections at most, from the
    /// download's next start.
    pub connections: Option<usize>,
    /// The proxy options that changed (see `proxy_options`), by name: from its next start.
    pub proxy: Map<String, Value>,
    /// `select-file`: the files of a torrent to fetch from now.
    pub select_file: Option<Vec<usize>>,
    /// Options that do not apply, kept for `getOption`.
    pub kept: Map<String, Value>,
}

impl DownloadChange {
    /// Reads the options object: the speed limit is the one Haul acts on per download.
    pub fn from_param(
        param: Option<&Value>,
        current: &Map<String, Value>,
    ) -> Result<Self, RpcError> {
        let mut change = DownloadChange::default();
        for (name, value) in changes(param, current)? {
            let text = text_of(&name, &value)?;
            match name.as_str() {
                "max-download-limit" => change.limit = Some(rate(&name, &text)?),
                "select-file" => change.select_file = Some(select_file(&name, &text)?),
                "split" | "max-connection-per-server" => {
                    let asked = connections(&name, &text)?;
                    change.connections = Some(change.connections.map_or(asked, |n| n.min(asked)));
                }
                name if super::proxy_options::NAMES.contains(&name) => {
                    change.proxy.insert(name.to_owned(), Value::String(text));
                }
                _ => {
                    not_acted_on(&name, &text)?;
                    keep(&mut change.kept, name, text);
                }
            }
        }
        Ok(change)
    }
}

/// Options kept per download or for the server, at most...
const MAX_KEPT: usize = 64;
/// ...each value at most this long: a client cannot grow the daemon's memory through them.
const MAX_KEPT_VALUE: usize = 1024;

/// Keeps option `name` with `text` in `kept`, within the bounds above (what does not fit is
/// dropped: it did nothing anyway).
pub fn keep(kept: &mut Map<String, Value>, name: String, text: String) {
    if text.len() > MAX_KEPT_VALUE || name.len() > MAX_KEPT_VALUE {
        return;
    }
    if kept.len() < MAX_KEPT || kept.contains_key(&name) {
        kept.insert(name, Value::String(text));
    }
}

/// aria2's `header` option (one `Name: value` or a list of them): the headers Haul sends on
/// a download's behalf are the ones logins need (Referer, User-Agent, Cookie); any other is
/// refused by name. No line breaks, no more than a browser would send.
fn headers(value: &Value, into: &mut FromBrowser) -> Result<(), RpcError> {
    let lines: Vec<&str> = match value {
        // Empty: no header (web front ends send their empty field).
        Value::String(line) if line.trim().is_empty() => Vec::new(),
        Value::String(line) => vec![line.as_str()],
        Value::Array(lines) => lines
            .iter()
            .map(|line| line.as_str().ok_or_else(|| bad("header", "must be text")))
            .collect::<Result<_, _>>()?,
        _ => return Err(bad("header", "must be text or a list of texts")),
    };
    for line in lines {
        into.take_line(line)
            .map_err(|problem| RpcError::failed(format!("The option 'header': {problem}.")))?;
    }
    Ok(())
}

/// The options asked for that change something: one whose value is the one in force
/// (`current`, as `getOption`/`getGlobalOption` give it) is no change. Web front ends send
/// every option of their settings page back, changed or not.
fn changes(
    param: Option<&Value>,
    current: &Map<String, Value>,
) -> Result<Map<String, Value>, RpcError> {
    let mut asked = entries(param)?;
    asked.retain(|name, value| {
        let now = current.get(name).and_then(Value::as_str);
        now.is_none() || text_of(name, value).ok().as_deref() != now
    });
    Ok(asked)
}

fn entries(param: Option<&Value>) -> Result<Map<String, Value>, RpcError> {
    match param {
        None | Some(Value::Null) => Ok(Map::new()),
        Some(Value::Object(map)) => Ok(map.clone()),
        Some(_) => Err(RpcError::failed("Options must be an object.")),
    }
}

/// aria2 sends option values as strings; numbers and booleans are taken too.
fn text_of(name: &str, value: &Value) -> Result<String, RpcError> {
    match value {
        Value::String(text) => Ok(text.trim().to_owned()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        _ => Err(bad(name, "must be text")),
    }
}

/// A number of connections, within what Haul allows for one server.
fn connections(name: &str, text: &str) -> Result<usize, RpcError> {
    text.parse()
        .ok()
        .filter(|n| CONNECTIONS_PER_HOST.usize_range().contains(n))
        .ok_or_else(|| {
            bad(
                name,
                &format!(
                    "must be from {} to {}",
                    CONNECTIONS_PER_HOST.min, CONNECTIONS_PER_HOST.max
                ),
            )
        })
}

/// A rate like `500K`; `0` means none (`None`).
fn rate(name: &str, text: &str) -> Result<Option<Rate>, RpcError> {
    if text == "0" {
        return Ok(None);
    }
    parse_rate(text)
        .map(Some)
        .map_err(|_| bad(name, "must be a rate like 500K or 2M"))
}

fn boolean(name: &str, text: &str) -> Result<bool, RpcError> {
    match text {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(bad(name, "must be true or false")),
    }
}

/// `select-file` as aria2 takes it ("1,3-5", from 1): the places from 0.
fn select_file(name: &str, text: &str) -> Result<Vec<usize>, RpcError> {
    crate::engine::TorrentListing::parse_selection(text)
        .ok_or_else(|| bad(name, "must list file numbers such as 1,3-5"))
}

fn bad(name: &str, why: &str) -> RpcError {
    RpcError::failed(format!("The option '{name}' {why}."))
}

fn unsupported(name: &str) -> RpcError {
    RpcError::failed(format!("Haul does not support the option '{name}'."))
}

/// An option Haul does not act on: refused when it runs commands, writes files elsewhere or
/// sends traffic another way (given empty, it asks for none of that, and is taken); else
/// accepted, and said once in the log.
fn not_acted_on(name: &str, text: &str) -> Result<(), RpcError> {
    const REFUSED_PREFIXES: &[&str] = &["on-download-", "rpc-"];
    const REFUSED: &[&str] = &[
        "on-bt-download-complete",
        "log",
        "input-file",
        "save-session",
        // Haul has no FTP.
        "ftp-proxy",
        // One download's own login is taken by `addUri`; one for every download is not (it
        // would go to every server).
        "http-user",
        "http-passwd",
        "ftp-user",
        "ftp-passwd",
        "http-proxy-user",
        "http-proxy-passwd",
        "https-proxy-user",
        "https-proxy-passwd",
        "ftp-proxy-user",
        "ftp-proxy-passwd",
        "all-proxy-user",
        "all-proxy-passwd",
        "ca-certificate",
        "certificate",
        "private-key",
        "check-certificate",
    ];
    let refused = REFUSED.contains(&name) || REFUSED_PREFIXES.iter().any(|p| name.starts_with(p));
    if refused && !text.is_empty() {
        return Err(unsupported(name));
    }
    static SAID: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    let mut said = SAID
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if said.len() < 256 && !said.iter().any(|known| known == name) {
        log::info!("remote control: the option '{name}' does not apply to Haul; accepted");
        said.push(name.to_owned());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::path::Path;

    #[test]
    fn add_options_are_checked() {
        let add = AddOptions::from_param(
            Some(&json!({
                "dir": "/tmp/x", "out": "a.iso", "max-download-limit": "500K", "pause": "true",
                "checksum": format!("sha-256={}", "ab".repeat(32)),
            })),
            &Map::new(),
        )
        .expect("options");
        assert_eq!(add.dir.as_deref(), Some(Path::new("/tmp/x")));
        assert_eq!(add.out.as_deref(), Some("a.iso"));
        assert_eq!(add.download_limit, Some(Rate::bytes_per_sec(500 * 1024)));
        assert!(add.pause);
        assert!(add.checksum.is_some());
        for wrong in [
            json!({"dir": "relative"}),
            json!({"out": "../escape"}),
            json!({"out": "a/b"}),
            json!({"checksum": "sha-256=zz"}),
            json!({"max-download-limit": "fast"}),
            json!({"pause": "maybe"}),
            json!({"http-proxy-user": "bob"}),
            json!(["not", "an", "object"]),
        ] {
            let err = AddOptions::from_param(Some(&wrong), &Map::new()).expect_err("refused");
            assert_eq!(err.code, 1, "{wrong}");
        }
    }

    #[test]
    fn connections_and_headers_are_checked() {
        let add = AddOptions::from_param(
            Some(&json!({
                "split": "8", "max-connection-per-server": "2",
                "header": ["Cookie: session=1", "Referer: http://127.0.0.1/page"],
            })),
            &Map::new(),
        )
        .expect("options");
        assert_eq!(add.connections, Some(2));
        let headers = add.headers.expect("headers");
        assert_eq!(headers.cookie.as_deref(), Some("session=1"));
        assert_eq!(headers.referer.as_deref(), Some("http://127.0.0.1/page"));
        // Any other header line, and aria2's own user-agent and referer options.
        let add = AddOptions::from_param(
            Some(
                &json!({"header": "X-Token: t1", "user-agent": "Agent/1", "referer": "http://p/"}),
            ),
            &Map::new(),
        )
        .expect("options");
        let headers = add.headers.expect("headers");
        assert_eq!(
            headers.headers,
            vec![("X-Token".to_owned(), "t1".to_owned())]
        );
        assert_eq!(headers.user_agent.as_deref(), Some("Agent/1"));
        assert_eq!(headers.referer.as_deref(), Some("http://p/"));
        for wrong in [
            json!({"split": "0"}),
            json!({"split": "33"}),
            json!({"max-connection-per-server": "many"}),
            json!({"header": "Authorization: Basic eA=="}),
            json!({"header": "no colon"}),
            json!({"header": "Cookie: a\r\nX-Evil: 1"}),
            json!({"header": 5}),
        ] {
            assert!(
                AddOptions::from_param(Some(&wrong), &Map::new()).is_err(),
                "{wrong}"
            );
        }
    }

    #[test]
    fn global_options_are_checked() {
        let change = GlobalOptions::from_param(
            Some(&json!({
                "max-overall-download-limit": "0", "max-concurrent-downloads": 3,
            })),
            &Map::new(),
        )
        .expect("options");
        assert_eq!(change.overall_limit, Some(Rate::NONE));
        assert_eq!(change.jobs, Some(3));
        assert!(
            GlobalOptions::from_param(Some(&json!({"max-concurrent-downloads": "0"})), &Map::new())
                .is_err()
        );
        // One that does not apply is taken (AriaNg sends the upload limit with the download
        // limit); one that runs a command is not.
        assert!(
            GlobalOptions::from_param(Some(&json!({"max-overall-upload-limit": "0"})), &Map::new())
                .is_ok()
        );
        assert!(GlobalOptions::from_param(Some(&json!({"log": "/tmp/x"})), &Map::new()).is_err());
        assert!(
            GlobalOptions::from_param(
                Some(&json!({"max-overall-download-limit": "1e300"})),
                &Map::new()
            )
            .is_err()
        );
        // A refused option given empty asks for nothing, and one at the value in force
        // changes nothing: web front ends send their whole settings page.
        assert!(GlobalOptions::from_param(Some(&json!({"all-proxy": ""})), &Map::new()).is_ok());
        let current = json!({"rpc-listen-port": "6800", "max-concurrent-downloads": "5"});
        let sent_back = json!({"rpc-listen-port": "6800", "max-concurrent-downloads": "5"});
        let change = GlobalOptions::from_param(Some(&sent_back), current.as_object().expect("map"))
            .expect("nothing changed");
        assert_eq!(change.jobs, None);
        let moved = json!({"rpc-listen-port": "7000"});
        assert!(
            GlobalOptions::from_param(Some(&moved), current.as_object().expect("map")).is_err()
        );
    }
}
