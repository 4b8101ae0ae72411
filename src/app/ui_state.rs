//! The window's own choices that outlive it: the list's sort and tab, and whether the details
//! panel is open. Kept in `ui.json` in the data folder; a missing or damaged file means the
//! defaults (this is a convenience, never worth a message).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::app::list::view::{Sort, Tab};

/// What the window remembers between runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct UiState {
    /// The list's order.
    pub sort: Sort,
    /// The state tab shown.
    pub tab: Tab,
    /// The details panel is open.
    pub details_open: bool,
}

impl UiState {
    /// Where it is kept.
    pub fn path(data_dir: &Path) -> PathBuf {
        data_dir.join("ui.json")
    }

    /// The remembered state, or the defaults.
    pub fn load(path: &Path) -> Self {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Remembers the state (replacing the file in one step).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let text = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let temp = path.with_extension("json.tmp");
        std::fs::write(&temp, text)?;
        std::fs::rename(&temp, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::list::view::SortColumn;

    #[test]
    fn round_trips_and_survives_damage() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = UiState::path(dir.path());
        assert_eq!(UiState::load(&path), UiState::default());
        let state = UiState {
            sort: Sort {
                column: SortColumn::Speed,
                descending: true,
            },
            tab: Tab::Failed,
            details_open: true,
        };
        state.save(&path).expect("save");
        assert_eq!(UiState::load(&path), state);
        std::fs::write(&path, "{ not json").expect("damage");
        assert_eq!(UiState::load(&path), UiState::default());
    }
}
