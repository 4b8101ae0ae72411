//! The remote control: what the settings asked of it, and its server while it runs.

use crate::app::remote;

/// The remote control.
#[derive(Default)]
pub(crate) struct Remote {
    /// What the settings asked of it last.
    pub(crate) wanted: Option<remote::RemoteWanted>,
    /// The server while it runs.
    pub(crate) server: Option<crate::rpc::RpcServer>,
}
