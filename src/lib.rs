//! Haul: a fast, careful download manager.
//!
//! # The map
//!
//! Each row uses only rows below it (never one above, never one beside it), and no file of the
//! crate is in an import circle; `tests/structure.rs` checks both. Everything worth testing
//! runs without a window.
//!
//! ```text
//!  front ends    app (the window)     cli (haul get, haul daemon, install)
//!  hand-offs     browser (the extension's native messaging host)   rpc (aria2's JSON-RPC)
//!  shared edge   instance (one window)   describe (words)   config   links
//!  plain values  format (sizes, speeds)   paths
//!  words         i18n (the user's language)
//!  the core      engine: queue > kinds > worker (HTTP) > resources > state > files
//!                        > details, reason > checksum > net > timetable
//!                        > plain words (error, notice, limits, rate, signal, clock, ...)
//! ```
//!
//! - [`engine`]: the downloading, on worker threads, behind the [`engine::Engine`] handle. It
//!   never imports a GUI toolkit. Inside, each subsystem depends only on those after it (a
//!   test, `tests/structure.rs`, keeps it so):
//!   - [`engine::queue`]: the handle, user commands, the scheduler, undo, the saved list.
//!   - `engine::kinds`: which kinds of download there are, each driven through one
//!     interface (start, stop, progress, files, reasons, cleaning up); HTTP is the first.
//!   - `engine::worker`: the HTTP kind, from the first request to the file in place.
//!   - `engine::resources`: what every download shares (clients, buffers, folder indexes).
//!   - [`engine::state`]: the rows behind the one lock, changed only through `State`'s
//!     methods; the transitions; the reporter a worker tells its row through.
//!   - [`engine::files`]: partial and control files, ownership, names, origins.
//!   - [`engine::details`] and [`engine::reason`]: the details panel's facts, why a
//!     download stopped.
//!   - [`engine::checksum`]: digests, and the ones servers publish.
//!   - [`engine::net`]: HTTP, TLS, hosts, piece plans, speed limits, retries.
//!   - [`engine::timetable`]: the speed schedule's week and the queues' start and stop times.
//!   - the plain words: [`engine::error`], [`engine::notice`], [`engine::limits`],
//!     [`engine::rate`] (a speed limit's one type),
//!     [`engine::signal`], [`engine::clock`] (typed; words for people are chosen at the
//!     edge, in [`describe`]).
//! - `app`: the window. Input and widgets make commands; `execute` sends each to its
//!   area's handler; background tasks do every blocking thing. Its rooms: `dialogs` (one
//!   stack of modals), `list` (the table, its view, the selection, row actions),
//!   `details_panel`, `bars` (toolbar, notices, status bar, undo), `desktop` (opening files,
//!   notifications, the taskbar, the tray), `incoming` (drops and links from launches and
//!   browsers), `notices` (everything said that is not a row), `handlers` (what each command
//!   and each desktop event does to the window: adding, rows, the window, the tray, the
//!   clipboard, notifications), `run` (starting the window).
//! - [`cli`]: `haul get` and its progress bars, `haul daemon`.
//! - [`rpc`]: aria2's JSON-RPC, so other programs (AriaNg, aria2p) drive the engine.
//! - [`instance`]: one window per session; later launches hand it their links.
//! - [`browser`]: Haul as the browser extension's native messaging host.
//! - [`links`]: URLs from pasted text, dropped files and link lists.
//! - [`describe`] and [`format`](mod@format): the engine's typed states, sizes and speeds in words.
//! - [`config`] and [`paths`]: settings and where things live.
//! - [`i18n`]: the words in the user's language (Fluent messages in `src/i18n/locales`).
//!
//! # Where a new feature goes
//!
//! A new row field or status: `engine::state` (and `describe` for its words). A new user
//! command: a method in `engine::queue::commands`, a `State` method if it changes rows, a
//! `Command` in the app with its handler. A new rule for an HTTP transfer: `engine::worker`.
//! A new kind of download (a stream, a torrent): a `state::Kind` variant, its driver in
//! `engine::kinds`, its own module beside `worker`. A new dialog: a `Modal` variant in
//! `app::dialogs`. Something the desktop does: `app::desktop`, behind the `Desktop` trait so
//! tests fake it.

pub mod app;
pub mod browser;
pub mod cli;
pub mod config;
pub mod describe;
pub mod engine;
pub mod format;
pub mod i18n;
pub mod instance;
pub mod links;
pub mod paths;
pub mod rpc;
