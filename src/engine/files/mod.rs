//! Files: everything a download keeps on disk and how it is found again.
//!
//! A download writes into `NAME.part` beside a control file `NAME.part.haul` that records which
//! ranges are safely written (`control`, `checkpoint`, `ranges`), under a lock that says whose
//! it is (`ownership`); finished files remember where they came from (`origin`, `same_file`);
//! names come from links and servers and are made safe (`naming`); the rest are careful file
//! system moves (`fsutil`, `dirsync`, `disk`).
//!
//! Files know nothing of rows, workers or the network.

pub mod categories;
pub(crate) mod checkpoint;
pub mod control;
pub(crate) mod dirsync;
pub mod disk;
pub mod fsutil;
pub mod naming;
pub mod origin;
pub mod ownership;
pub mod ranges;
pub mod same_file;
