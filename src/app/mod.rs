//! The desktop window: the download list, its toolbar and status bar, the Add and Settings
//! dialogs, paste and drag-and-drop.
//!
//! The window never waits: transfers run on the engine's worker threads, anything that touches
//! the disk or the desktop runs as a background task, and each frame only copies the engine's
//! snapshot when its version changed. While nothing moves, the window asks for no repaints.

mod actions;
mod add_dialog;
mod command;
mod desktop;
mod drop;
mod limit_dialog;
mod list;
mod selection;
mod settings_window;
mod status_bar;
mod tasks;
mod toolbar;
mod widgets;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui::{self, RichText};

pub use actions::{RowAction, actions_for};
pub use command::Command;
pub use desktop::{Desktop, SystemDesktop};
pub use selection::Selection;

use crate::config::Settings;
use crate::engine::{AddRequest, Counts, DownloadId, Engine, Snapshot};
use crate::links;
use crate::paths::Paths;
use add_dialog::AddDialog;
use limit_dialog::LimitDialog;
use settings_window::SettingsWindow;
use tasks::{FolderFor, TaskResult, Tasks};

/// The application id: the `.desktop` file's name and the window's app id.
pub const APP_ID: &str = "dev.haul.Haul";

/// How often the window refreshes while downloads move.
const REFRESH: Duration = Duration::from_millis(200);
/// How often the free space is measured while downloads move.
const FREE_SPACE_EVERY: Duration = Duration::from_secs(5);

const ADD_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::N);
const SELECT_ALL_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::A);

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

/// The Haul window.
pub struct App {
    engine: Option<Engine>,
    startup_error: Option<String>,
    paths: Paths,
    settings: Settings,
    desktop: Arc<dyn Desktop>,
    tasks: Tasks,
    snapshot: Snapshot,
    counts: Counts,
    bytes_per_sec: u64,
    selection: Selection,
    add_dialog: Option<AddDialog>,
    settings_window: Option<SettingsWindow>,
    limit_dialog: Option<LimitDialog>,
    asking_to_quit: bool,
    quit_confirmed: bool,
    notices: Vec<String>,
    free_space: Option<u64>,
    free_space_checked: Option<Instant>,
}

impl App {
    /// Builds the window's state; `ctx` is used to wake the UI from other threads.
    pub fn new(ctx: &egui::Context, setup: AppSetup) -> Self {
        let wake_ctx = ctx.clone();
        let wake: Arc<dyn Fn() + Send + Sync> = Arc::new(move || wake_ctx.request_repaint());
        let (engine, startup_error) = match setup.engine {
            Ok(engine) => (Some(engine), None),
            Err(err) => (None, Some(err)),
        };
        let mut app = Self {
            engine,
            startup_error,
            paths: setup.paths,
            settings: setup.settings,
            desktop: setup.desktop,
            tasks: Tasks::new(Arc::clone(&wake)),
            snapshot: Snapshot::default(),
            counts: Counts::default(),
            bytes_per_sec: 0,
            selection: Selection::default(),
            add_dialog: None,
            settings_window: None,
            limit_dialog: None,
            asking_to_quit: false,
            quit_confirmed: false,
            notices: setup.notices,
            free_space: None,
            free_space_checked: None,
        };
        if let Some(engine) = &app.engine {
            let wake = Arc::clone(&wake);
            engine.set_waker(move || wake());
            app.notices.extend(engine.take_notices());
            app.take_snapshot();
        }
        if !setup.initial_links.is_empty() {
            app.add_initial_links(&setup.initial_links);
        }
        app.check_free_space();
        app
    }

    /// The engine the window drives (tests use it to check what happened).
    pub fn engine(&self) -> Option<&Engine> {
        self.engine.as_ref()
    }

    /// The messages currently shown to the user.
    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    /// The folder new downloads go to.
    pub fn download_dir(&self) -> PathBuf {
        self.settings.download_dir_or(&self.paths.download_dir)
    }

    fn add_initial_links(&mut self, args: &[String]) {
        let parsed = links::parse_links(&args.join("\n"));
        for problem in &parsed.problems {
            self.notices.push(format!(
                "A link from the command line was skipped: {problem}"
            ));
        }
        let dir = self.download_dir();
        self.execute(
            None,
            Command::Add {
                urls: parsed.urls,
                dir,
                paused: false,
            },
        );
    }

    /// Per-frame work that is not drawing: new results, a fresh snapshot, repaint timing.
    pub fn refresh(&mut self, ctx: &egui::Context) {
        for result in self.tasks.poll() {
            self.handle_result(result);
        }
        let Some(engine) = &self.engine else { return };
        if engine.version() != self.snapshot.version {
            let notices = engine.take_notices();
            self.notices.extend(notices);
            self.take_snapshot();
        }
        if self.counts.active > 0 {
            ctx.request_repaint_after(REFRESH);
            if self
                .free_space_checked
                .is_none_or(|at| at.elapsed() >= FREE_SPACE_EVERY)
            {
                self.check_free_space();
            }
        }
    }

    fn take_snapshot(&mut self) {
        let Some(engine) = &self.engine else { return };
        self.snapshot = engine.snapshot();
        self.counts = self.snapshot.counts();
        self.bytes_per_sec = self.snapshot.total_bytes_per_sec();
        let snapshot = &self.snapshot;
        self.selection.retain(|id| snapshot.get(id).is_some());
    }

    /// Draws the whole window.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        self.handle_input(&ctx, &mut commands);

        egui::Panel::top("toolbar").show(ui, |ui| {
            toolbar::toolbar_ui(ui, &self.counts, self.engine.is_some(), &mut commands);
        });
        if !self.notices.is_empty() {
            egui::Panel::top("notices").show(ui, |ui| {
                notices_ui(ui, &self.notices, &mut commands);
            });
        }
        egui::Panel::bottom("status-bar").show(ui, |ui| {
            let limit = self.settings.speed_limit_bytes();
            status_bar::status_bar_ui(ui, &self.counts, self.bytes_per_sec, limit, self.free_space);
        });
        egui::CentralPanel::default().show(ui, |ui| match &self.startup_error {
            Some(error) => startup_error_ui(ui, error),
            None => list::table_ui(ui, &self.snapshot, &mut self.selection, &mut commands),
        });

        if let Some(dialog) = &mut self.add_dialog {
            dialog.show(&ctx, &mut commands);
        }
        if let Some(window) = &mut self.settings_window {
            window.show(&ctx, &mut commands);
        }
        if let Some(dialog) = &mut self.limit_dialog {
            dialog.show(&ctx, &mut commands);
        }
        if self.asking_to_quit {
            quit_dialog_ui(&ctx, self.counts.active, &mut commands);
        }
        let hovered = ctx.input(|i| i.raw.hovered_files.len());
        if hovered > 0 {
            drop::overlay_ui(&ctx, hovered);
        }

        for command in commands {
            self.execute(Some(&ctx), command);
        }
    }

    fn modal_open(&self) -> bool {
        self.add_dialog.is_some()
            || self.settings_window.is_some()
            || self.limit_dialog.is_some()
            || self.asking_to_quit
    }

    /// Shortcuts, paste, drops and the close button.
    fn handle_input(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if ctx.input(|i| i.viewport().close_requested())
            && !self.quit_confirmed
            && self.counts.active > 0
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.asking_to_quit = true;
        }

        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_owned())
                .collect()
        });
        if !dropped.is_empty() && self.engine.is_some() {
            self.tasks
                .spawn("read-dropped", move || Some(drop::read_dropped(&dropped)));
        }

        let typing = ctx.egui_wants_keyboard_input();
        let pasted: Vec<String> = ctx.input(|i| {
            i.events
                .iter()
                .filter_map(|event| match event {
                    egui::Event::Paste(text) => Some(text.clone()),
                    // Text dropped on the window arrives as typed text on some platforms.
                    egui::Event::Text(text) if text.contains("://") => Some(text.clone()),
                    _ => None,
                })
                .collect()
        });
        if !typing && !pasted.is_empty() && self.engine.is_some() {
            let text = pasted.join("\n");
            let other_modal = self.settings_window.is_some()
                || self.limit_dialog.is_some()
                || self.asking_to_quit;
            match &mut self.add_dialog {
                Some(dialog) => dialog.append(&text),
                None if !other_modal => commands.push(Command::OpenAddDialog(text)),
                None => {}
            }
        }

        if self.modal_open() || typing {
            return;
        }
        if ctx.input_mut(|i| i.consume_shortcut(&ADD_SHORTCUT)) && self.engine.is_some() {
            commands.push(Command::OpenAddDialog(String::new()));
        }
        if ctx.input_mut(|i| i.consume_shortcut(&SELECT_ALL_SHORTCUT)) {
            commands.push(Command::SelectAll);
        }
        if ctx.input(|i| i.key_pressed(egui::Key::Delete)) && !self.selection.is_empty() {
            commands.push(Command::RemoveSelected);
        }
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.selection.clear();
        }
    }

    /// Carries out one command. `ctx` is `None` only while the window is being built.
    pub fn execute(&mut self, ctx: Option<&egui::Context>, command: Command) {
        match command {
            Command::OpenAddDialog(text) => {
                if let Some(dialog) = &mut self.add_dialog {
                    dialog.append(&text);
                    return;
                }
                let dialog = AddDialog::new(text, self.download_dir());
                if dialog.wants_clipboard {
                    let desktop = Arc::clone(&self.desktop);
                    self.tasks.spawn("clipboard", move || {
                        Some(TaskResult::Clipboard(desktop.clipboard_text()))
                    });
                }
                self.add_dialog = Some(dialog);
            }
            Command::Add { urls, dir, paused } => {
                self.add_dialog = None;
                let Some(engine) = &self.engine else { return };
                let requests = urls
                    .into_iter()
                    .map(|url| AddRequest {
                        paused,
                        ..AddRequest::new(url, dir.clone())
                    })
                    .collect();
                for result in engine.add_many(requests) {
                    if let Err(err) = result {
                        self.notices.push(format!("A link was not added: {err}"));
                    }
                }
            }
            Command::CloseAddDialog => self.add_dialog = None,
            Command::Act(action, ids) => self.act(action, &ids),
            Command::OpenLimitDialog(ids) => {
                let mut limits = ids
                    .iter()
                    .filter_map(|&id| self.snapshot.get(id).map(|d| d.speed_limit));
                let first = limits.next().flatten();
                let shared = limits.all(|limit| limit == first);
                self.limit_dialog = Some(LimitDialog::new(ids, first.filter(|_| shared)));
            }
            Command::SetSpeedLimit(ids, limit) => {
                self.limit_dialog = None;
                self.with_engine(|engine| engine.set_speed_limit(&ids, limit));
            }
            Command::CloseLimitDialog => self.limit_dialog = None,
            Command::CopyLinks(ids) => {
                let text = ids
                    .iter()
                    .filter_map(|&id| self.snapshot.get(id).map(|d| d.url.to_string()))
                    .collect::<Vec<_>>()
                    .join("\n");
                if let Some(ctx) = ctx {
                    ctx.copy_text(text);
                }
            }
            Command::PauseAll => self.with_engine(Engine::pause_all),
            Command::ResumeAll => self.with_engine(Engine::resume_all),
            Command::ClearFinished => self.with_engine(Engine::clear_finished),
            Command::OpenSettings => {
                self.settings_window = Some(SettingsWindow::new(
                    &self.settings,
                    self.paths.download_dir.clone(),
                ));
            }
            Command::CloseSettings => self.settings_window = None,
            Command::SaveSettings(settings) => self.save_settings(settings),
            Command::PickFolder(purpose, start) => {
                let desktop = Arc::clone(&self.desktop);
                self.tasks.spawn("pick-folder", move || {
                    Some(TaskResult::FolderPicked(
                        purpose,
                        desktop.pick_folder(&start),
                    ))
                });
            }
            Command::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
            Command::SelectAll => {
                let order: Vec<DownloadId> = self.snapshot.downloads.iter().map(|d| d.id).collect();
                self.selection.select_all(&order);
            }
            Command::RemoveSelected => {
                let ids = self.selection.ids();
                self.act(RowAction::Remove, &ids);
                self.selection.clear();
            }
            Command::KeepRunning => self.asking_to_quit = false,
            Command::Quit => {
                self.asking_to_quit = false;
                self.quit_confirmed = true;
                if let Some(ctx) = ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
    }

    fn with_engine(&self, apply: impl FnOnce(&Engine)) {
        if let Some(engine) = &self.engine {
            apply(engine);
        }
    }

    fn act(&mut self, action: RowAction, ids: &[DownloadId]) {
        let Some(engine) = &self.engine else { return };
        match action {
            RowAction::Pause => engine.pause(ids),
            RowAction::Resume => engine.resume(ids),
            RowAction::Retry => engine.retry(ids),
            RowAction::Cancel => engine.cancel(ids),
            RowAction::Remove => engine.remove(ids),
            RowAction::Open | RowAction::ShowInFolder => {
                let Some(path) = ids
                    .first()
                    .and_then(|&id| self.snapshot.get(id))
                    .and_then(|d| d.target_path())
                else {
                    return;
                };
                let desktop = Arc::clone(&self.desktop);
                self.tasks.spawn("open", move || {
                    let result = if action == RowAction::Open {
                        desktop.open(&path)
                    } else {
                        desktop.show_in_folder(&path)
                    };
                    result.err().map(|err| {
                        TaskResult::Failed(format!("Could not open {}: {err}", path.display()))
                    })
                });
            }
        }
    }

    fn save_settings(&mut self, settings: Settings) {
        self.settings_window = None;
        if let Some(engine) = &self.engine {
            let queue_dir = Some(self.paths.data_dir.clone());
            if let Err(err) = engine.apply_config(&settings.engine_config(queue_dir)) {
                self.notices
                    .push(format!("The new settings could not be applied: {err}"));
            }
        }
        self.settings = settings.clone();
        let path = self.paths.config_file();
        self.tasks.spawn("save-settings", move || {
            let result = settings.save(&path).map_err(|err| {
                format!(
                    "The settings could not be saved ({err}): {}",
                    path.display()
                )
            });
            Some(TaskResult::SettingsSaved(result))
        });
        self.check_free_space();
    }

    fn check_free_space(&mut self) {
        self.free_space_checked = Some(Instant::now());
        let dir = self.download_dir();
        self.tasks.spawn("free-space", move || {
            Some(TaskResult::FreeSpace(
                crate::engine::disk::free_space(&dir).ok(),
            ))
        });
    }

    fn handle_result(&mut self, result: TaskResult) {
        match result {
            TaskResult::DroppedFiles { text, problems } => {
                if let Some(dialog) = &mut self.add_dialog {
                    dialog.append(&text);
                    dialog.file_problems.extend(problems);
                } else if !self.modal_open() {
                    let mut dialog = AddDialog::new(text, self.download_dir());
                    dialog.wants_clipboard = false;
                    dialog.file_problems = problems;
                    self.add_dialog = Some(dialog);
                }
            }
            TaskResult::Clipboard(text) => {
                if let (Some(dialog), Some(text)) = (&mut self.add_dialog, text) {
                    dialog.offer_clipboard(&text);
                }
            }
            TaskResult::FolderPicked(_, None) => {}
            TaskResult::FolderPicked(FolderFor::AddDialog, Some(dir)) => {
                if let Some(dialog) = &mut self.add_dialog {
                    dialog.set_dir(dir);
                }
            }
            TaskResult::FolderPicked(FolderFor::Settings, Some(dir)) => {
                if let Some(window) = &mut self.settings_window {
                    window.set_dir(dir);
                }
            }
            TaskResult::FreeSpace(bytes) => self.free_space = bytes,
            TaskResult::SettingsSaved(Ok(())) => {}
            TaskResult::SettingsSaved(Err(message)) | TaskResult::Failed(message) => {
                self.notices.push(message);
            }
        }
    }

    /// Stops transfers so they continue next time, and saves the list.
    pub fn shutdown(&self) {
        if let Some(engine) = &self.engine {
            engine.shutdown(Duration::from_secs(3));
        }
    }
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

fn notices_ui(ui: &mut egui::Ui, notices: &[String], commands: &mut Vec<Command>) {
    ui.add_space(4.0);
    for (index, notice) in notices.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui.small_button("Dismiss").clicked() {
                commands.push(Command::DismissNotice(index));
            }
            ui.add(
                egui::Label::new(
                    RichText::new(format!("⚠ {notice}")).color(ui.visuals().warn_fg_color),
                )
                .wrap(),
            );
        });
    }
    ui.add_space(4.0);
}

fn startup_error_ui(ui: &mut egui::Ui, error: &str) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.3);
        ui.label(RichText::new("Haul could not start its download engine").heading());
        ui.add_space(8.0);
        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
    });
}

fn quit_dialog_ui(ctx: &egui::Context, active: usize, commands: &mut Vec<Command>) {
    let modal = egui::Modal::new(egui::Id::unique("quit")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading("Downloads are still running");
        ui.add_space(6.0);
        let what = if active == 1 {
            "1 download is".to_owned()
        } else {
            format!("{active} downloads are")
        };
        ui.label(format!(
            "{what} still running. If you quit now, they stop and continue where they left off \
             the next time you open Haul."
        ));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button("Keep downloading").clicked() {
                commands.push(Command::KeepRunning);
            }
            if ui.button("Quit and resume later").clicked() {
                commands.push(Command::Quit);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::KeepRunning);
    }
}

/// Opens the window and runs until it closes.
pub fn run(paths: Paths, links: Vec<String>) -> anyhow::Result<()> {
    let setup = AppSetup::load(paths, links, Arc::new(SystemDesktop));
    let persistence = setup.paths.data_dir.join("window.ron");
    let mut viewport = egui::ViewportBuilder::default()
        .with_app_id(APP_ID)
        .with_title("Haul")
        .with_inner_size([1040.0, 640.0])
        .with_min_inner_size([640.0, 360.0])
        .with_drag_and_drop(true);
    match eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/haul-256.png")) {
        Ok(icon) => viewport = viewport.with_icon(Arc::new(icon)),
        Err(err) => log::warn!("the window icon could not be loaded: {err}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        persistence_path: Some(persistence),
        ..Default::default()
    };
    eframe::run_native(
        "Haul",
        options,
        Box::new(move |cc| Ok(Box::new(App::new(&cc.egui_ctx, setup)))),
    )
    .map_err(|err| anyhow::anyhow!("could not open the window: {err}"))
}
