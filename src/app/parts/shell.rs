//! The window as the desktop sees it: shown or hidden in the tray, its title, the taskbar,
//! keeping the computer awake, quitting.

use std::sync::Arc;

use eframe::egui;

use crate::app::command::Command;
use crate::app::desktop;
use crate::app::desktop::launcher::LauncherProgress;
use crate::app::desktop::tray::TrayAction;

/// The window as the desktop sees it.
#[derive(Default)]
pub(crate) struct Shell {
    /// The title last given to the window.
    pub(crate) title: String,
    /// What the taskbar icon was last told.
    pub(crate) launcher_shown: Option<LauncherProgress>,
    /// The user confirmed quitting.
    pub(crate) quit_confirmed: bool,
    /// A `sleep` inhibitor is wanted (downloads run and the setting is on).
    pub(crate) awake: bool,
    /// Where remembered logins are kept (known once they were read at start).
    pub(crate) logins_kept: Option<crate::app::desktop::keyring::LoginKept>,
    /// The tray item, where a tray host shows it.
    pub(crate) tray: Option<desktop::tray::TrayLink>,
    /// The window is hidden in the tray.
    pub(crate) hidden: bool,
    /// Hide the window in the tray at the first frame (started with the desktop).
    pub(crate) start_hidden: bool,
    /// Set when the system asks Haul to quit (SIGTERM at logout, SIGINT, SIGHUP): the window
    /// closes as if the user confirmed quitting, so progress and the list are saved.
    pub(crate) quit_signalled: Arc<std::sync::atomic::AtomicBool>,
}

impl Shell {
    /// The tray's clicks, as commands.
    pub(crate) fn tray_commands(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if std::mem::take(&mut self.start_hidden) {
            self.hide_window(ctx);
        }
        let Some(link) = &self.tray else { return };
        for action in link.actions.try_iter() {
            match action {
                TrayAction::Show => commands.push(Command::ShowWindow),
                TrayAction::AddFromClipboard => {
                    commands.push(Command::ShowWindow);
                    commands.push(Command::OpenAddDialog(String::new()));
                }
                TrayAction::PauseAll => commands.push(Command::PauseAll),
                TrayAction::ResumeAll => commands.push(Command::ResumeAll),
                TrayAction::Limit(rate) => commands.push(Command::SetOverallLimit(rate)),
                TrayAction::Quit => {
                    commands.push(Command::ShowWindow);
                    commands.push(Command::QuitRequested);
                }
            }
        }
    }

    pub(crate) fn hide_window(&mut self, ctx: &egui::Context) {
        ctx.send_viewport_cmd(egui::ViewportCommand::Visible(false));
        self.hidden = true;
    }

    /// Brings the window back from the tray, to the front.
    pub(crate) fn show_window(&mut self, ctx: Option<&egui::Context>) {
        self.hidden = false;
        if let Some(ctx) = ctx {
            ctx.send_viewport_cmd(egui::ViewportCommand::Visible(true));
            ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
        }
    }
}
