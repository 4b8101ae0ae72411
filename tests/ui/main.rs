//! Window tests with egui_kittest: a person's actions (click, type, paste, drop) against the
//! real engine and loopback servers, checked by what the window shows and what lands on disk.
//! No display or GPU needed.

#[path = "../support/mod.rs"]
mod support;

mod adding;
mod advanced;
mod browser;
mod checksums;
mod clipboard_watch;
mod desktop;
mod dragging;
mod fonts;
mod keyboard;
mod lifecycle;
mod list;
mod logins;
mod network;
mod notifications;
mod panel;
mod queues;
mod relink;
mod remote_control;
mod removing;
mod rows;
mod scale;
mod settings;
mod torrents;
mod trust;
mod videos;
mod when_done;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use haul::app::{App, AppSetup, Desktop};
use haul::engine::{Download, Snapshot};
use haul::paths::Paths;
pub use support::fake_desktop::FakeDesktop;

/// A window in its own temporary home, with quick retries.
pub struct Window {
    /// The window under test.
    pub harness: Harness<'static, App>,
    /// Its fake desktop.
    pub desktop: Arc<FakeDesktop>,
    /// Its home folder (config, data and downloads inside).
    pub home: tempfile::TempDir,
}

impl Window {
    /// Opens a window with nothing in it.
    pub fn open() -> Self {
        Self::open_with(Vec::new(), |_| {})
    }

    /// Opens a window with command-line links, after `prepare` set up its home folder.
    pub fn open_with(links: Vec<String>, prepare: impl FnOnce(&Path)) -> Self {
        Self::open_in(Self::new_home(prepare), links)
    }

    /// A fresh home folder with quick retries, after `prepare` set it up.
    fn new_home(prepare: impl FnOnce(&Path)) -> tempfile::TempDir {
        let home = tempfile::tempdir().expect("temp dir");
        let paths = Paths::under(home.path());
        std::fs::create_dir_all(&paths.config_dir).expect("mkdir");
        std::fs::write(
            paths.config_file(),
            "retry_delay_ms = 20\nmax_retry_delay_secs = 1\nmax_attempts = 3\nstall_timeout_secs = 2\n",
        )
        .expect("settings");
        prepare(home.path());
        home
    }

    /// Opens a window on an existing home folder (a restart).
    pub fn open_in(home: tempfile::TempDir, links: Vec<String>) -> Self {
        Self::open_in_sized(home, links, [1100.0, 700.0])
    }

    /// Opens a window of `size` points with command-line links, quick retries.
    pub fn open_sized(links: Vec<String>, size: [f32; 2]) -> Self {
        Self::open_in_sized(Self::new_home(|_| {}), links, size)
    }

    /// Opens a window of `size` points on an existing home folder.
    pub fn open_in_sized(home: tempfile::TempDir, links: Vec<String>, size: [f32; 2]) -> Self {
        Self::open_in_with(home, links, size, None)
    }

    /// Opens a window with an inbox the test feeds (as later launches and the browser's
    /// native host do); returns the sender.
    pub fn open_with_inbox() -> (
        Self,
        std::sync::mpsc::Sender<haul::instance::protocol::Request>,
    ) {
        let (sender, inbox) = haul::instance::Inbox::detached();
        let window = Self::open_in_with(
            Self::new_home(|_| {}),
            Vec::new(),
            [1100.0, 700.0],
            Some(inbox),
        );
        (window, sender)
    }

    fn open_in_with(
        home: tempfile::TempDir,
        links: Vec<String>,
        size: [f32; 2],
        inbox: Option<haul::instance::Inbox>,
    ) -> Self {
        let desktop = Arc::new(FakeDesktop::default());
        let mut setup = AppSetup::load(
            Paths::under(home.path()),
            links,
            Arc::clone(&desktop) as Arc<dyn Desktop>,
        );
        if inbox.is_some() {
            setup.inbox = inbox;
        }
        let harness = Harness::builder()
            .with_size(size)
            .build_eframe(move |cc| App::new(&cc.egui_ctx, setup));
        Self {
            harness,
            desktop,
            home,
        }
    }

    /// The window's folders.
    pub fn paths(&self) -> Paths {
        Paths::under(self.home.path())
    }

    /// The default download folder.
    pub fn downloads(&self) -> PathBuf {
        self.paths().download_dir
    }

    /// The engine's current state.
    pub fn snapshot(&self) -> Snapshot {
        self.harness
            .state()
            .engine()
            .expect("engine running")
            .snapshot()
    }

    /// Runs frames (in real time) until `check` holds.
    pub fn step_until(&mut self, what: &str, check: impl Fn(&mut Self) -> bool) {
        self.step_until_within(what, Duration::from_secs(15), check);
    }

    /// The same, for at most `wait` (a step that waits on the network, on a loaded machine).
    pub fn step_until_within(
        &mut self,
        what: &str,
        wait: Duration,
        check: impl Fn(&mut Self) -> bool,
    ) {
        let deadline = Instant::now() + wait;
        loop {
            self.harness.step();
            if check(self) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(15));
        }
    }

    /// Waits until a widget with exactly this label is on screen.
    pub fn wait_for_label(&mut self, label: &str) {
        self.step_until(&format!("'{label}' on screen"), |w| {
            w.harness.query_by_label(label).is_some()
        });
    }

    /// Waits until a widget whose label contains `part` is on screen.
    pub fn wait_for_label_containing(&mut self, part: &str) {
        self.step_until(&format!("a label with '{part}' on screen"), |w| {
            w.harness.query_by_label_contains(part).is_some()
        });
    }

    /// Waits until the engine's only (or first) download satisfies `check`.
    pub fn wait_for_download(&mut self, what: &str, check: impl Fn(&Download) -> bool) {
        self.step_until(what, |w| {
            w.snapshot().downloads.first().is_some_and(|d| check(d))
        });
    }

    /// Opens a window with command-line links, with `settings` added to its haul.toml.
    pub fn open_with_settings(settings: &str, links: Vec<String>) -> Self {
        Self::open_with(links, |home| {
            let path = home.join("config/haul.toml");
            let mut text = std::fs::read_to_string(&path).unwrap_or_default();
            text.push_str(settings);
            std::fs::write(path, text).expect("write settings");
        })
    }

    /// Says the window has (or lost) the keyboard focus, as the desktop would.
    pub fn set_focus(&mut self, focused: bool) {
        self.harness
            .input_mut()
            .viewports
            .entry(eframe::egui::ViewportId::ROOT)
            .or_default()
            .focused = Some(focused);
    }

    /// Those of `names` on screen, top to bottom.
    pub fn shown_order(&self, names: &[&str]) -> Vec<String> {
        let mut shown: Vec<(f32, String)> = names
            .iter()
            .filter_map(|name| {
                let node = self.harness.query_by_label(name)?;
                Some((node.rect().min.y, (*name).to_owned()))
            })
            .collect();
        shown.sort_by(|a, b| a.0.total_cmp(&b.0));
        shown.into_iter().map(|(_, name)| name).collect()
    }

    /// Opens Settings at `page` (a tab's label): the dialog takes a few frames to find its
    /// size and place, after each page too.
    pub fn open_settings_page(&mut self, page: &str) {
        self.harness.get_by_label("Settings").click();
        self.settle();
        self.settle();
        self.harness.get_by_label(page).click();
        self.settle();
        self.settle();
    }

    /// A click on the dimmed list beside the dialog.
    pub fn click_outside(&mut self) {
        let at = eframe::egui::pos2(3.0, 400.0);
        for pressed in [true, false] {
            self.harness.event(eframe::egui::Event::PointerMoved(at));
            self.harness.event(eframe::egui::Event::PointerButton {
                pos: at,
                button: eframe::egui::PointerButton::Primary,
                pressed,
                modifiers: eframe::egui::Modifiers::NONE,
            });
            self.harness.step();
        }
        self.settle();
    }

    /// A few frames so clicks and results settle.
    pub fn settle(&mut self) {
        for _ in 0..4 {
            self.harness.step();
        }
    }
}
