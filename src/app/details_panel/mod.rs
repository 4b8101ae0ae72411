//! The details panel beside the list: everything about the selected download that does not
//! fit a row. Where the file goes, where the link led, what the server said about the file,
//! its size and times, each connection's piece, the speed of the last minutes, the retries so
//! far, why it is slow, and its checksum. It only reads the snapshot.

mod graphs;
mod why;

use eframe::egui::{self, RichText};

use crate::app::command::Command;
use crate::app::list::actions::RowAction;
use crate::app::list::status_text;
use crate::engine::{Download, Reason, Status};
use crate::{describe, format};
pub use why::{Around, why_slow};

/// What the panel needs besides the row.
pub struct PanelContext {
    /// All downloads together, bytes per second.
    pub overall_bytes_per_sec: u64,
    /// The overall limit (0: none).
    pub overall_limit: u64,
    /// How many downloads may run at once.
    pub jobs: usize,
}

/// Draws the panel for `download` (or a hint when nothing is selected).
pub fn details_ui(
    ui: &mut egui::Ui,
    download: Option<&Download>,
    context: &PanelContext,
    commands: &mut Vec<Command>,
) {
    let Some(download) = download else {
        ui.add_space(12.0);
        ui.vertical_centered(|ui| {
            ui.label(RichText::new("Select a download to see its details.").weak());
        });
        return;
    };
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.add(egui::Label::new(RichText::new(download.display_name()).heading()).wrap());
            ui.label(status_text(download));
            let around = Around {
                overall_bytes_per_sec: context.overall_bytes_per_sec,
                overall_limit: context.overall_limit,
                jobs: context.jobs,
            };
            if let Some(why) = why_slow(download, &around) {
                ui.label(RichText::new(format!("Why slow: {why}")).strong());
            }
            ui.separator();
            facts_ui(ui, download, commands);
            transfer_ui(ui, download);
            retries_ui(ui, download);
        });
}

/// A caption and its value; a long value wraps in the room beside the caption.
fn fact(ui: &mut egui::Ui, caption: &str, value: impl Into<String>) {
    ui.horizontal_top(|ui| {
        ui.label(RichText::new(caption).weak());
        ui.add(egui::Label::new(value.into()).wrap_mode(egui::TextWrapMode::Wrap));
    });
}

fn facts_ui(ui: &mut egui::Ui, download: &Download, commands: &mut Vec<Command>) {
    let details = &download.details;
    match download.target_path() {
        Some(path) => {
            fact(ui, "File", path.display().to_string());
            ui.horizontal(|ui| {
                if download.status == Status::Finished && ui.small_button("Open").clicked() {
                    commands.push(Command::Act(RowAction::Open, vec![download.id]));
                }
                if download.status == Status::Finished
                    && ui.small_button("Show in folder").clicked()
                {
                    commands.push(Command::Act(RowAction::ShowInFolder, vec![download.id]));
                }
                if ui.small_button("Copy path").clicked() {
                    commands.push(Command::CopyPath(path.clone()));
                }
            });
        }
        None => fact(ui, "Folder", download.dir.display().to_string()),
    }
    fact(ui, "Link", download.display_url());
    if let Some(page) = &download.referer {
        fact(ui, "From page", page.clone());
    }
    if let Some(final_url) = &details.final_url
        && final_url.as_str() != download.url.as_str()
    {
        fact(ui, "Led to", crate::engine::redact::redacted_url(final_url));
    }
    if let Some(server) = &details.server {
        fact(ui, "Server", server.clone());
    }
    if let Some(etag) = &details.etag {
        fact(ui, "ETag", etag.clone());
    }
    if let Some(modified) = &details.last_modified {
        fact(ui, "Modified", modified.clone());
    }
    let size = match download.total_bytes {
        Some(total) if download.status == Status::Finished => format::bytes(total),
        Some(total) => format::bytes_of(download.bytes_done, total),
        None => format!("{} (size unknown)", format::bytes(download.bytes_done)),
    };
    fact(ui, "Size", size);
    fact(ui, "Added", format::date_time(download.added_unix));
    if let Some(finished) = download.finished_unix {
        fact(ui, "Finished", format::date_time(finished));
    }
    if let Some(limit) = download.speed_limit {
        fact(ui, "Limit", format::speed(limit));
    }
    if let Some(state) = checksum_state(download) {
        fact(ui, "Checksum", state);
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
        return Some(format!(
            "damaged: {algorithm} should be {expected} but is {actual} (the bytes are kept \
             beside the file as .damaged)"
        ));
    }
    if let Some(verified) = &download.verified {
        return Some(format!(
            "verified: {} {} from {}",
            verified.checksum.algorithm.name(),
            verified.checksum.hex,
            verified.source
        ));
    }
    let given = download.checksum.as_ref()?;
    Some(format!(
        "{} {} (checked when the download completes)",
        given.algorithm.name(),
        given.hex
    ))
}

fn transfer_ui(ui: &mut egui::Ui, download: &Download) {
    let details = &download.details;
    if let Some(added) = details.added {
        ui.label(crate::describe::connections_added(added));
    }
    if !details.connections.is_empty() {
        ui.separator();
        ui.label(
            RichText::new(format!(
                "Connections: {} of {}",
                details.connections.len(),
                details.connections_wanted.max(details.connections.len())
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
                .map_or("the end".to_owned(), format::bytes);
            ui.label(format!(
                "{}. {} to {}, at {} — {}",
                number + 1,
                format::bytes(piece.from),
                until,
                format::bytes(piece.cursor),
                format::speed(piece.bytes_per_sec)
            ));
        }
    }
    if !details.speed_history.is_empty() {
        ui.separator();
        ui.label(RichText::new("Speed").strong());
        graphs::speed_graph_ui(ui, details);
    }
}

fn retries_ui(ui: &mut egui::Ui, download: &Download) {
    let details = &download.details;
    if details.retries.is_empty() && details.failures == 0 {
        return;
    }
    ui.separator();
    ui.label(RichText::new("Retries").strong());
    if details.failures > 0 {
        ui.label(format!(
            "Failed {} time{} so far.",
            details.failures,
            if details.failures == 1 { "" } else { "s" }
        ));
    }
    for retry in details.retries.iter().rev() {
        ui.add(
            egui::Label::new(format!(
                "{} — attempt {}: {}",
                format::clock(retry.at_unix),
                retry.attempt,
                describe::describe_reason(&retry.reason)
            ))
            .wrap(),
        );
    }
}
