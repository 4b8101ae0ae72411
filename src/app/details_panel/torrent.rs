//! A torrent's part of the details panel: its info hash and magnet (copied with a click),
//! peers and what it sent, and lists of its files (each with its progress and a box to
//! choose or leave it out, also while it runs), peers and trackers.

use crate::i18n::t;
use eframe::egui;

use super::fact::fact;
use crate::app::command::Command;
use crate::engine::Download;
use crate::engine::details::{TorrentFacts, TrackerState};
use crate::engine::net::scrape::ScrapeProblem;
use crate::format;

/// The facts beside the others (hash, magnet, peers, sent).
pub(super) fn facts_ui(
    ui: &mut egui::Ui,
    download: &Download,
    torrent: &TorrentFacts,
    commands: &mut Vec<Command>,
) {
    fact(ui, t!("details-info-hash"), torrent.info_hash.clone());
    if !torrent.magnet.is_empty() && ui.small_button(t!("details-copy-magnet")).clicked() {
        commands.push(Command::CopyMagnet(torrent.magnet.clone()));
    }
    fact(
        ui,
        t!("details-peers"),
        t!(
            "details-peers-of",
            peers = torrent.peers,
            seeds = torrent.seeds,
            seen = torrent.peers_seen
        ),
    );
    let (sent, speed) = download
        .seeding
        .map_or((torrent.uploaded, torrent.upload_speed), |seeding| {
            (seeding.sent, seeding.bytes_per_sec)
        });
    let sent = if speed > 0 {
        format!("{} (↑ {})", format::bytes(sent), format::speed(speed))
    } else {
        format::bytes(sent)
    };
    fact(ui, t!("details-uploaded"), sent);
    if let Some(seeding) = &download.seeding {
        fact(ui, t!("details-ratio"), format!("{:.2}", seeding.ratio()));
    }
}

/// The lists: files, peers, trackers.
pub(super) fn lists_ui(
    ui: &mut egui::Ui,
    download: &Download,
    torrent: &TorrentFacts,
    commands: &mut Vec<Command>,
) {
    if torrent.files.len() > 1 {
        files_ui(ui, download, torrent, commands);
    }
    if !torrent.peer_list.is_empty() {
        egui::CollapsingHeader::new(t!("details-peer-list", count = torrent.peer_list.len()))
            .id_salt("torrent-peers")
            .show(ui, |ui| {
                for peer in &torrent.peer_list {
                    ui.label(t!(
                        "details-peer",
                        address = peer.address.as_str(),
                        client = peer.client.clone().unwrap_or_else(|| "?".to_owned()),
                        down = format::speed(peer.fetch_speed),
                        up = format::speed(peer.upload_speed)
                    ));
                }
            });
    }
    if !torrent.trackers.is_empty() {
        egui::CollapsingHeader::new(t!("details-trackers", count = torrent.trackers.len()))
            .id_salt("torrent-trackers")
            .show(ui, |ui| {
                for tracker in &torrent.trackers {
                    ui.label(t!(
                        "details-tracker",
                        address = tracker.address.as_str(),
                        state = tracker_state(&tracker.state)
                    ));
                }
            });
    }
}

/// How a tracker answered, in words.
fn tracker_state(state: &TrackerState) -> String {
    match state {
        TrackerState::Asking => t!("details-tracker-asking"),
        TrackerState::Working(counts) => t!(
            "details-tracker-working",
            seeds = counts.seeds,
            downloading = counts.downloading,
            finished = counts.finished
        ),
        TrackerState::Problem(problem) => match problem {
            ScrapeProblem::NoScrape => t!("details-tracker-no-scrape"),
            ScrapeProblem::TimedOut => t!("details-tracker-timed-out"),
            ScrapeProblem::Unreachable => t!("details-tracker-unreachable"),
            ScrapeProblem::Said(said) => t!("details-tracker-said", said = said.as_str()),
            ScrapeProblem::BadAnswer => t!("details-tracker-bad-answer"),
            ScrapeProblem::NotThroughProxy => t!("details-tracker-not-through-proxy"),
            ScrapeProblem::UnknownKind => t!("details-tracker-unknown-kind"),
        },
        TrackerState::Off => t!("details-tracker-off"),
    }
}

/// The files, each with its progress and whether it is fetched.
fn files_ui(
    ui: &mut egui::Ui,
    download: &Download,
    torrent: &TorrentFacts,
    commands: &mut Vec<Command>,
) {
    egui::CollapsingHeader::new(t!("details-files", count = torrent.files.len()))
        .id_salt("torrent-files")
        .default_open(true)
        .show(ui, |ui| {
            let mut chosen: Vec<bool> = torrent.files.iter().map(|file| file.chosen).collect();
            let mut changed = false;
            for (file, chosen) in torrent.files.iter().zip(chosen.iter_mut()) {
                let progress = if file.done >= file.size {
                    format::bytes(file.size)
                } else {
                    format::bytes_of(file.done, file.size)
                };
                changed |= ui
                    .checkbox(chosen, format!("{}  ({progress})", file.path))
                    .changed();
            }
            // At least one stays chosen: a torrent of no files is not a download.
            if changed && chosen.iter().any(|c| *c) {
                let files = chosen
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| **c)
                    .map(|(at, _)| at)
                    .collect();
                commands.push(Command::ChooseFiles(download.id, files));
            }
        });
}
