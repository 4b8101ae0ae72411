//! The desktop window: the download list, its toolbar and status bar, the Add and Settings
//! dialogs, paste and drag-and-drop.
//!
//! The window never waits: transfers run on the engine's worker threads, anything that touches
//! the disk or the desktop runs as a background task, and each frame only copies the engine's
//! snapshot when its version changed. While nothing moves, the window asks for no repaints.
//!
//! Each frame: input and widgets produce [`Command`]s, `execute` carries them out in one place,
//! background results come back through `results`.

mod autostart;
mod bars;
mod clipboard_watch;
mod command;
mod desktop;
mod details_panel;
mod dialogs;
mod dropper;
mod execute;
mod handlers;
mod incoming;
mod input;
mod layout;
mod list;
mod notices;
mod parts;
mod refresh;
mod remote;
mod results;
pub mod run;
mod setup;
mod site_extras;
mod tasks;
mod ui_state;
mod watcher;
mod when_done;
mod widgets;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::Receiver;
use std::time::Duration;

use eframe::egui;

pub use autostart::{autostart_file, set_autostart};
pub use command::{Command, Move};
pub use desktop::keyring;
pub use desktop::launcher::LauncherProgress;
pub use desktop::notifications;
pub use desktop::power::{KeepAwake, PowerAction, PowerError, power_on};
pub use desktop::tray::{self as tray, TrayAction};
pub use desktop::{Desktop, DesktopError, NoFolderDialog, SystemDesktop};
pub use incoming::xdnd;
pub use list::row_actions::{RowAction, actions_for};
pub use list::selection::Selection;
pub use setup::AppSetup;

use crate::config::Settings;
use crate::engine::rate::Rate;
use crate::engine::{Engine, Snapshot};
use crate::instance::FirstWindow;
use crate::paths::Paths;
use bars::overall::Totals;
use dialogs::Dialogs;
use incoming::xdnd::DragEvent;
use list::view::ListView;
pub use list::view::{SortColumn, Tab};
use notices::Notices;
pub use notices::OpenFailure;
use tasks::Tasks;

/// The application id (kept with the other names Haul is found by, in `paths`).
pub use crate::paths::APP_ID;

/// How often the window refreshes while downloads move.
const REFRESH: Duration = Duration::from_millis(200);

/// The Haul window.
pub struct App {
    engine: Option<Engine>,
    startup_error: Option<String>,
    paths: Paths,
    settings: Settings,
    desktop: Arc<dyn Desktop>,
    tasks: Tasks,
    /// The list's state: rows, selection, view.
    rows: parts::Rows,
    /// The open dialogs, the one answering on top.
    dialogs: Dialogs,
    /// Notices, the word after an action, the undo offer, a file that could not be opened.
    notices: Notices,
    /// Watching the clipboard for links (when the setting is on).
    clipboard_watch: clipboard_watch::ClipboardWatch,
    /// Looks at the free space, the date and the clipboard while nothing happens, and wakes
    /// the window only when what it shows changed.
    watcher: watcher::Watcher,
    /// The window as the desktop sees it: title, taskbar, tray, hidden, quitting.
    shell: parts::Shell,
    /// What arrives from outside: drags, launches' links, the browser's context.
    incoming: parts::Incoming,
    /// The remote control.
    remote: parts::Remote,
    /// Rows that finished or failed, waiting to be told in one notification.
    batcher: notifications::Batcher,
    /// The data folder's lock: held for as long as the window lives.
    _instance: Option<FirstWindow>,
}

impl App {
    /// Builds the window's state; `ctx` is used to wake the UI from other threads.
    pub fn new(ctx: &egui::Context, setup: AppSetup) -> Self {
        // File names in any script: a character the bundled fonts lack is looked up among the
        // system's fonts (fontconfig, loaded via dlopen; enumerated on a background thread
        // from here on), e.g. Noto Sans CJK or WenQuanYi for Chinese, Japanese and Korean.
        ctx.add_font_provider(Arc::new(
            egui_system_font_provider::SystemFontProvider::new(),
        ));
        let wake_ctx = ctx.clone();
        let wake: Arc<dyn Fn() + Send + Sync> = Arc::new(move || wake_ctx.request_repaint());
        let (engine, startup_error) = match setup.engine {
            Ok(engine) => (Some(engine), None),
            Err(err) => (None, Some(crate::describe::engine_error(&err))),
        };
        let download_dir = setup.settings.download_dir_or(&setup.paths.download_dir);
        let mut app = Self {
            engine,
            startup_error,
            paths: setup.paths,
            settings: setup.settings,
            desktop: setup.desktop,
            tasks: Tasks::new(Arc::clone(&wake)),
            rows: parts::Rows {
                snapshot: Snapshot::default(),
                dropper: dropper::Dropper::start(),
                totals: Totals::new(crate::engine::clock::unix_now()),
                selection: Selection::default(),
                view: ListView::new(setup.ui_state.sort, setup.ui_state.tab),
                details_open: setup.ui_state.details_open,
                focus_filter: false,
                scroll_to: None,
                newest_id: None,
                login_asked: std::collections::HashSet::new(),
            },
            dialogs: Dialogs::default(),
            notices: Notices::new(setup.notices),
            clipboard_watch: clipboard_watch::ClipboardWatch::default(),
            watcher: watcher::Watcher::start(download_dir, Arc::clone(&wake)),
            shell: parts::Shell::default(),
            incoming: parts::Incoming {
                inbox: setup.inbox,
                ..parts::Incoming::default()
            },
            remote: parts::Remote::default(),
            batcher: notifications::Batcher::default(),
            _instance: setup.instance,
        };
        if let Some(engine) = &app.engine {
            let wake = Arc::clone(&wake);
            engine.set_waker(move || wake());
            app.notices
                .tell_all(engine.take_notices().iter().map(crate::describe::notice));
            app.take_snapshot();
        }
        if let Some(inbox) = &app.incoming.inbox {
            inbox.set_waker(Arc::clone(&wake));
        }
        app.rows.view.category_names = category_names(&app.settings);
        app.apply_remote_control();
        app.load_saved_logins();
        app.load_site_extras();
        apply_theme(ctx, app.settings.theme);
        if !setup.initial_links.is_empty() {
            app.add_launch_links(&setup.initial_links, None);
        }
        app
    }

    /// The flag a signal handler raises to close the window as a confirmed quit.
    pub fn quit_signal(&self) -> Arc<std::sync::atomic::AtomicBool> {
        Arc::clone(&self.shell.quit_signalled)
    }

    /// The engine the window drives (tests use it to check what happened).
    pub fn engine(&self) -> Option<&Engine> {
        self.engine.as_ref()
    }

    /// The window's title as last set.
    pub fn title(&self) -> &str {
        &self.shell.title
    }

    /// The messages currently shown to the user.
    pub fn notices(&self) -> &[String] {
        self.notices.lasting()
    }

    /// Starts, restarts or stops the remote control to match the settings (in the
    /// background; the server arrives as a task result).
    fn apply_remote_control(&mut self) {
        let wanted = remote::RemoteWanted::from_settings(&self.settings);
        if wanted == self.remote.wanted {
            return;
        }
        self.remote.wanted = wanted.clone();
        let old = self.remote.server.take();
        let engine = self.engine.clone();
        let download_dir = self.download_dir();
        let data_dir = self.paths.data_dir.clone();
        let defaults = crate::rpc::Defaults::of(&self.settings.engine_config(None));
        self.tasks.spawn("remote-control", move || {
            drop(old);
            let (wanted, engine) = (wanted?, engine?);
            Some(tasks::TaskResult::RemoteControl(wanted.start(
                engine,
                download_dir,
                data_dir,
                defaults,
            )))
        });
    }

    /// The overall speed limit in force, as the engine, its one owner, has it: a change from
    /// the tray or over the remote control shows at once.
    pub(crate) fn overall_limit(&self) -> Rate {
        self.engine
            .as_ref()
            .map_or_else(|| self.settings.overall_limit(), Engine::overall_limit)
    }

    /// The folder new downloads go to.
    pub fn download_dir(&self) -> PathBuf {
        self.settings.download_dir_or(&self.paths.download_dir)
    }

    /// Takes drag events from the X11 drop proxy (tests feed their own).
    pub fn attach_drag_events(&mut self, events: Receiver<DragEvent>) {
        self.incoming.drag_events = Some(events);
    }

    /// Stops transfers so they continue next time, and saves the list.
    pub fn shutdown(&self) {
        if let Some(engine) = &self.engine {
            engine.shutdown(crate::engine::limits::SHUTDOWN_WAIT);
        }
    }
}

/// The categories the settings give, in the order they are tried ("Other" last).
fn category_names(settings: &Settings) -> Vec<String> {
    crate::engine::files::categories::Categories::with(&settings.categories).names()
}

/// Sets the window's colours from the setting.
fn apply_theme(ctx: &egui::Context, theme: crate::config::Theme) {
    use crate::config::Theme;
    ctx.set_theme(match theme {
        Theme::System => egui::ThemePreference::System,
        Theme::Light => egui::ThemePreference::Light,
        Theme::Dark => egui::ThemePreference::Dark,
    });
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.refresh(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.shutdown();
    }
}
