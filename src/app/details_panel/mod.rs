//! The details panel beside the list: everything about the selected download that does not
//! fit a row. Where the file goes, where the link led, what the server said about the file,
//! its size and times, each connection's piece, the speed of the last minutes, the retries so
//! far, why it is slow, and its checksum. It only reads the snapshot.

mod fact;
mod graphs;
mod torrent;
mod why;

use crate::i18n::t;
use eframe::egui::{self, RichText};

use crate::app::command::Command;
use crate::app::list::row_actions::RowAction;
use crate::app::list::status_text;
use crate::engine::{Download, Reason, Status};
use crate::{describe, format};
use fact::fact;
pub use why::{Around, why_slow};

/// Draws the panel for `download` (or a hint when nothing is selected).
pub fn details_ui(
    ui: &mut egui::Ui,
    download: Option<&Download>,
    around: &Around,
    commands: &mut Vec<Command>,
) {
    let Some(download) = download else {
        ui.add_space(12.0);
        ui.vertical_centered(|ui| {
            ui.label(RichText::new(t!("details-select")).weak());
        });
        return;
    };
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.add(egui::Label::new(RichText::new(download.display_name()).heading()).wrap());
            ui.label(status_text(download));
            if let Some(why) = why_slow(download, around) {
                ui.label(RichText::new(t!("details-why-slow", why = why)).strong());
            }
            ui.separator();
            facts_ui(ui, download, commands);
            if let Some(torrent) = download.details.torrent() {
                torrent::lists_ui(ui, download, torrent, commands);
            }
            transfer_ui(ui, download);
            retries_ui(ui, download);
        });
}

fn facts_ui(ui: &mut egui::Ui, download: &Download, commands: &mut Vec<Command>) {
    let details = &download.details;
    match download.target_path() {
        Some(path) => {
            fact(ui, t!("details-file"), path.display().to_string());
            ui.horizontal(|ui| {
                if download.status == Status::Finished
                    && ui.small_button(t!("action-open")).clicked()
                {
                    commands.push(Command::Act(RowAction::Open, vec![download.id]));
                }
                if download.status == Status::Finished
                    && ui.small_button(t!("action-show-in-folder")).clicked()
                {
                    commands.push(Command::Act(RowAction::ShowInFolder, vec![download.id]));
                }
                if ui.small_button(t!("details-copy-path")).clicked() {
                    commands.push(Command::CopyPath(path.clone()));
                }
            });
        }
        None => fact(ui, t!("details-folder"), download.dir.display().to_string()),
    }
    fact(ui, t!("details-link"), download.display_url());
    if let Some(page) = &download.referer {
        fact(ui, t!("details-from-page"), page.clone());
    }
    if let Some(final_url) = &details.final_url
        && final_url.as_str() != download.url.as_str()
    {
        fact(
            ui,
            t!("details-led-to"),
            crate::engine::redact::redacted_url(final_url),
        );
    }
    if let Some(stream) = details.stream() {
        stream_facts(ui, stream);
    }
    if let Some(torrent) = details.torrent() {
        torrent::facts_ui(ui, download, torrent, commands);
    }
    if let Some(server) = &details.server {
        fact(ui, t!("details-server"), server.clone());
    }
    if let Some(etag) = &details.etag {
        fact(ui, "ETag".to_owned(), etag.clone());
    }
    if let Some(modified) = &details.last_modified {
        fact(ui, t!("details-modified"), modified.clone());
    }
    let size = match download.total_bytes {
        Some(total) if download.status == Status::Finished => format::bytes(total),
        Some(total) => format::bytes_of(download.bytes_done, total),
        None => t!(
            "details-size-unknown",
            size = format::bytes(download.bytes_done)
        ),
    };
    fact(ui, t!("details-size"), size);
    fact(
        ui,
        t!("details-added"),
        format::date_time(download.added_unix),
    );
    if let Some(finished) = download.finished_unix {
        fact(ui, t!("details-finished"), format::date_time(finished));
    }
    if let Some(limit) = download.speed_limit {
        fact(ui, t!("details-limit"), format::rate(limit));
    }
    if let Some(state) = checksum_state(download) {
        fact(ui, t!("details-checksum"), state);
    }
}

/// What is known about the download's checksum: what it was verified against, why it is
/// damaged, or the one given that it will be checked against.
fn checksum_state(download: &Download) -> Option<String> {
    if let Status::Failed {
        reason:
            Reason::ChecksumMismatch {
                algorithm,
                expected,
                actual,
                ..
            },
    } = &download.status
    {
        return Some(t!(
            "details-checksum-damaged",
            algorithm = algorithm.as_str(),
            expected = expected.as_str(),
            actual = actual.as_str()
        ));
    }
    if let Some(verified) = &download.verified {
        let (kind, name) = describe::source_kind(&verified.source);
        return Some(t!(
            "details-checksum-verified",
            algorithm = verified.checksum.algorithm.name(),
            value = verified.checksum.hex.as_str(),
            kind = kind,
            name = name
        ));
    }
    let given = download.checksum.as_ref()?;
    Some(t!(
        "details-checksum-given",
        algorithm = given.algorithm.name(),
        value = given.hex.as_str()
    ))
}

fn transfer_ui(ui: &mut egui::Ui, download: &Download) {
    let details = &download.details;
    if let Some(added) = details.growth.added {
        ui.label(crate::describe::connections_added(added));
    }
    if let Some(fact) = details.growth.not_faster {
        ui.label(crate::describe::connections_not_faster(fact));
    }
    if !details.connections.is_empty() {
        ui.separator();
        ui.label(
            RichText::new(t!(
                "details-connections",
                open = details.connections.len(),
                wanted = details.connections_wanted.max(details.connections.len())
            ))
            .strong(),
        );
        if let Some(total) = download.total_bytes {
            graphs::pieces_ui(ui, &details.connections, download.bytes_done, total);
        }
        for (number, piece) in details.connections.iter().enumerate() {
            let until = piece
                .until
                .or(download.total_bytes)
                .map_or_else(|| t!("details-the-end"), format::bytes);
            ui.label(t!(
                "details-connection",
                number = number + 1,
                from = format::bytes(piece.from),
                to = until,
                at = format::bytes(piece.cursor),
                speed = format::speed(piece.bytes_per_sec)
            ));
        }
    }
    if !details.speed_history.is_empty() {
        ui.separator();
        ui.label(RichText::new(t!("column-speed")).strong());
        graphs::speed_graph_ui(ui, details);
    }
}

fn retries_ui(ui: &mut egui::Ui, download: &Download) {
    let details = &download.details;
    if details.retries.is_empty() && details.failures == 0 {
        return;
    }
    ui.separator();
    ui.label(RichText::new(t!("details-retries")).strong());
    if details.failures > 0 {
        ui.label(t!("details-failed-times", count = details.failures));
    }
    for retry in details.retries.iter().rev() {
        ui.add(
            egui::Label::new(t!(
                "details-attempt",
                time = format::clock(retry.at_unix),
                attempt = retry.attempt,
                reason = describe::describe_reason(&retry.reason)
            ))
            .wrap(),
        );
    }
}

/// A stream's variant, length and segments.
fn stream_facts(ui: &mut egui::Ui, stream: &crate::engine::details::StreamFacts) {
    if let Some((width, height)) = stream.resolution {
        fact(ui, t!("details-resolution"), format!("{width}×{height}"));
    }
    if stream.duration_secs > 0 {
        fact(
            ui,
            t!("details-duration"),
            format::duration(stream.duration_secs),
        );
    }
    fact(
        ui,
        t!("details-segments"),
        t!(
            "details-segments-of",
            done = stream.segments_done,
            total = stream.segments_total
        ),
    );
}
