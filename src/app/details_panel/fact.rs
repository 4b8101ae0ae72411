//! One line of the details panel: a caption and its value.

use eframe::egui::{self, RichText};

/// A caption and its value; a long value wraps in the room beside the caption.
pub(super) fn fact(ui: &mut egui::Ui, caption: String, value: impl Into<String>) {
    ui.horizontal_top(|ui| {
        ui.label(RichText::new(caption).weak());
        ui.add(egui::Label::new(value.into()).wrap_mode(egui::TextWrapMode::Wrap));
    });
}
