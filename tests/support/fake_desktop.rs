//! A desktop that records what was asked of it and never opens anything: the window tests'
//! stand-in for notifications, the clipboard, file managers, power and the folder dialog.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use haul::app::keyring::LoginKept;
use haul::app::notifications::{Notice, NoticeAction};
use haul::app::{Desktop, DesktopError, LauncherProgress, NoFolderDialog, PowerAction, PowerError};
use haul::engine::net::login::Login;

/// A desktop that records what was asked of it and never opens anything.
#[derive(Default)]
pub struct FakeDesktop {
    /// Files the window asked to open.
    pub opened: Mutex<Vec<PathBuf>>,
    /// Files the window asked to show in the file manager.
    pub shown: Mutex<Vec<PathBuf>>,
    /// What the clipboard holds.
    pub clipboard: Mutex<Option<String>>,
    /// The folder the folder dialog "picks".
    pub folder: Mutex<Option<PathBuf>>,
    /// This desktop has no folder dialog at all.
    pub no_folder_dialog: Mutex<bool>,
    /// Notifications the window sent.
    pub notices: Mutex<Vec<Notice>>,
    /// What the user "clicks" in a notification.
    pub notice_click: Mutex<Option<NoticeAction>>,
    /// Progress shown on the taskbar icon, oldest first.
    pub progress: Mutex<Vec<LauncherProgress>>,
    /// Opening and showing files fail (as with no application and no file manager).
    pub open_fails: Mutex<bool>,
    /// Opening a file takes half a minute to come back (an opener nobody answers).
    pub open_hangs: Mutex<bool>,
    /// Power actions asked for, oldest first.
    pub power: Mutex<Vec<PowerAction>>,
    /// Every change of the sleep inhibitor: its reason while held, `None` when let go.
    pub awake: Mutex<Vec<Option<String>>>,
    /// Logins saved for sites, as a keyring keeps them.
    pub logins: Mutex<Vec<(String, Login)>>,
}

impl Desktop for FakeDesktop {
    fn open(&self, path: &Path) -> Result<(), DesktopError> {
        if *self.open_hangs.lock().expect("lock") {
            std::thread::sleep(std::time::Duration::from_secs(30));
        }
        if *self.open_fails.lock().expect("lock") {
            return Err(DesktopError::NoApplication);
        }
        self.opened.lock().expect("lock").push(path.to_owned());
        Ok(())
    }

    fn show_in_folder(&self, path: &Path) -> Result<(), DesktopError> {
        if *self.open_fails.lock().expect("lock") {
            return Err(DesktopError::NoFileManager);
        }
        self.shown.lock().expect("lock").push(path.to_owned());
        Ok(())
    }

    fn pick_folder(&self, _start: &Path) -> Result<Option<PathBuf>, NoFolderDialog> {
        if *self.no_folder_dialog.lock().expect("lock") {
            return Err(NoFolderDialog);
        }
        Ok(self.folder.lock().expect("lock").clone())
    }

    fn clipboard_text(&self) -> Option<String> {
        self.clipboard.lock().expect("lock").clone()
    }

    fn notify(&self, notice: &Notice) -> Result<Option<NoticeAction>, DesktopError> {
        self.notices.lock().expect("lock").push(notice.clone());
        Ok(*self.notice_click.lock().expect("lock"))
    }

    fn show_progress(&self, progress: LauncherProgress) {
        self.progress.lock().expect("lock").push(progress);
    }

    fn power(&self, action: PowerAction) -> Result<(), PowerError> {
        self.power.lock().expect("lock").push(action);
        Ok(())
    }

    fn keep_awake(&self, why: Option<&str>) -> Result<(), PowerError> {
        self.awake
            .lock()
            .expect("lock")
            .push(why.map(str::to_owned));
        Ok(())
    }

    fn saved_logins(&self) -> (Vec<(String, Login)>, LoginKept) {
        (
            self.logins.lock().expect("lock").clone(),
            LoginKept::Keyring,
        )
    }

    fn save_login(&self, site: &str, login: &Login) -> Result<LoginKept, DesktopError> {
        let mut logins = self.logins.lock().expect("lock");
        logins.retain(|(kept, _)| kept != site);
        logins.push((site.to_owned(), login.clone()));
        Ok(LoginKept::Keyring)
    }
}
