//! Looking for a published checksum beside a download: a sidecar (`NAME.sha256`,
//! `NAME.sha256sum`, `NAME.sha512`), then a sums file in the same folder (`SHA256SUMS`,
//! `SHA512SUMS`, `sha256sums.txt`, `checksums.txt`, `STEM-CHECKSUM`, and any `*-CHECKSUM` the
//! folder's index links to, as Fedora publishes them).
//!
//! Requests go only to the download's own host (a redirect elsewhere is not followed up), read
//! at most a small cap (a bigger or binary answer is ignored), and run on the network thread
//! beside the download without delaying it; a 404 is silent. A folder's sums files are fetched
//! once for all its downloads, and a folder that turned out to have no sidecars for a few
//! files is not asked for more (nor for more files at once while those few are asked); a
//! host that has shown no checksum files at all for a few downloads is not asked for more
//! (see `host_looks`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::OnceCell;
use url::Url;

use super::asker::Asker;
use super::host_looks::HostLooks;
use super::{Expected, Source, sums};
use crate::engine::net::hosts::host_key;

/// Most bytes read of a sidecar.
pub const SIDECAR_CAP: usize = 64 * 1024;
/// Most bytes read of a sums file.
pub const SUMS_CAP: usize = 1024 * 1024;
/// Most bytes read of a folder's index page.
const INDEX_CAP: usize = 256 * 1024;
/// Longest wait for one answer.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// Sidecar extensions tried, in order.
const SIDECARS: [&str; 3] = ["sha256", "sha256sum", "sha512"];
/// Sums files tried, in order.
const SUMS_FILES: [&str; 4] = [
    "SHA256SUMS",
    "SHA512SUMS",
    "sha256sums.txt",
    "checksums.txt",
];
/// `*-CHECKSUM` files read at most from one folder's index.
const MAX_INDEXED: usize = 3;
/// Files without any sidecar after which a folder is not asked for more.
const SIDECAR_MISSES: u32 = 3;

/// What is known about each folder's checksum files, and each host's, shared by every
/// download.
#[derive(Debug, Default)]
pub struct Catalog {
    folders: Mutex<HashMap<String, Arc<Folder>>>,
    hosts: Mutex<HashMap<String, Arc<HostLooks>>>,
}

/// One folder: its sums files (fetched once), and what looking for sidecars gave so far.
#[derive(Debug, Default)]
struct Folder {
    sums: OnceCell<Vec<(String, String)>>,
    sidecars: Mutex<SidecarLooks>,
}

/// Looks for sidecars in one folder: a folder with none is asked for a few files only, and
/// no more files at once than that (a long list would otherwise send three requests for every
/// file that starts before the first answers come back).
#[derive(Debug, Default)]
struct SidecarLooks {
    misses: u32,
    asking: u32,
    found_any: bool,
}

impl Folder {
    fn looks(&self) -> std::sync::MutexGuard<'_, SidecarLooks> {
        self.sidecars.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether a file starting now may ask for its sidecars.
    fn may_ask_sidecars(&self) -> bool {
        let looks = self.looks();
        looks.found_any || looks.misses + looks.asking < SIDECAR_MISSES
    }

    /// Counts a file that asks for its sidecars, if it may.
    fn begin_sidecar_look(self: &Arc<Self>) -> Option<SidecarLook> {
        let mut looks = self.looks();
        if !looks.found_any && looks.misses + looks.asking >= SIDECAR_MISSES {
            return None;
        }
        looks.asking += 1;
        Some(SidecarLook {
            folder: Arc::clone(self),
            ended: false,
        })
    }
}

/// A file asking for its sidecars; dropped unfinished (discovery given up), it counts neither
/// way.
struct SidecarLook {
    folder: Arc<Folder>,
    ended: bool,
}

impl SidecarLook {
    fn end(mut self, found: bool) {
        let mut looks = self.folder.looks();
        looks.asking = looks.asking.saturating_sub(1);
        if found {
            looks.found_any = true;
        } else {
            looks.misses += 1;
        }
        self.ended = true;
    }
}

impl Drop for SidecarLook {
    fn drop(&mut self) {
        if !self.ended {
            let mut looks = self.folder.looks();
            looks.asking = looks.asking.saturating_sub(1);
        }
    }
}

impl Catalog {
    fn host(&self, url: &Url) -> Arc<HostLooks> {
        let mut hosts = self.hosts.lock().unwrap_or_else(PoisonError::into_inner);
        Arc::clone(hosts.entry(host_key(url)).or_default())
    }

    fn folder(&self, key: &str) -> Arc<Folder> {
        let mut folders = self.folders.lock().unwrap_or_else(PoisonError::into_inner);
        Arc::clone(folders.entry(key.to_owned()).or_default())
    }
}

/// The last segment of `url` as written and decoded, and the folder it is in.
fn file_in_folder(url: &Url) -> Option<(String, String, Url)> {
    let segment = url.path_segments()?.next_back()?.to_owned();
    if segment.is_empty() {
        return None;
    }
    let name = percent_encoding::percent_decode_str(&segment)
        .decode_utf8()
        .ok()?
        .into_owned();
    let folder_url = url.join("./").ok()?;
    Some((segment, name, folder_url))
}

/// What discovery would find for `url` when the catalog can tell without asking the server
/// (its folder's sums files are known and it is no longer asked for sidecars, as for the
/// hundredth file of a folder); `None` when the server must be asked.
pub fn known(catalog: &Catalog, url: &Url) -> Option<Option<Expected>> {
    let Some((_, name, folder_url)) = file_in_folder(url) else {
        return Some(None);
    };
    if catalog.host(url).given_up() {
        return Some(None);
    }
    let folder = catalog.folder(folder_url.as_str());
    if folder.may_ask_sidecars() {
        return None;
    }
    let listed = folder.sums.get()?;
    Some(from_sums(listed, &name, None))
}

/// The first strong digest for `name` in a folder's sums files, else `weak`, else a weak one
/// from them.
fn from_sums(listed: &[(String, String)], name: &str, weak: Option<Expected>) -> Option<Expected> {
    let mut weak = weak;
    for (file, text) in listed {
        if let Some(checksum) = sums::find(text, name, false) {
            let found = Expected {
                checksum,
                source: Source::SumsFile(file.clone()),
            };
            if found.checksum.algorithm.is_strong() {
                return Some(found);
            }
            weak.get_or_insert(found);
        }
    }
    weak
}

/// Looks for the digest of the file at `url`; the first strong one found, else a weak one.
/// Waits its turn on the host first (see `host_looks`).
pub async fn discover(asker: &Asker, catalog: &Catalog, url: &Url) -> Option<Expected> {
    let (segment, name, folder_url) = file_in_folder(url)?;
    let turn = catalog.host(url).turn().await?;
    let (found, any_files) = look(asker, catalog, url, &segment, &name, &folder_url).await;
    turn.end(any_files);
    found
}

/// The digest for one file, and whether the folder had any checksum files at all.
async fn look(
    asker: &Asker,
    catalog: &Catalog,
    url: &Url,
    segment: &str,
    name: &str,
    folder_url: &Url,
) -> (Option<Expected>, bool) {
    let folder = catalog.folder(folder_url.as_str());
    let mut weak = None;
    let mut consider = |found: Expected| -> Option<Expected> {
        if found.checksum.algorithm.is_strong() {
            return Some(found);
        }
        weak.get_or_insert(found);
        None
    };

    let mut any_files = false;
    if let Some(look) = folder.begin_sidecar_look() {
        let mut any = false;
        let mut strong = None;
        for extension in SIDECARS {
            let file = format!("{name}.{extension}");
            let Ok(address) = folder_url.join(&format!("{segment}.{extension}")) else {
                continue;
            };
            let Some(text) = fetch(asker, &address, url, SIDECAR_CAP).await else {
                continue;
            };
            any = true;
            if let Some(checksum) = sums::find(&text, name, true)
                && let Some(found) = consider(Expected {
                    checksum,
                    source: Source::Sidecar(file),
                })
            {
                strong = Some(found);
                break;
            }
        }
        look.end(any);
        any_files = any;
        if strong.is_some() {
            return (strong, true);
        }
    }

    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let listed = folder
        .sums
        .get_or_init(|| fetch_sums_files(asker, folder_url, url, stem))
        .await;
    let any_files = any_files || !listed.is_empty();
    (from_sums(listed, name, weak), any_files)
}

/// Every sums file the folder has: the usual names, `STEM-CHECKSUM`, and the `*-CHECKSUM`
/// files its index page links to.
async fn fetch_sums_files(
    asker: &Asker,
    folder_url: &Url,
    origin: &Url,
    stem: &str,
) -> Vec<(String, String)> {
    let mut names: Vec<String> = SUMS_FILES.iter().map(|n| (*n).to_owned()).collect();
    names.push(format!("{stem}-CHECKSUM"));
    let mut found = Vec::new();
    for name in &names {
        if let Ok(address) = folder_url.join(name)
            && let Some(text) = fetch(asker, &address, origin, SUMS_CAP).await
        {
            found.push((name.clone(), text));
        }
    }
    if let Some(index) = fetch(asker, folder_url, origin, INDEX_CAP).await {
        for linked in checksum_links(&index)
            .into_iter()
            .filter(|linked| !names.contains(linked))
            .take(MAX_INDEXED)
        {
            if let Ok(address) = folder_url.join(&linked)
                && let Some(text) = fetch(asker, &address, origin, SUMS_CAP).await
            {
                found.push((linked, text));
            }
        }
    }
    found
}

/// Names of `*-CHECKSUM` files an index page links to (`href="...-CHECKSUM"`).
fn checksum_links(page: &str) -> Vec<String> {
    page.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.ends_with("-CHECKSUM") && !href.contains(['/', '?', ':']))
        .map(str::to_owned)
        .collect()
}

/// A small text file at `address`, when it is on `origin`'s host, answers 200, and is text
/// within `cap` bytes.
async fn fetch(asker: &Asker, address: &Url, origin: &Url, cap: usize) -> Option<String> {
    if address.host_str() != origin.host_str() || address.port() != origin.port() {
        return None;
    }
    let mut response = asker
        .get(address, origin)
        .timeout(REQUEST_TIMEOUT)
        .send()
        .await
        .ok()?;
    let after = response.url();
    if response.status().as_u16() != 200
        || after.host_str() != origin.host_str()
        || after.port() != origin.port()
        || response
            .content_length()
            .is_some_and(|len| len > cap as u64)
    {
        return None;
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.ok()? {
        bytes.extend_from_slice(&chunk);
        if bytes.len() > cap {
            return None;
        }
    }
    if bytes.contains(&0) {
        return None;
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_checksum_files_an_index_links_to() {
        let page = r#"<a href="Fedora-Workstation-40-1.14-x86_64-CHECKSUM">x</a>
            <a href="Fedora.iso">y</a><a href="../up-CHECKSUM">z</a>
            <a href="http://elsewhere/evil-CHECKSUM">w</a>"#;
        assert_eq!(
            checksum_links(page),
            ["Fedora-Workstation-40-1.14-x86_64-CHECKSUM"]
        );
    }
}
