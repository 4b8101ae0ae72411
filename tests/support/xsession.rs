//! A private X display for end-to-end tests of the real window: Xvfb on a free display
//! number, xdotool to move the real pointer and type, and a GTK drag source. Tests that need
//! it call [`XSession::start`], which says SKIPPED when the tools are missing (and fails on CI,
//! where `.ci/run` installs them).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running Xvfb, killed when dropped.
pub struct XSession {
    display: String,
    server: Child,
}

/// The tools these tests need and the Debian packages they come in.
const TOOLS: [(&str, &str); 3] = [
    ("Xvfb", "xvfb"),
    ("xdotool", "xdotool"),
    ("/usr/bin/python3", "python3-gi gir1.2-gtk-3.0"),
];

impl XSession {
    /// Starts Xvfb, or returns `None` (after saying SKIPPED) when the tools are missing outside
    /// CI.
    pub fn start() -> Option<Self> {
        let missing: Vec<&str> = TOOLS
            .iter()
            .filter(|(tool, _)| !tool_exists(tool))
            .map(|(_, package)| *package)
            .collect();
        let gtk = Command::new("/usr/bin/python3")
            .args(["-c", "import gi; gi.require_version('Gtk', '3.0')"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !missing.is_empty() || !gtk {
            let message = format!(
                "needs Xvfb, xdotool and GTK for Python (apt-get install xvfb xdotool \
                 python3-gi gir1.2-gtk-3.0); missing: {missing:?}"
            );
            assert!(std::env::var_os("CI").is_none(), "{message}");
            eprintln!("SKIPPED: {message}");
            return None;
        }
        // Tests of one process start their servers at the same time: each takes its own
        // numbers, and a server counts only once its lock file names its own process.
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let offset = NEXT.fetch_add(7, std::sync::atomic::Ordering::SeqCst);
        let first = 100 + (std::process::id() % 100) * 8 + offset;
        for number in first..first + 50 {
            // A lock whose server still runs; a stale one (its process gone, say after a
            // killed test run) Xvfb clears by itself.
            let holder = std::fs::read_to_string(format!("/tmp/.X{number}-lock"))
                .ok()
                .and_then(|text| text.trim().parse::<u32>().ok());
            if holder.is_some_and(|pid| Path::new(&format!("/proc/{pid}")).exists()) {
                continue;
            }
            let mut server = Command::new("Xvfb")
                .arg(format!(":{number}"))
                .args([
                    "-screen",
                    "0",
                    "1600x1000x24",
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start Xvfb");
            let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
            let deadline = Instant::now() + Duration::from_secs(10);
            loop {
                if let Ok(Some(_)) = server.try_wait() {
                    break; // The number was taken after all: try the next one.
                }
                let lock = std::fs::read_to_string(format!("/tmp/.X{number}-lock"))
                    .ok()
                    .and_then(|text| text.trim().parse::<u32>().ok());
                if socket.exists() && lock == Some(server.id()) {
                    return Some(Self {
                        display: format!(":{number}"),
                        server,
                    });
                }
                assert!(Instant::now() < deadline, "Xvfb did not start");
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        panic!("no free X display number");
    }

    /// The `DISPLAY` value.
    pub fn display(&self) -> &str {
        &self.display
    }

    /// Runs xdotool with these arguments and returns what it printed.
    pub fn xdotool(&self, args: &[&str]) -> String {
        let output = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .output()
            .expect("run xdotool");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// The id of the window titled exactly `title`, waiting for it to appear.
    pub fn wait_for_window(&self, title: &str, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let found = self.xdotool(&["search", "--name", &format!("^{title}$")]);
            if let Some(id) = found.lines().next() {
                return id.trim().to_owned();
            }
            assert!(Instant::now() < deadline, "no window titled {title}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Saves a picture of the whole screen (needs ImageMagick's `import`; best effort).
    pub fn screenshot(&self, path: &Path) {
        let _ = Command::new("import")
            .args(["-window", "root"])
            .arg(path)
            .env("DISPLAY", &self.display)
            .status();
    }

    /// Windows titled exactly `title` right now.
    pub fn windows_titled(&self, title: &str) -> usize {
        self.xdotool(&["search", "--name", &format!("^{title}$")])
            .lines()
            .count()
    }

    /// Drags with the real pointer: press at `from`, move in steps, release at `to`.
    pub fn drag(&self, from: (i32, i32), to: (i32, i32)) {
        self.drag_and_look(from, to, || {});
    }

    /// Like [`XSession::drag`], calling `hovering` just before the release.
    pub fn drag_and_look(&self, from: (i32, i32), to: (i32, i32), hovering: impl FnOnce()) {
        self.xdotool(&["mousemove", &from.0.to_string(), &from.1.to_string()]);
        std::thread::sleep(Duration::from_millis(150));
        self.xdotool(&["mousedown", "1"]);
        for step in 1..=8 {
            let x = from.0 + (to.0 - from.0) * step / 8;
            let y = from.1 + (to.1 - from.1) * step / 8;
            self.xdotool(&["mousemove", &x.to_string(), &y.to_string()]);
            std::thread::sleep(Duration::from_millis(80));
        }
        // Let the target fetch the data and answer before the drop.
        std::thread::sleep(Duration::from_millis(600));
        hovering();
        self.xdotool(&["mouseup", "1"]);
    }
}

impl Drop for XSession {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

fn tool_exists(tool: &str) -> bool {
    if tool.contains('/') {
        return Path::new(tool).exists();
    }
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(tool).is_file()))
}
