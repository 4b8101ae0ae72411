//! The undo offer after a cancel or a removal: what happened, what will be deleted and when,
//! and an Undo button, for the engine's undo window. Deletions wait for it to pass (or for the
//! window to close).

use crate::i18n::t;
use std::time::{Duration, Instant};

use eframe::egui;

use crate::app::command::Command;
use crate::engine::UndoToken;

/// An action that can still be taken back.
#[derive(Debug)]
pub struct UndoOffer {
    /// The engine's token for it.
    pub token: UndoToken,
    /// What happened, in words.
    pub text: String,
    /// When the offer (and the engine's window) ends.
    pub until: Instant,
}

impl UndoOffer {
    /// An offer for `token`, open for `window`.
    pub fn new(token: UndoToken, text: String, window: Duration) -> Self {
        Self {
            token,
            text,
            until: Instant::now() + window,
        }
    }

    /// True once the window has passed.
    pub fn expired(&self) -> bool {
        Instant::now() >= self.until
    }

    /// Draws the bar.
    pub fn ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let left = self.until.saturating_duration_since(Instant::now());
        ui.horizontal(|ui| {
            if ui.button(t!("undo")).clicked() {
                commands.push(Command::Undo(self.token));
            }
            ui.label(self.text.as_str());
            ui.label(egui::RichText::new(t!("undo-within", seconds = left.as_secs() + 1)).weak());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.small_button(t!("dismiss")).clicked() {
                    commands.push(Command::DismissUndo);
                }
            });
        });
    }
}
