//! Everything the user can ask the window to do. Buttons, menus and shortcuts only produce
//! commands; `App::execute` carries them out in one place, so a shortcut and its button can
//! never drift apart.

use std::path::PathBuf;

use url::Url;

use crate::app::incoming::xdnd::DroppedData;
use crate::app::list::row_actions::RowAction;
use crate::app::list::view::{SortColumn, Tab};
use crate::config::Settings;
use crate::engine::rate::Rate;
use crate::engine::{DownloadId, UndoToken};

/// A request from the user.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Open the Add dialog with this text (empty: offer the clipboard's links).
    OpenAddDialog(String),
    /// Text pasted outside a text field: its links go to the Add dialog.
    Paste(String),
    /// Files dropped on the window: read their links in the background.
    ReadDroppedFiles(Vec<PathBuf>),
    /// Text, links and link-list files dropped on the window (see `xdnd`).
    AddDropped(DroppedData),
    /// Add these links.
    Add {
        /// The links.
        urls: Vec<Url>,
        /// Where the files go.
        dir: PathBuf,
        /// Add them paused.
        paused: bool,
        /// Those of them to fetch as fresh copies even if already downloaded.
        again: Vec<Url>,
        /// New links for unfinished downloads (continued if they give the same file).
        attach: Vec<(DownloadId, Url)>,
        /// Checksums given with the links, by link.
        checksums: std::collections::HashMap<String, crate::engine::Checksum>,
        /// The queue they wait in (empty: Main).
        queue: String,
        /// What their requests carry beyond Haul's own (the Advanced part).
        extra: Option<Box<crate::engine::FromBrowser>>,
        /// Remember that for the links' sites.
        remember_extra: bool,
        /// The quality of videos among them.
        quality: crate::engine::state::Quality,
        /// They are pages with a video on them, for yt-dlp.
        as_pages: bool,
        /// The files chosen of torrents among them, by link (absent: all).
        only_files: Vec<(String, Vec<usize>)>,
    },
    /// Close the top dialog without doing what it asks (Cancel, Escape, Keep downloading).
    CloseDialog,
    /// Do something to these downloads.
    Act(RowAction, Vec<DownloadId>),
    /// Ask for a speed limit for these downloads.
    OpenLimitDialog(Vec<DownloadId>),
    /// Limit these downloads (bytes per second; `None` removes the limit).
    SetSpeedLimit(Vec<DownloadId>, Option<Rate>),
    /// Put these downloads' links on the clipboard.
    CopyLinks(Vec<DownloadId>),
    /// Pause everything running or waiting.
    PauseAll,
    /// Resume everything paused.
    ResumeAll,
    /// Remove finished downloads from the list.
    ClearFinished,
    /// Open the settings window.
    OpenSettings,
    /// Save and apply settings.
    SaveSettings(Box<Settings>),
    /// Ask the user for a folder.
    PickFolder(FolderFor, PathBuf),
    /// Hide a message.
    DismissNotice(usize),
    /// Select every row.
    SelectAll,
    /// Remove the selected rows.
    RemoveSelected,
    /// Remove these rows; delete their partial files too (after the undo window) if asked.
    ConfirmRemove {
        /// The rows.
        ids: Vec<DownloadId>,
        /// Also delete partial files.
        delete_partial: bool,
    },
    /// Take back a cancel or a removal.
    Undo(UndoToken),
    /// Hide the undo offer (the deletion still happens when its time comes).
    DismissUndo,
    /// Forget the selection (Escape).
    ClearSelection,
    /// The window's close button (or the desktop) asked to close.
    CloseRequested,
    /// Quit now; unfinished downloads continue next time.
    Quit,
    /// Ctrl+Q: close the window, asking first while downloads run.
    QuitRequested,
    /// Sort the list by this column (again: the other way round).
    SortBy(SortColumn),
    /// Show this state tab.
    ShowTab(Tab),
    /// Show only downloads of this category (`None`: every kind).
    ShowCategory(Option<String>),
    /// Do what the user wants done when downloads are done (the countdown ended or they
    /// did not wait); the command is for `WhenDone::Command`.
    DoWhenDone(crate::config::WhenDone, String),
    /// Show the window (from the tray).
    ShowWindow,
    /// Set the overall speed limit (bytes per second; 0: none), saved with the settings.
    SetOverallLimit(Rate),
    /// Show one queue's downloads (`None`: every queue).
    ShowQueue(Option<String>),
    /// Move these downloads to the named queue.
    MoveToQueue(Vec<DownloadId>, String),
    /// Move these downloads within the order they start in.
    Reorder(Vec<DownloadId>, crate::engine::Place),
    /// Put the cursor in the filter box.
    FocusFilter,
    /// Show only rows whose name or link contains this text.
    Filter(String),
    /// Open or close the details panel.
    ToggleDetails,
    /// Try every failed download again.
    RetryFailed,
    /// Remove every failed download from the list.
    ClearFailed,
    /// Move the selection with the keyboard (with `extend`, grow the range).
    MoveSelection {
        /// Where to.
        to: Move,
        /// Shift held: select the range from the anchor.
        extend: bool,
    },
    /// Space: pause the selected downloads that run or wait, else resume the paused ones.
    PauseOrResumeSelected,
    /// Enter: open the selected finished file.
    OpenSelected,
    /// Put a file's path on the clipboard.
    CopyPath(PathBuf),
    /// Put a torrent's magnet link on the clipboard.
    CopyMagnet(String),
    /// Fetch only these files of a torrent (by their place in it).
    ChooseFiles(DownloadId, Vec<usize>),
    /// Hide the message about a file that could not be opened.
    DismissOpenFailure,
    /// What the user did in the window's own folder browser.
    FolderBrowser(BrowserAction),
    /// Give this download a new link.
    ChangeLink(DownloadId, Url),
    /// Trust a certificate for one host (by its SHA-256), and try the download again.
    TrustCertificate {
        /// The download that met it.
        id: DownloadId,
        /// The host it is trusted for.
        host: String,
        /// Its SHA-256, in hex.
        sha256: String,
    },
    /// Give the proxy a download went through the login it asked for (kept in Settings'
    /// address for the proxy set there; for this run, or in the keyring with `remember`, for
    /// any other), and try the download again.
    ProxyLogIn {
        /// The download that met it.
        id: DownloadId,
        /// The login.
        login: crate::engine::net::login::Login,
        /// Keep it for the next runs (a proxy other than the one set in Settings).
        remember: bool,
    },
    /// Give a download the login its server asked for; `remember` keeps it for the site.
    LogIn {
        /// The download.
        id: DownloadId,
        /// The login.
        login: crate::engine::net::login::Login,
        /// Keep it for the site (in the keyring).
        remember: bool,
    },
}

/// A keyboard move through the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// One row up.
    Up,
    /// One row down.
    Down,
    /// The first row.
    First,
    /// The last row.
    Last,
}

/// Which dialog asked for a folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FolderFor {
    /// The Add dialog's "Save to" folder.
    AddDialog,
    /// The settings' download folder.
    Settings,
    /// The folder of the category in this row of the settings' Categories page.
    Category(usize),
}

/// What the user did in the browser this frame.
#[derive(Clone, Debug, PartialEq)]
pub enum BrowserAction {
    /// Show (and list) this folder.
    Open(PathBuf),
    /// Use this folder.
    Choose(PathBuf),
    /// Close without choosing.
    Cancel,
}
