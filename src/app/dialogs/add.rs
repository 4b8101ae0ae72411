//! The Add dialog: a box for links (typed, pasted, dropped or taken from the clipboard), a live
//! count of the valid ones, the lines that cannot be used, the folder, and "start paused".
//! Links already in the list or already downloaded into the folder are marked and skipped
//! unless the user ticks them again (they are then fetched as fresh copies).

use crate::i18n::t;
use std::collections::HashMap;
use std::path::PathBuf;

use eframe::egui::{self, RichText};

use crate::app::command::Command;
use crate::app::command::FolderFor;
use crate::links::{self, ParsedLinks};

use super::add_advanced::Advanced;
pub use super::add_known::Unfinished;
use super::add_known::{AlreadyThere, Known};
use super::add_video::VideoChoice;

/// Problem lines listed at most (the count says how many more).
const MAX_LISTED_PROBLEMS: usize = 200;

/// State of the open Add dialog.
#[derive(Debug)]
pub struct AddDialog {
    text: String,
    parsed: ParsedLinks,
    parsed_text_len: Option<usize>,
    dir: String,
    paused: bool,
    /// The queue chosen (empty: Main), and the queues there are.
    queue: String,
    queues: Vec<String>,
    /// Problems with dropped files (not lines of the text).
    pub file_problems: Vec<String>,
    /// True until the clipboard was checked for links.
    pub wants_clipboard: bool,
    /// The links box takes the keyboard when the dialog opens.
    focus_pending: bool,
    /// What the list and the folder already hold of the links.
    already: AlreadyThere,
    /// The clipboard's text and how many links it holds, offered as a choice of its own (never
    /// merged into what the user types).
    clipboard: Option<(String, usize)>,
    /// What the requests carry beyond Haul's own (the Advanced part).
    advanced: Advanced,
    /// The videos' quality, and whether the links are video pages.
    video: VideoChoice,
    /// The torrents' files, to choose from.
    torrents: super::add_torrent::TorrentChoice,
}

/// What the dialog adds: new links, those of them to fetch again, and links attached to
/// unfinished downloads.
struct Choice {
    add: Vec<url::Url>,
    again: Vec<url::Url>,
    attach: Vec<(crate::engine::DownloadId, url::Url)>,
}

impl AddDialog {
    /// A dialog with `text`, saving into `dir`.
    pub fn new(text: String, dir: PathBuf) -> Self {
        let wants_clipboard = text.trim().is_empty();
        let mut dialog = Self {
            text,
            parsed: ParsedLinks::default(),
            parsed_text_len: None,
            dir: dir.display().to_string(),
            paused: false,
            queue: String::new(),
            queues: Vec::new(),
            file_problems: Vec::new(),
            wants_clipboard,
            focus_pending: true,
            already: AlreadyThere::default(),
            clipboard: None,
            advanced: Advanced::default(),
            video: VideoChoice::default(),
            torrents: super::add_torrent::TorrentChoice::default(),
        };
        dialog.reparse();
        dialog
    }

    /// Adds more text (a second paste or drop while open).
    pub fn append(&mut self, text: &str) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        self.text.push_str(text);
        self.reparse();
    }

    /// The torrent links whose files are to be read now (each asked for once).
    pub fn torrents_to_list(&mut self) -> Vec<url::Url> {
        self.torrents.newly_asked(&self.parsed.urls)
    }

    /// The files of torrent `link` arrived (or could not be read).
    pub fn torrent_listed(
        &mut self,
        link: &str,
        listed: Result<crate::engine::TorrentListing, String>,
    ) {
        self.torrents.listed(link, listed);
    }

    /// Offers the clipboard's links (if it has any) as a choice beside the box.
    pub fn offer_clipboard(&mut self, clipboard: &str) {
        let count = links::parse_links(clipboard).urls.len();
        self.clipboard = (count > 0).then(|| (clipboard.to_owned(), count));
    }

    /// The clipboard offer: how many links it holds, and a button that puts them in the box.
    fn clipboard_ui(&mut self, ui: &mut egui::Ui) {
        let Some((text, count)) = &self.clipboard else {
            return;
        };
        let (text, count) = (text.clone(), *count);
        ui.horizontal_wrapped(|ui| {
            let what = t!("add-clipboard-holds", count = count);
            ui.label(RichText::new(what).weak());
            let button = t!("add-use-clipboard", count = count);
            if ui.button(button).clicked() {
                self.append(&text);
                self.clipboard = None;
            }
        });
    }

    /// The folder as typed.
    pub fn dir(&self) -> PathBuf {
        PathBuf::from(self.dir.trim())
    }

    /// Sets the folder (after the folder dialog).
    pub fn set_dir(&mut self, dir: PathBuf) {
        self.dir = dir.display().to_string();
    }

    /// Tells the dialog which queues there are (a choice appears when there are several).
    pub fn set_queues(&mut self, queues: Vec<String>) {
        self.queues = queues;
    }

    fn queue_ui(&mut self, ui: &mut egui::Ui) {
        if self.queues.len() < 2 {
            return;
        }
        let label = ui.label(t!("add-queue"));
        let shown = if self.queue.is_empty() {
            crate::engine::MAIN
        } else {
            &self.queue
        };
        egui::ComboBox::from_id_salt("add-queue")
            .selected_text(crate::describe::shown_name(shown))
            .show_ui(ui, |ui| {
                for name in &self.queues {
                    ui.selectable_value(
                        &mut self.queue,
                        name.clone(),
                        crate::describe::shown_name(name),
                    );
                }
            })
            .response
            .labelled_by(label.id);
    }

    /// Fills the Advanced part with what the links' site remembered.
    pub fn prefill_extras(&mut self, remembered: &crate::engine::FromBrowser) {
        self.advanced.prefill(remembered);
    }

    /// The links' first site (scheme, host and port), for what it remembered.
    pub fn first_site(&self) -> Option<String> {
        self.parsed
            .urls
            .first()
            .map(crate::engine::net::login::site_of)
    }

    /// Tells the dialog which downloads are unfinished (paused or failed with bytes done).
    pub fn set_unfinished(&mut self, unfinished: Vec<Unfinished>) {
        self.already.unfinished = unfinished;
    }

    /// Links that could be attached to unfinished downloads, each with a box (ticked: attach).
    fn attach_ui(&mut self, ui: &mut egui::Ui) {
        let offers: Vec<(String, Unfinished)> = self
            .parsed
            .urls
            .iter()
            .filter_map(|url| {
                Some((
                    url.as_str().to_owned(),
                    self.already.attach_target(url)?.clone(),
                ))
            })
            .collect();
        if offers.is_empty() {
            return;
        }
        for (url, row) in offers.iter().take(MAX_LISTED_PROBLEMS) {
            let have = match row.total {
                Some(total) => crate::format::bytes_of(row.done, total),
                None => crate::format::bytes(row.done),
            };
            let mut attach = !self.already.attach_declined.contains(url);
            let text = t!(
                "add-continue-unfinished",
                name = row.name.as_str(),
                have = have
            );
            if ui.checkbox(&mut attach, text).changed() {
                if attach {
                    self.already.attach_declined.remove(url);
                } else {
                    self.already.attach_declined.insert(url.clone());
                }
            }
        }
    }

    /// Tells the dialog which links are already in the list (link -> status in words).
    pub fn set_in_list(&mut self, in_list: HashMap<String, String>) {
        self.already.in_list = in_list;
    }

    /// The folder whose finished files should be looked at, when it changed since the last
    /// look (the app reads it in the background and calls [`AddDialog::set_downloaded`]).
    pub fn folder_to_scan(&mut self) -> Option<PathBuf> {
        self.already.folder_to_scan(PathBuf::from(self.dir.trim()))
    }

    /// What the folder holds, by origin link: (file name, finished when).
    pub fn set_downloaded(
        &mut self,
        dir: &std::path::Path,
        found: HashMap<String, (String, Option<u64>)>,
    ) {
        self.already.set_downloaded(dir, found);
    }

    /// The links to add, which of them the user asked for again, and those attached to
    /// unfinished downloads.
    fn chosen(&self) -> Choice {
        let mut add = Vec::new();
        let mut again = Vec::new();
        let mut attach = Vec::new();
        for url in &self.parsed.urls {
            if let Some(row) = self.already.attach_target(url)
                && !self.already.attach_declined.contains(url.as_str())
            {
                attach.push((row.id, url.clone()));
                continue;
            }
            match self.already.known(url) {
                None => add.push(url.clone()),
                Some(_) if self.already.again.contains(url.as_str()) => {
                    add.push(url.clone());
                    again.push(url.clone());
                }
                Some(_) => {}
            }
        }
        Choice { add, again, attach }
    }

    fn reparse(&mut self) {
        self.parsed = links::parse_links(&self.text);
        self.parsed_text_len = Some(self.text.len());
    }

    /// Draws the dialog; returns what the user decided.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let modal = egui::Modal::new(egui::Id::unique("add-dialog")).show(ctx, |ui| {
            ui.set_width(620.0);
            ui.heading(t!("add-title"));
            ui.add_space(6.0);
            let label = ui.label(t!("add-links"));
            let response = egui::ScrollArea::vertical()
                .id_salt("links-scroll")
                .max_height(220.0)
                .show(ui, |ui| {
                    ui.add(
                        egui::TextEdit::multiline(&mut self.text)
                            .id_salt("links-text")
                            .hint_text(t!("add-links-hint"))
                            .desired_rows(8)
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(label.id)
                })
                .inner;
            if std::mem::take(&mut self.focus_pending) {
                response.request_focus();
            }
            if response.changed() || self.parsed_text_len != Some(self.text.len()) {
                self.reparse();
            }
            self.clipboard_ui(ui);
            ui.add_space(4.0);
            self.summary_ui(ui);
            self.attach_ui(ui);
            self.known_ui(ui);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let label = ui.label(t!("add-save-to"));
                let width = ui.available_width() - 90.0;
                ui.add(egui::TextEdit::singleline(&mut self.dir).desired_width(width))
                    .labelled_by(label.id);
                if ui.button(t!("add-choose-folder")).clicked() {
                    commands.push(Command::PickFolder(
                        FolderFor::AddDialog,
                        PathBuf::from(&self.dir),
                    ));
                }
            });
            ui.horizontal(|ui| {
                ui.checkbox(&mut self.paused, t!("add-start-paused"));
                self.queue_ui(ui);
            });
            self.video.ui(ui);
            self.torrents.ui(ui, &self.parsed.urls);
            self.advanced.ui(ui);
            ui.add_space(8.0);
            ui.separator();
            let Choice {
                add: new_links,
                again,
                attach,
            } = self.chosen();
            let count = new_links.len() + attach.len();
            let add_text = match (new_links.len(), attach.len()) {
                (0, 0) => t!("toolbar-add"),
                (n, 0) => t!("add-button-add", count = n),
                (0, n) => t!("add-button-continue", count = n),
                (n, m) => t!("add-button-both", add = n, continue = m),
            };
            let submit_key =
                ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter));
            ui.horizontal(|ui| {
                let extras = self.advanced.extras();
                let ready =
                    count > 0 && extras.is_ok() && !self.torrents.nothing_chosen(&self.parsed.urls);
                let add = ui
                    .add_enabled(ready, egui::Button::new(add_text))
                    .on_hover_text("Ctrl+Enter");
                if (add.clicked() || submit_key) && ready && !self.dir.trim().is_empty() {
                    commands.push(Command::Add {
                        extra: extras.ok().flatten().map(Box::new),
                        remember_extra: self.advanced.remember,
                        urls: new_links.clone(),
                        dir: PathBuf::from(self.dir.trim()),
                        paused: self.paused,
                        again: again.clone(),
                        attach: attach.clone(),
                        checksums: self.parsed.checksums.clone(),
                        queue: self.queue.clone(),
                        quality: self.video.quality,
                        as_pages: self.video.pages,
                        only_files: self.torrents.only_files(),
                    });
                }
                if ui.button(t!("dialog-cancel")).clicked() {
                    commands.push(Command::CloseDialog);
                }
                ui.label(RichText::new(t!("add-ctrl-enter")).weak());
            });
        });
        // A stray click beside it never throws pasted links (and files chosen) away: with
        // links in it, only Escape or Cancel closes it (as the login and settings dialogs keep
        // what was typed). A torrent's file list opening can move the buttons under a click.
        let stray_click = modal.backdrop_response.clicked() && !self.text.trim().is_empty();
        if modal.should_close() && !stray_click {
            commands.push(Command::CloseDialog);
        }
    }

    /// Links that are already here, each with a box to add it again anyway.
    fn known_ui(&mut self, ui: &mut egui::Ui) {
        let known: Vec<(String, Known)> = self
            .parsed
            .urls
            .iter()
            .filter_map(|url| Some((url.as_str().to_owned(), self.already.known(url)?)))
            .collect();
        if known.is_empty() {
            return;
        }
        let heading = t!("add-already-here", count = known.len());
        ui.label(RichText::new(heading).color(ui.visuals().warn_fg_color));
        let folder = std::path::Path::new(self.dir.trim())
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.dir.trim().to_owned());
        egui::ScrollArea::vertical()
            .id_salt("known-scroll")
            .max_height(90.0)
            .show(ui, |ui| {
                for (url, why) in known.iter().take(MAX_LISTED_PROBLEMS) {
                    let what = match why {
                        Known::InList(status) => {
                            t!("add-in-list", link = url.as_str(), status = status.as_str())
                        }
                        Known::Downloaded { name, when } => {
                            let path = format!("{folder}/{name}");
                            match when {
                                Some(at) => t!(
                                    "add-downloaded-on",
                                    link = url.as_str(),
                                    day = crate::format::day_month(*at),
                                    path = path
                                ),
                                None => t!("add-downloaded", link = url.as_str(), path = path),
                            }
                        }
                    };
                    let mut ticked = self.already.again.contains(url);
                    if ui.checkbox(&mut ticked, what).changed() {
                        if ticked {
                            self.already.again.insert(url.clone());
                        } else {
                            self.already.again.remove(url);
                        }
                    }
                }
            });
    }

    fn summary_ui(&mut self, ui: &mut egui::Ui) {
        let count = self.parsed.urls.len();
        let summary = match count {
            0 if self.text.trim().is_empty() => t!("add-no-links-yet"),
            0 => t!("add-no-valid-links"),
            n => t!("add-links-found", count = n),
        };
        let summary = match self.parsed.checksums.len() {
            0 => summary,
            n => t!("add-with-checksums", summary = summary, count = n),
        };
        ui.label(RichText::new(summary).strong());
        let problems: Vec<String> = self
            .file_problems
            .iter()
            .cloned()
            .chain(self.parsed.problems.iter().map(|p| {
                t!(
                    "link-problem-line",
                    line = p.line,
                    reason = p.reason.as_str(),
                    text = p.text.as_str()
                )
            }))
            .collect();
        if problems.is_empty() {
            return;
        }
        let heading = t!("add-problems", count = problems.len());
        ui.label(RichText::new(heading).color(ui.visuals().warn_fg_color));
        egui::ScrollArea::vertical()
            .id_salt("problems-scroll")
            .max_height(90.0)
            .show(ui, |ui| {
                for problem in problems.iter().take(MAX_LISTED_PROBLEMS) {
                    ui.label(problem);
                }
                if problems.len() > MAX_LISTED_PROBLEMS {
                    ui.label(t!("and-more", count = problems.len() - MAX_LISTED_PROBLEMS));
                }
            });
        // A link a space cut short: one click writes the whole link in its place.
        let offered = self
            .parsed
            .problems
            .iter()
            .find_map(|p| p.suggestion.clone().map(|link| (p.text.clone(), link)));
        if let Some((cut, link)) = offered
            && ui
                .button(t!("add-use-whole-link"))
                .on_hover_text(link.as_str())
                .clicked()
        {
            self.text = self.text.replacen(&cut, link.as_str(), 1);
            self.reparse();
        }
    }
}
