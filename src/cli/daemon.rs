//! `haul daemon`: the engine without a window, controlled over aria2's JSON-RPC (see
//! [`crate::rpc`]), for a home server or a NAS. It keeps the same saved list as the window and
//! takes the same lock on the data folder, so a daemon and a window never run one list at
//! once. Links opened with `haul URL` while it runs are handed to it and added. SIGTERM, Ctrl+C
//! or `aria2.shutdown` stops the transfers so they resume next time, saves the list and exits 0.

use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use clap::Args;

use crate::config::Settings;
use crate::engine::{AddRequest, Engine, FromBrowser};
use crate::i18n::t;
use crate::instance::protocol::Request;
use crate::instance::{self, Claim, Inbox};
use crate::links::parse_links;
use crate::paths::Paths;
use crate::rpc::{DEFAULT_PORT, Defaults, RpcServer, RpcSettings};

/// The environment variable that may hold the secret (safer than the command line, which
/// other users can read in the process list).
pub const SECRET_VARIABLE: &str = "HAUL_RPC_SECRET";
/// How often the inbox of handed-over links is looked at.
const INBOX_LOOK: Duration = Duration::from_millis(300);

/// Options of `haul daemon`.
#[derive(Debug, Args)]
pub struct DaemonArgs {
    /// Folder for the files (default: the configured download folder).
    #[arg(short = 'd', long = "dir", value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// The port of the JSON-RPC API.
    #[arg(long = "rpc-listen-port", value_name = "PORT", default_value_t = DEFAULT_PORT)]
    pub port: u16,
    /// Listen on every network address, not only this machine's loopback.
    #[arg(long = "rpc-listen-all")]
    pub listen_all: bool,
    /// The secret every call must carry (also from $HAUL_RPC_SECRET or --rpc-secret-file).
    #[arg(long = "rpc-secret", value_name = "SECRET")]
    pub secret: Option<String>,
    /// A file whose first line is the secret.
    #[arg(long = "rpc-secret-file", value_name = "FILE")]
    pub secret_file: Option<PathBuf>,
    /// A web page origin allowed to call, e.g. http://ariang.example:8080 (repeatable).
    #[arg(long = "rpc-allow-origin", value_name = "ORIGIN")]
    pub allow_origins: Vec<String>,
}

/// Runs the daemon until SIGTERM or Ctrl+C; the exit status.
pub fn run(args: DaemonArgs, paths: &Paths) -> anyhow::Result<u8> {
    let secret = secret(&args)?;
    let (settings, problem) = Settings::load(&paths.config_file());
    if let Some(problem) = problem {
        eprintln!("haul: {problem}");
    }
    let first = match instance::claim(paths)? {
        Claim::First(first) => first,
        Claim::AlreadyRunning => anyhow::bail!(t!(
            "daemon-already-running",
            path = paths.data_dir.display().to_string()
        )),
    };
    let download_dir = match &args.dir {
        Some(dir) => std::path::absolute(dir)?,
        None => settings.download_dir_or(&paths.download_dir),
    };
    std::fs::create_dir_all(&download_dir).map_err(|err| {
        anyhow::anyhow!(t!(
            "cli-cannot-create-folder",
            path = download_dir.display().to_string(),
            detail = err.to_string()
        ))
    })?;
    let engine = Engine::start(settings.engine_config(Some(paths.data_dir.clone())))
        .map_err(|err| anyhow::anyhow!(crate::describe::engine_error(&err)))?;
    let inbox = match first.listen() {
        Ok(inbox) => Some(inbox),
        Err(err) => {
            eprintln!("haul: {}", t!("daemon-no-inbox", detail = err.to_string()));
            None
        }
    };
    let (stop_tx, stop) = mpsc::channel();
    let server = RpcServer::start(
        engine.clone(),
        RpcSettings {
            port: args.port,
            listen_all: args.listen_all,
            secret,
            allowed_origins: args.allow_origins.clone(),
            download_dir: download_dir.clone(),
            data_dir: paths.data_dir.clone(),
            defaults: Defaults::of(&settings.engine_config(None)),
            shutdown: Some(stop_tx.clone()),
        },
    )?;
    eprintln!(
        "haul: {}",
        t!(
            "daemon-listening",
            address = format!("http://{}/jsonrpc", server.address()),
            path = download_dir.display().to_string()
        )
    );
    ctrlc::set_handler(move || {
        let _ = stop_tx.send(());
    })?;
    // Until SIGTERM or Ctrl+C (or the handler is gone), adding what later launches hand over.
    while let Err(mpsc::RecvTimeoutError::Timeout) = stop.recv_timeout(INBOX_LOOK) {
        if let Some(inbox) = &inbox {
            add_handed_over(&engine, inbox, &download_dir);
        }
    }
    drop(server);
    let stopped = engine.shutdown(crate::engine::limits::SHUTDOWN_WAIT);
    if !stopped {
        eprintln!("haul: {}", t!("daemon-not-stopped"));
    }
    drop(first);
    Ok(0)
}

/// The secret from the command line, the environment or a file; one is required.
fn secret(args: &DaemonArgs) -> anyhow::Result<String> {
    let from_file = |path: &Path| -> anyhow::Result<String> {
        let text = std::fs::read_to_string(path).map_err(|err| {
            anyhow::anyhow!(t!(
                "cli-cannot-read",
                path = path.display().to_string(),
                detail = err.to_string()
            ))
        })?;
        // A secret others can read is no secret: said, as ssh says it of a private key.
        if let Ok(metadata) = std::fs::metadata(path) {
            use std::os::unix::fs::PermissionsExt;
            if metadata.permissions().mode() & 0o077 != 0 {
                eprintln!(
                    "haul: {}",
                    t!("daemon-secret-file-open", path = path.display().to_string())
                );
            }
        }
        Ok(text.lines().next().unwrap_or("").trim().to_owned())
    };
    let secret = match (&args.secret, &args.secret_file) {
        (Some(secret), _) => secret.clone(),
        (None, Some(path)) => from_file(path)?,
        (None, None) => std::env::var(SECRET_VARIABLE).unwrap_or_default(),
    };
    if secret.is_empty() {
        anyhow::bail!(t!("daemon-needs-secret", variable = SECRET_VARIABLE));
    }
    Ok(secret)
}

/// Adds what later launches handed over, as the window would: `haul URL` (links, text with
/// links, or link-list files), and downloads the browser started. Links from a page that the
/// browser wants the user to choose among need a window; the daemon says so and leaves them.
fn add_handed_over(engine: &Engine, inbox: &Inbox, download_dir: &Path) {
    for request in inbox.take() {
        let mut adds = Vec::new();
        match request {
            Request::Open { links, cwd, .. } => {
                for arg in links {
                    let mut parsed = crate::links::parse_argument(&arg);
                    // Neither links nor a broken one: a link-list file (never the daemon's
                    // own stdin).
                    if parsed.urls.is_empty() && parsed.problems.is_empty() && arg != "-" {
                        let path = cwd
                            .as_deref()
                            .map_or_else(|| arg.clone().into(), |c| c.join(&arg));
                        match super::get::read_input(&path) {
                            Ok(text) => parsed = parse_links(&text),
                            Err(err) => eprintln!("haul: {err}"),
                        }
                    }
                    for problem in &parsed.problems {
                        eprintln!("haul: {}", t!("cli-skipped", what = problem.to_string()));
                    }
                    for url in parsed.urls {
                        let mut add = AddRequest::new(url, download_dir);
                        add.checksum = parsed.checksums.get(add.url.as_str()).cloned();
                        adds.push(add);
                    }
                }
            }
            Request::Browser { ask: true, .. } => {
                eprintln!("haul: {}", t!("daemon-needs-window"));
            }
            Request::Browser { downloads, .. } => {
                for download in downloads {
                    let Ok(url) = download.validate() else {
                        continue;
                    };
                    let mut add = AddRequest::new(url, download_dir);
                    add.file_name = download.file_name;
                    add.from_browser = Some(Arc::new(FromBrowser {
                        referer: download.referer,
                        user_agent: download.user_agent,
                        cookie: download.cookie,
                        headers: Vec::new(),
                    }));
                    adds.push(add);
                }
            }
        }
        for mut add in adds {
            add.by_category = true;
            if let Err(err) = engine.add(add) {
                eprintln!("haul: {}", crate::describe::add_error(&err));
            }
        }
    }
}
