//! HTTP(S) files as a kind: the worker (`engine::worker`) runs them, with ranges over as many
//! connections as pay off, a partial and control file to resume from.

use std::sync::Arc;

use crate::engine::net::limiter::Limit;
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::resources::Resources;
use crate::engine::state::Download;
use crate::engine::state::reporter::Reporter;
use crate::engine::state::transitions::Outcome;
use crate::engine::worker::{self, Job};

use super::driver::{Driver, Work};

/// The driver of [`Kind::Http`](crate::engine::state::Kind::Http).
pub(super) struct Http;

impl Driver for Http {
    fn prepare(&self, row: &Download, proxy: Option<ProxyChoice>) -> Box<dyn Work> {
        let job = Job::for_run(row, proxy);
        Box::new(job)
    }

    fn delete_unfinished(&self, row: &Download, alone: bool, resources: &Resources) {
        let categories = &resources.tuning().categories;
        worker::delete_own_partial(&Job::from_row(row), alone, categories);
    }

    fn progress_on_disk(&self, row: &Download) -> Option<(u64, Option<u64>)> {
        let name = row.file_name.as_deref()?;
        Some(worker::partial_on_disk(&row.dir, name))
    }
}

impl Work for Job {
    fn run(
        self: Box<Self>,
        reporter: &Reporter,
        resources: &Arc<Resources>,
        limits: [Arc<dyn Limit>; 2],
    ) -> Outcome {
        worker::run(reporter, resources, &self, limits)
    }
}
