//! What the window asks of the desktop: open a file, show it in the file manager, pick a
//! folder, read the clipboard. Behind a trait so tests use a fake and never open a dialog.
//! Every call may block (a dialog, a D-Bus round trip), so the app only calls these from
//! background tasks, never on the UI thread.

mod error;
pub mod keyring;
pub(crate) mod launcher;
pub mod notifications;
pub mod power;
pub mod tray;

use crate::i18n::t;
use std::path::{Path, PathBuf};

use crate::app::desktop::launcher::{Launcher, LauncherProgress};
use crate::app::desktop::notifications::{Notice, NoticeAction};
use crate::app::desktop::power::{KeepAwake, PowerAction, PowerError};
pub use error::DesktopError;
use keyring::{Keyring, LoginKept};

use crate::engine::net::login::Login;

/// No native folder dialog is available (no desktop portal and no zenity).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoFolderDialog;

/// Desktop services the window uses.
pub trait Desktop: Send + Sync {
    /// Opens a file with its default application; `Err` says why not.
    fn open(&self, path: &Path) -> Result<(), DesktopError>;
    /// Shows a file selected in the file manager; `Err` says why not.
    fn show_in_folder(&self, path: &Path) -> Result<(), DesktopError>;
    /// Asks the user for a folder; `Ok(None)` when they cancel, `Err` when this desktop has no
    /// folder dialog (the window then offers its own).
    fn pick_folder(&self, start: &Path) -> Result<Option<PathBuf>, NoFolderDialog>;
    /// The clipboard's text, if it holds any.
    fn clipboard_text(&self) -> Option<String>;
    /// Shows a desktop notification and waits for what the user clicked in it (if the
    /// notification server offers actions). `Err` when there is no notification service.
    fn notify(&self, notice: &Notice) -> Result<Option<NoticeAction>, DesktopError>;
    /// Shows the queue's progress on the taskbar icon. Never blocks.
    fn show_progress(&self, progress: LauncherProgress);
    /// Suspends, hibernates or powers off the computer.
    fn power(&self, action: PowerAction) -> Result<(), PowerError>;
    /// Keeps the computer from sleeping, saying `why`, or lets it sleep again (`None`).
    fn keep_awake(&self, why: Option<&str>) -> Result<(), PowerError>;
    /// The logins the user saved for sites (site, login), and where they are kept.
    fn saved_logins(&self) -> (Vec<(String, Login)>, LoginKept);
    /// Saves `login` for `site` (see [`keyring`]); where it went.
    fn save_login(&self, site: &str, login: &Login) -> Result<LoginKept, DesktopError>;
}

/// The real desktop: the `opener` crate (the FileManager1 D-Bus interface, with the portal as
/// fallback, for "show in folder"), rfd dialogs, arboard.
#[derive(Debug)]
pub struct SystemDesktop {
    launcher: Launcher,
    awake: KeepAwake,
    /// Where logins go without a Secret Service.
    logins_file: PathBuf,
}

impl SystemDesktop {
    /// The desktop, with Haul's data in `data_dir`.
    pub fn new(data_dir: &Path) -> Self {
        Self {
            launcher: Launcher::default(),
            awake: KeepAwake::default(),
            logins_file: keyring::login_file(data_dir),
        }
    }
}

impl Desktop for SystemDesktop {
    fn open(&self, path: &Path) -> Result<(), DesktopError> {
        opener::open(path).map_err(|err| {
            log::warn!("opening {} failed: {err}", path.display());
            DesktopError::NoApplication
        })
    }

    fn show_in_folder(&self, path: &Path) -> Result<(), DesktopError> {
        opener::reveal(path).map_err(|err| {
            log::warn!("showing {} failed: {err}", path.display());
            DesktopError::NoFileManager
        })
    }

    fn pick_folder(&self, start: &Path) -> Result<Option<PathBuf>, NoFolderDialog> {
        if !folder_dialog_available() {
            return Err(NoFolderDialog);
        }
        Ok(rfd::FileDialog::new()
            .set_title(t!("folder-dialog-title"))
            .set_directory(start)
            .pick_folder())
    }

    fn clipboard_text(&self) -> Option<String> {
        arboard::Clipboard::new().ok()?.get_text().ok()
    }

    fn notify(&self, notice: &Notice) -> Result<Option<NoticeAction>, DesktopError> {
        crate::app::desktop::notifications::show_system(notice)
    }

    fn show_progress(&self, progress: LauncherProgress) {
        self.launcher.show(crate::paths::APP_ID, progress);
    }

    fn power(&self, action: PowerAction) -> Result<(), PowerError> {
        power::power(action)
    }

    fn keep_awake(&self, why: Option<&str>) -> Result<(), PowerError> {
        self.awake.set(why)
    }

    fn saved_logins(&self) -> (Vec<(String, Login)>, LoginKept) {
        match Keyring::open() {
            Some(keyring) => match keyring.logins() {
                Ok(logins) => (logins, LoginKept::Keyring),
                Err(err) => {
                    log::warn!("the keyring's logins could not be read: {err}");
                    (Vec::new(), LoginKept::Keyring)
                }
            },
            None => (keyring::file_logins(&self.logins_file), LoginKept::File),
        }
    }

    fn save_login(&self, site: &str, login: &Login) -> Result<LoginKept, DesktopError> {
        if let Some(keyring) = Keyring::open() {
            return keyring
                .save(site, login)
                .map(|()| LoginKept::Keyring)
                .map_err(|err| DesktopError::NotSaved(err.to_string()));
        }
        keyring::save_to_file(&self.logins_file, site, login)
            .map(|()| LoginKept::File)
            .map_err(|err| DesktopError::NotSaved(err.to_string()))
    }
}

/// rfd asks the desktop portal, else runs zenity; with neither it returns nothing, which
/// would look like a cancel. So look first.
fn folder_dialog_available() -> bool {
    portal_available() || program_in_path("zenity")
}

fn portal_available() -> bool {
    const PORTAL: &str = "org.freedesktop.portal.Desktop";
    let Ok(connection) = zbus::blocking::Connection::session() else {
        return false;
    };
    let Ok(bus) = zbus::blocking::fdo::DBusProxy::new(&connection) else {
        return false;
    };
    let Ok(name) = zbus::names::BusName::try_from(PORTAL) else {
        return false;
    };
    bus.name_has_owner(name).unwrap_or(false)
        || bus
            .list_activatable_names()
            .is_ok_and(|names| names.iter().any(|n| n.as_str() == PORTAL))
}

fn program_in_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| {
            std::fs::metadata(dir.join(program)).is_ok_and(|meta| {
                meta.is_file()
                    && std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o111 != 0
            })
        })
    })
}
