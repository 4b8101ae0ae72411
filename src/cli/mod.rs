//! The command line: `haul [URL...]` opens the window, `haul get` downloads without one,
//! `haul daemon` runs the engine for remote control.
//!
//! The argument types live here (`haul get`'s in `get_args`) so `main.rs` stays a dispatcher;
//! `get` runs the engine and
//! draws progress on stderr.

pub mod browser;
pub mod daemon;
pub mod get;
mod get_args;
pub mod help;
pub mod progress;

use clap::{Parser, Subcommand};

pub use get_args::GetArgs;

/// Version text with the git commit the binary was built from.
pub const LONG_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("HAUL_GIT_HASH"), ")");

/// Haul: a fast, careful download manager.
#[derive(Debug, Parser)]
#[command(name = "haul", version = LONG_VERSION, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do; without one, the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Links to add when the window opens.
    #[arg(value_name = "URL")]
    pub urls: Vec<String>,
    /// Start hidden in the tray (where there is one), as when started with the desktop.
    #[arg(long)]
    pub hidden: bool,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Download without a window, then exit (0: all finished, 1: some failed, 2: bad usage).
    Get(Box<GetArgs>),
    /// Run without a window, controlled over aria2's JSON-RPC (AriaNg, aria2p...).
    Daemon(daemon::DaemonArgs),
    /// Connect Haul to the browser extension (see assets/browser).
    Browser {
        /// What to do.
        #[command(subcommand)]
        action: BrowserAction,
    },
}

/// `haul browser ...`
#[derive(Debug, Subcommand)]
pub enum BrowserAction {
    /// Write the native messaging host manifests for Firefox, Chrome, Chromium, Brave,
    /// Vivaldi and Edge, pointing at this binary.
    Install,
    /// Remove them.
    Uninstall,
}
