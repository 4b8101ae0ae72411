//! Carrying out commands: the one place where a button, a menu entry, a shortcut, a paste or a
//! drop turns into engine calls, dialogs and background tasks. Each command goes to the
//! handler of its area (`handlers`): adding links, rows and the selection, the window itself.

use eframe::egui;

use crate::app::App;
use crate::app::command::Command;
use crate::app::dialogs::Modal;
use crate::app::handlers::AddHow;
use crate::app::list::row_actions::RowAction;
use crate::engine::{Engine, Status};

impl App {
    /// Carries out one command. `ctx` is `None` only while the window is being built.
    pub fn execute(&mut self, ctx: Option<&egui::Context>, command: Command) {
        match command {
            // Adding links.
            Command::OpenAddDialog(text) => self.open_add_dialog(text),
            Command::Paste(text) => self.paste(text),
            Command::ReadDroppedFiles(paths) => self.read_dropped_files(paths),
            Command::AddDropped(data) => self.add_dropped(data),
            Command::Add {
                urls,
                dir,
                paused,
                again,
                attach,
                checksums,
                queue,
                extra,
                remember_extra,
                quality,
                as_pages,
                only_files,
            } => {
                self.dialogs.close_where(|m| matches!(m, Modal::Add(_)));
                if let (true, Some(extra)) = (remember_extra, &extra) {
                    self.remember_extras(&urls, extra);
                }
                let how = AddHow {
                    paused,
                    again,
                    checksums,
                    queue,
                    extra: extra.map(|extra| std::sync::Arc::new(*extra)),
                    quality,
                    as_pages,
                    only_files,
                };
                self.add_urls(urls, &dir, how);
                for (id, url) in attach {
                    self.execute(ctx, Command::ChangeLink(id, url));
                }
            }
            // Rows.
            Command::Act(action, ids) => self.act(action, &ids),
            Command::OpenLimitDialog(ids) => self.open_limit_dialog(ids),
            Command::SetSpeedLimit(ids, limit) => {
                self.dialogs.close_where(|m| matches!(m, Modal::Limit(_)));
                self.with_engine(|engine| engine.set_speed_limit(&ids, limit));
            }
            Command::CopyLinks(ids) => self.copy_links(ctx, &ids),
            Command::PauseAll => self.with_engine(Engine::pause_all),
            Command::ResumeAll => self.with_engine(Engine::resume_all),
            Command::ClearFinished => self.with_engine(Engine::clear_finished),
            Command::RemoveSelected => {
                let ids = self.rows.selection.ids();
                self.act(RowAction::Remove, &ids);
            }
            Command::ConfirmRemove {
                ids,
                delete_partial,
            } => {
                self.dialogs.close_where(|m| matches!(m, Modal::Remove(_)));
                self.remove(&ids, delete_partial);
            }
            Command::Undo(token) => self.undo(token),
            Command::RetryFailed => {
                let ids = self
                    .rows
                    .ids_where(|d| matches!(d.status, Status::Failed { .. }));
                self.act(RowAction::Retry, &ids);
            }
            Command::ClearFailed => {
                let ids = self
                    .rows
                    .ids_where(|d| matches!(d.status, Status::Failed { .. }));
                self.remove(&ids, false);
            }
            Command::PauseOrResumeSelected => self.pause_or_resume_selected(),
            Command::OpenSelected => self.open_selected(),
            Command::ChangeLink(id, url) => self.change_link(id, url),
            // The selection and the view.
            Command::SelectAll => self.rows.selection.select_all(&self.rows.snapshot_order()),
            Command::ClearSelection => self.rows.selection.clear(),
            Command::MoveSelection { to, extend } => self.rows.move_selection(to, extend),
            Command::SortBy(column) => {
                self.rows.view.sort = self.rows.view.sort.clicked(column);
                self.save_ui_state();
            }
            Command::ShowTab(tab) => {
                self.rows.view.tab = tab;
                self.save_ui_state();
            }
            Command::ShowCategory(category) => self.rows.view.category = category,
            Command::ShowQueue(queue) => self.rows.view.queue = queue,
            Command::ShowWindow => self.shell.show_window(ctx),
            Command::SetOverallLimit(rate) => self.set_overall_limit(rate),
            Command::ProxyLogIn {
                id,
                login,
                remember,
            } => self.proxy_log_in(id, login, remember),
            Command::TrustCertificate { id, host, sha256 } => {
                self.trust_certificate(id, host, sha256)
            }
            Command::LogIn {
                id,
                login,
                remember,
            } => self.log_in(id, login, remember),
            Command::MoveToQueue(ids, queue) => {
                self.with_engine(|engine| engine.move_to_queue(&ids, &queue));
            }
            Command::Reorder(ids, place) => self.with_engine(|engine| engine.reorder(&ids, place)),
            Command::FocusFilter => self.rows.focus_filter = true,
            Command::Filter(text) => self.rows.view.filter = text,
            Command::ToggleDetails => {
                self.rows.details_open = !self.rows.details_open;
                self.save_ui_state();
            }
            // Dialogs, notices and the window.
            Command::CloseDialog => {
                if let Some(Modal::Add(_)) = self.dialogs.close() {
                    // What a browser handed over with links not added is not kept.
                    self.incoming.from_browser.clear();
                }
            }
            Command::OpenSettings => self.open_settings(),
            Command::SaveSettings(settings) => {
                if let Some(ctx) = ctx {
                    crate::app::apply_theme(ctx, settings.theme);
                }
                self.save_settings(*settings);
            }
            Command::PickFolder(purpose, start) => self.pick_folder(purpose, start),
            Command::FolderBrowser(action) => self.folder_browser_did(action),
            Command::DismissNotice(index) => self.notices.dismiss(index),
            Command::DismissUndo => self.notices.withdraw_undo(),
            Command::CopyPath(path) => self.copy_path(ctx, &path),
            Command::CopyMagnet(link) => {
                if let Some(ctx) = ctx {
                    ctx.copy_text(link);
                }
                self.notices.say(crate::i18n::t!("notice-magnet-copied"));
            }
            Command::ChooseFiles(id, files) => {
                self.with_engine(|engine| {
                    engine.choose_files(id, Some(files));
                });
            }
            Command::DismissOpenFailure => self.notices.dismiss_open_failure(),
            Command::CloseRequested => self.close_requested(ctx),
            Command::QuitRequested => self.quit_requested(ctx),
            Command::Quit => self.quit(ctx),
            Command::DoWhenDone(action, command) => self.do_when_done(action, command, ctx),
        }
    }
}
