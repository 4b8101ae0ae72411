//! The status bar: overall speed (and the overall limit, if any), how many downloads are
//! active, waiting and finished, and the free space in the download folder.

use eframe::egui;

use crate::engine::Counts;
use crate::format;

/// Draws the status bar.
pub fn status_bar_ui(
    ui: &mut egui::Ui,
    counts: &Counts,
    bytes_per_sec: u64,
    limit: u64,
    free: Option<u64>,
) {
    ui.horizontal(|ui| {
        ui.label(format!("⬇ {}", format::speed(bytes_per_sec)));
        if limit > 0 {
            ui.label(egui::RichText::new(format!("(limit {})", format::speed(limit))).weak());
        }
        ui.separator();
        ui.label(format!("{} active", counts.active));
        ui.separator();
        ui.label(format!("{} waiting", counts.queued));
        ui.separator();
        ui.label(format!("{} finished", counts.finished));
        if counts.failed > 0 {
            ui.separator();
            ui.label(
                egui::RichText::new(format!("{} failed", counts.failed))
                    .color(ui.visuals().error_fg_color),
            );
        }
        if let Some(free) = free {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(format!("{} free", format::bytes(free)));
            });
        }
    });
}
