//! What comes back from background tasks (dropped files read, the clipboard, a picked folder,
//! free space, saved settings) and where it goes in the window.

use crate::app::App;
use crate::app::command::FolderFor;
use crate::app::desktop::NoFolderDialog;
use crate::app::dialogs::Modal;
use crate::app::dialogs::add::AddDialog;
use crate::app::dialogs::folder_browser::FolderBrowser;
use crate::app::handlers::AddHow;
use crate::app::tasks::TaskResult;
use crate::i18n::t;

impl App {
    pub(super) fn handle_result(&mut self, result: TaskResult) {
        match result {
            TaskResult::DroppedFiles { text, problems } => {
                if let Some(dialog) = self.dialogs.add() {
                    dialog.append(&text);
                    dialog.file_problems.extend(problems);
                } else if !self.dialogs.is_open() {
                    let mut dialog = AddDialog::new(text, self.download_dir());
                    dialog.set_in_list(self.rows.links_in_list());
                    dialog.set_unfinished(self.rows.unfinished_rows());
                    dialog.wants_clipboard = false;
                    dialog.file_problems = problems;
                    self.dialogs.open(Modal::Add(Box::new(dialog)));
                } else {
                    self.notices.tell(t!("drop-dialog-open"));
                }
            }
            TaskResult::LaunchLinks { text, problems } => {
                self.notices.tell_all(problems);
                let parsed = crate::links::parse_links(&text);
                let dir = self.download_dir();
                let how = AddHow {
                    checksums: parsed.checksums,
                    ..AddHow::default()
                };
                self.add_urls(parsed.urls, &dir, how);
            }
            TaskResult::LoginSaved(kept) => self.login_saved(kept),
            TaskResult::SiteExtras(sites) => self.incoming.site_extras = sites,
            TaskResult::LoginsKept(kept) => self.logins_kept_in(kept),
            TaskResult::TorrentListed { link, listed } => {
                if let Some(dialog) = self.dialogs.add() {
                    dialog.torrent_listed(&link, listed);
                }
            }
            TaskResult::FolderOrigins { dir, found } => {
                if let Some(dialog) = self.dialogs.add() {
                    dialog.set_downloaded(&dir, found);
                }
            }
            TaskResult::NoticeClicked(action, id) => {
                let action = match action {
                    crate::app::desktop::notifications::NoticeAction::Open => {
                        crate::app::list::row_actions::RowAction::Open
                    }
                    crate::app::desktop::notifications::NoticeAction::ShowInFolder => {
                        crate::app::list::row_actions::RowAction::ShowInFolder
                    }
                    crate::app::desktop::notifications::NoticeAction::Add => return,
                };
                self.execute(None, crate::app::command::Command::Act(action, vec![id]));
            }
            TaskResult::OfferTaken(text) => {
                self.execute(None, crate::app::command::Command::ShowWindow);
                self.open_add_dialog(text);
            }
            TaskResult::Clipboard(text) => {
                if let (Some(dialog), Some(text)) = (self.dialogs.add(), text) {
                    dialog.offer_clipboard(&text);
                }
            }
            TaskResult::FolderPicked(_, Ok(None)) => {}
            TaskResult::FolderPicked(purpose, Ok(Some(dir))) => self.use_folder(purpose, dir),
            TaskResult::FolderPicked(purpose, Err(NoFolderDialog)) => {
                let start = match purpose {
                    FolderFor::AddDialog => self.dialogs.add().map(|dialog| dialog.dir()),
                    FolderFor::Settings | FolderFor::Category(_) => None,
                }
                .unwrap_or_else(|| self.download_dir());
                self.dialogs
                    .open(Modal::FolderBrowser(FolderBrowser::new(purpose, &start)));
            }
            TaskResult::FolderListing { dir, listing } => {
                if let Some(browser) = self.dialogs.folder_browser() {
                    browser.set_listing(&dir, listing);
                }
            }
            TaskResult::OpenFailed(failure) => self.notices.open_failed(failure),
            TaskResult::RemoteControl(Ok(server)) => self.remote.server = Some(server),
            TaskResult::RemoteControl(Err(problem)) => self.notices.tell(problem),
            TaskResult::SettingsSaved(Ok(())) => {}
            TaskResult::SettingsSaved(Err(problem)) => self.notices.tell(problem.to_string()),
            TaskResult::Failed(message) => {
                self.notices.tell(message);
            }
        }
    }

    /// Puts a chosen folder where it was asked for.
    pub(super) fn use_folder(&mut self, purpose: FolderFor, dir: std::path::PathBuf) {
        match purpose {
            FolderFor::AddDialog => {
                if let Some(dialog) = self.dialogs.add() {
                    dialog.set_dir(dir);
                }
            }
            FolderFor::Settings => {
                if let Some(window) = self.dialogs.settings() {
                    window.set_dir(dir);
                }
            }
            FolderFor::Category(index) => {
                if let Some(window) = self.dialogs.settings() {
                    window.set_category_folder(index, dir);
                }
            }
        }
    }
}
