//! Small widgets shared by the panels: buttons that show a symbol but are announced (and found
//! by tests) by their plain name.

use eframe::egui;

/// A button showing `icon` and `text`, announced to screen readers as `text` alone.
pub fn labeled_button(ui: &mut egui::Ui, icon: &str, text: &str) -> egui::Response {
    let response = ui.button(format!("{icon}  {text}"));
    announce(&response, text);
    response
}

/// A compact button showing only `icon`, with `text` as tooltip and accessible name.
pub fn icon_button(ui: &mut egui::Ui, icon: &str, text: &str) -> egui::Response {
    let response = ui
        .add(egui::Button::new(icon).min_size(egui::vec2(26.0, 20.0)))
        .on_hover_text(text);
    announce(&response, text);
    response
}

/// How wide `text` is in `style`, on one line: what layouts that must fit a language's words
/// measure before they choose.
pub fn text_width(ui: &egui::Ui, text: &str, style: egui::TextStyle) -> f32 {
    egui::WidgetText::from(text)
        .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, style)
        .size()
        .x
}

fn announce(response: &egui::Response, text: &str) {
    let enabled = response.enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, text));
}
