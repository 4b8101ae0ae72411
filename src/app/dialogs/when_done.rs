//! The notice before what the user wants done when downloads are done (quit, suspend,
//! hibernate, power off, a command): a 60-second countdown they can cancel, or skip.

use crate::i18n::t;
use std::time::{Duration, Instant};

use eframe::egui;

use crate::app::command::Command;
use crate::config::WhenDone;

/// How long the user has to change their mind.
pub const NOTICE: Duration = Duration::from_secs(60);

/// A countdown to an action.
#[derive(Debug)]
pub(crate) struct WhenDoneDialog {
    /// What is done ("Night", or every download when `None`).
    queue: Option<String>,
    action: WhenDone,
    /// The command, for [`WhenDone::Command`].
    command: String,
    deadline: Instant,
    /// Said once when the time is up.
    fired: bool,
}

impl WhenDoneDialog {
    /// A countdown from now to `action` after `queue` (or everything) finished.
    pub fn new(queue: Option<String>, action: WhenDone, command: String, now: Instant) -> Self {
        Self {
            queue,
            action,
            command,
            deadline: now + NOTICE,
            fired: false,
        }
    }

    /// Whole seconds left at `now` (rounded up, so it says 60 first and never 0 early).
    pub fn seconds_left(&self, now: Instant) -> u64 {
        let left = self.deadline.saturating_duration_since(now);
        left.as_secs() + u64::from(left.subsec_nanos() > 0)
    }

    fn doing(&self) -> Command {
        Command::DoWhenDone(self.action, self.command.clone())
    }

    /// Draws the countdown; when the time is up, asks for the action (once).
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let left = self.seconds_left(Instant::now());
        if left == 0 && !self.fired {
            self.fired = true;
            commands.push(self.doing());
        }
        ctx.request_repaint_after(Duration::from_millis(250));
        let what = match &self.queue {
            Some(queue) => t!(
                "notice-queue-done",
                queue = crate::describe::shown_name(queue)
            ),
            None => t!("notice-all-done"),
        };
        let (then, now_button) = match self.action {
            WhenDone::Quit => (t!("then-quit", seconds = left), t!("then-quit-now")),
            WhenDone::Suspend => (t!("then-suspend", seconds = left), t!("then-suspend-now")),
            WhenDone::Hibernate => (
                t!("then-hibernate", seconds = left),
                t!("then-hibernate-now"),
            ),
            WhenDone::PowerOff => (
                t!("then-power-off", seconds = left),
                t!("then-power-off-now"),
            ),
            WhenDone::Command => (t!("then-command", seconds = left), t!("then-command-now")),
            WhenDone::Nothing => (t!("then-nothing", seconds = left), t!("then-close")),
        };
        let modal = egui::Modal::new(egui::Id::unique("when-done")).show(ctx, |ui| {
            ui.set_width(380.0);
            ui.heading(what);
            ui.add_space(6.0);
            ui.label(then);
            if self.action == WhenDone::Command {
                ui.label(egui::RichText::new(&self.command).monospace());
            }
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                if ui.button(t!("dialog-cancel")).clicked() {
                    commands.push(Command::CloseDialog);
                }
                if ui.button(now_button).clicked() && !self.fired {
                    self.fired = true;
                    commands.push(self.doing());
                }
            });
        });
        if modal.should_close() {
            commands.push(Command::CloseDialog);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_countdown_says_sixty_first_and_zero_only_at_the_end() {
        let start = Instant::now();
        let dialog = WhenDoneDialog::new(None, WhenDone::PowerOff, String::new(), start);
        assert_eq!(dialog.seconds_left(start), 60);
        assert_eq!(
            dialog.seconds_left(start + Duration::from_millis(59_500)),
            1
        );
        assert_eq!(dialog.seconds_left(start + NOTICE), 0);
        assert_eq!(dialog.seconds_left(start + NOTICE * 2), 0);
    }
}
