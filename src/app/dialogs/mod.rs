//! The dialogs the window shows over the list.
//!
//! Every dialog is one [`Modal`], and the open ones are one stack ([`Dialogs`]): the top one
//! answers, and one command closes it (`Command::CloseDialog`), uncovering the one below. A
//! dialog opens over another only when something else asks (the folder chooser over the Add
//! dialog or the settings, the quit question over whatever is open, links from a browser
//! while the settings are open).

pub(crate) mod add;
mod add_advanced;
mod add_known;
mod add_torrent;
mod add_video;
pub(crate) mod folder_browser;
pub(crate) mod limit;
pub(crate) mod link;
pub(crate) mod login;
mod quit;
pub(crate) mod remove;
pub(crate) mod settings;
pub(crate) mod trust;
pub(crate) mod when_done;

use std::path::PathBuf;

use eframe::egui;

use crate::app::command::Command;
use add::AddDialog;
use folder_browser::FolderBrowser;
use limit::LimitDialog;
use link::LinkDialog;
use login::LoginDialog;
use remove::RemoveDialog;
use settings::SettingsWindow;
use trust::TrustDialog;

/// One dialog.
pub(crate) enum Modal {
    /// Adding links.
    Add(Box<AddDialog>),
    /// The settings.
    Settings(Box<SettingsWindow>),
    /// A speed limit for some rows.
    Limit(LimitDialog),
    /// Removing rows with partial files.
    Remove(RemoveDialog),
    /// A new link for a download.
    Link(LinkDialog),
    /// The login a server asked for.
    Login(LoginDialog),
    /// Trusting a certificate for its host.
    Trust(TrustDialog),
    /// The window's own folder chooser, on desktops without a folder dialog.
    FolderBrowser(FolderBrowser),
    /// Quitting while downloads run.
    Quit,
    /// The countdown before what happens when downloads are done.
    WhenDone(when_done::WhenDoneDialog),
}

/// The open dialogs, the top one last.
#[derive(Default)]
pub(crate) struct Dialogs {
    stack: Vec<Modal>,
}

impl Dialogs {
    /// Opens a dialog over whatever is open.
    pub fn open(&mut self, modal: Modal) {
        self.stack.push(modal);
    }

    /// Closes the top dialog; returns it.
    pub fn close(&mut self) -> Option<Modal> {
        self.stack.pop()
    }

    /// Closes the topmost dialog `is` picks, with any opened over it (its work is done).
    pub fn close_where(&mut self, is: impl Fn(&Modal) -> bool) {
        if let Some(at) = self.stack.iter().rposition(is) {
            self.stack.truncate(at);
        }
    }

    /// True when a dialog `is` picks is open.
    pub fn any(&self, is: impl Fn(&Modal) -> bool) -> bool {
        self.stack.iter().any(is)
    }

    /// True when any dialog is open.
    pub fn is_open(&self) -> bool {
        !self.stack.is_empty()
    }

    /// Asks before quitting, unless it already does.
    pub fn ask_to_quit(&mut self) {
        if !self.asking_to_quit() {
            self.open(Modal::Quit);
        }
    }

    /// True while the quit question is open.
    pub fn asking_to_quit(&self) -> bool {
        self.stack.iter().any(|modal| matches!(modal, Modal::Quit))
    }

    /// The Add dialog, when open (under others or not).
    pub fn add(&mut self) -> Option<&mut AddDialog> {
        self.stack.iter_mut().rev().find_map(|modal| match modal {
            Modal::Add(dialog) => Some(&mut **dialog),
            _ => None,
        })
    }

    /// The settings, when open.
    pub fn settings(&mut self) -> Option<&mut SettingsWindow> {
        self.stack.iter_mut().rev().find_map(|modal| match modal {
            Modal::Settings(window) => Some(&mut **window),
            _ => None,
        })
    }

    /// The folder chooser, when open.
    pub fn folder_browser(&mut self) -> Option<&mut FolderBrowser> {
        self.stack.iter_mut().rev().find_map(|modal| match modal {
            Modal::FolderBrowser(browser) => Some(browser),
            _ => None,
        })
    }

    /// Draws the open dialogs, the top one last (`active`: downloads running, for the quit
    /// question). Returns a folder the folder chooser wants listed.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        active: usize,
        commands: &mut Vec<Command>,
    ) -> Option<PathBuf> {
        let mut wanted_listing = None;
        for modal in &mut self.stack {
            match modal {
                Modal::Add(dialog) => dialog.show(ctx, commands),
                Modal::Settings(window) => window.show(ctx, commands),
                Modal::Limit(dialog) => dialog.show(ctx, commands),
                Modal::Remove(dialog) => dialog.show(ctx, commands),
                Modal::Link(dialog) => dialog.show(ctx, commands),
                Modal::Login(dialog) => dialog.show(ctx, commands),
                Modal::Trust(dialog) => dialog.show(ctx, commands),
                Modal::FolderBrowser(browser) => {
                    wanted_listing = browser.wants_listing().or(wanted_listing);
                    browser.show(ctx, commands);
                }
                Modal::Quit => quit::show(ctx, active, commands),
                Modal::WhenDone(dialog) => dialog.show(ctx, commands),
            }
        }
        wanted_listing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit() -> Modal {
        Modal::Limit(LimitDialog::new(Vec::new(), None))
    }

    #[test]
    fn the_top_dialog_closes_first_and_finishing_one_closes_what_is_over_it() {
        let mut dialogs = Dialogs::default();
        assert!(!dialogs.is_open());
        dialogs.open(limit());
        dialogs.ask_to_quit();
        dialogs.ask_to_quit();
        assert!(dialogs.asking_to_quit());
        assert!(matches!(dialogs.close(), Some(Modal::Quit)), "asked once");
        assert!(matches!(dialogs.close(), Some(Modal::Limit(_))));
        assert!(dialogs.close().is_none());
        dialogs.open(limit());
        dialogs.open(Modal::Quit);
        dialogs.close_where(|modal| matches!(modal, Modal::Limit(_)));
        assert!(
            !dialogs.is_open(),
            "what was over the finished dialog went with it"
        );
    }
}
