//! Everything the window needs before it opens: settings, the data and download folders, the
//! engine with its saved list, and the messages from starting up. Tests build the same thing
//! in temporary folders.

use std::sync::Arc;

use super::desktop::Desktop;
use crate::config::Settings;
use crate::engine::Engine;
use crate::paths::Paths;

/// Everything the window needs, prepared before it opens (and by tests, in temp folders).
pub struct AppSetup {
    /// Where things live.
    pub paths: Paths,
    /// The loaded settings.
    pub settings: Settings,
    /// The running engine, or why it could not start.
    pub engine: Result<Engine, String>,
    /// Messages for the user from starting up.
    pub notices: Vec<String>,
    /// Links given on the command line (added at once).
    pub initial_links: Vec<String>,
    /// The desktop services (a fake in tests).
    pub desktop: Arc<dyn Desktop>,
}

impl AppSetup {
    /// Loads settings and the saved queue from `paths` and starts the engine. Problems become
    /// notices shown in the window, never a panic.
    pub fn load(paths: Paths, initial_links: Vec<String>, desktop: Arc<dyn Desktop>) -> Self {
        let mut notices = Vec::new();
        let (settings, problem) = Settings::load(&paths.config_file());
        notices.extend(problem);
        let queue_dir = match std::fs::create_dir_all(&paths.data_dir) {
            Ok(()) => Some(paths.data_dir.clone()),
            Err(err) => {
                notices.push(format!(
                    "The data folder cannot be created ({err}), so the download list will not \
                     be saved: {}",
                    paths.data_dir.display()
                ));
                None
            }
        };
        let download_dir = settings.download_dir_or(&paths.download_dir);
        if let Err(err) = std::fs::create_dir_all(&download_dir) {
            notices.push(format!(
                "The download folder cannot be created ({err}): {}. Choose another one in \
                 Settings.",
                download_dir.display()
            ));
        }
        let engine = Engine::start(settings.engine_config(queue_dir)).map_err(|e| e.to_string());
        Self {
            paths,
            settings,
            engine,
            notices,
            initial_links,
            desktop,
        }
    }
}
