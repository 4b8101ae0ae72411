//! One download from start to finish on its own thread.
//!
//! The worker finds or creates the partial file ([`partial`]), opens the first connection
//! (resuming with `Range` and `If-Range`) and judges what comes back ([`answers`]). When the
//! server confirms ranges and the size is known, more connections join ([`connections`]), each
//! taking over part of the remaining work (see [`Plan`](crate::engine::net::plan::Plan)); all
//! of them write in place into the one partial file ([`one_attempt`] runs one attempt,
//! `attempts` the retries around it). Progress is published about ten times a second
//! ([`report`]), temporary failures are retried with backoff (here),
//! and on success the file is flushed and renamed into place. The stop flag is checked between
//! events, so pause and cancel act within a fraction of a second.

mod answers;
mod attempts;
mod auth;
mod authorized;
mod claim;
mod connections;
mod context;
mod finish;
mod growth;
mod job;
mod naming;
mod one_attempt;
mod open_part;
mod partial;
mod probe;
mod progress;
mod proxied;
mod relink;
mod report;

mod transfer;
mod verdict;
mod verify;

pub(crate) use attempts::run;
pub(crate) use context::tuned;
pub(crate) use job::Job;
pub(crate) use partial::{delete_own_partial, partial_on_disk};
