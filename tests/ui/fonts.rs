//! File names in Chinese, Japanese and Korean: egui's own fonts have no such glyphs; the window
//! finds them among the system's fonts (when one is installed: `.ci/run` installs
//! fonts-noto-cjk), so a name shows as text, not boxes.

use eframe::egui::{self, FontId};
use haul::engine::AddRequest;

use super::Window;

const NAMES: &str = "下载的文件 ダウンロード 다운로드";

/// True when fontconfig knows a font for Chinese (then the window must find it).
fn system_has_cjk_font() -> bool {
    [
        "/usr/share/fonts/opentype/noto",
        "/usr/share/fonts/truetype/wqy",
    ]
    .iter()
    .filter_map(|dir| std::fs::read_dir(dir).ok())
    .flatten()
    .flatten()
    .any(|entry| {
        let name = entry.file_name().to_string_lossy().to_lowercase();
        name.contains("cjk") || name.contains("wqy")
    })
}

#[test]
fn cjk_file_names_render_with_a_system_font() {
    // Without the system's fonts, egui has none of these glyphs: the check below can fail.
    let bare = egui::Context::default();
    bare.begin_pass(egui::RawInput::default());
    assert!(
        !bare.fonts_mut(|f| f.has_glyphs(&FontId::proportional(14.0), "下载")),
        "egui's bundled fonts unexpectedly have CJK glyphs"
    );
    // Nothing draws this context's textures; say so before the output goes.
    bare.end_pass().textures_delta.clear();
    if !system_has_cjk_font() {
        assert!(
            std::env::var_os("CI").is_none(),
            "no CJK font on CI (.ci/run installs fonts-noto-cjk)"
        );
        eprintln!("SKIPPED: needs a CJK font (apt-get install fonts-noto-cjk)");
        return;
    }
    let mut window = Window::open();
    let engine = window.harness.state().engine().expect("engine").clone();
    let mut request = AddRequest::new(
        url::Url::parse("http://127.0.0.1:9/file.zip").expect("url"),
        window.downloads(),
    );
    request.file_name = Some("下载的文件.zip".into());
    request.paused = true;
    engine.add(request).expect("add");
    window.wait_for_label("下载的文件.zip");
    for script in NAMES.split(' ') {
        assert!(
            window
                .harness
                .ctx
                .fonts_mut(|f| f.has_glyphs(&FontId::proportional(14.0), script)),
            "no glyphs for {script}"
        );
    }
}
