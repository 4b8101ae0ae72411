//! What the window asks of the desktop: open a file, show it in the file manager, pick a
//! folder, read the clipboard. Behind a trait so tests use a fake and never open a dialog.
//! Every call may block (a dialog, a D-Bus round trip), so the app only calls these from
//! background tasks, never on the UI thread.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::notify::{Notice, NoticeAction};

/// Desktop services the window uses.
pub trait Desktop: Send + Sync {
    /// Opens a file with its default application.
    fn open(&self, path: &Path) -> Result<(), String>;
    /// Shows a file selected in the file manager (or its folder when that is not possible).
    fn show_in_folder(&self, path: &Path) -> Result<(), String>;
    /// Asks the user for a folder; `None` when they cancel.
    fn pick_folder(&self, start: &Path) -> Option<PathBuf>;
    /// The clipboard's text, if it holds any.
    fn clipboard_text(&self) -> Option<String>;
    /// Shows a desktop notification and waits for what the user clicked in it (if the
    /// notification server offers actions). `Err` when there is no notification service.
    fn notify(&self, notice: &Notice) -> Result<Option<NoticeAction>, String>;
}

/// The real desktop: xdg-open / the FileManager1 D-Bus interface, rfd dialogs, arboard.
#[derive(Debug, Default)]
pub struct SystemDesktop;

impl Desktop for SystemDesktop {
    fn open(&self, path: &Path) -> Result<(), String> {
        launch(opener(), &[path.as_os_str()])
    }

    fn show_in_folder(&self, path: &Path) -> Result<(), String> {
        #[cfg(target_os = "linux")]
        {
            let uri = url::Url::from_file_path(path)
                .map(|u| u.to_string())
                .unwrap_or_default();
            let shown = Command::new("dbus-send")
                .args([
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.FileManager1",
                    "--type=method_call",
                    "/org/freedesktop/FileManager1",
                    "org.freedesktop.FileManager1.ShowItems",
                    &format!("array:string:{uri}"),
                    "string:",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            if shown {
                return Ok(());
            }
        }
        let folder = path.parent().unwrap_or(path);
        launch(opener(), &[folder.as_os_str()])
    }

    fn pick_folder(&self, start: &Path) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Choose a download folder")
            .set_directory(start)
            .pick_folder()
    }

    fn clipboard_text(&self) -> Option<String> {
        arboard::Clipboard::new().ok()?.get_text().ok()
    }

    fn notify(&self, notice: &Notice) -> Result<Option<NoticeAction>, String> {
        super::notify::show_system(notice)
    }
}

fn opener() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    }
}

/// Starts a helper program and waits for it to report success.
fn launch(program: &str, args: &[&std::ffi::OsStr]) -> Result<(), String> {
    let status = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|err| format!("could not run {program}: {err}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{program} failed ({status})"))
    }
}
