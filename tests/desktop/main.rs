//! End-to-end tests of the real window on a private X display (Xvfb): what only shows up
//! where processes meet, such as drags from another program. They need Xvfb, xdotool and GTK
//! for Python; `.ci/run` installs them, elsewhere a missing tool skips the test.

#[path = "../support/mod.rs"]
mod support;

mod browser;
mod bus;
mod drops;
mod firefox;
mod idle;
mod keyring;
mod languages;
mod logind;
mod magnets;
mod notifications;
mod proxy_portal;
mod single_window;
mod tray;
mod videos;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use support::xsession::XSession;

/// A `haul` window process in its own home folder, killed when dropped.
pub struct HaulWindow {
    child: Child,
    log: Arc<Mutex<String>>,
}

impl HaulWindow {
    /// Starts `haul` with `args` on the session's display, with everything under `home`
    /// (downloads go to `home/out`).
    pub fn start(x: &XSession, home: &Path, args: &[&str]) -> Self {
        let child = haul_command(x, home)
            .args(args)
            .stderr(Stdio::piped())
            .spawn()
            .expect("start haul");
        Self::from_child(child)
    }

    /// Watches a `haul` process started with its stderr piped.
    pub fn from_child(mut child: Child) -> Self {
        let log = Arc::new(Mutex::new(String::new()));
        if let Some(stderr) = child.stderr.take() {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                    let mut log = log.lock().expect("log");
                    log.push_str(&line);
                    log.push('\n');
                }
            });
        }
        Self { child, log }
    }

    /// Everything the process wrote to stderr so far.
    pub fn log(&self) -> String {
        self.log.lock().expect("log").clone()
    }

    /// Waits for the window to show, saying what the process logged if it does not.
    pub fn wait_for_window(&mut self, x: &XSession) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if x.windows_titled("Haul") > 0 {
                return x.wait_for_window("Haul", Duration::from_secs(1));
            }
            assert!(
                Instant::now() < deadline && self.is_running(),
                "no Haul window (process running: {}); it said:\n{}",
                self.is_running(),
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the process wrote `text` to stderr.
    pub fn wait_for_log(&self, text: &str, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        while !self.log().contains(text) {
            assert!(
                Instant::now() < deadline,
                "haul never logged '{text}':\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Held by each test that starts a browser: two Chromiums starting at once on this machine
/// sometimes lose their X connection ("X connection error") and never show their window, so
/// browsers take turns (each test takes seconds).
pub fn one_browser_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static BROWSER: Mutex<()> = Mutex::new(());
    BROWSER
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// `haul` on the session's display with everything under `home` (settings written on first
/// use: downloads go to `home/out`, quick retries).
pub fn haul_command(x: &XSession, home: &Path) -> Command {
    let config = home.join("config/haul");
    if !config.join("haul.toml").exists() {
        std::fs::create_dir_all(&config).expect("mkdir");
        std::fs::write(
            config.join("haul.toml"),
            format!(
                "download_dir = \"{}\"\nretry_delay_ms = 50\nmax_retry_delay_secs = 1\n",
                home.join("out").display()
            ),
        )
        .expect("settings");
    }
    let mut command = Command::new(env!("CARGO_BIN_EXE_haul"));
    session_env(&mut command, x, home);
    command.env("RUST_LOG", "haul=debug");
    command
}

/// A desktop program's environment in the session: its display, its home and XDG folders
/// under `home` (the runtime folder made), software OpenGL, no stdin or stdout.
pub fn session_env(command: &mut Command, x: &XSession, home: &Path) {
    let runtime = home.join("runtime");
    std::fs::create_dir_all(&runtime).expect("mkdir");
    command
        .env("DISPLAY", x.display())
        .env_remove("WAYLAND_DISPLAY")
        .env("LANGUAGE", "en")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_RUNTIME_DIR", &runtime)
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null());
}

impl HaulWindow {
    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// True while the process runs.
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// CPU time the process used so far (user and system), in clock ticks (1/100 s).
    pub fn cpu_ticks(&self) -> u64 {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id()))
            .expect("the process's stat");
        // Fields after the command name (which may hold spaces) start at the state, the
        // third: utime and stime are the 14th and 15th.
        let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
        after_name
            .split_whitespace()
            .skip(11)
            .take(2)
            .map(|field| field.parse::<u64>().expect("ticks"))
            .sum()
    }

    /// Kills the process at once (as a crash would).
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for HaulWindow {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The GTK drag source next to this file.
pub fn drag_source_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/desktop/drag_source.py")
}

/// Where to save screenshots, if the person running the tests asked for them.
pub fn screenshot_dir() -> Option<PathBuf> {
    std::env::var_os("HAUL_SCREENSHOTS").map(PathBuf::from)
}
