//! Carrying out commands: the one place where a button, a menu entry, a shortcut, a paste or a
//! drop turns into engine calls, dialogs and background tasks.

use std::sync::Arc;

use eframe::egui;

use crate::app::App;
use crate::app::command::Command;
use crate::app::dialogs::Modal;
use crate::app::dialogs::add::AddDialog;
use crate::app::dialogs::folder_browser::BrowserAction;
use crate::app::dialogs::limit::LimitDialog;
use crate::app::dialogs::settings::SettingsWindow;
use crate::app::incoming::drop;
use crate::app::incoming::xdnd::DroppedData;
use crate::app::list::actions::RowAction;
use crate::app::tasks::TaskResult;
use crate::config::Settings;
use crate::engine::{AddRequest, DownloadId, Engine, Status};

impl App {
    /// Carries out one command. `ctx` is `None` only while the window is being built.
    pub fn execute(&mut self, ctx: Option<&egui::Context>, command: Command) {
        match command {
            Command::OpenAddDialog(text) => self.open_add_dialog(text),
            Command::Paste(text) => {
                if self.engine.is_none() {
                    return;
                }
                if let Some(dialog) = self.dialogs.add() {
                    dialog.append(&text);
                } else if !self.dialogs.is_open() {
                    self.open_add_dialog(text);
                }
            }
            Command::ReadDroppedFiles(paths) => {
                if self.engine.is_some() {
                    self.tasks
                        .spawn("read-dropped", move || Some(drop::read_dropped(&paths)));
                }
            }
            Command::AddDropped(data) => {
                if self.engine.is_none() {
                    return;
                }
                let DroppedData {
                    text,
                    files,
                    problems,
                } = data;
                if files.is_empty() {
                    self.handle_result(TaskResult::DroppedFiles { text, problems });
                } else {
                    self.tasks.spawn("read-dropped", move || {
                        Some(drop::read_dropped_with(text, problems, &files))
                    });
                }
            }
            Command::Add {
                urls,
                dir,
                paused,
                again,
                attach,
                checksums,
            } => {
                self.dialogs.close_where(|m| matches!(m, Modal::Add(_)));
                self.add_urls(urls, &dir, paused, &again, &checksums);
                for (id, url) in attach {
                    self.execute(ctx, Command::ChangeLink(id, url));
                }
            }
            Command::CloseDialog => {
                if let Some(Modal::Add(_)) = self.dialogs.close() {
                    // What a browser handed over with links not added is not kept.
                    self.from_browser.clear();
                }
            }
            Command::Act(action, ids) => self.act(action, &ids),
            Command::OpenLimitDialog(ids) => {
                let mut limits = ids
                    .iter()
                    .filter_map(|&id| self.snapshot.get(id).map(|d| d.speed_limit));
                let first = limits.next().flatten();
                let shared = limits.all(|limit| limit == first);
                self.dialogs.open(Modal::Limit(LimitDialog::new(
                    ids,
                    first.filter(|_| shared),
                )));
            }
            Command::SetSpeedLimit(ids, limit) => {
                self.dialogs.close_where(|m| matches!(m, Modal::Limit(_)));
                self.with_engine(|engine| engine.set_speed_limit(&ids, limit));
            }
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
                let window = SettingsWindow::new(&self.settings, self.paths.download_dir.clone());
                self.dialogs.open(Modal::Settings(window));
            }
            Command::SaveSettings(settings) => {
                if let Some(ctx) = ctx {
                    crate::app::apply_theme(ctx, settings.theme);
                }
                self.save_settings(settings);
            }
            Command::PickFolder(purpose, start) => {
                let desktop = Arc::clone(&self.desktop);
                self.tasks.spawn("pick-folder", move || {
                    Some(TaskResult::FolderPicked(
                        purpose,
                        desktop.pick_folder(&start),
                    ))
                });
            }
            Command::DismissNotice(index) => self.notices.dismiss(index),
            Command::SelectAll => {
                let order: Vec<DownloadId> = self.snapshot.downloads.iter().map(|d| d.id).collect();
                self.selection.select_all(&order);
            }
            Command::ClearSelection => self.selection.clear(),
            Command::RemoveSelected => {
                let ids = self.selection.ids();
                self.act(RowAction::Remove, &ids);
            }
            Command::ConfirmRemove {
                ids,
                delete_partial,
            } => {
                self.dialogs.close_where(|m| matches!(m, Modal::Remove(_)));
                self.remove(&ids, delete_partial);
            }
            Command::Undo(token) => {
                self.notices.withdraw_undo();
                let undone = self.engine.as_ref().is_some_and(|e| e.undo(token));
                if !undone {
                    self.notices
                        .tell("It is too late to undo that; the files were already deleted.");
                }
            }
            Command::DismissUndo => self.notices.withdraw_undo(),
            Command::CloseRequested => {
                if !self.quit_confirmed && self.counts.active > 0 {
                    if let Some(ctx) = ctx {
                        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                    }
                    self.dialogs.ask_to_quit();
                }
            }
            Command::QuitRequested => {
                if self.counts.active > 0 {
                    self.dialogs.ask_to_quit();
                } else if let Some(ctx) = ctx {
                    self.quit_confirmed = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Command::SortBy(column) => {
                self.view.sort = self.view.sort.clicked(column);
                self.save_ui_state();
            }
            Command::ShowTab(tab) => {
                self.view.tab = tab;
                self.save_ui_state();
            }
            Command::FocusFilter => self.focus_filter = true,
            Command::Filter(text) => self.view.filter = text,
            Command::ToggleDetails => {
                self.details_open = !self.details_open;
                self.save_ui_state();
            }
            Command::RetryFailed => {
                let ids = self.ids_where(|d| matches!(d.status, Status::Failed { .. }));
                self.act(RowAction::Retry, &ids);
            }
            Command::ClearFailed => {
                let ids = self.ids_where(|d| matches!(d.status, Status::Failed { .. }));
                self.remove(&ids, false);
            }
            Command::MoveSelection { to, extend } => self.move_selection(to, extend),
            Command::PauseOrResumeSelected => {
                let ids = self.selection.ids();
                let rows: Vec<&crate::engine::Download> = ids
                    .iter()
                    .filter_map(|&id| self.snapshot.get(id).map(|d| &**d))
                    .collect();
                let pausable: Vec<DownloadId> = rows
                    .iter()
                    .filter(|d| d.status.can_pause())
                    .map(|d| d.id)
                    .collect();
                if pausable.is_empty() {
                    let paused: Vec<DownloadId> = rows
                        .iter()
                        .filter(|d| matches!(d.status, Status::Paused { .. }))
                        .map(|d| d.id)
                        .collect();
                    self.act(RowAction::Resume, &paused);
                } else {
                    self.act(RowAction::Pause, &pausable);
                }
            }
            Command::OpenSelected => {
                let finished = self.selection.cursor().filter(|&id| {
                    self.snapshot
                        .get(id)
                        .is_some_and(|d| d.status == Status::Finished)
                });
                if let Some(id) = finished {
                    self.act(RowAction::Open, &[id]);
                }
            }
            Command::CopyPath(path) => {
                if let Some(ctx) = ctx {
                    ctx.copy_text(path.display().to_string());
                }
                self.notices.dismiss_open_failure();
                self.notices.say("Path copied");
            }
            Command::DismissOpenFailure => self.notices.dismiss_open_failure(),
            Command::ChangeLink(id, url) => {
                self.dialogs.close_where(|m| matches!(m, Modal::Link(_)));
                let Some(engine) = &self.engine else { return };
                match engine.change_link(id, url) {
                    Ok(()) => {
                        let name = self
                            .snapshot
                            .get(id)
                            .map_or_else(|| "the download".to_owned(), |d| d.display_name());
                        self.notices
                            .say(format!("New link for {name}: checking it is the same file"));
                    }
                    Err(err) => self
                        .notices
                        .tell(format!("The new link was not used: {err}")),
                }
            }
            Command::FolderBrowser(action) => match action {
                BrowserAction::Choose(dir) => {
                    let purpose = self.dialogs.folder_browser().map(|browser| browser.purpose);
                    self.dialogs
                        .close_where(|m| matches!(m, Modal::FolderBrowser(_)));
                    if let Some(purpose) = purpose {
                        self.use_folder(purpose, dir);
                    }
                }
                BrowserAction::Cancel => self
                    .dialogs
                    .close_where(|m| matches!(m, Modal::FolderBrowser(_))),
                BrowserAction::Open(_) => {}
            },
            Command::Quit => {
                self.dialogs.close_where(|m| matches!(m, Modal::Quit));
                self.quit_confirmed = true;
                if let Some(ctx) = ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
    }

    /// Adds downloads (from the Add dialog, or links Haul was opened with).
    pub(super) fn add_urls(
        &mut self,
        urls: Vec<url::Url>,
        dir: &std::path::Path,
        paused: bool,
        again: &[url::Url],
        checksums: &std::collections::HashMap<String, crate::engine::Checksum>,
    ) {
        let Some(engine) = &self.engine else { return };
        let requests = urls
            .into_iter()
            .map(|url| {
                let (from_browser, file_name) = self
                    .from_browser
                    .remove(url.as_str())
                    .map_or((None, None), |(context, name)| (Some(context), name));
                (url, from_browser, file_name)
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|(url, from_browser, file_name)| AddRequest {
                paused,
                again: again.contains(&url),
                checksum: checksums.get(url.as_str()).cloned(),
                from_browser,
                file_name,
                ..AddRequest::new(url, dir)
            })
            .collect();
        for result in engine.add_many(requests) {
            if let Err(err) = result {
                self.notices.tell(format!("A link was not added: {err}"));
            }
        }
    }

    fn open_add_dialog(&mut self, text: String) {
        if self.engine.is_none() {
            return;
        }
        if let Some(dialog) = self.dialogs.add() {
            dialog.append(&text);
            return;
        }
        let mut dialog = AddDialog::new(text, self.download_dir());
        dialog.set_in_list(self.links_in_list());
        dialog.set_unfinished(self.unfinished_rows());
        if dialog.wants_clipboard {
            let desktop = Arc::clone(&self.desktop);
            self.tasks.spawn("clipboard", move || {
                Some(TaskResult::Clipboard(desktop.clipboard_text()))
            });
        }
        self.dialogs.open(Modal::Add(Box::new(dialog)));
    }

    /// Paused and failed downloads with bytes done (a new link could continue them).
    pub(super) fn unfinished_rows(&self) -> Vec<crate::app::dialogs::add::Unfinished> {
        self.snapshot
            .downloads
            .iter()
            .filter(|d| {
                d.bytes_done > 0
                    && matches!(d.status, Status::Paused { .. } | Status::Failed { .. })
            })
            .filter_map(|d| {
                Some(crate::app::dialogs::add::Unfinished {
                    id: d.id,
                    name: d.file_name.clone()?,
                    done: d.bytes_done,
                    total: d.total_bytes,
                })
            })
            .collect()
    }

    /// Every link in the list, with its status in words (for the Add dialog's marks).
    pub(super) fn links_in_list(&self) -> std::collections::HashMap<String, String> {
        self.snapshot
            .downloads
            .iter()
            .map(|d| {
                (
                    d.url.as_str().to_owned(),
                    crate::describe::status(&d.status),
                )
            })
            .collect()
    }

    /// Looks at the Add dialog's folder in the background when it changed, so links already
    /// downloaded there can be marked.
    pub(super) fn scan_add_folder(&mut self) {
        let Some(dir) = self.dialogs.add().and_then(AddDialog::folder_to_scan) else {
            return;
        };
        self.tasks.spawn("folder-origins", move || {
            let found = crate::engine::files::origin::finished_in(&dir)
                .into_iter()
                .map(|(url, (name, origin))| (url, (name, origin.finished_unix)))
                .collect();
            Some(TaskResult::FolderOrigins { dir, found })
        });
    }

    fn save_settings(&mut self, settings: Settings) {
        self.dialogs
            .close_where(|m| matches!(m, Modal::Settings(_)));
        self.settings = settings.clone();
        let path = self.paths.config_file();
        let engine = self.engine.clone();
        let config = settings.engine_config(Some(self.paths.data_dir.clone()));
        // Applying builds a new HTTP client (certificates and all): not on the UI thread.
        self.tasks.spawn("save-settings", move || {
            if let Some(engine) = engine
                && let Err(err) = engine.apply_config(&config)
            {
                return Some(TaskResult::Failed(format!(
                    "The new settings could not be applied: {err}"
                )));
            }
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

    pub(super) fn check_free_space(&mut self) {
        self.free_space_checked = Some(std::time::Instant::now());
        let dir = self.download_dir();
        self.tasks.spawn("free-space", move || {
            Some(TaskResult::FreeSpace(
                crate::engine::files::disk::free_space(&dir).ok(),
            ))
        });
    }
}
