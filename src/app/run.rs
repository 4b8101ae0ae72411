//! Opening the real window: the viewport (app id, size, icon, drag-and-drop), where eframe
//! keeps the window's own state, and the event loop.

use crate::i18n::t;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use eframe::egui;

use crate::app::desktop::SystemDesktop;
use crate::app::desktop::tray;
use crate::app::setup::AppSetup;
use crate::app::{APP_ID, App, incoming::xdnd};
use crate::instance::protocol::Request;
use crate::instance::{self, Claim};
use crate::paths::Paths;

/// Opens the window and runs until it closes; when a window already runs, hands `links` to it
/// and returns at once.
pub fn run(paths: Paths, links: Vec<String>, hidden: bool) -> anyhow::Result<()> {
    let first = match instance::claim(&paths) {
        Ok(Claim::First(first)) => Some(first),
        Ok(Claim::AlreadyRunning) => {
            let cwd = std::env::current_dir().ok();
            instance::hand_off(
                &paths,
                &Request::open(links, cwd),
                instance::HAND_OFF_TIMEOUT,
            )?;
            return Ok(());
        }
        Err(err) => {
            // The window still opens; it says why its list cannot be kept.
            log::warn!("{err}");
            None
        }
    };
    // Handing links to a running window needs no desktop; opening one does.
    let desktop = ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .any(|var| std::env::var_os(var).is_some_and(|value| !value.is_empty()));
    if !desktop {
        anyhow::bail!(t!("window-no-desktop"));
    }
    let desktop = Arc::new(SystemDesktop::new(&paths.data_dir));
    let setup = AppSetup::load_claimed(paths, links, desktop, first);
    let persistence = setup.paths.data_dir.join("window.ron");
    let mut viewport = egui::ViewportBuilder::default()
        .with_app_id(APP_ID)
        .with_title("Haul")
        .with_inner_size([1040.0, 640.0])
        .with_min_inner_size([640.0, 360.0])
        .with_drag_and_drop(true);
    match eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/haul-256.png")) {
        Ok(icon) => viewport = viewport.with_icon(Arc::new(icon)),
        Err(err) => log::warn!("the window icon could not be loaded: {err}"),
    }
    let mut options = eframe::NativeOptions {
        viewport,
        persistence_path: Some(persistence),
        // The window installs its own system-font provider (see `App::new`), so the tests'
        // windows find CJK glyphs the same way.
        system_font_fallback: false,
        ..Default::default()
    };
    let choice = std::env::var("HAUL_WINDOW_SYSTEM").ok();
    if use_xwayland(
        std::env::var_os("WAYLAND_DISPLAY").is_some(),
        std::env::var_os("DISPLAY").is_some(),
        choice.as_deref(),
    ) {
        options.event_loop_builder = Some(Box::new(|builder| {
            use winit::platform::x11::EventLoopBuilderExtX11;
            builder.with_x11();
        }));
    }
    eframe::run_native(
        "Haul",
        options,
        Box::new(move |cc| {
            let mut app = App::new(&cc.egui_ctx, setup);
            quit_on_signals(app.quit_signal(), cc.egui_ctx.clone());
            let ctx = cc.egui_ctx.clone();
            if let Some(events) = xdnd::start(cc, Arc::new(move || ctx.request_repaint())) {
                app.attach_drag_events(events);
            }
            // Without a tray host the window shows (and closes) as always.
            let ctx = cc.egui_ctx.clone();
            if let Some((tray, actions)) = tray::start(Arc::new(move || ctx.request_repaint())) {
                app.attach_tray(tray, actions, hidden);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|err| anyhow::anyhow!(t!("window-not-opened", detail = err.to_string())))
}

/// How long the window may take to close after a signal before Haul leaves anyway (its
/// partial files then keep their last checkpoint, at most about a second old).
const SIGNAL_GRACE: Duration = Duration::from_secs(15);

/// Closes the window (saving progress and the list) when the system asks Haul to quit: SIGTERM
/// at logout or from a service manager, SIGINT from the terminal that started it, SIGHUP when
/// that terminal closes. A second signal ends Haul at once, and so does a window that has not
/// closed within [`SIGNAL_GRACE`].
fn quit_on_signals(flag: Arc<AtomicBool>, ctx: egui::Context) {
    let installed = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
        ctx.request_repaint();
        std::thread::spawn(|| {
            std::thread::sleep(SIGNAL_GRACE);
            log::warn!("the window did not close after a signal; leaving now");
            std::process::exit(143);
        });
    });
    if let Err(err) = installed {
        log::warn!("quitting on signals is not available: {err}");
    }
}

/// Whether to open the window through XWayland on a Wayland desktop.
///
/// winit 0.30 has no drag-and-drop on Wayland at all (not even files), while Wayland
/// compositors (GNOME, KDE, and others) pass drags between Wayland programs and XWayland
/// windows. So where both are available Haul opens an X11 window, where every kind of drop
/// works (see `xdnd`). `HAUL_WINDOW_SYSTEM=wayland` keeps it native (no drops; paste works),
/// `x11` forces X11.
fn use_xwayland(wayland: bool, x11: bool, choice: Option<&str>) -> bool {
    match choice.map(str::trim) {
        Some(choice) if choice.eq_ignore_ascii_case("wayland") => false,
        Some(choice) if choice.eq_ignore_ascii_case("x11") => x11,
        _ => wayland && x11,
    }
}

#[cfg(test)]
mod tests {
    use super::use_xwayland;

    #[test]
    fn wayland_desktops_use_xwayland_for_drops_unless_told_otherwise() {
        assert!(use_xwayland(true, true, None));
        assert!(!use_xwayland(true, false, None), "no XWayland: stay native");
        assert!(!use_xwayland(false, true, None), "plain X11 needs nothing");
        assert!(!use_xwayland(true, true, Some("wayland")));
        assert!(use_xwayland(true, true, Some(" X11 ")));
        assert!(
            !use_xwayland(true, false, Some("x11")),
            "no X server to use"
        );
    }
}
