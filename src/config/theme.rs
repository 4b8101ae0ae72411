//! The window's colours, as the settings file says them.

use serde::{Deserialize, Serialize};

/// The window's colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the desktop's choice.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}
