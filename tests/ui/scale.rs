//! Ten thousand rows: the list renders, only the visible rows are built, and the window stays
//! quick (the precise frame time is measured by benches/ui_frame.rs in release).

use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use haul::engine::AddRequest;

use super::Window;

#[test]
fn ten_thousand_rows_render_and_only_visible_ones_are_built() {
    let mut window = Window::open();
    let dir = window.downloads();
    let requests = (0..10_000)
        .map(|i| AddRequest {
            paused: true,
            ..AddRequest::new(
                url::Url::parse(&format!("http://127.0.0.1:9/file-{i:05}.bin")).expect("url"),
                dir.clone(),
            )
        })
        .collect();
    let engine = window.harness.state().engine().expect("engine").clone();
    assert!(engine.add_many(requests).iter().all(Result::is_ok));
    window.settle();
    window.harness.get_by_label("file-00000.bin");
    let built = window.harness.query_all_by_label_contains("file-").count();
    assert!(built > 5 && built < 100, "{built} rows were built");
    window.harness.get_by_label("0 active");

    let started = Instant::now();
    for _ in 0..20 {
        window.harness.step();
    }
    let per_frame = started.elapsed() / 20;
    assert!(
        per_frame < Duration::from_millis(100),
        "a frame took {per_frame:?} even in a debug build"
    );
}
