//! A window with nothing to do costs nothing: no frame, timer or poll while nothing changes
//! (a tray app runs all day, on laptops). Measured as a person's system monitor would: the
//! CPU time the process uses while it sits there.

use std::time::Duration;

use super::HaulWindow;
use super::support::xsession::XSession;

/// How long an idle window is watched, and the CPU time it may use meanwhile (in 1/100 s):
/// a frame of the software renderer costs about one, and a window that drew a frame every
/// five seconds (to look at the disk) used three or four in this time; an idle one uses none.
pub const IDLE_FOR: Duration = Duration::from_secs(15);
pub const IDLE_TICKS: u64 = 1;

/// A home for an idle window whose download folder is on a file system of its own where
/// there is one (`/dev/shm`): the free space the window shows then changes only with what it
/// does, not with what other tests write to the disk meanwhile (a change shown is a frame,
/// rightly). The second folder must live as long as the first.
pub fn quiet_home() -> (tempfile::TempDir, Option<tempfile::TempDir>) {
    let home = tempfile::tempdir().expect("temp dir");
    let apart = tempfile::tempdir_in("/dev/shm").ok();
    if let Some(apart) = &apart {
        let config = home.path().join("config/haul");
        std::fs::create_dir_all(&config).expect("mkdir");
        std::fs::write(
            config.join("haul.toml"),
            format!("download_dir = \"{}\"\n", apart.path().display()),
        )
        .expect("settings");
    }
    (home, apart)
}

/// Watches an idle window for [`IDLE_FOR`] once it settled; returns the ticks it used.
pub fn ticks_while_idle(window: &HaulWindow) -> u64 {
    // The first frames, the system's fonts (read in the background) and the list's first
    // look are not idle yet: settled means two seconds in a row without a tick (on a loaded
    // machine the fonts may pause and go on).
    let settling = std::time::Instant::now();
    let mut last = window.cpu_ticks();
    let mut quiet = 0;
    while quiet < 2 && settling.elapsed() < Duration::from_secs(40) {
        std::thread::sleep(Duration::from_secs(1));
        let now = window.cpu_ticks();
        quiet = if now == last { quiet + 1 } else { 0 };
        last = now;
    }
    let before = window.cpu_ticks();
    std::thread::sleep(IDLE_FOR);
    window.cpu_ticks() - before
}

#[test]
fn an_idle_window_uses_no_cpu() {
    let Some(x) = XSession::start() else { return };
    let (home, _apart) = quiet_home();
    let mut window = HaulWindow::start(&x, home.path(), &[]);
    window.wait_for_window(&x);
    let ticks = ticks_while_idle(&window);
    assert!(
        ticks <= IDLE_TICKS,
        "an idle window used {ticks} ticks in {IDLE_FOR:?}: {}",
        window.log()
    );
}
