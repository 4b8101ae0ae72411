//! Choosing a folder inside the window, for desktops without a folder dialog (no portal, no
//! zenity): a path to type or paste, the folder's subfolders to step into, Up, and "Use this
//! folder". Listing a folder touches the disk, so it happens in a background task.

use crate::i18n::t;
use std::path::{Path, PathBuf};

use eframe::egui::{self, RichText};

use crate::app::command::Command;
use crate::app::command::{BrowserAction, FolderFor};

/// Subfolders listed at most (a folder with more says so).
pub const MAX_LISTED: usize = 500;

/// The open folder browser.
#[derive(Debug)]
pub struct FolderBrowser {
    /// Which field the chosen folder goes to.
    pub purpose: FolderFor,
    /// The folder shown (as typed).
    path: String,
    /// Its subfolders, once listed, or why it could not be read.
    listing: Option<Result<Vec<String>, std::io::ErrorKind>>,
    /// The folder `listing` belongs to.
    listed: Option<PathBuf>,
}

impl FolderBrowser {
    /// A browser for `purpose`, starting at `start`.
    pub fn new(purpose: FolderFor, start: &Path) -> Self {
        Self {
            purpose,
            path: start.display().to_string(),
            listing: None,
            listed: None,
        }
    }

    /// The folder to list, when it has not been listed yet.
    pub fn wants_listing(&mut self) -> Option<PathBuf> {
        let path = PathBuf::from(self.path.trim());
        if self.listed.as_ref() == Some(&path) {
            return None;
        }
        self.listed = Some(path.clone());
        self.listing = None;
        Some(path)
    }

    /// The subfolders of `path` (or why they could not be read).
    pub fn set_listing(&mut self, path: &Path, listing: Result<Vec<String>, std::io::ErrorKind>) {
        if self.listed.as_deref() == Some(path) {
            self.listing = Some(listing);
        }
    }

    /// Draws the browser.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let mut action = None;
        let modal = egui::Modal::new(egui::Id::unique("folder-browser")).show(ctx, |ui| {
            ui.set_width(480.0);
            ui.heading(t!("categories-choose-folder"));
            ui.label(RichText::new(t!("folders-intro")).weak());
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let label = ui.label(t!("details-folder"));
                let response = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.path)
                            .desired_width(ui.available_width() - 50.0),
                    )
                    .labelled_by(label.id);
                if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    action = Some(BrowserAction::Open(PathBuf::from(self.path.trim())));
                }
                let parent = Path::new(self.path.trim()).parent().map(Path::to_path_buf);
                if ui
                    .add_enabled(parent.is_some(), egui::Button::new(t!("folders-up")))
                    .clicked()
                    && let Some(parent) = parent
                {
                    action = Some(BrowserAction::Open(parent));
                }
            });
            ui.add_space(4.0);
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .auto_shrink([false, true])
                .show(ui, |ui| match &self.listing {
                    None => {
                        ui.label(RichText::new(t!("folders-reading")).weak());
                    }
                    Some(Err(kind)) => {
                        ui.label(
                            RichText::new(unreadable(*kind)).color(ui.visuals().warn_fg_color),
                        );
                    }
                    Some(Ok(names)) if names.is_empty() => {
                        ui.label(RichText::new(t!("folders-none-inside")).weak());
                    }
                    Some(Ok(names)) => {
                        for name in names.iter().take(MAX_LISTED) {
                            if ui.selectable_label(false, format!("🗀 {name}")).clicked() {
                                action = Some(BrowserAction::Open(
                                    Path::new(self.path.trim()).join(name),
                                ));
                            }
                        }
                        if names.len() > MAX_LISTED {
                            ui.label(format!("… and {} more", names.len() - MAX_LISTED));
                        }
                    }
                });
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let usable = matches!(self.listing, Some(Ok(_)));
                if ui
                    .add_enabled(usable, egui::Button::new(t!("folders-use")))
                    .clicked()
                {
                    action = Some(BrowserAction::Choose(PathBuf::from(self.path.trim())));
                }
                if ui.button(t!("dialog-cancel")).clicked() {
                    action = Some(BrowserAction::Cancel);
                }
            });
        });
        if modal.should_close() && action.is_none() {
            action = Some(BrowserAction::Cancel);
        }
        match action {
            Some(BrowserAction::Open(path)) => self.path = path.display().to_string(),
            Some(other) => commands.push(Command::FolderBrowser(other)),
            None => {}
        }
    }
}

/// The subfolders of `dir`, sorted (hidden ones last), or a sentence saying why not.
pub fn list_folders(dir: &Path) -> Result<Vec<String>, std::io::ErrorKind> {
    let entries = std::fs::read_dir(dir).map_err(|err| err.kind())?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort_by_key(|name| (name.starts_with('.'), name.to_lowercase()));
    Ok(names)
}

/// Why a folder cannot be listed, in words.
fn unreadable(kind: std::io::ErrorKind) -> String {
    match kind {
        std::io::ErrorKind::NotFound => t!("folders-missing"),
        std::io::ErrorKind::PermissionDenied => t!("folders-forbidden"),
        std::io::ErrorKind::NotADirectory => t!("folders-is-file"),
        _ => t!("folders-unreadable"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_subfolders_only_hidden_last() {
        let dir = tempfile::tempdir().expect("temp dir");
        for name in ["b", ".hidden", "A"] {
            std::fs::create_dir(dir.path().join(name)).expect("mkdir");
        }
        std::fs::write(dir.path().join("file.txt"), "x").expect("write");
        assert_eq!(
            list_folders(dir.path()).expect("listed"),
            ["A", "b", ".hidden"]
        );
        assert!(list_folders(&dir.path().join("missing")).is_err());
    }
}
