//! What changes while nothing happens in the window: the free space in the download folder
//! (other programs fill and free the disk), the date (rows added today show their time, older
//! ones their day) and, when the user asked for it, the clipboard. A thread of its own looks
//! at them and wakes the window only when something it shows changed, so a window with nothing
//! running draws no frame and runs no timer of its own (a tray app runs all day, on laptops).

use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::app::desktop::Desktop;
use crate::engine::clock::{Clock, SystemClock};

/// How often the free space is measured while the window can be seen.
const FREE_SPACE_EVERY: Duration = Duration::from_secs(5);
/// How often the clipboard is read while watching it.
const CLIPBOARD_EVERY: Duration = Duration::from_secs(1);
/// Seconds in a day (days are taken as 24 hours, as the schedules take them).
const DAY_SECS: u64 = 86_400;

/// What the thread knows and what it found; shared with the window.
#[derive(Default)]
struct Watched {
    /// The folder whose free space is shown.
    dir: PathBuf,
    /// The window can be seen (not minimized, not hidden in the tray).
    visible: bool,
    /// Free bytes as last measured, when known.
    free: Option<u64>,
    /// Measure the free space at once (a download stopped, the folder changed).
    look_now: bool,
    /// Where to read the clipboard while watching it.
    clipboard: Option<Arc<dyn Desktop>>,
    /// The clipboard's text as last read, and whether the window has not taken it yet.
    copied: Option<String>,
    copied_new: bool,
    stop: bool,
}

struct Shared {
    watched: Mutex<Watched>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Watched> {
        self.watched.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The watching thread; stops when dropped.
pub(crate) struct Watcher {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Watcher {
    /// Starts watching `dir`; `wake` asks the window for a frame.
    pub fn start(dir: PathBuf, wake: Arc<dyn Fn() + Send + Sync>) -> Self {
        let shared = Arc::new(Shared {
            watched: Mutex::new(Watched {
                dir,
                visible: true,
                look_now: true,
                ..Watched::default()
            }),
            changed: Condvar::new(),
        });
        let thread_shared = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("haul-watch".into())
            .spawn(move || watch(&thread_shared, wake.as_ref()))
            .map_err(|err| log::warn!("nothing watches the free space: {err}"))
            .ok();
        Self { shared, thread }
    }

    /// Free bytes in the download folder, when known.
    pub fn free_bytes(&self) -> Option<u64> {
        self.shared.lock().free
    }

    /// Shows the free space of `dir` from now on (measured at once when it changed).
    pub fn set_dir(&self, dir: PathBuf) {
        let mut watched = self.shared.lock();
        if watched.dir != dir {
            watched.dir = dir;
            watched.look_now = true;
            self.shared.changed.notify_one();
        }
    }

    /// Measures the free space again at once (a download stopped or finished).
    pub fn look_again(&self) {
        self.shared.lock().look_now = true;
        self.shared.changed.notify_one();
    }

    /// The window can be seen or not: only a window that can be seen measures the disk.
    pub fn set_visible(&self, visible: bool) {
        let mut watched = self.shared.lock();
        if watched.visible != visible {
            watched.visible = visible;
            watched.look_now |= visible;
            self.shared.changed.notify_one();
        }
    }

    /// Reads the clipboard from `desktop` about once a second (`None`: stops).
    pub fn watch_clipboard(&self, desktop: Option<Arc<dyn Desktop>>) {
        let mut watched = self.shared.lock();
        if watched.clipboard.is_some() != desktop.is_some() {
            watched.clipboard = desktop;
            watched.copied = None;
            watched.copied_new = false;
            self.shared.changed.notify_one();
        }
    }

    /// The clipboard's text when it changed since the window last took it (the first
    /// reading after watching began counts as a change).
    pub fn take_copied(&self) -> Option<Option<String>> {
        let mut watched = self.shared.lock();
        if !std::mem::take(&mut watched.copied_new) {
            return None;
        }
        Some(watched.copied.clone())
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.shared.lock().stop = true;
        self.shared.changed.notify_one();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The thread: sleeps until the next thing to look at is due (or it is asked), looks, and
/// wakes the window only for a change it shows.
fn watch(shared: &Shared, wake: &(dyn Fn() + Send + Sync)) {
    let mut next_free = Instant::now();
    let mut next_clipboard = Instant::now();
    let mut next_day = next_midnight();
    loop {
        let (dir, clipboard) = {
            let mut watched = shared.lock();
            loop {
                if watched.stop {
                    return;
                }
                let now = Instant::now();
                let free_due = watched.look_now || (watched.visible && now >= next_free);
                let clipboard_due = watched.clipboard.is_some() && now >= next_clipboard;
                if free_due || clipboard_due || now >= next_day {
                    break;
                }
                let mut until = next_day;
                if watched.visible {
                    until = until.min(next_free);
                }
                if watched.clipboard.is_some() {
                    until = until.min(next_clipboard);
                }
                let wait = until.saturating_duration_since(now);
                watched = shared
                    .changed
                    .wait_timeout(watched, wait)
                    .unwrap_or_else(PoisonError::into_inner)
                    .0;
            }
            let now = Instant::now();
            let free_due = watched.look_now || (watched.visible && now >= next_free);
            watched.look_now = false;
            let dir = free_due.then(|| watched.dir.clone());
            let clipboard = (watched.clipboard.is_some() && now >= next_clipboard)
                .then(|| watched.clipboard.clone())
                .flatten();
            (dir, clipboard)
        };
        let mut changed = false;
        if let Some(dir) = dir {
            next_free = Instant::now() + FREE_SPACE_EVERY;
            let free = crate::engine::files::disk::free_space(&dir).ok();
            let mut watched = shared.lock();
            if shown_differently(watched.free, free) {
                changed = true;
            }
            watched.free = free;
        }
        if let Some(desktop) = clipboard {
            next_clipboard = Instant::now() + CLIPBOARD_EVERY;
            let text = desktop.clipboard_text();
            let mut watched = shared.lock();
            let first = watched.copied.is_none() && !watched.copied_new;
            if (first || watched.copied != text) && watched.clipboard.is_some() {
                watched.copied = text;
                watched.copied_new = true;
                changed = true;
            }
        }
        if Instant::now() >= next_day {
            // Rows added yesterday now show their day instead of their time.
            next_day = next_midnight();
            changed = true;
        }
        if changed {
            wake();
        }
    }
}

/// Whether the status bar would show `after` differently from `before`.
fn shown_differently(before: Option<u64>, after: Option<u64>) -> bool {
    match (before, after) {
        (Some(before), Some(after)) => crate::format::bytes(before) != crate::format::bytes(after),
        (before, after) => before.is_some() != after.is_some(),
    }
}

/// The next local midnight, as an instant.
fn next_midnight() -> Instant {
    let now = SystemClock.now();
    let left = DAY_SECS.saturating_sub(u64::from(now.second_of_day)).max(1);
    Instant::now() + Duration::from_secs(left)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn only_a_change_that_shows_wakes_the_window() {
        assert!(!shown_differently(
            Some(50_000_000_000),
            Some(50_000_000_100)
        ));
        assert!(shown_differently(
            Some(50_000_000_000),
            Some(40_000_000_000)
        ));
        assert!(shown_differently(None, Some(1)));
        assert!(!shown_differently(None, None));
    }

    #[test]
    fn the_free_space_is_measured_at_once_and_not_again_while_hidden() {
        let dir = tempfile::tempdir().expect("temp dir");
        let wakes = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&wakes);
        let watcher = Watcher::start(
            dir.path().to_path_buf(),
            Arc::new(move || {
                counter.fetch_add(1, Ordering::SeqCst);
            }),
        );
        let deadline = Instant::now() + Duration::from_secs(5);
        while watcher.free_bytes().is_none() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(watcher.free_bytes().is_some(), "measured at the start");
        assert_eq!(wakes.load(Ordering::SeqCst), 1, "the first value shows");
        watcher.set_visible(false);
        std::thread::sleep(Duration::from_millis(200));
        assert_eq!(wakes.load(Ordering::SeqCst), 1, "nothing changed: no frame");
    }
}
