//! Haul: a fast, careful download manager.
//!
//! The crate is split so that everything worth testing runs without a window:
//!
//! - [`engine`] does the downloading on worker threads and owns the shared state. It never
//!   imports a GUI toolkit.
//! - [`links`] turns pasted text, dropped files and link lists into URLs.
//! - [`config`] and [`paths`] say where things live and how the engine is tuned.
//! - [`cli`] is the `haul get` front end; the window lives in `app`.
//! - [`instance`] keeps one window per session and hands later launches' links to it.
//! - [`describe`] turns the engine's typed states into words for both front ends.

pub mod app;
pub mod browser;
pub mod cli;
pub mod config;
pub mod describe;
pub mod engine;
pub mod format;
pub mod instance;
pub mod links;
pub mod paths;
