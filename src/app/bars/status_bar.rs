//! The status bar: overall speed (and the overall limit, if any), the queue's progress and
//! time left, how many downloads are active, waiting and finished, a short word after an
//! action (such as a retry), and the free space in the download folder.

use crate::i18n::t;
use eframe::egui;

use crate::app::bars::overall::Overall;
use crate::engine::Counts;
use crate::format;

/// What the status bar shows.
pub struct StatusLine<'a> {
    /// Counts by state.
    pub counts: &'a Counts,
    /// The queue's progress.
    pub overall: &'a Overall,
    /// Overall speed.
    pub bytes_per_sec: u64,
    /// The overall limit.
    pub limit: crate::engine::rate::Rate,
    /// Free space in the download folder.
    pub free: Option<u64>,
    /// A word after the last action, while it is fresh.
    pub feedback: Option<&'a str>,
}

/// Below this width the status bar wraps onto a second line instead of pushing the free space
/// onto the counts.
const WRAP_BELOW: f32 = 960.0;

/// Draws the status bar.
pub fn status_bar_ui(ui: &mut egui::Ui, line: &StatusLine<'_>) {
    let narrow = ui.available_width() < WRAP_BELOW;
    ui.horizontal_wrapped(|ui| {
        // Whole items move to the next line; none is broken in two.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        ui.label(format!("⬇ {}", format::speed(line.bytes_per_sec)));
        if line.limit.is_limited() {
            let limit = t!("status-limit", speed = format::rate(line.limit));
            ui.label(egui::RichText::new(limit).weak());
        }
        if let Some(fraction) = line.overall.fraction() {
            ui.separator();
            let percent = format!("{}", (fraction * 100.0).floor());
            let total = format::bytes(line.overall.total);
            let text = match line.overall.eta_secs {
                Some(eta) => t!(
                    "status-progress-left",
                    percent = percent,
                    total = total,
                    time = format::duration(eta)
                ),
                None => t!("status-progress", percent = percent, total = total),
            };
            if !narrow {
                ui.add(
                    egui::ProgressBar::new(fraction as f32)
                        .desired_width(90.0)
                        .desired_height(12.0),
                );
            }
            ui.label(text);
        }
        ui.separator();
        // As the tabs count (one definition, `Counts`): a file being put in place is not done
        // yet, and a paused one waits.
        ui.label(t!("status-active", count = line.counts.running()));
        ui.separator();
        ui.label(t!("status-waiting", count = line.counts.waiting()));
        ui.separator();
        ui.label(t!("status-finished", count = line.counts.finished));
        if line.counts.failed > 0 {
            ui.separator();
            ui.label(
                egui::RichText::new(t!("status-failed", count = line.counts.failed))
                    .color(ui.visuals().error_fg_color),
            );
        }
        if let Some(feedback) = line.feedback {
            ui.separator();
            ui.label(egui::RichText::new(feedback).strong());
        }
        if let Some(free) = line.free {
            let text = t!("status-free", size = format::bytes(free));
            if narrow {
                ui.separator();
                ui.label(text);
            } else {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(text);
                });
            }
        }
    });
}
