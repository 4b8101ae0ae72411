//! The remote control (aria2's JSON-RPC, see [`crate::rpc`]) while the window runs: started,
//! restarted or stopped when its settings change. Binding and stopping happen in a
//! background task, never on the UI thread.

use crate::i18n::t;
use std::path::PathBuf;
use std::time::Duration;

use crate::config::Settings;
use crate::engine::Engine;
use crate::rpc::{Defaults, RpcServer, RpcSettings};

/// How long a restart keeps trying while the old server lets go of the port.
const REBIND_TRIES: u32 = 20;
const REBIND_PAUSE: Duration = Duration::from_millis(100);

/// What the settings ask of the remote control (`None`: off).
#[derive(Clone, Debug, PartialEq)]
pub struct RemoteWanted {
    port: u16,
    listen_all: bool,
    secret: String,
    origins: Vec<String>,
}

impl RemoteWanted {
    /// What `settings` ask for; off without the setting or without a secret.
    pub fn from_settings(settings: &Settings) -> Option<Self> {
        (settings.remote_control && !settings.remote_secret.trim().is_empty()).then(|| Self {
            port: settings.remote_port,
            listen_all: settings.remote_listen_all,
            secret: settings.remote_secret.trim().to_owned(),
            origins: settings.remote_origins.clone(),
        })
    }

    /// Starts a server for it (retrying briefly while an old one lets go of the port); the
    /// error as a sentence.
    pub fn start(
        self,
        engine: Engine,
        download_dir: PathBuf,
        data_dir: PathBuf,
        defaults: Defaults,
    ) -> Result<RpcServer, String> {
        let settings = RpcSettings {
            port: self.port,
            listen_all: self.listen_all,
            secret: self.secret,
            allowed_origins: self.origins,
            download_dir,
            data_dir,
            defaults,
            shutdown: None,
        };
        let mut tries = 0;
        loop {
            match RpcServer::start(engine.clone(), settings.clone()) {
                Ok(server) => return Ok(server),
                Err(_) if tries < REBIND_TRIES => {
                    tries += 1;
                    std::thread::sleep(REBIND_PAUSE);
                }
                Err(err) => {
                    return Err(t!("remote-not-started", reason = err.to_string()));
                }
            }
        }
    }
}

/// A new secret: 24 letters and digits.
pub fn new_secret() -> String {
    use rand::Rng;
    rand::rng()
        .sample_iter(&rand::distr::Alphanumeric)
        .take(24)
        .map(char::from)
        .collect()
}
