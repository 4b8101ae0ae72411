//! The settings' Desktop page: closing to the tray, starting with the desktop, and offering
//! links copied to the clipboard.

use crate::i18n::t;
use eframe::egui;

use super::SettingsWindow;

impl SettingsWindow {
    /// The page.
    pub(super) fn desktop_page(&mut self, ui: &mut egui::Ui) {
        let draft = &mut self.draft;
        let tray = if self.tray_present {
            t!("desktop-tray-present")
        } else {
            t!("desktop-no-tray")
        };
        ui.checkbox(&mut draft.close_to_tray, t!("desktop-close-to-tray"));
        ui.label(egui::RichText::new(tray).weak());
        ui.add_space(6.0);
        ui.checkbox(&mut draft.start_with_desktop, t!("desktop-autostart"));
        ui.add_space(6.0);
        ui.checkbox(&mut draft.watch_clipboard, t!("desktop-clipboard"));
        ui.label(egui::RichText::new(t!("desktop-clipboard-hint")).weak());
    }
}
