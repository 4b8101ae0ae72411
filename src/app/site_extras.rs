//! What the user asked Haul to remember per site for its downloads' requests (Referer,
//! User-Agent, header lines; never cookies), kept in `sites.json` in the data folder and read
//! at start. Reading and writing happen in background tasks.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::engine::FromBrowser;

/// One site's remembered request extras, as saved.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct Saved {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    referer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    user_agent: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    headers: Vec<(String, String)>,
}

/// The file they live in.
pub fn file(data_dir: &Path) -> PathBuf {
    data_dir.join("sites.json")
}

/// What `extra` keeps for a site: everything but the cookies (those are the browser's, and
/// a session's).
pub fn kept(extra: &FromBrowser) -> FromBrowser {
    FromBrowser {
        cookie: None,
        ..extra.clone()
    }
}

/// The sites' extras in `path` (none when there is no file or it cannot be read).
pub fn load(path: &Path) -> HashMap<String, Arc<FromBrowser>> {
    let Ok(bytes) = std::fs::read(path) else {
        return HashMap::new();
    };
    let saved: HashMap<String, Saved> = serde_json::from_slice(&bytes).unwrap_or_default();
    saved
        .into_iter()
        .map(|(site, saved)| {
            let extra = FromBrowser {
                referer: saved.referer,
                user_agent: saved.user_agent,
                cookie: None,
                headers: saved.headers,
            };
            (site, Arc::new(extra))
        })
        .collect()
}

/// Writes `sites` to `path`.
pub fn save(path: &Path, sites: &HashMap<String, Arc<FromBrowser>>) -> std::io::Result<()> {
    let saved: HashMap<&String, Saved> = sites
        .iter()
        .map(|(site, extra)| {
            let saved = Saved {
                referer: extra.referer.clone(),
                user_agent: extra.user_agent.clone(),
                headers: extra.headers.clone(),
            };
            (site, saved)
        })
        .collect();
    crate::engine::files::fsutil::write_private_json(path, &saved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_extras_come_back_without_cookies() {
        let dir = tempfile::tempdir().expect("dir");
        let path = file(dir.path());
        let extra = FromBrowser {
            referer: Some("https://a.example/page".into()),
            user_agent: None,
            cookie: Some("session=1".into()),
            headers: vec![("X-Token".into(), "t".into())],
        };
        let sites = HashMap::from([("https://a.example:443".to_owned(), Arc::new(kept(&extra)))]);
        save(&path, &sites).expect("saved");
        let back = load(&path);
        let site = back.get("https://a.example:443").expect("site");
        assert_eq!(site.referer.as_deref(), Some("https://a.example/page"));
        assert_eq!(site.cookie, None);
        assert_eq!(site.headers, vec![("X-Token".to_owned(), "t".to_owned())]);
        assert!(load(&dir.path().join("none.json")).is_empty());
    }
}
