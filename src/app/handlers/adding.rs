//! Adding links: paste, drops, the Add dialog and what it needs to know about the list.

use std::sync::Arc;

use crate::app::App;
use crate::app::dialogs::Modal;
use crate::app::dialogs::add::AddDialog;
use crate::app::incoming::drop;
use crate::app::incoming::xdnd::DroppedData;
use crate::app::site_extras;
use crate::app::tasks::TaskResult;
use crate::engine::AddRequest;
use crate::engine::net::login;
use crate::i18n::t;

/// How long the Add dialog waits for a magnet's file list from its peers.
const TORRENT_FILES_WAIT: std::time::Duration = std::time::Duration::from_secs(60);

/// How links are added: paused or not, which to fetch again, their checksums, their queue.
#[derive(Clone, Debug, Default)]
pub(crate) struct AddHow {
    /// Add them paused.
    pub paused: bool,
    /// Those to fetch as fresh copies even if already downloaded.
    pub again: Vec<url::Url>,
    /// Checksums given with the links, by link.
    pub checksums: std::collections::HashMap<String, crate::engine::Checksum>,
    /// The queue (empty: Main).
    pub queue: String,
    /// What their requests carry beyond Haul's own (the Add dialog's Advanced part).
    pub extra: Option<Arc<crate::engine::FromBrowser>>,
    /// The quality of videos among them.
    pub quality: crate::engine::state::Quality,
    /// They are pages with a video on them, for yt-dlp.
    pub as_pages: bool,
    /// The files chosen of torrents among them, by link (absent: all).
    pub only_files: Vec<(String, Vec<usize>)>,
}

impl App {
    /// Pasted text: into the open Add dialog, or a new one when no dialog is open.
    pub(crate) fn paste(&mut self, text: String) {
        if self.engine.is_none() {
            return;
        }
        if let Some(dialog) = self.dialogs.add() {
            dialog.append(&text);
        } else if !self.dialogs.is_open() {
            self.open_add_dialog(text);
        }
    }

    /// Files dropped on the window: read in the background.
    pub(crate) fn read_dropped_files(&mut self, paths: Vec<std::path::PathBuf>) {
        if self.engine.is_some() {
            self.tasks
                .spawn("read-dropped", move || Some(drop::read_dropped(&paths)));
        }
    }

    /// A drop the X11 proxy read: text at once, files in the background.
    pub(crate) fn add_dropped(&mut self, data: DroppedData) {
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

    /// Adds downloads (from the Add dialog, or links Haul was opened with).
    pub(crate) fn add_urls(&mut self, urls: Vec<url::Url>, dir: &std::path::Path, how: AddHow) {
        let AddHow {
            paused,
            again,
            checksums,
            queue,
            extra,
            quality,
            as_pages,
            only_files,
        } = how;
        let Some(engine) = &self.engine else { return };
        // Into the download folder: a category with a folder of its own takes its files.
        let by_category = dir == self.download_dir();
        let requests = urls
            .into_iter()
            .map(|url| {
                let (from_browser, file_name) = self
                    .incoming
                    .from_browser
                    .remove(url.as_str())
                    .map_or((None, None), |(context, name)| (Some(context), name));
                // A browser's own context first; else the dialog's, else the site's.
                let from_browser = from_browser.or_else(|| extra.clone()).or_else(|| {
                    self.incoming
                        .site_extras
                        .get(&login::site_of(&url))
                        .cloned()
                });
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
                by_category,
                queue: queue.clone(),
                quality,
                kind: as_pages.then_some(crate::engine::state::Kind::Page),
                only_files: only_files
                    .iter()
                    .find(|(link, _)| link == url.as_str())
                    .map(|(_, files)| files.clone()),
                ..AddRequest::new(url, dir)
            })
            .collect();
        for result in engine.add_many(requests) {
            if let Err(err) = result {
                self.notices.tell(t!(
                    "notice-link-not-added",
                    reason = crate::describe::add_error(&err)
                ));
            }
        }
    }

    pub(crate) fn open_add_dialog(&mut self, text: String) {
        if self.engine.is_none() {
            return;
        }
        if let Some(dialog) = self.dialogs.add() {
            dialog.append(&text);
            return;
        }
        let mut dialog = AddDialog::new(text, self.download_dir());
        dialog.set_in_list(self.rows.links_in_list());
        dialog.set_unfinished(self.rows.unfinished_rows());
        dialog.set_queues(
            self.rows
                .snapshot
                .queues
                .iter()
                .map(|queue| queue.config.name.clone())
                .collect(),
        );
        // The links' site may remember what its requests carry.
        if let Some(extra) = dialog
            .first_site()
            .and_then(|site| self.incoming.site_extras.get(&site))
        {
            dialog.prefill_extras(extra);
        }
        if dialog.wants_clipboard {
            let desktop = Arc::clone(&self.desktop);
            self.tasks.spawn("clipboard", move || {
                Some(TaskResult::Clipboard(desktop.clipboard_text()))
            });
        }
        self.dialogs.open(Modal::Add(Box::new(dialog)));
    }

    /// Remembers `extra` (but its cookies) for the sites of `urls`, saved in the background.
    pub(crate) fn remember_extras(
        &mut self,
        urls: &[url::Url],
        extra: &crate::engine::FromBrowser,
    ) {
        let kept = Arc::new(site_extras::kept(extra));
        for url in urls {
            self.incoming
                .site_extras
                .insert(login::site_of(url), Arc::clone(&kept));
        }
        let sites = self.incoming.site_extras.clone();
        let path = site_extras::file(&self.paths.data_dir);
        self.tasks.spawn("save-site-extras", move || {
            if let Err(err) = site_extras::save(&path, &sites) {
                log::warn!("what sites remember could not be saved: {err}");
            }
            None
        });
    }

    /// Reads what sites remember, in the background (at start).
    pub(crate) fn load_site_extras(&mut self) {
        let path = site_extras::file(&self.paths.data_dir);
        self.tasks.spawn_quiet("site-extras", move || {
            Some(TaskResult::SiteExtras(site_extras::load(&path)))
        });
    }

    /// Reads the files of the Add dialog's new torrent links in the background.
    pub(crate) fn list_add_torrents(&mut self) {
        let (Some(engine), Some(dialog)) = (&self.engine, self.dialogs.add()) else {
            return;
        };
        for url in dialog.torrents_to_list() {
            let engine = engine.clone();
            let dir = self.download_dir();
            self.tasks.spawn("torrent-files", move || {
                let listed = engine.torrent_files(&url, dir, TORRENT_FILES_WAIT);
                Some(TaskResult::TorrentListed {
                    link: url.as_str().to_owned(),
                    listed,
                })
            });
        }
    }

    /// Looks at the Add dialog's folder in the background when it changed, so links already
    /// downloaded there can be marked.
    pub(crate) fn scan_add_folder(&mut self) {
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
}
