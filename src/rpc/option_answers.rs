//! `aria2.getOption` and `aria2.getGlobalOption`: the options in force, under aria2's names
//! and in its form (every value a string), so a web front end's settings pages show Haul's
//! real values instead of blanks. Options Haul was given but does not act on are given back
//! as they were set, as aria2 gives back every option it holds.

use std::path::Path;

use serde_json::{Map, Value, json};

use super::http::MAX_BODY;
use super::shape::PIECE;
use crate::engine::limits::{
    CONNECT_TIMEOUT_SECS, CONNECTIONS_PER_FILE, CONNECTIONS_PER_HOST, MAX_ATTEMPTS, RETRY_DELAY_MS,
    STALL_TIMEOUT_SECS,
};
use crate::engine::rate::Rate;
use crate::engine::{Download, EngineConfig};

/// What the engine was started with, in the terms aria2's options use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Defaults {
    /// Connections per download (`split`).
    pub connections: usize,
    /// Connections per server (`max-connection-per-server`).
    pub connections_per_host: usize,
    /// Tries before a download fails (`max-tries`).
    pub max_tries: u32,
    /// Seconds before the first retry (`retry-wait`).
    pub retry_wait_secs: u64,
    /// Seconds to connect (`connect-timeout`).
    pub connect_timeout_secs: u64,
    /// Seconds without a byte before a connection is given up (`timeout`).
    pub timeout_secs: u64,
    /// The User-Agent sent (`user-agent`).
    pub user_agent: String,
    /// The settings' proxy choice (an empty `all-proxy` returns to it).
    pub proxy: crate::engine::net::proxy::ProxyChoice,
}

impl Defaults {
    /// The defaults of an engine started with `config`.
    pub fn of(config: &EngineConfig) -> Self {
        Self {
            connections: config.connections,
            connections_per_host: config.connections_per_host,
            max_tries: config.retry.max_attempts,
            retry_wait_secs: config.retry.base_delay.as_secs(),
            connect_timeout_secs: config.network.connect_timeout.as_secs(),
            timeout_secs: config.network.stall_timeout.as_secs(),
            user_agent: config.network.user_agent.clone(),
            proxy: config.network.proxy.clone(),
        }
    }
}

impl Default for Defaults {
    fn default() -> Self {
        Self {
            connections: CONNECTIONS_PER_FILE.usize_default(),
            connections_per_host: CONNECTIONS_PER_HOST.usize_default(),
            max_tries: u32::try_from(MAX_ATTEMPTS.default).unwrap_or(u32::MAX),
            retry_wait_secs: RETRY_DELAY_MS.default / 1000,
            connect_timeout_secs: CONNECT_TIMEOUT_SECS.default,
            timeout_secs: STALL_TIMEOUT_SECS.default,
            user_agent: crate::engine::NetworkSettings::default().user_agent,
            proxy: crate::engine::net::proxy::ProxyChoice::System,
        }
    }
}

/// What the server itself is, for `getGlobalOption`.
#[derive(Clone, Debug)]
pub struct ServerFacts {
    /// The engine's defaults.
    pub defaults: Defaults,
    /// The port it listens on.
    pub port: u16,
    /// Whether it listens on every address.
    pub listen_all: bool,
    /// Where `.torrent` files given through `addTorrent` are kept (the rows' links name them).
    pub uploads: std::path::PathBuf,
}

/// The options every download has, from the defaults (a download's own values go over them).
fn common(facts: &ServerFacts) -> Map<String, Value> {
    let defaults = &facts.defaults;
    let text = |value: &dyn ToString| Value::String(value.to_string());
    let mut map = Map::new();
    for (name, value) in [
        ("split", text(&defaults.connections)),
        (
            "max-connection-per-server",
            text(&defaults.connections_per_host),
        ),
        ("max-tries", text(&defaults.max_tries)),
        ("retry-wait", text(&defaults.retry_wait_secs)),
        ("connect-timeout", text(&defaults.connect_timeout_secs)),
        ("timeout", text(&defaults.timeout_secs)),
        ("user-agent", text(&defaults.user_agent)),
        ("max-download-limit", text(&"0")),
        ("max-upload-limit", text(&"0")),
        ("piece-length", text(&PIECE)),
        // Haul resumes, never overwrites, and names a file anew when its name is taken.
        ("continue", text(&"true")),
        ("always-resume", text(&"true")),
        ("allow-overwrite", text(&"false")),
        ("auto-file-renaming", text(&"true")),
        ("remote-time", text(&"false")),
        ("check-integrity", text(&"false")),
        ("file-allocation", text(&"none")),
        ("lowest-speed-limit", text(&"0")),
        ("enable-http-keep-alive", text(&"true")),
        ("http-accept-gzip", text(&"false")),
    ] {
        map.insert(name.to_owned(), value);
    }
    map
}

/// Where Haul stands on the options it refuses to change over remote control: no proxy, no
/// login, certificates checked against the system's, the remote control as it runs. They are
/// not in the answers (aria2 leaves unset ones out too), but a client that sends them back as
/// they are asks for no change, and is not refused.
pub fn standing(facts: &ServerFacts) -> Map<String, Value> {
    let mut map = Map::new();
    for (name, value) in [
        ("all-proxy", ""),
        ("all-proxy-user", ""),
        ("all-proxy-passwd", ""),
        ("http-proxy", ""),
        ("http-proxy-user", ""),
        ("http-proxy-passwd", ""),
        ("https-proxy", ""),
        ("https-proxy-user", ""),
        ("https-proxy-passwd", ""),
        ("ftp-proxy", ""),
        ("ftp-proxy-user", ""),
        ("ftp-proxy-passwd", ""),
        ("no-proxy", ""),
        ("http-user", ""),
        ("http-passwd", ""),
        ("ftp-user", "anonymous"),
        ("ftp-passwd", "ARIA2USER@"),
        ("check-certificate", "true"),
        ("proxy-method", "get"),
        ("rpc-allow-origin-all", "false"),
        ("rpc-secure", "false"),
        (
            "rpc-listen-all",
            if facts.listen_all { "true" } else { "false" },
        ),
    ] {
        map.insert(name.to_owned(), Value::String(value.to_owned()));
    }
    map
}

/// `aria2.getOption` of one download: the defaults, its own values, and what it was given
/// that does not apply.
pub fn of_download(
    download: &Download,
    facts: &ServerFacts,
    kept: Option<&Map<String, Value>>,
) -> Value {
    let mut map = common(facts);
    map.extend(kept.cloned().unwrap_or_default());
    map.insert(
        "dir".into(),
        Value::String(download.dir.display().to_string()),
    );
    map.insert(
        "max-download-limit".into(),
        Value::String(download.speed_limit.map_or(0, Rate::get).to_string()),
    );
    if let Some(connections) = download.connections {
        map.insert("split".into(), Value::String(connections.to_string()));
    }
    if let Some(name) = &download.file_name {
        map.insert("out".into(), Value::String(name.clone()));
    }
    if let Some(checksum) = &download.checksum {
        map.insert("checksum".into(), Value::String(checksum.to_string()));
    }
    if let Some(referer) = download.referer.as_ref() {
        map.insert("referer".into(), Value::String(referer.clone()));
    }
    Value::Object(map)
}

/// `aria2.getGlobalOption`.
pub fn global(
    facts: &ServerFacts,
    download_dir: &Path,
    jobs: usize,
    overall_limit: Rate,
    kept: &Map<String, Value>,
) -> Value {
    let mut map = common(facts);
    map.extend(kept.clone());
    let facts_now = json!({
        "dir": download_dir.display().to_string(),
        "max-concurrent-downloads": jobs.to_string(),
        "max-overall-download-limit": overall_limit.get().to_string(),
        "max-overall-upload-limit": "0",
        "max-download-result": super::budget::MAX_REMOVED_KEPT.to_string(),
        "keep-unfinished-download-result": "true",
        "enable-rpc": "true",
        "rpc-listen-port": facts.port.to_string(),
        "rpc-listen-all": facts.listen_all.to_string(),
        "rpc-allow-origin-all": "false",
        "rpc-secure": "false",
        "rpc-max-request-size": MAX_BODY.to_string(),
        "log-level": "notice",
        "save-session-interval": "0",
    });
    if let Value::Object(now) = facts_now {
        map.extend(now);
    }
    Value::Object(map)
}
