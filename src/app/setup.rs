//! Everything the window needs before it opens: settings, the data and download folders, the
//! engine with its saved list, and the messages from starting up. Tests build the same thing
//! in temporary folders.

use crate::i18n::t;
use std::sync::Arc;

use crate::app::desktop::Desktop;
use crate::app::ui_state::UiState;
use crate::config::Settings;
use crate::engine::{Engine, EngineError};
use crate::instance::{self, Claim, FirstWindow, Inbox};
use crate::paths::Paths;

/// Everything the window needs, prepared before it opens (and by tests, in temp folders).
pub struct AppSetup {
    /// Where things live.
    pub paths: Paths,
    /// The loaded settings.
    pub settings: Settings,
    /// The running engine, or why it could not start.
    pub engine: Result<Engine, EngineError>,
    /// Messages for the user from starting up.
    pub notices: Vec<String>,
    /// Links given on the command line (added at once).
    pub initial_links: Vec<String>,
    /// The desktop services (a fake in tests).
    pub desktop: Arc<dyn Desktop>,
    /// Links handed over by later launches.
    pub inbox: Option<Inbox>,
    /// The lock on the data folder, held as long as the window lives.
    pub instance: Option<FirstWindow>,
    /// The window's remembered choices (sort, tab, details panel).
    pub ui_state: UiState,
}

impl AppSetup {
    /// Loads settings and the saved queue from `paths` and starts the engine. Problems become
    /// notices shown in the window, never a panic.
    pub fn load(paths: Paths, initial_links: Vec<String>, desktop: Arc<dyn Desktop>) -> Self {
        Self::load_claimed(paths, initial_links, desktop, None)
    }

    /// Like [`AppSetup::load`], for a window that already holds the data folder's lock
    /// (`instance`); without it, the lock is taken here. The saved list is only read and
    /// written under the lock.
    pub fn load_claimed(
        paths: Paths,
        initial_links: Vec<String>,
        desktop: Arc<dyn Desktop>,
        instance: Option<FirstWindow>,
    ) -> Self {
        let mut notices = Vec::new();
        let (settings, problem) = Settings::load(&paths.config_file());
        notices.extend(problem);
        let instance = match instance {
            Some(first) => Ok(first),
            None => match instance::claim(&paths) {
                Ok(Claim::First(first)) => Ok(first),
                Ok(Claim::AlreadyRunning) => Err(t!("setup-other-window")),
                Err(err) => Err(err.to_string()),
            },
        };
        let (queue_dir, instance) = match instance {
            Ok(first) => (Some(paths.data_dir.clone()), Some(first)),
            Err(why) => {
                notices.push(t!(
                    "setup-list-not-kept",
                    why = why,
                    path = paths.data_dir.display().to_string()
                ));
                (None, None)
            }
        };
        let inbox = instance.as_ref().and_then(|first| match first.listen() {
            Ok(inbox) => Some(inbox),
            Err(err) => {
                notices.push(t!("setup-no-inbox", detail = err.to_string()));
                None
            }
        });
        let download_dir = settings.download_dir_or(&paths.download_dir);
        if let Err(err) = std::fs::create_dir_all(&download_dir) {
            notices.push(t!(
                "setup-folder-not-created",
                detail = err.to_string(),
                path = download_dir.display().to_string()
            ));
        }
        let engine = Engine::start(settings.engine_config(queue_dir));
        let ui_state = UiState::load(&UiState::path(&paths.data_dir));
        Self {
            ui_state,
            paths,
            settings,
            engine,
            notices,
            initial_links,
            desktop,
            inbox,
            instance,
        }
    }
}
