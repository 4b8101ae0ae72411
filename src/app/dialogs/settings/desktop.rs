//! The settings' Desktop page: closing to the tray, starting with the desktop, and offering
//! links copied to the clipboard.

use eframe::egui;

use super::SettingsWindow;

impl SettingsWindow {
    /// The page.
    pub(super) fn desktop_page(&mut self, ui: &mut egui::Ui) {
        let draft = &mut self.draft;
        let tray = if self.tray_present {
            "Your desktop shows Haul in the tray."
        } else {
            "No tray shows Haul on this desktop now: closing the window quits."
        };
        ui.checkbox(
            &mut draft.close_to_tray,
            "Closing the window keeps Haul downloading in the tray",
        );
        ui.label(egui::RichText::new(tray).weak());
        ui.add_space(6.0);
        ui.checkbox(
            &mut draft.start_with_desktop,
            "Start Haul with the desktop (hidden in the tray)",
        );
        ui.add_space(6.0);
        ui.checkbox(
            &mut draft.watch_clipboard,
            "Offer download links I copy (never adds by itself)",
        );
        ui.label(
            egui::RichText::new(
                "Haul looks at the clipboard while it runs. On Wayland it can only see what \
                 was copied while its window is in front.",
            )
            .weak(),
        );
    }
}
