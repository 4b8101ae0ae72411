//! Drag-and-drop: the overlay while something is dragged over the window, and turning dropped
//! link lists (text, CSV, HTML; several at once) into links for the Add dialog.
//!
//! Files are read on a background thread and capped, so a dropped binary or a huge file never
//! stalls or crashes the window; the user hears what was skipped and why. Dropped text and
//! links (see `xdnd`) arrive already decoded and join the same path.

use crate::i18n::t;
use std::io::Read;
use std::path::Path;

use eframe::egui;

use crate::app::incoming::xdnd::DragPreview;
pub use crate::app::incoming::xdnd::payload::MAX_FILE_BYTES;
use crate::app::tasks::TaskResult;
use crate::links;

/// A NUL byte in this many leading bytes marks a file as binary.
const SNIFF_BYTES: usize = 8192;

/// Reads dropped files and extracts their links (runs on a background thread).
pub fn read_dropped(paths: &[std::path::PathBuf]) -> TaskResult {
    read_dropped_with(String::new(), Vec::new(), paths)
}

/// Like [`read_dropped`], after the links and problems of dropped text.
pub fn read_dropped_with(
    mut text: String,
    mut problems: Vec<String>,
    paths: &[std::path::PathBuf],
) -> TaskResult {
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        // A .torrent is a torrent to add, not a list of links to read.
        if let Some(torrent) = links::torrent_path_argument(&path.display().to_string()) {
            text.push_str(torrent.as_str());
            text.push('\n');
            continue;
        }
        match read_capped(path) {
            Ok((bytes, truncated)) => {
                if bytes[..bytes.len().min(SNIFF_BYTES)].contains(&0) {
                    problems.push(t!("drop-not-text", name = name.as_str()));
                    continue;
                }
                if truncated {
                    problems.push(t!(
                        "drop-too-large",
                        name = name.as_str(),
                        size = crate::format::bytes(MAX_FILE_BYTES)
                    ));
                }
                let parsed = links::parse_links(&String::from_utf8_lossy(&bytes));
                if parsed.urls.is_empty() && parsed.problems.is_empty() {
                    problems.push(t!("drop-no-links", name = name.as_str()));
                }
                for problem in parsed.problems {
                    problems.push(t!(
                        "drop-problem",
                        name = name.as_str(),
                        problem = problem.to_string()
                    ));
                }
                for url in parsed.urls {
                    text.push_str(url.as_str());
                    text.push('\n');
                }
            }
            Err(err) => problems.push(t!(
                "drop-unreadable",
                name = name.as_str(),
                detail = err.to_string()
            )),
        }
    }
    TaskResult::DroppedFiles { text, problems }
}

fn read_capped(path: &Path) -> std::io::Result<(Vec<u8>, bool)> {
    let file = std::fs::File::open(path)?;
    if file.metadata()?.is_dir() {
        return Err(std::io::Error::other(t!("drop-is-folder")));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    let truncated = bytes.len() as u64 > MAX_FILE_BYTES;
    bytes.truncate(MAX_FILE_BYTES as usize);
    Ok((bytes, truncated))
}

/// Dims the window and says what a drop will do, while something is dragged over it.
pub fn overlay_ui(ctx: &egui::Context, preview: DragPreview) {
    let screen = ctx.content_rect();
    let layer = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop-overlay"));
    ctx.layer_painter(layer)
        .rect_filled(screen, 0.0, egui::Color32::from_black_alpha(170));
    let (title, detail) = overlay_text(preview);
    // Above the dimming, which is painted on the foreground layer.
    egui::Area::new(egui::Id::unique("drop-overlay-text"))
        .order(egui::Order::Tooltip)
        .fixed_pos(screen.center())
        .pivot(egui::Align2::CENTER_CENTER)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .inner_margin(egui::Margin::same(20))
                .show(ui, |ui| {
                    ui.set_max_width((screen.width() - 80.0).max(200.0));
                    ui.label(egui::RichText::new(title).heading().strong());
                    ui.label(detail);
                });
        });
}

/// The overlay's headline and the sentence under it.
pub fn overlay_text(preview: DragPreview) -> (String, String) {
    let check = t!("drop-check");
    match preview {
        DragPreview::Reading => (
            format!("⬇  {}", t!("drop-title")),
            t!("drop-reads", check = check),
        ),
        DragPreview::Files(count) => (
            format!("⬇  {}", t!("drop-title")),
            t!("drop-reads-files", count = count, check = check),
        ),
        DragPreview::Ready(summary) if summary.is_empty() => nothing_text(),
        DragPreview::Ready(summary) => {
            let title = match (summary.links, summary.files) {
                (links, 0) => t!("drop-title-links", count = links),
                (0, files) => t!("drop-title-files", files = files),
                (links, files) => t!("drop-title-both", count = links, files = files),
            };
            (format!("⬇  {title}"), check)
        }
        DragPreview::Nothing => nothing_text(),
    }
}

fn nothing_text() -> (String, String) {
    (t!("drop-nothing"), t!("drop-nothing-detail"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_skips_binary_and_caps_size() {
        let dir = tempfile::tempdir().expect("temp dir");
        let list = dir.path().join("list.txt");
        std::fs::write(&list, "http://a/1\nftp://b/2\n").expect("write");
        let binary = dir.path().join("photo.jpg");
        std::fs::write(&binary, [0xFF, 0xD8, 0x00, 0x10]).expect("write");
        let huge = dir.path().join("huge.txt");
        let mut content = "http://c/3\n".to_owned();
        content.push_str(&"x".repeat(MAX_FILE_BYTES as usize + 10));
        std::fs::write(&huge, content).expect("write");
        let missing = dir.path().join("gone.txt");
        let TaskResult::DroppedFiles { text, problems } =
            read_dropped(&[list, binary, huge, missing, dir.path().to_owned()])
        else {
            panic!("wrong result");
        };
        assert_eq!(text, "http://a/1\nhttp://c/3\n");
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert!(problems[0].contains("list.txt, line 2"));
        assert!(problems[1].contains("photo.jpg is not a text file"));
        assert!(problems[2].contains("huge.txt is larger than 8.00 MiB"));
        assert!(problems[3].contains("gone.txt could not be read"));
        assert!(problems[4].contains("could not be read: it is a folder"));
    }

    #[test]
    fn a_dropped_torrent_file_is_a_torrent_to_add_not_a_list_to_read() {
        let dir = tempfile::tempdir().expect("temp dir");
        let torrent = dir.path().join("Album.TORRENT");
        std::fs::write(&torrent, b"d4:infod4:name1:aee").expect("write");
        let TaskResult::DroppedFiles { text, problems } =
            read_dropped(std::slice::from_ref(&torrent))
        else {
            panic!("wrong result");
        };
        assert!(problems.is_empty(), "{problems:?}");
        let parsed = links::parse_links(&text);
        assert_eq!(parsed.urls.len(), 1, "{text}");
        assert_eq!(parsed.urls[0].scheme(), "file");
        assert_eq!(
            parsed.urls[0].to_file_path().expect("a path"),
            std::fs::canonicalize(&torrent).expect("canonical")
        );
        assert_eq!(
            crate::engine::state::Kind::of_link(&parsed.urls[0]),
            crate::engine::state::Kind::Torrent
        );
    }
}
