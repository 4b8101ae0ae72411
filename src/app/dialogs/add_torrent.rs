//! The Add dialog's torrents: each torrent link's files (read in the background: a magnet's
//! come from its peers), with their sizes, to choose from before it starts. Until they are
//! known, or when they cannot be, the torrent is added with all its files.

use std::collections::{HashMap, HashSet};

use crate::i18n::t;
use eframe::egui;

use crate::engine::TorrentListing;
use crate::engine::state::Kind;
use crate::format;

/// What is known of one torrent link's files.
#[derive(Debug)]
enum Files {
    /// Asked for; not here yet.
    Waiting,
    /// Here, each with whether it is chosen.
    Listed {
        listing: TorrentListing,
        chosen: Vec<bool>,
    },
    /// Could not be read (why, in the library's words).
    Unknown(String),
}

/// The torrents among the dialog's links and their files.
#[derive(Debug, Default)]
pub(super) struct TorrentChoice {
    by_link: HashMap<String, Files>,
}

/// How many files of one torrent are listed before "and N more" (each is a checkbox).
const MOST_SHOWN: usize = 500;

impl TorrentChoice {
    /// The torrent links among `urls` whose files were not asked for yet (now asked for).
    pub(super) fn newly_asked(&mut self, urls: &[url::Url]) -> Vec<url::Url> {
        let mut asked = Vec::new();
        for url in urls {
            if Kind::of_link(url) == Kind::Torrent && !self.by_link.contains_key(url.as_str()) {
                self.by_link.insert(url.as_str().to_owned(), Files::Waiting);
                asked.push(url.clone());
            }
        }
        asked
    }

    /// The files of `link` arrived (or could not be read).
    pub(super) fn listed(&mut self, link: &str, listed: Result<TorrentListing, String>) {
        let Some(files) = self.by_link.get_mut(link) else {
            return;
        };
        *files = match listed {
            Ok(listing) => Files::Listed {
                chosen: vec![true; listing.files.len()],
                listing,
            },
            Err(why) => Files::Unknown(why),
        };
    }

    /// The files chosen of each torrent whose list the user narrowed, by link.
    pub(super) fn only_files(&self) -> Vec<(String, Vec<usize>)> {
        self.by_link
            .iter()
            .filter_map(|(link, files)| match files {
                Files::Listed { chosen, .. } if chosen.iter().any(|c| !c) => Some((
                    link.clone(),
                    chosen
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| **c)
                        .map(|(at, _)| at)
                        .collect(),
                )),
                _ => None,
            })
            .collect()
    }

    /// True when a listed torrent has no file chosen (it cannot be added so).
    pub(super) fn nothing_chosen(&self, urls: &[url::Url]) -> bool {
        let present: HashSet<&str> = urls.iter().map(url::Url::as_str).collect();
        self.by_link.iter().any(|(link, files)| {
            present.contains(link.as_str())
                && matches!(files, Files::Listed { chosen, .. } if !chosen.iter().any(|c| *c))
        })
    }

    /// Draws each torrent among `urls` with its files.
    pub(super) fn ui(&mut self, ui: &mut egui::Ui, urls: &[url::Url]) {
        for url in urls {
            let Some(files) = self.by_link.get_mut(url.as_str()) else {
                continue;
            };
            match files {
                Files::Waiting => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(t!("add-torrent-reading"));
                    });
                }
                Files::Unknown(why) => {
                    ui.label(
                        egui::RichText::new(t!("add-torrent-unknown", reason = why.as_str()))
                            .weak(),
                    );
                }
                Files::Listed { listing, chosen } => files_ui(ui, listing, chosen),
            }
        }
    }
}

/// One torrent's files, each with a box, and buttons to choose all or none.
fn files_ui(ui: &mut egui::Ui, listing: &TorrentListing, chosen: &mut [bool]) {
    let size: u64 = listing
        .files
        .iter()
        .zip(chosen.iter())
        .filter(|(_, c)| **c)
        .map(|(file, _)| file.size)
        .sum();
    let count = chosen.iter().filter(|c| **c).count();
    let title = t!(
        "add-torrent-files",
        name = listing.name.as_str(),
        chosen = count,
        count = listing.files.len(),
        size = format::bytes(size)
    );
    egui::CollapsingHeader::new(title)
        .id_salt(("torrent-files", listing.info_hash.as_str()))
        .default_open(true)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui.small_button(t!("add-torrent-all")).clicked() {
                    chosen.iter_mut().for_each(|c| *c = true);
                }
                if ui.small_button(t!("add-torrent-none")).clicked() {
                    chosen.iter_mut().for_each(|c| *c = false);
                }
            });
            egui::ScrollArea::vertical()
                .id_salt(("torrent-files-scroll", listing.info_hash.as_str()))
                .max_height(140.0)
                .show(ui, |ui| {
                    for (file, chosen) in
                        listing.files.iter().zip(chosen.iter_mut()).take(MOST_SHOWN)
                    {
                        ui.checkbox(
                            chosen,
                            format!("{}  ({})", file.path, format::bytes(file.size)),
                        );
                    }
                    if listing.files.len() > MOST_SHOWN {
                        ui.label(t!(
                            "add-torrent-more",
                            count = listing.files.len() - MOST_SHOWN
                        ));
                    }
                });
        });
}
