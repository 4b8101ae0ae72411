//! The command line: `haul [URL...]` opens the window, `haul get` downloads without one,
//! `haul daemon` runs the engine for remote control.
//!
//! The argument types live here so `main.rs` stays a dispatcher; `get` runs the engine and
//! draws progress on stderr.

pub mod browser;
pub mod daemon;
pub mod get;
pub mod help;
pub mod progress;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::engine::limits::{CONNECTIONS_PER_FILE, JOBS, Limit};

/// A limit's range as clap takes it.
fn limit_range(limit: Limit) -> std::ops::RangeInclusive<i64> {
    let to_i64 = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
    to_i64(limit.min)..=to_i64(limit.max)
}

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
    Get(GetArgs),
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

/// Options of `haul get`.
#[derive(Debug, Args)]
pub struct GetArgs {
    /// Folder for the files (default: the configured download folder).
    #[arg(short = 'd', long = "dir", value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// File name (one link only).
    #[arg(short = 'o', long = "output", value_name = "NAME")]
    pub output: Option<String>,
    /// Read links from a file ('-' for stdin), same parser as drag-and-drop.
    #[arg(short = 'i', long = "input", value_name = "FILE")]
    pub input: Vec<PathBuf>,
    /// Downloads at the same time.
    #[arg(short = 'j', long = "jobs", value_name = "N", value_parser = clap::value_parser!(u16).range(limit_range(JOBS)))]
    pub jobs: Option<u16>,
    /// Connections per file.
    #[arg(short = 'x', long = "connections", value_name = "N", value_parser = clap::value_parser!(u16).range(limit_range(CONNECTIONS_PER_FILE)))]
    pub connections: Option<u16>,
    /// Overall speed limit, e.g. 500K, 2M (bytes per second).
    #[arg(long = "limit", value_name = "RATE", value_parser = crate::format::parse_rate)]
    pub limit: Option<u64>,
    /// Verify the finished file against this SHA-256 (64 hex digits).
    #[arg(long = "sha256", value_name = "HEX", conflicts_with = "checksum")]
    pub sha256: Option<String>,
    /// Verify the finished file against this digest: sha-256=HEX, sha-512=HEX, sha-1=HEX or
    /// md5=HEX.
    #[arg(long = "checksum", value_name = "ALGO=HEX")]
    pub checksum: Option<String>,
    /// Do not look for published checksums (NAME.sha256, SHA256SUMS, ...) beside the files.
    #[arg(long = "no-checksum-discovery")]
    pub no_checksum_discovery: bool,
    /// Download a fresh copy even when the same file from the same link is already in the
    /// folder (it is saved as NAME (1)); without it, such a file is left as it is.
    #[arg(long = "again")]
    pub again: bool,
    /// No progress output (failures are still reported).
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    /// Links to download (aria2-style ranges such as file[01-10].jpg expand).
    #[arg(value_name = "URL")]
    pub urls: Vec<String>,
}
