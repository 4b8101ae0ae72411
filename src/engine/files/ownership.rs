//! Who owns the files at a name: the finished file, `NAME.part` and `NAME.part.haul`.
//!
//! What is always true on disk:
//! - A `.part` is written only by the open file that holds its exclusive advisory lock; a
//!   crash releases the lock, so a lock that is held means another Haul is writing right now.
//! - A `.part` is marked with its link (`user.xdg.origin.url`, which the finished file keeps)
//!   the moment it is created, or, on a file system without extended attributes, gets a
//!   control file claiming nothing done; so after a crash at any moment the partial names its
//!   link. Its bytes are trusted only as far as a control file vouches for them: a marked
//!   partial without one starts over in place.
//! - No code path picks `name (1)`, deletes a partial or starts over without [`inspect`]ing the
//!   name first and following [`judge`]: a partial of this link is resumed (or waited for, while
//!   another Haul writes it), someone else's is left alone, one without a control file is
//!   adopted only when its bytes match the server, and a finished file from the same link and
//!   version means the download is already done.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use crate::engine::files::control::{self, ControlRecord, PartPaths};
use crate::engine::files::fsutil;
use crate::engine::files::origin::{self, Origin};

/// What occupies a name in a folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// Nothing: the name is free.
    Free,
    /// A finished file, with its origin when it carries one.
    Finished(Option<Origin>),
    /// A partial another open file is writing right now.
    Busy(Owner),
    /// A partial nobody writes; the inspection now holds its lock.
    Idle(Owner),
    /// Something Haul must not touch there (a folder, a symlink, an unreadable file).
    Untouchable,
}

/// What a partial says about whose it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Owner {
    /// Its control file: the link, and how far its bytes are safe (boxed: a record is large
    /// next to the other answers).
    Recorded(Box<ControlRecord>),
    /// Only its mark: the link (as an origin), with nothing known about its bytes.
    Marked(String),
    /// Nothing: not Haul's, or Haul's from before marks existed.
    Unknown,
}

/// A partial file opened and locked by this process.
#[derive(Debug)]
pub struct LockedPart {
    /// The open, locked file.
    pub file: File,
    /// Where its control file was moved because it could not be read (damaged, or from
    /// another version of Haul); the partial is then judged by its mark and its bytes.
    pub damaged_control: Option<PathBuf>,
}

/// Looks at what occupies `paths`; for an idle partial, the returned file holds its lock.
pub fn inspect(paths: &PartPaths) -> io::Result<(Found, Option<LockedPart>)> {
    match std::fs::symlink_metadata(&paths.target) {
        Ok(meta) if meta.is_file() => {
            return Ok((Found::Finished(origin::read(&paths.target)), None));
        }
        Ok(_) => return Ok((Found::Untouchable, None)),
        Err(err) if err.kind() == io::ErrorKind::NotFound => {}
        Err(err) => return Err(err),
    }
    match open_and_lock(&paths.part)? {
        Lock::Missing => {
            // A control file without its partial describes nothing (the partial is created
            // first and removed first), so it is stale.
            if fsutil::exists_no_follow(&paths.control) {
                fsutil::remove_if_exists(&paths.control)?;
            }
            Ok((Found::Free, None))
        }
        Lock::Untouchable => Ok((Found::Untouchable, None)),
        Lock::Busy => Ok((
            Found::Busy(owner(paths, control::read(&paths.control))),
            None,
        )),
        Lock::Held(file) => {
            let record = control::read(&paths.control);
            let damaged_control = match record {
                Some(_) => None,
                None => set_aside_unreadable_control(paths),
            };
            let locked = LockedPart {
                file,
                damaged_control,
            };
            Ok((Found::Idle(owner(paths, record)), Some(locked)))
        }
    }
}

/// Moves a control file that exists but could not be read out of the way (never deleting
/// it), so the next record can be written; the caller reports where it went.
fn set_aside_unreadable_control(paths: &PartPaths) -> Option<PathBuf> {
    if !fsutil::exists_no_follow(&paths.control) {
        return None;
    }
    let mut aside = paths.control.clone().into_os_string();
    aside.push(format!(".damaged-{}", crate::engine::clock::unix_now()));
    let aside = PathBuf::from(aside);
    match fsutil::rename_no_replace(&paths.control, &aside) {
        Ok(()) => Some(aside),
        Err(err) => {
            log::warn!(
                "could not move the unreadable {} aside: {err}",
                paths.control.display()
            );
            None
        }
    }
}

/// Whose a partial is, from its control file's record (read by the caller) or its mark.
fn owner(paths: &PartPaths, record: Option<ControlRecord>) -> Owner {
    if let Some(record) = record {
        return Owner::Recorded(Box::new(record));
    }
    match origin::read(&paths.part) {
        Some(mark) => Owner::Marked(mark.url),
        None => Owner::Unknown,
    }
}

/// Marks a partial just created with the link it is for (`origin_url`); false when the file
/// system keeps no extended attributes (a control file must say it then).
pub fn mark(file: &File, origin_url: &str) -> bool {
    rustix::fs::fsetxattr(
        file,
        origin::ORIGIN_URL_ATTR,
        origin_url.as_bytes(),
        rustix::fs::XattrFlags::empty(),
    )
    .is_ok()
}

/// The outcome of trying to lock a partial file.
#[derive(Debug)]
pub enum Lock {
    /// No file there.
    Missing,
    /// Not a regular file, or one that cannot be opened without following a link.
    Untouchable,
    /// Another open file holds the lock.
    Busy,
    /// Opened and locked.
    Held(File),
}

/// Opens `path` (never following a symlink) and takes its lock. After locking, the path must
/// still name the same file: a partial renamed into place meanwhile is not taken for one.
pub fn open_and_lock(path: &Path) -> io::Result<Lock> {
    let file = match fsutil::open_existing_no_follow(path) {
        Ok(file) => file,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Lock::Missing),
        Err(err) if err.kind() == io::ErrorKind::PermissionDenied => return Err(err),
        Err(_) => return Ok(Lock::Untouchable),
    };
    match fsutil::try_lock(&file) {
        Ok(true) => {}
        Ok(false) => return Ok(Lock::Busy),
        // A file system without locks (some network mounts): go on unlocked, as before locks.
        Err(err) => log::debug!("no lock on {}: {err}", path.display()),
    }
    if !same_file(&file, path) {
        return Ok(Lock::Missing);
    }
    Ok(Lock::Held(file))
}

fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::symlink_metadata(path)) {
        (Ok(open), Ok(named)) => open.ino() == named.ino() && open.dev() == named.dev(),
        _ => false,
    }
}

/// Who is asking for a name, and what the server just said about the file.
#[derive(Clone, Copy, Debug)]
pub struct Claimant<'a> {
    /// The link as the control file records it (password masked).
    pub url: &'a str,
    /// The link as a finished file's origin records it.
    pub origin_url: &'a str,
    /// The user asked for a fresh copy even if the file is already there.
    pub again: bool,
    /// The file's size, if the server said.
    pub total: Option<u64>,
    /// The server's ETag.
    pub etag: Option<&'a str>,
    /// The server's Last-Modified.
    pub last_modified: Option<&'a str>,
    /// What it does with a partial of this name from another link.
    pub relink: Relink,
}

/// What to do about a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Use it: create the partial here.
    Take,
    /// Leave it to its owner and try the next name.
    NextName,
    /// This download's partial, written by another Haul right now: wait for it.
    WaitForOwner,
    /// A partial being created this instant by someone else: look again shortly.
    LookAgain,
    /// The same file from the same link is already here.
    AlreadyThere,
    /// This download's own partial from an earlier run: continue it.
    Resume,
    /// This download's own partial, but nothing vouches for its bytes: start over in it.
    StartOver,
    /// A partial of unknown origin: compare its bytes with the server's.
    Probe,
    /// A partial of this name from another link, which this download may take over if it is
    /// the same file (see [`same_file`](crate::engine::files::same_file)).
    Relink,
}

/// Decides what a download may do with a name, from what [`inspect`] found there.
pub fn judge(found: &Found, name: &str, me: &Claimant<'_>) -> Verdict {
    match found {
        Found::Free => Verdict::Take,
        Found::Finished(Some(origin))
            if !me.again
                && origin.url == me.origin_url
                && origin.same_version(me.total, me.etag, me.last_modified) =>
        {
            Verdict::AlreadyThere
        }
        Found::Finished(_) | Found::Untouchable => Verdict::NextName,
        Found::Busy(Owner::Recorded(record)) if record.url == me.url => Verdict::WaitForOwner,
        Found::Busy(Owner::Marked(url)) if url == me.origin_url => Verdict::WaitForOwner,
        Found::Busy(Owner::Unknown) => Verdict::LookAgain,
        Found::Busy(_) => Verdict::NextName,
        Found::Idle(Owner::Recorded(record))
            if record.url == me.url && record.file_name == name =>
        {
            Verdict::Resume
        }
        Found::Idle(Owner::Marked(url)) if url == me.origin_url => Verdict::StartOver,
        Found::Idle(Owner::Recorded(record))
            if me.relink != Relink::Off && record.file_name == name =>
        {
            Verdict::Relink
        }
        // Nothing vouches for its bytes, and the user asked for this name: start over in it.
        Found::Idle(Owner::Marked(_)) if me.relink == Relink::SameFileOrStartOver => {
            Verdict::StartOver
        }
        Found::Idle(Owner::Recorded(_) | Owner::Marked(_)) => Verdict::NextName,
        Found::Idle(Owner::Unknown) => Verdict::Probe,
    }
}

/// What a download does with a partial file of its name that came from another link (the
/// link was changed, or the same file was added again under a fresh link).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relink {
    /// Leave it to its own download and take the next free name.
    #[default]
    Off,
    /// Continue it if it is the same file; otherwise fail and say so (the window: the user
    /// then chooses to start over).
    SameFileOnly,
    /// Continue it if it is the same file; otherwise start over in it (the command line).
    SameFileOrStartOver,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn me() -> Claimant<'static> {
        Claimant {
            url: "http://h/f.iso",
            origin_url: "http://h/f.iso",
            again: false,
            total: Some(100),
            etag: Some("\"v1\""),
            last_modified: None,
            relink: Relink::Off,
        }
    }

    fn record(url: &str, name: &str) -> ControlRecord {
        ControlRecord::new(url.into(), name.into())
    }

    #[test]
    fn judges_every_occupant() {
        let same = Origin {
            url: "http://h/f.iso".into(),
            size: Some(100),
            etag: Some("\"v1\"".into()),
            ..Origin::default()
        };
        let cases = [
            (Found::Free, Verdict::Take),
            (Found::Finished(None), Verdict::NextName),
            (Found::Finished(Some(same.clone())), Verdict::AlreadyThere),
            (
                Found::Finished(Some(Origin {
                    etag: Some("\"v2\"".into()),
                    ..same.clone()
                })),
                Verdict::NextName,
            ),
            (
                Found::Finished(Some(Origin {
                    url: "http://h/other".into(),
                    ..same.clone()
                })),
                Verdict::NextName,
            ),
            (
                Found::Busy(Owner::Recorded(Box::new(record("http://h/f.iso", "f.iso")))),
                Verdict::WaitForOwner,
            ),
            (
                Found::Busy(Owner::Marked("http://h/f.iso".into())),
                Verdict::WaitForOwner,
            ),
            (
                Found::Busy(Owner::Recorded(Box::new(record("http://h/other", "f.iso")))),
                Verdict::NextName,
            ),
            (Found::Busy(Owner::Unknown), Verdict::LookAgain),
            (
                Found::Idle(Owner::Recorded(Box::new(record("http://h/f.iso", "f.iso")))),
                Verdict::Resume,
            ),
            (
                Found::Idle(Owner::Marked("http://h/f.iso".into())),
                Verdict::StartOver,
            ),
            (
                Found::Idle(Owner::Marked("http://h/other".into())),
                Verdict::NextName,
            ),
            (
                Found::Idle(Owner::Recorded(Box::new(record("http://h/other", "f.iso")))),
                Verdict::NextName,
            ),
            (Found::Idle(Owner::Unknown), Verdict::Probe),
            (Found::Untouchable, Verdict::NextName),
        ];
        for (found, verdict) in cases {
            assert_eq!(judge(&found, "f.iso", &me()), verdict, "{found:?}");
        }
        let again = Claimant {
            again: true,
            ..me()
        };
        assert_eq!(
            judge(&Found::Finished(Some(same)), "f.iso", &again),
            Verdict::NextName,
            "--again never reuses"
        );
    }

    #[test]
    fn a_changed_link_may_take_over_a_partial_of_its_name() {
        let other = || {
            Found::Idle(Owner::Recorded(Box::new(record(
                "http://old/f.iso",
                "f.iso",
            ))))
        };
        for relink in [Relink::SameFileOnly, Relink::SameFileOrStartOver] {
            let me = Claimant { relink, ..me() };
            assert_eq!(judge(&other(), "f.iso", &me), Verdict::Relink);
            // Being written by someone else right now: never.
            assert_eq!(
                judge(
                    &Found::Busy(Owner::Recorded(Box::new(record(
                        "http://old/f.iso",
                        "f.iso"
                    )))),
                    "f.iso",
                    &me
                ),
                Verdict::NextName
            );
        }
        let marked = Found::Idle(Owner::Marked("http://old/f.iso".into()));
        let start_over = Claimant {
            relink: Relink::SameFileOrStartOver,
            ..me()
        };
        assert_eq!(judge(&marked, "f.iso", &start_over), Verdict::StartOver);
        let only_same = Claimant {
            relink: Relink::SameFileOnly,
            ..me()
        };
        assert_eq!(judge(&marked, "f.iso", &only_same), Verdict::NextName);
        assert_eq!(judge(&other(), "f.iso", &me()), Verdict::NextName);
    }

    #[test]
    fn inspect_sees_locks_and_stale_control_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths = PartPaths::new(dir.path(), "f.iso");
        assert!(matches!(inspect(&paths), Ok((Found::Free, None))));
        // A control file left alone is stale and goes.
        control::write(&paths.control, &record("http://h/f.iso", "f.iso")).expect("write");
        assert!(matches!(inspect(&paths), Ok((Found::Free, None))));
        assert!(!paths.control.exists());
        // A partial with its record: idle, and locked by the inspection while it is held.
        let writer = fsutil::create_exclusive(&paths.part).expect("create");
        control::write(&paths.control, &record("http://h/f.iso", "f.iso")).expect("write");
        let (found, locked) = inspect(&paths).expect("inspect");
        assert!(matches!(found, Found::Idle(Owner::Recorded(_))));
        assert!(locked.is_some());
        let (found, _) = inspect(&paths).expect("inspect");
        assert!(
            matches!(found, Found::Busy(Owner::Recorded(_))),
            "{found:?}"
        );
        drop(locked);
        drop(writer);
        // A finished file wins over everything else.
        std::fs::write(&paths.target, b"done").expect("write");
        assert!(matches!(inspect(&paths), Ok((Found::Finished(None), None))));
    }
}
