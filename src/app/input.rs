//! Turns raw input into commands: the close button, paste, dropped files, the keyboard
//! shortcuts (Ctrl+N, Ctrl+A, Ctrl+F, Ctrl+Q, Delete, Escape) and the list's keys (arrows,
//! Home, End, Space, Enter). Nothing is carried out here; every input
//! becomes a [`Command`] executed in one place like a button click.

use std::path::PathBuf;

use eframe::egui;

use crate::app::App;
use crate::app::command::{Command, Move};

const ADD_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::N);
const SELECT_ALL_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::A);
const QUIT_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Q);
const FILTER_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::F);

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

        // Quitting works from anywhere, a text field included; the question comes first
        // while downloads run.
        if ctx.input_mut(|i| i.consume_shortcut(&QUIT_SHORTCUT)) {
            commands.push(Command::QuitRequested);
        }
        if self.dialogs.is_open() {
            return;
        }
        if ctx.input_mut(|i| i.consume_shortcut(&FILTER_SHORTCUT)) {
            commands.push(Command::FocusFilter);
        }
        if typing {
            return;
        }
        if ctx.input_mut(|i| i.consume_shortcut(&ADD_SHORTCUT)) {
            commands.push(Command::OpenAddDialog(String::new()));
        }
        if ctx.input_mut(|i| i.consume_shortcut(&SELECT_ALL_SHORTCUT)) {
            commands.push(Command::SelectAll);
        }
        if ctx.input(|i| i.key_pressed(egui::Key::Delete)) && !self.rows.selection.is_empty() {
            commands.push(Command::RemoveSelected);
        }
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            commands.push(Command::ClearSelection);
        }
        self.list_keys(ctx, commands);
    }

    /// The list's keys: arrows (with Shift), Home and End move the selection, Space pauses or
    /// resumes, Enter opens a finished file. Space and Enter act on the list only while no
    /// button has the keyboard focus (Tab reaches the rows' buttons, and then they press them).
    fn list_keys(&self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let moves = [
            (egui::Key::ArrowUp, Move::Up),
            (egui::Key::ArrowDown, Move::Down),
            (egui::Key::Home, Move::First),
            (egui::Key::End, Move::Last),
        ];
        for (key, to) in moves {
            let (pressed, extend) = ctx.input(|i| (i.key_pressed(key), i.modifiers.shift));
            if pressed {
                commands.push(Command::MoveSelection { to, extend });
            }
        }
        if self.rows.selection.is_empty() || ctx.memory(|m| m.focused().is_some()) {
            return;
        }
        if ctx.input(|i| i.key_pressed(egui::Key::Space)) {
            commands.push(Command::PauseOrResumeSelected);
        }
        if ctx.input(|i| i.key_pressed(egui::Key::Enter)) {
            commands.push(Command::OpenSelected);
        }
    }
}
