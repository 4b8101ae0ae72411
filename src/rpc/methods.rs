//! JSON-RPC 2.0 as aria2 speaks it: one call or a batch per body, the secret as the first
//! parameter (`"token:SECRET"`), `system.multicall`, and aria2's error shapes. The calls
//! themselves are in `calls`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::AtomicUsize;
use std::sync::mpsc::Sender;

use serde_json::{Map, Value, json};

use super::option_answers::{Defaults, ServerFacts};

use crate::engine::{DownloadId, Engine};

/// Every method this server answers, as `system.listMethods` gives them.
pub const METHODS: &[&str] = &[
    "aria2.addUri",
    "aria2.addTorrent",
    "aria2.remove",
    "aria2.forceRemove",
    "aria2.pause",
    "aria2.pauseAll",
    "aria2.forcePause",
    "aria2.forcePauseAll",
    "aria2.unpause",
    "aria2.unpauseAll",
    "aria2.tellStatus",
    "aria2.tellActive",
    "aria2.tellWaiting",
    "aria2.tellStopped",
    "aria2.getOption",
    "aria2.changeOption",
    "aria2.getGlobalOption",
    "aria2.changeGlobalOption",
    "aria2.getGlobalStat",
    "aria2.purgeDownloadResult",
    "aria2.removeDownloadResult",
    "aria2.getVersion",
    "aria2.saveSession",
    "aria2.changePosition",
    "aria2.changeUri",
    "aria2.getFiles",
    "aria2.getUris",
    "aria2.getServers",
    "aria2.getPeers",
    "aria2.getSessionInfo",
    "aria2.shutdown",
    "aria2.forceShutdown",
    "system.multicall",
    "system.listMethods",
    "system.listNotifications",
];

/// The notifications aria2 sends over WebSocket.
pub const NOTIFICATIONS: &[&str] = &[
    "aria2.onDownloadStart",
    "aria2.onDownloadPause",
    "aria2.onDownloadStop",
    "aria2.onDownloadComplete",
    "aria2.onDownloadError",
];

/// A JSON-RPC error as aria2 sends it.
#[derive(Debug, PartialEq)]
pub struct RpcError {
    /// aria2 answers 1 for everything about downloads; JSON-RPC's own codes are negative.
    pub code: i64,
    /// What went wrong, in words (clients show it).
    pub message: String,
}

impl RpcError {
    /// aria2's code 1, with `message`.
    pub fn failed(message: impl Into<String>) -> Self {
        Self {
            code: 1,
            message: message.into(),
        }
    }

    fn protocol(code: i64, message: &str) -> Self {
        Self {
            code,
            message: message.to_owned(),
        }
    }

    fn to_value(&self) -> Value {
        json!({"code": self.code, "message": self.message})
    }
}

/// Whether a request's calls carry the secret.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Every call that needs the secret carries it.
    Trusted,
    /// Only calls anyone may make (the lists of methods and notifications), or nothing
    /// readable at all.
    Anonymous,
    /// A call carries a wrong secret, or none where one is needed: the whole request is
    /// refused (a batch of guesses answers nothing about which guess was right).
    Wrong,
}

impl Access {
    fn and(self, other: Access) -> Access {
        match (self, other) {
            (Access::Wrong, _) | (_, Access::Wrong) => Access::Wrong,
            (Access::Trusted, _) | (_, Access::Trusted) => Access::Trusted,
            _ => Access::Anonymous,
        }
    }
}

/// A request body read, and whether its calls carry the secret.
pub struct Parsed {
    body: Result<Value, RpcError>,
    /// Whether its calls carry the secret.
    pub access: Access,
}

/// What the calls work on.
pub struct Api {
    pub(super) engine: Engine,
    secret: String,
    /// Where files go when a call names no folder.
    pub(super) download_dir: PathBuf,
    /// Rows removed through the API, with their last status object and options: aria2 lists
    /// them as "removed" until their result is removed.
    pub(super) removed: Mutex<Vec<Removed>>,
    /// Options given per download that do not apply, for `getOption`.
    pub(super) kept: Mutex<HashMap<DownloadId, Map<String, Value>>>,
    /// Options given for the server that do not apply, for `getGlobalOption`.
    pub(super) global_kept: Mutex<Map<String, Value>>,
    /// The engine's defaults, the port, for `getGlobalOption`.
    pub(super) facts: ServerFacts,
    /// Stopped results removed from the list so far (`numStoppedTotal` counts them).
    pub(super) results_removed: AtomicUsize,
    /// Rows whose complete metadata step's result was removed (see `metadata_step`).
    pub(super) steps_removed: Mutex<std::collections::HashSet<DownloadId>>,
    /// This run's id (`getSessionInfo`).
    pub(super) session_id: String,
    /// Where `aria2.shutdown` asks the process to stop (`None`: the window, which only its
    /// user closes).
    pub(super) shutdown: Option<Mutex<Sender<()>>>,
}

/// A download removed through the API, as it was when it left.
pub(super) struct Removed {
    pub id: DownloadId,
    /// Its status object.
    pub status: Value,
    /// Its options (`getOption` on it still answers, as aria2's does).
    pub options: Value,
}

impl Api {
    /// Calls reach `engine`; every call but the listings must carry `secret`.
    pub fn new(engine: Engine, secret: String, download_dir: PathBuf) -> Self {
        Self {
            engine,
            secret,
            download_dir,
            removed: Mutex::new(Vec::new()),
            kept: Mutex::new(HashMap::new()),
            global_kept: Mutex::new(Map::new()),
            facts: ServerFacts {
                defaults: Defaults::default(),
                port: 0,
                listen_all: false,
                uploads: std::env::temp_dir(),
            },
            results_removed: AtomicUsize::new(0),
            steps_removed: Mutex::new(std::collections::HashSet::new()),
            session_id: (0..40)
                .map(|_| char::from_digit(rand::random_range(0..16), 16).unwrap_or('0'))
                .collect(),
            shutdown: None,
        }
    }

    /// The same, knowing what the server is and where a shutdown goes.
    pub fn with_facts(mut self, facts: ServerFacts, shutdown: Option<Sender<()>>) -> Self {
        self.facts = facts;
        self.shutdown = shutdown.map(Mutex::new);
        self
    }

    /// The answer to one request body (a call or a batch of calls).
    pub fn answer(&self, body: &[u8]) -> Value {
        self.answer_parsed(self.read(body))
    }

    /// Reads a request body and judges whether its calls carry the secret, before any of
    /// them runs (the server chooses the budget it counts against, and delays wrong ones).
    pub fn read(&self, body: &[u8]) -> Parsed {
        match serde_json::from_slice::<Value>(body) {
            Err(_) => Parsed {
                body: Err(RpcError::protocol(-32700, "Parse error.")),
                access: Access::Anonymous,
            },
            Ok(Value::Array(calls)) if calls.is_empty() => Parsed {
                body: Err(RpcError::protocol(-32600, "Invalid Request.")),
                access: Access::Anonymous,
            },
            Ok(body) => {
                let access = match &body {
                    Value::Array(calls) => calls
                        .iter()
                        .map(|call| self.access_of(call))
                        .fold(Access::Anonymous, Access::and),
                    call => self.access_of(call),
                };
                Parsed {
                    body: Ok(body),
                    access,
                }
            }
        }
    }

    /// Answers a body read by [`Api::read`]: with a wrong secret anywhere in it, every call
    /// is refused and none runs.
    pub fn answer_parsed(&self, parsed: Parsed) -> Value {
        super::budget::new_request();
        let body = match parsed.body {
            Ok(body) => body,
            Err(err) => return reply(Value::Null, Err(err)),
        };
        let refuse = |call: &Value| {
            let id = call.get("id").cloned().unwrap_or(Value::Null);
            reply(id, Err(RpcError::failed("Unauthorized")))
        };
        match (body, parsed.access) {
            (Value::Array(calls), Access::Wrong) => {
                Value::Array(calls.iter().map(refuse).collect())
            }
            (call, Access::Wrong) => refuse(&call),
            (Value::Array(calls), _) => {
                Value::Array(calls.iter().map(|call| self.answer_one(call)).collect())
            }
            (call, _) => self.answer_one(&call),
        }
    }

    /// Whether one call (a multicall: each of its calls) carries the secret.
    fn access_of(&self, call: &Value) -> Access {
        let method = call
            .get("method")
            .or_else(|| call.get("methodName"))
            .and_then(Value::as_str);
        let params = call.get("params").and_then(Value::as_array);
        match method {
            Some("system.listMethods" | "system.listNotifications") => Access::Anonymous,
            Some("system.multicall") => params
                .and_then(|params| params.first())
                .and_then(Value::as_array)
                .map_or(Access::Anonymous, |calls| {
                    calls
                        .iter()
                        .map(|call| self.access_of(call))
                        .fold(Access::Anonymous, Access::and)
                }),
            Some(method) if METHODS.contains(&method) => {
                let token = params
                    .and_then(|params| params.first())
                    .and_then(Value::as_str)
                    .and_then(|text| text.strip_prefix("token:"));
                if token.is_some_and(|token| same_secret(token, &self.secret)) {
                    Access::Trusted
                } else {
                    Access::Wrong
                }
            }
            // An unknown method or a malformed call is answered with its error; it proves
            // nothing about the secret.
            _ => Access::Anonymous,
        }
    }

    fn answer_one(&self, call: &Value) -> Value {
        let id = call.get("id").cloned().unwrap_or(Value::Null);
        let Some(method) = call.get("method").and_then(Value::as_str) else {
            return reply(id, Err(RpcError::protocol(-32600, "Invalid Request.")));
        };
        let params = match call.get("params") {
            None => Vec::new(),
            Some(Value::Array(params)) => params.clone(),
            Some(_) => {
                return reply(id, Err(RpcError::protocol(-32602, "Invalid params.")));
            }
        };
        reply(id, self.call(method, params))
    }

    /// Runs `method` with `params` (the secret still first, as the client sent them).
    pub fn call(&self, method: &str, mut params: Vec<Value>) -> Result<Value, RpcError> {
        if !super::budget::take_call() {
            return Err(RpcError::failed(format!(
                "Too many calls in one request (at most {}).",
                super::budget::MAX_CALLS_PER_REQUEST
            )));
        }
        match method {
            "system.listMethods" => return Ok(json!(METHODS)),
            "system.listNotifications" => return Ok(json!(NOTIFICATIONS)),
            "system.multicall" => return self.multicall(&params),
            _ => {}
        }
        if !METHODS.contains(&method) {
            // As aria2 answers it.
            return Err(RpcError::failed(format!("No such method: {method}")));
        }
        let token = match params.first().and_then(Value::as_str) {
            Some(text) if text.starts_with("token:") => {
                let token = text["token:".len()..].to_owned();
                params.remove(0);
                Some(token)
            }
            _ => None,
        };
        if !token.is_some_and(|token| same_secret(&token, &self.secret)) {
            return Err(RpcError::failed("Unauthorized"));
        }
        self.dispatch(method, &params)
    }

    /// `system.multicall`: each call answered as `[result]` or an error object, in order.
    fn multicall(&self, params: &[Value]) -> Result<Value, RpcError> {
        let Some(Value::Array(calls)) = params.first() else {
            return Err(RpcError::protocol(-32602, "Invalid params."));
        };
        let answers = calls
            .iter()
            .map(|call| {
                let method = call.get("methodName").and_then(Value::as_str);
                let params = match call.get("params") {
                    None => Some(Vec::new()),
                    Some(Value::Array(params)) => Some(params.clone()),
                    Some(_) => None,
                };
                match (method, params) {
                    (Some("system.multicall"), _) => {
                        RpcError::failed("Recursive system.multicall forbidden.").to_value()
                    }
                    (Some(method), Some(params)) => match self.call(method, params) {
                        Ok(result) => json!([result]),
                        Err(err) => err.to_value(),
                    },
                    _ => RpcError::protocol(-32602, "Invalid params.").to_value(),
                }
            })
            .collect();
        Ok(Value::Array(answers))
    }
}

/// The answer when calls come faster than the server takes them.
pub fn too_many_requests() -> Value {
    reply(
        Value::Null,
        Err(RpcError::failed("Too many requests; slow down.")),
    )
}

/// A JSON-RPC answer.
fn reply(id: Value, result: Result<Value, RpcError>) -> Value {
    match result {
        Ok(result) => json!({"id": id, "jsonrpc": "2.0", "result": result}),
        Err(err) => json!({"id": id, "jsonrpc": "2.0", "error": err.to_value()}),
    }
}

/// Compares secrets in time that does not depend on where they differ.
fn same_secret(given: &str, secret: &str) -> bool {
    if secret.is_empty() {
        // No secret set is never "anything goes": the server does not start without one.
        return false;
    }
    let (a, b) = (given.as_bytes(), secret.as_bytes());
    let mut differ = a.len() ^ b.len();
    for (i, byte) in b.iter().enumerate() {
        differ |= usize::from(a.get(i).copied().unwrap_or(0) ^ byte);
    }
    differ == 0
}

#[cfg(test)]
mod tests {
    use super::same_secret;

    #[test]
    fn secrets_match_only_exactly() {
        assert!(same_secret("s3cret", "s3cret"));
        assert!(!same_secret("s3cre", "s3cret"));
        assert!(!same_secret("s3cretX", "s3cret"));
        assert!(!same_secret("", ""));
        assert!(!same_secret("S3cret", "s3cret"));
    }
}
