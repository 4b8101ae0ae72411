//! Work the window hands to background threads (reading dropped files, the clipboard, folder
//! dialogs, disk space, saving settings, opening files) and the results that come back.
//! Each finished task wakes the UI, which picks the results up at the start of its next frame.

use crate::i18n::t;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use crate::app::command::FolderFor;

/// Why new settings did not take.
#[derive(Debug, thiserror::Error)]
pub enum SettingsNotSaved {
    /// The running engine refused them (a new HTTP client could not be built).
    #[error("{}", t!("settings-not-applied", detail = crate::describe::engine_error(.0)))]
    NotApplied(crate::engine::EngineError),
    /// `haul.toml` could not be written.
    #[error("{}", t!("settings-not-written", detail = source.to_string(), path = path.display().to_string()))]
    NotWritten {
        /// The settings file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// What a background task produced.
#[derive(Debug)]
pub enum TaskResult {
    /// Links read from dropped files (one per line) and problems with the files themselves.
    DroppedFiles {
        /// The text of the readable files.
        text: String,
        /// Files that could not be used, as sentences.
        problems: Vec<String>,
    },
    /// Links read from link-list files given at a launch (added at once).
    LaunchLinks {
        /// The links, one per line.
        text: String,
        /// Files that could not be used, as sentences.
        problems: Vec<String>,
    },
    /// What a folder holds, by the link each file came from: link -> (name, finished when).
    FolderOrigins {
        /// The folder.
        dir: PathBuf,
        /// Its finished files with an origin.
        found: std::collections::HashMap<String, (String, Option<u64>)>,
    },
    /// A torrent link's files, for the Add dialog (or why they could not be read).
    TorrentListed {
        /// The link.
        link: String,
        /// Its files.
        listed: Result<crate::engine::TorrentListing, String>,
    },
    /// The user clicked an action in a notification about this download.
    NoticeClicked(
        crate::app::desktop::notifications::NoticeAction,
        crate::engine::DownloadId,
    ),
    /// A login was kept for its site (where), or could not be.
    LoginSaved(Result<crate::app::desktop::keyring::LoginKept, crate::app::desktop::DesktopError>),
    /// Where logins saved for sites are kept (they were given to the engine at start).
    LoginsKept(crate::app::desktop::keyring::LoginKept),
    /// What sites remember for their requests, read at start.
    SiteExtras(std::collections::HashMap<String, std::sync::Arc<crate::engine::FromBrowser>>),
    /// The clipboard's text when the Add dialog opened.
    Clipboard(Option<String>),
    /// The user took the links a notification offered.
    OfferTaken(String),
    /// A folder the user picked (`Ok(None)`: they cancelled; `Err`: no folder dialog here).
    FolderPicked(
        FolderFor,
        Result<Option<PathBuf>, crate::app::desktop::NoFolderDialog>,
    ),
    /// The subfolders of a folder, for the window's own folder browser.
    FolderListing {
        /// The folder.
        dir: PathBuf,
        /// Its subfolders, or why they could not be read.
        listing: Result<Vec<String>, std::io::ErrorKind>,
    },
    /// A file could not be opened or shown.
    OpenFailed(crate::app::notices::OpenFailure),
    /// The remote control started, or why not (a sentence).
    RemoteControl(Result<crate::rpc::RpcServer, String>),
    /// Settings were applied and written to disk, or why not.
    SettingsSaved(Result<(), SettingsNotSaved>),
    /// Something the user asked for failed; the sentence goes to the notices.
    Failed(String),
}

/// Runs closures on short-lived threads and collects their results.
pub struct Tasks {
    sender: Sender<TaskResult>,
    receiver: Receiver<TaskResult>,
    wake: std::sync::Arc<dyn Fn() + Send + Sync>,
}

impl Tasks {
    /// A task runner that calls `wake` whenever a result is ready.
    pub fn new(wake: std::sync::Arc<dyn Fn() + Send + Sync>) -> Self {
        let (sender, receiver) = mpsc::channel();
        Self {
            sender,
            receiver,
            wake,
        }
    }

    /// Runs `job` in the background; its result (if any) arrives through [`Tasks::poll`].
    pub fn spawn(&self, name: &str, job: impl FnOnce() -> Option<TaskResult> + Send + 'static) {
        self.start(name, job, true);
    }

    /// Like [`Tasks::spawn`], but the result waits for the window's next frame instead of
    /// waking it: for results that change nothing on screen (an idle window stays idle).
    pub fn spawn_quiet(
        &self,
        name: &str,
        job: impl FnOnce() -> Option<TaskResult> + Send + 'static,
    ) {
        self.start(name, job, false);
    }

    fn start(
        &self,
        name: &str,
        job: impl FnOnce() -> Option<TaskResult> + Send + 'static,
        wakes: bool,
    ) {
        let sender = self.sender.clone();
        let wake = std::sync::Arc::clone(&self.wake);
        let spawned = thread::Builder::new()
            .name(format!("haul-task-{name}"))
            .spawn(move || {
                if let Some(result) = job() {
                    let _ = sender.send(result);
                    if wakes {
                        wake();
                    }
                }
            });
        if let Err(err) = spawned {
            let _ = self
                .sender
                .send(TaskResult::Failed(format!("could not start {name}: {err}")));
        }
    }

    /// Results that arrived since the last call.
    pub fn poll(&self) -> Vec<TaskResult> {
        self.receiver.try_iter().collect()
    }
}
