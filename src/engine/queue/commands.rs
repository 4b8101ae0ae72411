//! What users ask of downloads: add them, pause, resume, retry, cancel and remove them. Each
//! command changes the rows under the lock and returns at once; workers start, stop and clean
//! up on their own threads.
use std::path::PathBuf;
use std::sync::Arc;

use url::Url;

use super::handle::Engine;
use super::scheduler::schedule;
use super::undo_records::{PartialFiles, UndoToken};
use super::undoing;
use crate::engine::checksum::Checksum;
use crate::engine::clock::unix_now;
use crate::engine::error::AddError;
use crate::engine::files::categories::Sorted;
use crate::engine::files::naming;
use crate::engine::from_browser::FromBrowser;
use crate::engine::net::login::Login;
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::state::transitions::Command;
use crate::engine::state::{Download, DownloadId, Kind, Quality, Relink, Status};

/// A download to add.
#[derive(Clone, Debug)]
pub struct AddRequest {
    /// The link.
    pub url: Url,
    /// Folder for the file.
    pub dir: PathBuf,
    /// A name chosen by the user instead of the server's suggestion.
    pub file_name: Option<String>,
    /// The file's expected digest, if the user gave one.
    pub checksum: Option<Checksum>,
    /// Add it paused instead of queued.
    pub paused: bool,
    /// Download a fresh copy even if the same file from this link is already in the folder.
    pub again: bool,
    /// What to do with a partial of the same name from another link.
    pub relink: Relink,
    /// What a browser handed over with the link (page, User-Agent, cookies).
    pub from_browser: Option<Arc<FromBrowser>>,
    /// `dir` is the download folder rather than one the user chose for this link: a category
    /// with a folder of its own takes the file there.
    pub by_category: bool,
    /// The queue it waits in (empty or unknown: Main).
    pub queue: String,
    /// Connections for this download alone, at most (`None`: the setting).
    pub connections: Option<usize>,
    /// Its own proxy (`None`: its queue's, else the settings').
    pub proxy: Option<ProxyChoice>,
    /// Which variant of a stream it takes.
    pub quality: Quality,
    /// What kind of download it is, when the user said (`None`: as the link's name says;
    /// `Page` hands a video page to yt-dlp).
    pub kind: Option<Kind>,
    /// The files of a torrent to fetch, by their place in it (`None`: all).
    pub only_files: Option<Vec<usize>>,
    /// How long a torrent seeds once finished (`None`: as the settings say).
    pub seed_goal: Option<crate::engine::net::peers::SeedGoal>,
}

impl AddRequest {
    /// A request to download `url` into `dir` with the server's name, starting when a slot
    /// is free.
    pub fn new(url: Url, dir: impl Into<PathBuf>) -> Self {
        Self {
            url,
            dir: dir.into(),
            file_name: None,
            checksum: None,
            paused: false,
            again: false,
            relink: Relink::Off,
            from_browser: None,
            by_category: false,
            queue: String::new(),
            connections: None,
            proxy: None,
            quality: Quality::Best,
            kind: None,
            only_files: None,
            seed_goal: None,
        }
    }
}

impl Engine {
    /// Adds one download.
    pub fn add(&self, request: AddRequest) -> Result<DownloadId, AddError> {
        self.add_many(vec![request])
            .pop()
            .unwrap_or(Err(AddError::NoHost))
    }

    /// Adds several downloads under one lock (for pasted lists of thousands of links).
    pub fn add_many(&self, requests: Vec<AddRequest>) -> Vec<Result<DownloadId, AddError>> {
        let now = unix_now();
        // The rules, read once before the lock.
        let categories = Arc::clone(&self.shared.resources.tuning().categories);
        let mut results = Vec::with_capacity(requests.len());
        {
            let mut state = self.shared.lock();
            for request in requests {
                results.push(validate(&request).map(|()| {
                    state.add(|id| {
                        let mut row = Download::new(id, request.url, request.dir, now);
                        row.name_fixed = request.file_name.is_some();
                        row.file_name = request.file_name.map(|n| naming::sanitize(&n));
                        if request.paused {
                            row.status = Status::Paused { reason: None };
                        }
                        row.checksum = request.checksum;
                        row.again = request.again;
                        row.relink = request.relink;
                        row.referer = request
                            .from_browser
                            .as_ref()
                            .and_then(|b| b.referer.clone());
                        row.from_browser = request.from_browser;
                        row.by_category = request.by_category;
                        row.queue = request.queue;
                        row.proxy = request.proxy;
                        row.kind = request.kind.unwrap_or_else(|| Kind::of_link(&row.url));
                        row.quality = request.quality;
                        row.only_files = request.only_files.map(Into::into);
                        row.seed_goal = request.seed_goal;
                        row.connections = request
                            .connections
                            .map(|n| crate::engine::limits::CONNECTIONS_PER_HOST.clamp_usize(n));
                        let name = row.file_name.clone().or_else(|| {
                            let name = naming::name_from_url(&row.url)?;
                            // A stream becomes a video: its category is the video's.
                            Some(match row.kind {
                                Kind::Stream | Kind::Page => naming::video_name(&name),
                                Kind::Http | Kind::Torrent => name,
                            })
                        });
                        row.category = categories.name_of(&Sorted {
                            url: &row.url,
                            name: name.as_deref(),
                            content_type: None,
                        });
                        row
                    })
                }));
            }
        }
        self.shared.changed();
        schedule(&self.shared);
        results
    }

    /// Pauses downloads; running ones stop within a fraction of a second, keeping their data.
    pub fn pause(&self, ids: &[DownloadId]) {
        // A finished torrent's pause ends its seeding.
        for &id in ids {
            self.shared.resources.swarm.stop_seeding(id);
        }
        self.command(ids, |state, id| {
            state.apply_command(id, Command::Pause);
        });
    }

    /// Resumes paused downloads (they queue for a free slot).
    pub fn resume(&self, ids: &[DownloadId]) {
        self.command(ids, |state, id| {
            state.apply_command(id, Command::Resume);
        });
    }

    /// Tries failed or cancelled downloads again (a failed one continues its partial file, and
    /// so does a cancelled one whose files are still there).
    pub fn retry(&self, ids: &[DownloadId]) {
        self.command(ids, |state, id| {
            if state.apply_command(id, Command::Retry) {
                self.shared.undo_book().keep_files(id);
            }
        });
    }

    /// Cancels downloads: they stop at once, and their partial files are deleted when the undo
    /// window has passed (or when Haul quits); [`Engine::undo`] with the returned token brings
    /// them back first.
    pub fn cancel(&self, ids: &[DownloadId]) -> UndoToken {
        let token = self.shared.undo_book().new_token();
        self.command(ids, |state, id| {
            if state.apply_command(id, Command::Cancel)
                && let Some(row) = state.shared_row(id)
            {
                undoing::delete_later(&self.shared, token, row, false);
            }
        });
        token
    }

    /// Removes downloads from the list; finished files always stay. Unfinished ones stop, and
    /// their partial files stay too unless `partial` says to delete them (after the undo
    /// window). [`Engine::undo`] with the returned token puts the rows back.
    pub fn remove(&self, ids: &[DownloadId], partial: PartialFiles) -> UndoToken {
        let token = self.shared.undo_book().new_token();
        let mut kept = Vec::new();
        for &id in ids {
            self.shared.resources.swarm.stop_seeding(id);
        }
        self.command(ids, |state, id| {
            let Some(row) = state.take(id) else { return };
            let unfinished = !matches!(row.status, Status::Finished | Status::Cancelled);
            if unfinished && partial == PartialFiles::Delete {
                undoing::delete_later(&self.shared, token, row, true);
            } else {
                kept.push(row);
            }
        });
        undoing::remember_removed(&self.shared, token, kept);
        token
    }

    /// Gives an unfinished download a new link (an expired one replaced): it continues with
    /// every byte it has if the new link gives the same file, and fails saying so if not.
    pub fn change_link(&self, id: DownloadId, url: Url) -> Result<(), AddError> {
        self.relink(id, url, false)
    }

    /// The same, but a paused download stays paused (a remote client changed its link and
    /// resumes it when it wants).
    pub fn change_link_keeping_pause(&self, id: DownloadId, url: Url) -> Result<(), AddError> {
        self.relink(id, url, true)
    }

    fn relink(&self, id: DownloadId, url: Url, keep_paused: bool) -> Result<(), AddError> {
        validate(&AddRequest::new(url.clone(), PathBuf::new()))?;
        self.command(&[id], |state, id| {
            if state.change_link(id, &url, keep_paused) {
                self.shared.undo_book().keep_files(id);
            }
        });
        Ok(())
    }

    /// Gives a download the login its server asked for, and tries it again.
    pub fn give_login(&self, id: DownloadId, login: &Login) {
        self.command(&[id], |state, id| {
            state.give_login(id, login);
        });
    }

    /// Keeps (or with `None` forgets) the login for a proxy that carries none (the desktop's,
    /// a queue's or a download's own), named as reasons name it (its address without a
    /// login); requests through it carry it from now on.
    pub fn give_proxy_login(&self, proxy: &str, login: Option<Login>) {
        crate::engine::net::proxy::given_logins::give(proxy, login);
    }

    /// Remembers (or with `None` forgets) the login of a site (see
    /// [`crate::engine::net::login::site_of`]) for the downloads that start from now on.
    pub fn remember_login(&self, site: String, login: Option<Login>) {
        self.shared.resources.site_logins.set(site, login);
    }

    /// Starts a download over in its partial file from its current link (after its new link
    /// turned out to give another file).
    pub fn start_over(&self, ids: &[DownloadId]) {
        self.command(ids, |state, id| {
            if state.start_over(id) {
                self.shared.undo_book().keep_files(id);
            }
        });
    }

    /// Pauses everything that is waiting or running.
    pub fn pause_all(&self) {
        let ids = self.ids_where(|d| d.status.can_pause());
        self.pause(&ids);
    }

    /// Resumes everything paused.
    pub fn resume_all(&self) {
        let ids = self.ids_where(|d| matches!(d.status, Status::Paused { .. }));
        self.resume(&ids);
    }

    /// Removes finished downloads from the list (their files stay).
    pub fn clear_finished(&self) {
        let ids = self.ids_where(|d| d.status == Status::Finished);
        self.remove(&ids, PartialFiles::Keep);
    }
}

fn validate(request: &AddRequest) -> Result<(), AddError> {
    // A magnet, or a `.torrent` file on this machine: a torrent (its own checks).
    let url = &request.url;
    let torrent_file =
        url.scheme() == "file" && url.path().to_ascii_lowercase().ends_with(".torrent");
    if url.scheme() == "magnet" || torrent_file {
        return Ok(());
    }
    if !matches!(request.url.scheme(), "http" | "https") {
        return Err(AddError::UnsupportedScheme(request.url.scheme().to_owned()));
    }
    if request.url.host_str().is_none_or(str::is_empty) {
        return Err(AddError::NoHost);
    }
    Ok(())
}

impl Engine {
    /// Reads the clock now and applies the schedules and the speed grid (the engine does it
    /// every second by itself).
    pub fn check_time(&self) {
        super::clock_thread::check(&self.shared);
    }

    /// Moves downloads to the queue `name` (one that exists); running ones keep running.
    pub fn move_to_queue(&self, ids: &[DownloadId], name: &str) {
        self.command(ids, |state, id| {
            state.move_to_queue(id, name);
        });
    }

    /// Moves downloads within the order they start in.
    pub fn reorder(&self, ids: &[DownloadId], place: crate::engine::state::Place) {
        {
            self.shared.lock().reorder(ids, place);
        }
        self.shared.changed();
        schedule(&self.shared);
    }
}
