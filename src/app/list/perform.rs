//! Acting on rows: the actions of a row's buttons, its menu and the keyboard (pause, resume,
//! retry, cancel, remove, open, show in folder, change link, start over), moving the
//! selection, and the words of the undo bar.

use crate::i18n::t;
use std::sync::Arc;

use crate::app::App;
use crate::app::bars::undo_bar::UndoOffer;
use crate::app::dialogs::Modal;
use crate::app::dialogs::link::LinkDialog;
use crate::app::dialogs::remove::{self, RemoveDialog};
use crate::app::list::row_actions::RowAction;
use crate::app::tasks::TaskResult;
use crate::engine::{DownloadId, Engine, PartialFiles, Status, UNDO_WINDOW};

impl App {
    pub(crate) fn with_engine(&self, apply: impl FnOnce(&Engine)) {
        if let Some(engine) = &self.engine {
            apply(engine);
        }
    }

    pub(crate) fn act(&mut self, action: RowAction, ids: &[DownloadId]) {
        let Some(engine) = &self.engine else { return };
        match action {
            RowAction::Pause => engine.pause(ids),
            RowAction::StopSeeding => engine.stop_seeding(ids),
            RowAction::Resume => engine.resume(ids),
            RowAction::Retry | RowAction::DownloadAgain => {
                if ids.is_empty() {
                    return;
                }
                engine.retry(ids);
                let text = match ids.iter().find_map(|id| self.rows.snapshot.get(*id)) {
                    Some(one) if ids.len() == 1 => {
                        t!("notice-retrying-one", name = one.display_name())
                    }
                    _ => t!("notice-retrying", count = ids.len()),
                };
                self.notices.say(text);
            }
            RowAction::Cancel => {
                let cancelled: Vec<&crate::engine::Download> = ids
                    .iter()
                    .filter_map(|&id| self.rows.snapshot.get(id).map(|d| &**d))
                    .filter(|d| !matches!(d.status, Status::Finished | Status::Cancelled))
                    .collect();
                if cancelled.is_empty() {
                    return;
                }
                let text = undo_text(Undone::Cancelled, &cancelled, true);
                let token = engine.cancel(ids);
                self.notices
                    .offer_undo(UndoOffer::new(token, text, UNDO_WINDOW));
            }
            RowAction::Remove => {
                let rows: Vec<&crate::engine::Download> = ids
                    .iter()
                    .filter_map(|&id| self.rows.snapshot.get(id).map(|d| &**d))
                    .collect();
                if rows.iter().any(|d| remove::has_partial(d)) {
                    self.dialogs.open(Modal::Remove(RemoveDialog::new(&rows)));
                } else {
                    self.remove(ids, false);
                }
            }
            RowAction::ChangeLink => {
                let Some(download) = ids.first().and_then(|&id| self.rows.snapshot.get(id)) else {
                    return;
                };
                self.dialogs.open(Modal::Link(LinkDialog::new(
                    download.id,
                    download.display_name(),
                    String::new(),
                )));
            }
            RowAction::StartOver => engine.start_over(ids),
            RowAction::TrustCertificate => {
                if let Some(&id) = ids.first() {
                    self.ask_trust(id);
                }
            }
            RowAction::LogIn => {
                if let Some(&id) = ids.first() {
                    self.ask_login(id);
                }
            }
            RowAction::Open | RowAction::ShowInFolder => {
                let Some(path) = ids
                    .first()
                    .and_then(|&id| self.rows.snapshot.get(id))
                    .and_then(|d| d.target_path())
                else {
                    return;
                };
                let desktop = Arc::clone(&self.desktop);
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                // Said at once: an opener may take its time, and a person should not wonder.
                self.notices.say(if action == RowAction::Open {
                    t!("notice-opening", name = name.as_str())
                } else {
                    t!("notice-showing", name = name.as_str())
                });
                self.tasks.spawn("open", move || {
                    let doing = if action == RowAction::Open {
                        "open"
                    } else {
                        "show"
                    };
                    let result = within(OPEN_ANSWER, {
                        let path = path.clone();
                        move || {
                            if action == RowAction::Open {
                                desktop.open(&path)
                            } else {
                                desktop.show_in_folder(&path)
                            }
                        }
                    });
                    result.err().map(|problem| {
                        let problem = problem.to_string();
                        let message = match doing {
                            "open" => t!("notice-cannot-open", name = name, problem = problem),
                            _ => t!("notice-cannot-show", name = name, problem = problem),
                        };
                        TaskResult::OpenFailed(crate::app::OpenFailure { message, path })
                    })
                });
            }
        }
    }

    /// Removes rows, offering an undo; partial files go too (later) when `delete_partial`.
    pub(crate) fn remove(&mut self, ids: &[DownloadId], delete_partial: bool) {
        let Some(engine) = &self.engine else { return };
        let rows: Vec<&crate::engine::Download> = ids
            .iter()
            .filter_map(|&id| self.rows.snapshot.get(id).map(|d| &**d))
            .collect();
        if rows.is_empty() {
            return;
        }
        let text = undo_text(Undone::Removed, &rows, delete_partial);
        let partial = if delete_partial {
            PartialFiles::Delete
        } else {
            PartialFiles::Keep
        };
        let token = engine.remove(ids, partial);
        self.notices
            .offer_undo(UndoOffer::new(token, text, UNDO_WINDOW));
    }
}

/// What the undo bar offers to take back.
#[derive(Clone, Copy)]
enum Undone {
    Cancelled,
    Removed,
}

/// What a cancel or removal did, for the undo bar: "Cancelled big.iso; its partial file
/// (56.0 MiB) will be deleted."
fn undo_text(undone: Undone, rows: &[&crate::engine::Download], deletes: bool) -> String {
    let what = match rows {
        [one] => one.display_name(),
        many => t!("downloads-count", count = many.len()),
    };
    let done = match undone {
        Undone::Cancelled => t!("undo-cancelled", what = what),
        Undone::Removed => t!("undo-removed", what = what),
    };
    let partial: Vec<&&crate::engine::Download> = rows
        .iter()
        .filter(|d| d.bytes_done > 0 && d.status != Status::Finished)
        .collect();
    if !deletes || partial.is_empty() {
        return t!("undo-sentence", done = done);
    }
    let size = crate::format::bytes(partial.iter().map(|d| d.bytes_done).sum());
    t!(
        "undo-sentence-partial",
        done = done,
        count = partial.len(),
        size = size
    )
}

/// How long opening a file or showing it may take before the window says nothing answered.
const OPEN_ANSWER: std::time::Duration = std::time::Duration::from_secs(5);

/// Runs `ask` (a desktop request that may hang) on a thread of its own and waits at most
/// `limit` for its answer; after that, says nothing answered (the request may still finish).
fn within(
    limit: std::time::Duration,
    ask: impl FnOnce() -> Result<(), crate::app::DesktopError> + Send + 'static,
) -> Result<(), crate::app::DesktopError> {
    let (answer, answered) = std::sync::mpsc::channel();
    let started = std::thread::Builder::new()
        .name("haul-open".into())
        .spawn(move || {
            let _ = answer.send(ask());
        });
    if started.is_err() {
        return Err(crate::app::DesktopError::NoAnswer(0));
    }
    answered
        .recv_timeout(limit)
        .unwrap_or(Err(crate::app::DesktopError::NoAnswer(limit.as_secs())))
}
