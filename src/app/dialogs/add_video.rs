//! The Add dialog's video choices: which quality a stream (HLS, DASH) or a video page is
//! saved in, and whether the links are pages with a video on them, for yt-dlp (links to the
//! sites people fetch videos from are taken as such anyway).

use crate::i18n::t;
use eframe::egui;

use crate::engine::state::Quality;

/// The qualities offered, best first.
const OFFERED: [Quality; 8] = [
    Quality::Best,
    Quality::AtMost(2160),
    Quality::AtMost(1440),
    Quality::AtMost(1080),
    Quality::AtMost(720),
    Quality::AtMost(480),
    Quality::AtMost(360),
    Quality::Worst,
];

/// The choices, as made.
#[derive(Debug, Default)]
pub(super) struct VideoChoice {
    pub(super) quality: Quality,
    /// The links are video pages: hand them to yt-dlp.
    pub(super) pages: bool,
}

/// A quality in words.
fn shown(quality: Quality) -> String {
    match quality {
        Quality::Best => t!("add-quality-best"),
        Quality::Worst => t!("add-quality-worst"),
        Quality::AtMost(lines) => t!("add-quality-at-most", lines = lines),
    }
}

impl VideoChoice {
    /// Draws the choices on one line.
    pub(super) fn ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let label = ui.label(t!("add-quality"));
            egui::ComboBox::from_id_salt("add-quality")
                .selected_text(shown(self.quality))
                .show_ui(ui, |ui| {
                    for quality in OFFERED {
                        ui.selectable_value(&mut self.quality, quality, shown(quality));
                    }
                })
                .response
                .labelled_by(label.id);
            ui.checkbox(&mut self.pages, t!("add-video-pages"))
                .on_hover_text(t!("add-video-pages-hint"));
        });
    }
}
