//! File operations with the guarantees downloads need: exclusive creation that never follows a
//! planted symlink, atomic replacement of small state files, and renames that never overwrite.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[cfg(unix)]
use std::os::unix::fs::OpenOptionsExt;

/// Creates `path` for writing, failing if anything (a file, a directory, a symlink, even a
/// dangling one) already exists there.
pub fn create_exclusive(path: &Path) -> io::Result<File> {
    create_exclusive_mode(path, 0o644)
}

fn create_exclusive_mode(path: &Path, mode: u32) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create_new(true);
    #[cfg(unix)]
    options.mode(mode);
    #[cfg(not(unix))]
    let _ = mode;
    options.open(path)
}

/// Opens an existing regular file for reading and writing without following a symlink.
pub fn open_existing_no_follow(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true);
    #[cfg(unix)]
    options.custom_flags(libc::O_NOFOLLOW);
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file",
        ));
    }
    Ok(file)
}

/// Reads a small file without following a symlink.
pub fn read_no_follow(path: &Path) -> io::Result<Vec<u8>> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    options.custom_flags(libc::O_NOFOLLOW);
    let mut file = options.open(path)?;
    let mut bytes = Vec::new();
    io::Read::read_to_end(&mut file, &mut bytes)?;
    Ok(bytes)
}

/// Replaces `path` with `bytes` so that readers see either the old or the new content, never
/// a mix: write a temporary file beside it, flush it to disk, rename it over, sync the folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, bytes, 0o644, true)
}

/// Like [`write_atomic`], but the file is readable by its owner only (for secrets).
pub fn write_atomic_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, bytes, 0o600, true)
}

/// `value` as JSON in `path`, readable by its owner only, the folder made first (the window's
/// small private files: logins without a keyring, what sites remember).
pub fn write_private_json<T: serde::Serialize>(path: &Path, value: &T) -> io::Result<()> {
    let bytes = serde_json::to_vec_pretty(value).map_err(io::Error::other)?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    write_atomic_private(path, &bytes)
}

/// Replaces `path` with `bytes` atomically without flushing to disk: readers and crashes of
/// the program see old or new content; a power loss may lose both.
pub fn replace_quick(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, bytes, 0o644, false)
}

/// Writes a temporary file beside `path` and renames it over; `durable` flushes the file
/// before and the folder after the rename.
fn replace(path: &Path, bytes: &[u8], mode: u32, durable: bool) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = unique_temp_path(dir, &file_name);
    let result = (|| {
        let mut file = create_exclusive_mode(&temp, mode)?;
        file.write_all(bytes)?;
        if durable {
            file.sync_all()?;
        }
        fs::rename(&temp, path)?;
        if durable {
            sync_dir(dir);
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Renames `from` to `to` unless `to` already exists; never replaces an existing file.
pub fn rename_no_replace(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, from, CWD, to, RenameFlags::NOREPLACE) {
            Ok(()) => return Ok(()),
            Err(rustix::io::Errno::EXIST) => {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    "target exists",
                ));
            }
            // Not supported by this file system: fall back below.
            Err(rustix::io::Errno::INVAL | rustix::io::Errno::NOSYS) => {}
            Err(err) => return Err(err.into()),
        }
    }
    // A hard link fails atomically when the target exists; then the old name is dropped.
    match fs::hard_link(from, to) {
        Ok(()) => {
            fs::remove_file(from)?;
            Ok(())
        }
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists => Err(err),
        Err(_) => {
            // File systems without hard links (FAT, some network mounts): check, then rename.
            if fs::symlink_metadata(to).is_ok() {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    "target exists",
                ));
            }
            fs::rename(from, to)
        }
    }
}

/// True when reserving a file's space ahead (`fallocate`) only records extents, as on disk
/// file systems; on tmpfs it would zero the whole file in memory first, doubling the work.
#[cfg(target_os = "linux")]
pub fn reserving_space_is_cheap(file: &File) -> bool {
    /// `TMPFS_MAGIC` from linux/magic.h.
    const TMPFS_MAGIC: i64 = 0x0102_1994;
    // `f_type`'s width differs between architectures, hence the cast.
    #[allow(clippy::unnecessary_cast)]
    rustix::fs::fstatfs(file).is_ok_and(|stats| stats.f_type as i64 != TMPFS_MAGIC)
}

/// Writes all of `bytes` at `offset` without moving a file cursor (safe to share the file).
pub fn write_all_at(file: &File, bytes: &[u8], offset: u64) -> io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::write_all_at(file, bytes, offset)
    }
    #[cfg(windows)]
    {
        let mut written = 0;
        while written < bytes.len() {
            let n = std::os::windows::fs::FileExt::seek_write(
                file,
                &bytes[written..],
                offset + written as u64,
            )?;
            if n == 0 {
                return Err(io::ErrorKind::WriteZero.into());
            }
            written += n;
        }
        Ok(())
    }
}

/// Takes an exclusive advisory lock on an open file without waiting: `Ok(false)` when another
/// open file (another process, or another download) holds it. The lock lasts as long as this
/// open file (and its clones) stays open, and a crash releases it.
pub fn try_lock(file: &File) -> io::Result<bool> {
    match rustix::fs::flock(file, rustix::fs::FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => Ok(true),
        Err(rustix::io::Errno::WOULDBLOCK) => Ok(false),
        Err(err) => Err(err.into()),
    }
}

/// Gives back the space of `gaps` inside a file that was reserved ahead (fallocate) but not
/// written, and cuts the file after `end`; best effort, the data that is written stays.
pub fn release_unwritten(file: &File, gaps: &[[u64; 2]], end: u64) {
    #[cfg(target_os = "linux")]
    for &[start, stop] in gaps.iter().filter(|[start, _]| *start < end) {
        let flags = rustix::fs::FallocateFlags::PUNCH_HOLE | rustix::fs::FallocateFlags::KEEP_SIZE;
        let _ = rustix::fs::fallocate(file, flags, start, stop.min(end) - start);
    }
    #[cfg(not(target_os = "linux"))]
    let _ = gaps;
    let _ = file.set_len(end);
}

/// True when something (even a dangling symlink) exists at `path`.
pub fn exists_no_follow(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

/// Flushes a folder's entries (new names, renames) to disk; best effort.
pub fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Removes a file if it exists; a missing file is not an error.
pub fn remove_if_exists(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// Deletes the folder `dir` and everything in it, only when its name ends with `ending` (a
/// folder Haul made for one download) and it is a real folder, never a link to elsewhere;
/// best effort.
pub fn remove_own_dir(dir: &Path, ending: &str) {
    let own = dir
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with(ending));
    if own && fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir()) {
        let _ = fs::remove_dir_all(dir);
    }
}

/// Deletes what an interrupted atomic write of `path` left beside it: a `.NAME.PID.N.tmp`
/// (see `unique_temp_path`) of a process that no longer runs (killed in the middle of a
/// write). A running Haul's own are left alone.
pub fn remove_stale_temps(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) else {
        return;
    };
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(rest) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|r| r.strip_suffix(".tmp"))
        else {
            continue;
        };
        let Some((pid, nonce)) = rest.split_once('.') else {
            continue;
        };
        let (Ok(pid), true) = (
            pid.parse::<u32>(),
            !nonce.is_empty() && nonce.bytes().all(|b| b.is_ascii_hexdigit()),
        ) else {
            continue;
        };
        let running = pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists();
        if !running {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn unique_temp_path(dir: &Path, file_name: &str) -> PathBuf {
    let nonce: u64 = rand::random();
    dir.join(format!(".{file_name}.{}.{nonce:x}.tmp", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_killed_writers_leftover_goes_and_a_running_ones_stays() {
        let dir = tempfile::tempdir().expect("temp dir");
        let control = dir.path().join("a.iso.part.haul");
        // A pid no process has (beyond the kernel's limit).
        let dead = dir.path().join(".a.iso.part.haul.4194999.0123abcd.tmp");
        let ours = dir
            .path()
            .join(format!(".a.iso.part.haul.{}.ff.tmp", std::process::id()));
        let other = dir.path().join(".b.iso.part.haul.4194999.0123abcd.tmp");
        for file in [&dead, &ours, &other] {
            std::fs::write(file, b"x").expect("write");
        }
        remove_stale_temps(&control);
        assert!(!dead.exists());
        assert!(ours.exists());
        assert!(other.exists(), "another file's");
    }

    #[test]
    fn exclusive_create_refuses_planted_symlink() {
        let dir = tempfile::tempdir().expect("temp dir");
        let victim = dir.path().join("victim");
        fs::write(&victim, b"precious").expect("write victim");
        let planted = dir.path().join("file.part");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&victim, &planted).expect("symlink");
        assert!(create_exclusive(&planted).is_err());
        assert!(open_existing_no_follow(&planted).is_err());
        assert_eq!(fs::read(&victim).expect("read"), b"precious");
    }

    #[test]
    fn atomic_write_replaces_whole_content() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("state.json");
        write_atomic(&path, b"first").expect("write");
        write_atomic(&path, b"second").expect("write");
        assert_eq!(fs::read(&path).expect("read"), b"second");
        let leftovers = fs::read_dir(dir.path()).expect("list").count();
        assert_eq!(leftovers, 1, "no temporary files remain");
    }

    #[test]
    fn rename_never_overwrites() {
        let dir = tempfile::tempdir().expect("temp dir");
        let from = dir.path().join("a.part");
        let to = dir.path().join("a");
        fs::write(&from, b"new").expect("write");
        fs::write(&to, b"old").expect("write");
        assert!(rename_no_replace(&from, &to).is_err());
        assert_eq!(fs::read(&to).expect("read"), b"old");
        fs::remove_file(&to).expect("remove");
        rename_no_replace(&from, &to).expect("rename");
        assert_eq!(fs::read(&to).expect("read"), b"new");
        assert!(!from.exists());
    }
}
