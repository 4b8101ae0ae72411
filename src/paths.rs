//! Where Haul keeps things: the config folder (`haul.toml`), the data folder (the saved queue),
//! the default download folder, and the runtime folder (the window's socket). Built once at start and passed down, so tests can point
//! everything at a temporary folder.

use std::path::{Path, PathBuf};

use directories::{BaseDirs, ProjectDirs, UserDirs};

/// The application id: the `.desktop` file's name and the window's app id.
pub const APP_ID: &str = "dev.haul.Haul";

/// The folders Haul uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    /// Holds `haul.toml`.
    pub config_dir: PathBuf,
    /// Holds the saved queue and window state.
    pub data_dir: PathBuf,
    /// Where files go unless the settings say otherwise.
    pub download_dir: PathBuf,
    /// The private per-session folder for the window's socket (`$XDG_RUNTIME_DIR/haul`), when
    /// the system has one.
    pub runtime_dir: Option<PathBuf>,
}

impl Paths {
    /// The platform's folders (XDG on Linux: `~/.config/haul`, `~/.local/share/haul`,
    /// `~/Downloads`), honouring the XDG environment variables.
    pub fn from_system() -> Option<Self> {
        let project = ProjectDirs::from("", "", "Haul")?;
        let download_dir = UserDirs::new()
            .and_then(|dirs| dirs.download_dir().map(Path::to_owned))
            .or_else(|| BaseDirs::new().map(|dirs| dirs.home_dir().join("Downloads")))?;
        let runtime_dir =
            BaseDirs::new().and_then(|dirs| dirs.runtime_dir().map(|dir| dir.join("haul")));
        Some(Self {
            config_dir: project.config_dir().to_owned(),
            data_dir: project.data_dir().to_owned(),
            download_dir,
            runtime_dir,
        })
    }

    /// Everything under one folder (for tests and portable use).
    pub fn under(root: &Path) -> Self {
        Self {
            config_dir: root.join("config"),
            data_dir: root.join("data"),
            download_dir: root.join("downloads"),
            runtime_dir: Some(root.join("runtime/haul")),
        }
    }

    /// The settings file.
    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("haul.toml")
    }
}

/// `path` with a leading `~` meaning the home folder (as people write it in `haul.toml`).
pub fn expand_home(path: &Path) -> PathBuf {
    let Ok(rest) = path.strip_prefix("~") else {
        return path.to_owned();
    };
    match BaseDirs::new() {
        Some(dirs) => dirs.home_dir().join(rest),
        None => path.to_owned(),
    }
}
