//! Why the desktop could not do what the window asked, in the user's words: its own module,
//! so the desktop services that fail (opening, notifying) need not go through the rest.

use crate::i18n::t;

/// Why the desktop could not do what the window asked.
#[derive(Debug, thiserror::Error)]
pub enum DesktopError {
    /// No application is set up to open this kind of file (or the opener failed).
    #[error("{}", t!("desktop-no-application"))]
    NoApplication,
    /// No file manager answered the request to show a file.
    #[error("{}", t!("desktop-no-file-manager"))]
    NoFileManager,
    /// Nothing answered the request within the time a person waits.
    #[error("{}", t!("desktop-no-answer", seconds = .0))]
    NoAnswer(u64),
    /// A login could not be saved (the keyring refused, or the file could not be written).
    #[error("{}", t!("desktop-login-not-saved", detail = .0.as_str()))]
    NotSaved(String),
    /// There is no notification service (or it did not answer).
    #[error("{}", t!("desktop-no-notifications", detail = .0.to_string()))]
    NoNotifications(#[from] notify_rust::error::Error),
}
