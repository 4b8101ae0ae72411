//! One cell of a download's row each: what it shows and its one tooltip.

use crate::i18n::t;
use eframe::egui::{self, RichText};

use crate::engine::{Download, QueueView, Status};
use crate::{describe, format};

/// The file name; the full name and the link on hover.
pub fn name_cell(ui: &mut egui::Ui, download: &Download) {
    let name = download.display_name();
    ui.add(
        egui::Label::new(&name)
            .truncate()
            .show_tooltip_when_elided(false)
            .selectable(false),
    )
    .on_hover_ui(|ui| {
        ui.label(&name);
        ui.label(download.display_url());
    });
}

/// `12.3 / 40.0 MiB` while it runs, the size once finished, what arrived when the size is
/// unknown.
pub fn size_cell(ui: &mut egui::Ui, download: &Download) {
    let text = match (download.total_bytes, download.status == Status::Finished) {
        (Some(total), true) => format::bytes(total),
        (Some(total), false) => format::bytes_of(download.bytes_done, total),
        (None, _) if download.bytes_done > 0 => format::bytes(download.bytes_done),
        (None, _) => "—".to_owned(),
    };
    ui.add(egui::Label::new(text).truncate().selectable(false));
}

/// The progress bar, drawn in `fill` (which stays readable on a selected row).
pub fn progress_cell(ui: &mut egui::Ui, download: &Download, fill: egui::Color32) {
    match download.fraction() {
        Some(fraction) => {
            let percent = (fraction * 100.0).floor() as u32;
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_height(16.0)
                    .fill(fill)
                    .text(t!("percent", value = percent)),
            );
        }
        None if download.bytes_done > 0 => {
            ui.label(format::bytes(download.bytes_done));
        }
        None => {}
    }
}

/// The speed while bytes arrive.
pub fn speed_cell(ui: &mut egui::Ui, download: &Download) {
    if download.status == Status::Downloading {
        ui.label(format::speed(download.bytes_per_sec));
    }
}

/// The time left while bytes arrive.
pub fn time_left_cell(ui: &mut egui::Ui, download: &Download) {
    if download.status == Status::Downloading
        && let Some(eta) = download.eta_secs
    {
        ui.label(format::duration(eta));
    }
}

/// When it was added: the time today, else the day.
pub fn added_cell(ui: &mut egui::Ui, download: &Download, now_unix: u64) {
    ui.add(egui::Label::new(format::when(download.added_unix, now_unix)).selectable(false))
        .on_hover_ui(|ui| {
            ui.label(t!(
                "row-added-at",
                time = format::date_time(download.added_unix)
            ));
        });
}

/// The status in words, coloured by kind; the whole text (and why it is slow) on hover. A
/// waiting row of a closed queue says when its queue opens.
pub fn status_cell(ui: &mut egui::Ui, download: &Download, queues: &[QueueView], now_unix: u64) {
    let label = match waiting_note(download, queues, now_unix) {
        Some(note) => note,
        None => status_text(download),
    };
    let visuals = ui.visuals();
    let text = match &download.status {
        Status::Failed { .. } => RichText::new(&label).color(visuals.error_fg_color),
        Status::Finished => RichText::new(&label).color(finished_green(visuals.dark_mode)),
        Status::Paused { reason: Some(_) } => RichText::new(&label).color(visuals.warn_fg_color),
        Status::Paused { .. } | Status::Cancelled | Status::Queued => RichText::new(&label).weak(),
        _ => RichText::new(&label),
    };
    ui.add(
        egui::Label::new(text)
            .truncate()
            .show_tooltip_when_elided(false)
            .selectable(false),
    )
    .on_hover_ui(|ui| {
        ui.label(&label);
    });
}

/// For a waiting row whose queue is closed now: when it opens.
pub fn waiting_note(download: &Download, queues: &[QueueView], now_unix: u64) -> Option<String> {
    if download.status != Status::Queued {
        return None;
    }
    let queue = queues.iter().find(|q| q.config.name == download.queue)?;
    (!queue.open).then(|| describe::scheduled(queue, now_unix))
}

/// A green that reads on the panel and on a selected row, in either theme.
fn finished_green(dark: bool) -> egui::Color32 {
    if dark {
        egui::Color32::from_rgb(110, 200, 125)
    } else {
        egui::Color32::from_rgb(30, 125, 55)
    }
}

/// The row's status line: the status, why it is slower than it could be, its own limit, and
/// "again" for a retry that failed once more.
pub fn status_text(download: &Download) -> String {
    let mut label = match &download.status {
        Status::Failed { reason } if download.details.failures > 1 => t!(
            "row-failed-again",
            reason = describe::describe_reason(reason)
        ),
        other => describe::status(other),
    };
    if download.status == Status::Finished
        && let Some(verified) = &download.verified
    {
        let source = match &verified.source {
            crate::engine::checksum::Source::Given => t!("checksum-source-given"),
            crate::engine::checksum::Source::Header(name)
            | crate::engine::checksum::Source::Sidecar(name)
            | crate::engine::checksum::Source::SumsFile(name) => name.clone(),
        };
        label = t!(
            "row-verified",
            algorithm = verified.checksum.algorithm.name(),
            source = source
        );
    }
    if download.status == Status::Finished
        && let Some(seeding) = &download.seeding
    {
        label = describe::seeding(seeding);
        if seeding.bytes_per_sec > 0 {
            let speed = format::speed(seeding.bytes_per_sec);
            label = t!("row-torrent-sending", status = label, speed = speed);
        }
    }
    // A torrent under way: its peers (and seeds among them) and what it sends back.
    if download.status.is_running()
        && let Some(torrent) = download.details.torrent()
    {
        label = t!(
            "row-torrent-peers",
            status = label,
            peers = torrent.peers,
            seeds = torrent.seeds
        );
        if torrent.upload_speed > 0 {
            let speed = format::speed(torrent.upload_speed);
            label = t!("row-torrent-sending", status = label, speed = speed);
        }
    }
    if crate::app::list::row_actions::link_may_have_expired(download) {
        label = t!("row-link-expired", status = label);
    }
    // A note on the speed says nothing once every byte is here.
    let transferring = download.status.is_running() && !download.status.is_finishing();
    if transferring || matches!(download.status, Status::Queued) {
        if let Some(note) = download.note {
            label = t!(
                "row-with-note",
                status = label,
                note = describe::speed_note(note)
            );
        }
        if let Some(limit) = download.speed_limit {
            label = t!("row-limited", status = label, speed = format::rate(limit));
        }
    }
    label
}
