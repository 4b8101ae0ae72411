//! What can be done to a download in each state: one list used by the row buttons, the
//! right-click menu and the keyboard, so they never disagree.

use crate::engine::Status;

/// An action on one or more downloads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowAction {
    /// Stop for now, keeping the data.
    Pause,
    /// Continue a paused download.
    Resume,
    /// Try a failed or cancelled download again.
    Retry,
    /// Stop and delete the partial data.
    Cancel,
    /// Open the finished file.
    Open,
    /// Show the file in the file manager.
    ShowInFolder,
    /// Take the row off the list.
    Remove,
}

impl RowAction {
    /// The action's name as shown in menus and read by screen readers.
    pub fn label(self) -> &'static str {
        match self {
            RowAction::Pause => "Pause",
            RowAction::Resume => "Resume",
            RowAction::Retry => "Retry",
            RowAction::Cancel => "Cancel",
            RowAction::Open => "Open",
            RowAction::ShowInFolder => "Show in folder",
            RowAction::Remove => "Remove from list",
        }
    }

    /// A compact symbol for the row buttons.
    pub fn icon(self) -> &'static str {
        match self {
            RowAction::Pause => "⏸",
            RowAction::Resume => "▶",
            RowAction::Retry => "⟲",
            RowAction::Cancel => "⏹",
            RowAction::Open => "🗋",
            RowAction::ShowInFolder => "🗁",
            RowAction::Remove => "✖",
        }
    }
}

/// Actions that fit a download's status, most useful first. The row shows the first ones as
/// buttons; the menu shows all.
pub fn actions_for(status: &Status) -> &'static [RowAction] {
    use RowAction::*;
    match status {
        Status::Queued
        | Status::Connecting
        | Status::Downloading
        | Status::WaitingFor { .. }
        | Status::Retrying { .. } => &[Pause, Cancel, Remove],
        Status::Saving => &[Cancel, Remove],
        Status::Paused { .. } => &[Resume, Cancel, Remove],
        Status::Failed { .. } => &[Retry, Remove, Cancel],
        Status::Cancelled => &[Retry, Remove],
        Status::Finished => &[Open, ShowInFolder, Remove],
    }
}

/// How many of [`actions_for`] appear as buttons in the row.
pub const ROW_BUTTONS: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_offers_remove_and_a_first_action() {
        for status in [
            Status::Queued,
            Status::Downloading,
            Status::Paused { reason: None },
            Status::Failed {
                reason: crate::engine::Reason::NoFile,
            },
            Status::Cancelled,
            Status::Finished,
        ] {
            let actions = actions_for(&status);
            assert!(actions.contains(&RowAction::Remove), "{status:?}");
            assert!(actions.len() >= ROW_BUTTONS);
        }
        assert_eq!(actions_for(&Status::Finished)[0], RowAction::Open);
    }
}
