//! Median time of one window frame (logic + ui) with 10,000 downloads in the list: nothing
//! changes, the list scrolls, one row changes every frame (a running download), and the same
//! sorted by name and filtered with the details panel open (the order is worked out again on
//! every change). Run with `cargo bench --bench ui_frame`; the target is under 2 ms.
//!
//! The frame is run on a plain `egui::Context` exactly as eframe runs it, minus the GPU; the
//! figure with tessellation (turning shapes into triangles, also CPU work) is printed too.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;
use haul::app::{App, AppSetup, Command, Desktop, LauncherProgress, NoFolderDialog, SortColumn};
use haul::engine::{AddRequest, DownloadId};
use haul::paths::Paths;

const ROWS: usize = 100_000;
const FRAMES: usize = 400;

struct NoDesktop;

impl Desktop for NoDesktop {
    fn open(&self, _: &Path) -> Result<(), haul::app::DesktopError> {
        Ok(())
    }
    fn show_in_folder(&self, _: &Path) -> Result<(), haul::app::DesktopError> {
        Ok(())
    }
    fn pick_folder(&self, _: &Path) -> Result<Option<std::path::PathBuf>, NoFolderDialog> {
        Ok(None)
    }
    fn clipboard_text(&self) -> Option<String> {
        None
    }
    fn notify(
        &self,
        _: &haul::app::notifications::Notice,
    ) -> Result<Option<haul::app::notifications::NoticeAction>, haul::app::DesktopError> {
        Ok(None)
    }
    fn show_progress(&self, _: LauncherProgress) {}
    fn power(&self, _: haul::app::PowerAction) -> Result<(), haul::app::PowerError> {
        Ok(())
    }
    fn keep_awake(&self, _: Option<&str>) -> Result<(), haul::app::PowerError> {
        Ok(())
    }
    fn saved_logins(
        &self,
    ) -> (
        Vec<(String, haul::engine::net::login::Login)>,
        haul::app::keyring::LoginKept,
    ) {
        (Vec::new(), haul::app::keyring::LoginKept::File)
    }
    fn save_login(
        &self,
        _: &str,
        _: &haul::engine::net::login::Login,
    ) -> Result<haul::app::keyring::LoginKept, haul::app::DesktopError> {
        Ok(haul::app::keyring::LoginKept::File)
    }
}

fn input(frame: usize, scroll: bool) -> egui::RawInput {
    let mut input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        time: Some(frame as f64 / 60.0),
        ..Default::default()
    };
    input
        .events
        .push(egui::Event::PointerMoved(egui::pos2(500.0, 400.0)));
    if scroll {
        input.events.push(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -120.0),
            phase: egui::TouchPhase::Move,
            modifiers: egui::Modifiers::NONE,
            source: egui::MouseWheelSource::Wheel,
        });
    }
    input
}

fn median(mut samples: Vec<Duration>) -> (Duration, Duration) {
    samples.sort();
    (
        samples[samples.len() / 2],
        samples[samples.len() * 95 / 100],
    )
}

fn measure(
    label: &str,
    ctx: &egui::Context,
    app: &mut App,
    mut between: impl FnMut(usize),
    scroll: bool,
) {
    let mut ui_only = Vec::with_capacity(FRAMES);
    let mut with_tessellation = Vec::with_capacity(FRAMES);
    for frame in 0..FRAMES {
        between(frame);
        let raw = input(frame, scroll);
        let started = Instant::now();
        let output = ctx.run_ui(raw, |ui| {
            app.refresh(ui.ctx());
            app.ui_root(ui);
        });
        let ui_done = started.elapsed();
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        std::hint::black_box(primitives);
        ui_only.push(ui_done);
        with_tessellation.push(started.elapsed());
    }
    let (median_ui, p95_ui) = median(ui_only);
    let (median_all, _) = median(with_tessellation);
    println!(
        "| {label:<28} | {:>8.3} ms | {:>8.3} ms | {:>8.3} ms |",
        median_ui.as_secs_f64() * 1e3,
        p95_ui.as_secs_f64() * 1e3,
        median_all.as_secs_f64() * 1e3
    );
}

fn main() {
    let home = tempfile::tempdir().expect("temp dir");
    let paths = Paths::under(home.path());
    let setup = AppSetup::load(
        paths.clone(),
        Vec::new(),
        Arc::new(NoDesktop) as Arc<dyn Desktop>,
    );
    let engine = setup.engine.as_ref().expect("engine").clone();
    let requests = (0..ROWS)
        .map(|i| AddRequest {
            paused: true,
            ..AddRequest::new(
                url::Url::parse(&format!("http://127.0.0.1:9/files/file-{i:05}.bin")).expect("url"),
                paths.download_dir.clone(),
            )
        })
        .collect();
    assert!(engine.add_many(requests).iter().all(Result::is_ok));

    let ctx = egui::Context::default();
    let mut app = App::new(&ctx, setup);
    for frame in 0..60 {
        let _ = ctx.run_ui(input(frame, false), |ui| {
            app.refresh(ui.ctx());
            app.ui_root(ui);
        });
    }
    println!("{ROWS} rows, {FRAMES} frames each, release build:");
    println!("| situation                    | median ui  | p95 ui     | + tessellate |");
    println!("|------------------------------|------------|------------|--------------|");
    measure("idle", &ctx, &mut app, |_| {}, false);
    measure("scrolling", &ctx, &mut app, |_| {}, true);
    let first = DownloadId(1);
    measure(
        "a row changes every frame",
        &ctx,
        &mut app,
        |frame| {
            if frame % 2 == 0 {
                engine.resume(&[first]);
            } else {
                engine.pause(&[first]);
            }
        },
        false,
    );
    let toggle = |frame: usize| {
        if frame % 2 == 0 {
            engine.resume(&[first]);
        } else {
            engine.pause(&[first]);
        }
    };
    app.execute(Some(&ctx), Command::SortBy(SortColumn::Name));
    app.execute(Some(&ctx), Command::Filter("file-0".into()));
    app.execute(Some(&ctx), Command::ToggleDetails);
    app.execute(
        Some(&ctx),
        Command::MoveSelection {
            to: haul::app::Move::First,
            extend: false,
        },
    );
    measure("sorted, filtered, details", &ctx, &mut app, |_| {}, false);
    measure("  and a row changes", &ctx, &mut app, toggle, false);
    engine.shutdown(Duration::from_secs(1));
}
