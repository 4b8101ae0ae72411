//! What happens when downloads are done, and keeping the computer awake while they run.
//!
//! The engine says when a queue (or everything) ran dry; the user's choice for it (quit,
//! suspend, hibernate, power off, a command) comes after a 60-second countdown they can
//! cancel. While downloads run, a logind `sleep` inhibitor is held (a setting, on by default).
//! Every D-Bus call and command runs on a task thread.

use crate::i18n::t;
use std::sync::Arc;
use std::time::Instant;

use eframe::egui;

use super::App;
use super::desktop::power::PowerAction;
use super::dialogs::Modal;
use super::dialogs::when_done::WhenDoneDialog;
use super::tasks::TaskResult;
use crate::config::WhenDone;
use crate::engine::Notice;

impl App {
    /// A queue or everything is done: the countdown to what the user wants then, if anything
    /// (one countdown at a time).
    pub(super) fn milestones(&mut self, notices: Vec<Notice>) {
        for notice in notices {
            let ended = match &notice {
                Notice::QueueDone { ended, .. } | Notice::AllDone { ended } => *ended,
                _ => continue,
            };
            let (queue, action, command) = match notice {
                Notice::QueueDone { queue, .. } => {
                    let Some(rules) = self.settings.queues.iter().find(|q| q.name.trim() == queue)
                    else {
                        continue;
                    };
                    (Some(queue), rules.when_done, rules.command.clone())
                }
                Notice::AllDone { .. } => (
                    None,
                    self.settings.when_done,
                    self.settings.when_done_command.clone(),
                ),
                _ => continue,
            };
            let counting = self
                .dialogs
                .any(|modal| matches!(modal, Modal::WhenDone(_)));
            if action == WhenDone::Nothing || counting {
                continue;
            }
            if ended.all_failed() {
                // Nothing was done: no power off, no command; the failures are said.
                self.notices.tell(crate::describe::notice(&match queue {
                    Some(queue) => Notice::QueueDone { queue, ended },
                    None => Notice::AllDone { ended },
                }));
                continue;
            }
            let dialog = WhenDoneDialog::new(queue, action, command, Instant::now());
            self.dialogs.open(Modal::WhenDone(dialog));
        }
    }

    /// Does what the countdown was for.
    pub(crate) fn do_when_done(
        &mut self,
        action: WhenDone,
        command: String,
        ctx: Option<&egui::Context>,
    ) {
        self.dialogs
            .close_where(|m| matches!(m, Modal::WhenDone(_)));
        let power = match action {
            WhenDone::Nothing => return,
            WhenDone::Quit => return self.quit(ctx),
            WhenDone::Command => return self.run_when_done_command(command),
            WhenDone::Suspend => PowerAction::Suspend,
            WhenDone::Hibernate => PowerAction::Hibernate,
            WhenDone::PowerOff => PowerAction::PowerOff,
        };
        let desktop = Arc::clone(&self.desktop);
        self.tasks.spawn("power", move || {
            desktop.power(power).err().map(|err| {
                TaskResult::Failed(t!(
                    "power-failed",
                    action = power.key(),
                    reason = err.to_string()
                ))
            })
        });
    }

    fn run_when_done_command(&mut self, command: String) {
        self.tasks.spawn("when-done-command", move || {
            let ran = std::process::Command::new("/bin/sh")
                .arg("-c")
                .arg(&command)
                .stdin(std::process::Stdio::null())
                .status();
            match ran {
                Ok(status) if status.success() => None,
                Ok(status) => Some(TaskResult::Failed(t!(
                    "when-done-command-failed",
                    status = status.to_string(),
                    command = command.as_str()
                ))),
                Err(err) => Some(TaskResult::Failed(t!(
                    "when-done-command-not-run",
                    detail = err.to_string(),
                    command = command.as_str()
                ))),
            }
        });
    }

    /// Holds the `sleep` inhibitor while downloads run (and the setting is on), lets it go
    /// when nothing runs.
    pub(super) fn keep_awake(&mut self) {
        let running = self.rows.totals.counts.active + self.rows.totals.counts.saving;
        let wanted = self.settings.keep_awake && running > 0;
        if wanted == self.shell.awake {
            return;
        }
        self.shell.awake = wanted;
        let why = wanted.then(|| t!("keep-awake-why", count = running));
        let desktop = Arc::clone(&self.desktop);
        self.tasks.spawn("keep-awake", move || {
            if let Err(err) = desktop.keep_awake(why.as_deref()) {
                // Not worth a message: a desktop without logind simply sleeps as it likes.
                log::info!("no sleep inhibitor: {err}");
            }
            None
        });
    }
}
