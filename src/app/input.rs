//! Turns raw input into commands: the close button, paste, dropped files, and the keyboard
//! shortcuts that work anywhere outside a text field. Nothing is carried out here; every input
//! becomes a [`Command`] executed in one place like a button click.

use std::path::PathBuf;

use eframe::egui;

use super::App;
use super::command::Command;

const ADD_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::N);
const SELECT_ALL_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::A);

impl App {
    /// Reads this frame's input and adds the commands it stands for.
    pub(super) fn input_commands(&self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if ctx.input(|i| i.viewport().close_requested()) {
            commands.push(Command::CloseRequested);
        }

        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_owned())
                .collect()
        });
        if !dropped.is_empty() {
            commands.push(Command::ReadDroppedFiles(dropped));
        }

        let typing = ctx.egui_wants_keyboard_input();
        let pasted: Vec<String> = ctx.input(|i| {
            i.events
                .iter()
                .filter_map(|event| match event {
                    egui::Event::Paste(text) => Some(text.clone()),
                    _ => None,
                })
                .collect()
        });
        if !typing && !pasted.is_empty() {
            commands.push(Command::Paste(pasted.join("\n")));
        }

        if self.modal_open() || typing {
            return;
        }
        if ctx.input_mut(|i| i.consume_shortcut(&ADD_SHORTCUT)) {
            commands.push(Command::OpenAddDialog(String::new()));
        }
        if ctx.input_mut(|i| i.consume_shortcut(&SELECT_ALL_SHORTCUT)) {
            commands.push(Command::SelectAll);
        }
        if ctx.input(|i| i.key_pressed(egui::Key::Delete)) && !self.selection.is_empty() {
            commands.push(Command::RemoveSelected);
        }
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            commands.push(Command::ClearSelection);
        }
    }
}
