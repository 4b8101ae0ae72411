//! Categories: what kind of file a download is (Videos, Music, Pictures, Documents, Archives,
//! Programs, or the user's own), from rules on its name, its type, its host and its link.
//!
//! A rule matches when every criterion it gives matches: the file's kind (an extension, or a
//! `Content-Type` prefix once the server answered), the host (the link's host or one ending in
//! `.host`), the link (a piece of text in it). Rules are tried in order; the user's own come
//! before the built-in ones, so a rule for one host wins over "Videos". No rule: "Other".
//!
//! A category may have a folder of its own: files it claims go there instead of the download
//! folder (a relative folder is inside the download folder), decided once the file's final
//! name is known and before it is created. Without one (the default) nothing moves.

mod builtin;

/// The built-in categories (by kind of file).
pub fn builtin() -> Vec<Category> {
    builtin::BUILTIN
        .iter()
        .map(|(name, extensions, types)| Category {
            name: (*name).to_owned(),
            extensions: extensions.iter().map(|e| (*e).to_owned()).collect(),
            types: types.iter().map(|t| (*t).to_owned()).collect(),
            ..Category::default()
        })
        .collect()
}

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use url::Url;

use crate::engine::files::naming::split_extension;

/// The category of files no rule claims.
pub const OTHER: &str = "Other";

/// One category and the rules for what belongs to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Category {
    /// Its name, as the window shows it.
    pub name: String,
    /// File extensions without the dot (`mkv`, `tar.gz`), any case.
    pub extensions: Vec<String>,
    /// `Content-Type` prefixes (`video/`), for names that say nothing.
    pub types: Vec<String>,
    /// Hosts (a link's host, or one ending in `.` and this).
    pub hosts: Vec<String>,
    /// Pieces of text a link must contain.
    pub links: Vec<String>,
    /// Where its files go (empty: the download folder; relative: inside it).
    pub folder: PathBuf,
}

/// What is known about a download when it is sorted.
#[derive(Clone, Copy, Debug)]
pub struct Sorted<'a> {
    /// The link.
    pub url: &'a Url,
    /// The file's name, when known (the link's last part before the server answers).
    pub name: Option<&'a str>,
    /// The server's `Content-Type`, once it answered.
    pub content_type: Option<&'a str>,
}

impl Category {
    fn kind_matches(&self, file: &Sorted<'_>) -> bool {
        if self.extensions.is_empty() && self.types.is_empty() {
            return true;
        }
        // `x.tar.gz` is both a `tar.gz` and a `gz`.
        let by_name = file.name.is_some_and(|name| {
            let (_, paired) = split_extension(name);
            let last = name.rsplit_once('.').map_or("", |(_, last)| last);
            [paired.trim_start_matches('.'), last]
                .into_iter()
                .filter(|extension| !extension.is_empty())
                .any(|extension| {
                    self.extensions.iter().any(|wanted| {
                        wanted
                            .trim_start_matches('.')
                            .eq_ignore_ascii_case(extension)
                    })
                })
        });
        let by_type = file.content_type.is_some_and(|content_type| {
            let media = content_type.split(';').next().unwrap_or_default().trim();
            self.types.iter().any(|prefix| {
                media
                    .get(..prefix.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
            })
        });
        by_name || by_type
    }

    fn host_matches(&self, url: &Url) -> bool {
        if self.hosts.is_empty() {
            return true;
        }
        let Some(host) = url.host_str() else {
            return false;
        };
        self.hosts.iter().any(|wanted| {
            let wanted = wanted.trim().trim_start_matches('.');
            !wanted.is_empty()
                && (host.eq_ignore_ascii_case(wanted)
                    || host.len().checked_sub(wanted.len() + 1).is_some_and(|at| {
                        host.as_bytes()[at] == b'.' && host[at + 1..].eq_ignore_ascii_case(wanted)
                    }))
        })
    }

    fn link_matches(&self, url: &Url) -> bool {
        self.links.is_empty()
            || self
                .links
                .iter()
                .any(|piece| !piece.is_empty() && url.as_str().contains(piece.as_str()))
    }

    /// True when this category's rules claim the file. A category without any rule claims
    /// nothing (it is only a name).
    pub fn claims(&self, file: &Sorted<'_>) -> bool {
        let has_rule = !(self.extensions.is_empty()
            && self.types.is_empty()
            && self.hosts.is_empty()
            && self.links.is_empty());
        has_rule
            && self.kind_matches(file)
            && self.host_matches(file.url)
            && self.link_matches(file.url)
    }
}

/// The categories in the order they are tried.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Categories {
    list: Vec<Category>,
    /// The folder of files no rule claims (an own category named "Other" with a folder).
    other_folder: PathBuf,
}

impl Default for Categories {
    fn default() -> Self {
        Self::with(&[])
    }
}

impl Categories {
    /// The built-in categories with the user's `own` on top: an own category named like a
    /// built-in one changes it (the fields it gives replace the built-in ones); others are
    /// tried first, in their order.
    pub fn with(own: &[Category]) -> Self {
        let mut builtin = builtin();
        let mut list = Vec::new();
        let mut other_folder = PathBuf::new();
        for category in own {
            let name = category.name.trim();
            if name.eq_ignore_ascii_case(OTHER) {
                // "Other" has no rules (it is what none claims), but may have a folder.
                other_folder = category.folder.clone();
                continue;
            }
            if name.is_empty() {
                continue;
            }
            match builtin
                .iter_mut()
                .find(|b| b.name.eq_ignore_ascii_case(name))
            {
                Some(known) => merge(known, category),
                None => list.push(Category {
                    name: name.to_owned(),
                    ..category.clone()
                }),
            }
        }
        list.extend(builtin);
        Self { list, other_folder }
    }

    /// The category a file belongs to.
    pub fn of(&self, file: &Sorted<'_>) -> Option<&Category> {
        self.list.iter().find(|category| category.claims(file))
    }

    /// The name of the category a file belongs to ("Other" when none claims it).
    pub fn name_of(&self, file: &Sorted<'_>) -> String {
        self.of(file)
            .map_or_else(|| OTHER.to_owned(), |category| category.name.clone())
    }

    /// Where a file goes: its category's folder inside (or, when absolute, instead of) the
    /// `download_dir`; the download folder itself when the category has none.
    pub fn folder_for(&self, file: &Sorted<'_>, download_dir: &Path) -> PathBuf {
        let folder = self
            .of(file)
            .map_or(&self.other_folder, |category| &category.folder);
        if folder.as_os_str().is_empty() {
            download_dir.to_owned()
        } else {
            download_dir.join(folder)
        }
    }

    /// Every category by name, in the order they are tried, then "Other".
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.list.iter().map(|c| c.name.clone()).collect();
        names.push(OTHER.to_owned());
        names
    }

    /// The categories, in the order they are tried.
    pub fn list(&self) -> &[Category] {
        &self.list
    }
}

/// An own category's fields over a built-in one's: only those it gives.
fn merge(known: &mut Category, own: &Category) {
    if !own.extensions.is_empty() {
        known.extensions = own.extensions.clone();
    }
    if !own.types.is_empty() {
        known.types = own.types.clone();
    }
    if !own.hosts.is_empty() {
        known.hosts = own.hosts.clone();
    }
    if !own.links.is_empty() {
        known.links = own.links.clone();
    }
    if !own.folder.as_os_str().is_empty() {
        known.folder = own.folder.clone();
    }
}

#[cfg(test)]
mod tests;
