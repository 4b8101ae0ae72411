//! What a worker is given: the row's facts, copied when it starts, so the transfer never
//! reads the shared list while it works.

use std::path::PathBuf;
use std::sync::Arc;

use url::Url;

use crate::engine::checksum::Checksum;
use crate::engine::files::ownership::Relink;
use crate::engine::from_browser::FromBrowser;
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::state::Download;

/// Everything a worker needs to know, copied from the row when it starts.
#[derive(Clone, Debug)]
pub(crate) struct Job {
    pub url: Url,
    pub dir: PathBuf,
    pub file_name: Option<String>,
    pub name_fixed: bool,
    pub checksum: Option<Checksum>,
    pub again: bool,
    pub relink: Relink,
    pub from_browser: Option<Arc<FromBrowser>>,
    /// `dir` is the download folder: the file's category may send it elsewhere.
    pub by_category: bool,
    /// Connections for this download alone, at most.
    pub connections: Option<usize>,
    /// The proxy it goes through when it is not the settings' (its own, or its queue's).
    pub proxy: Option<ProxyChoice>,
}

impl Job {
    pub fn from_row(row: &Download) -> Self {
        Self {
            url: row.url.clone(),
            dir: row.dir.clone(),
            file_name: row.file_name.clone(),
            name_fixed: row.name_fixed,
            checksum: row.checksum.clone(),
            again: row.again,
            relink: row.relink,
            from_browser: row.from_browser.clone(),
            by_category: row.by_category,
            connections: row.connections,
            proxy: None,
        }
    }

    /// The job of `row` as a driver runs it, through `proxy` when it is not the settings'.
    pub fn for_run(row: &Download, proxy: Option<ProxyChoice>) -> Self {
        Self {
            proxy,
            ..Self::from_row(row)
        }
    }

    /// The file's name before the server answers: the row's, else the link's.
    pub fn likely_name(&self) -> Option<String> {
        self.file_name
            .clone()
            .or_else(|| crate::engine::files::naming::name_from_url(&self.url))
    }

    /// The folder a file named `name` (of the server's `content_type`) goes into: its
    /// category's when the row's folder is the download folder, else the row's.
    pub fn dir_for(
        &self,
        categories: &crate::engine::files::categories::Categories,
        name: Option<&str>,
        content_type: Option<&str>,
    ) -> PathBuf {
        if !self.by_category {
            return self.dir.clone();
        }
        let file = crate::engine::files::categories::Sorted {
            url: &self.url,
            name,
            content_type,
        };
        categories.folder_for(&file, &self.dir)
    }
}
