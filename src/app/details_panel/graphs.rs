//! The details panel's two pictures: the file as a bar with each connection's piece on it,
//! and the speed of the last minutes as a line.

use crate::i18n::t;
use eframe::egui::{self, Color32, Rect, Stroke, pos2, vec2};

use crate::engine::{ConnectionInfo, Details};
use crate::format;

/// The whole file as a bar: what is done in a faint accent, each connection's piece outlined
/// with its own progress filled.
pub fn pieces_ui(ui: &mut egui::Ui, pieces: &[ConnectionInfo], done: u64, total: u64) {
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), 18.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    painter.rect_filled(rect, 2.0, visuals.extreme_bg_color);
    if total == 0 {
        return;
    }
    let accent = visuals.selection.bg_fill;
    let x = |byte: u64| rect.left() + rect.width() * (byte.min(total) as f32 / total as f32);
    // Bytes here in all, drawn from the start: where they lie exactly is the pieces' job.
    let done_rect = Rect::from_min_max(rect.min, pos2(x(done), rect.bottom()));
    painter.rect_filled(done_rect, 2.0, accent.gamma_multiply(0.35));
    for piece in pieces {
        let until = piece.until.unwrap_or(total);
        let whole = Rect::from_min_max(
            pos2(x(piece.from), rect.top()),
            pos2(x(until), rect.bottom()),
        );
        let filled = Rect::from_min_max(whole.min, pos2(x(piece.cursor), whole.bottom()));
        painter.rect_filled(filled, 0.0, accent);
        painter.rect_stroke(
            whole,
            0.0,
            Stroke::new(1.0, visuals.strong_text_color()),
            egui::StrokeKind::Inside,
        );
    }
    response.on_hover_text(t!(
        "details-pieces",
        done = format::bytes(done),
        total = format::bytes(total),
        count = pieces.len()
    ));
}

/// The speed history as a line, newest at the right, with its peak written above.
pub fn speed_graph_ui(ui: &mut egui::Ui, details: &Details) {
    let samples = &details.speed_history;
    let peak = samples.iter().copied().max().unwrap_or(0);
    ui.label(
        egui::RichText::new(t!(
            "details-speed-peak",
            time = format::duration(samples.len() as u64),
            speed = format::speed(peak)
        ))
        .weak(),
    );
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), 70.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    painter.rect_filled(rect, 2.0, visuals.extreme_bg_color);
    if samples.len() < 2 || peak == 0 {
        return;
    }
    // At least a minute wide, so a young download's line is not a sliver at the edge.
    let window = samples
        .len()
        .clamp(60, crate::engine::details::SPEED_HISTORY);
    let step = rect.width() / (window as f32 - 1.0);
    let start = rect.right() - step * (samples.len() as f32 - 1.0);
    let points: Vec<egui::Pos2> = samples
        .iter()
        .enumerate()
        .map(|(i, &speed)| {
            pos2(
                start + step * i as f32,
                rect.bottom() - (rect.height() - 4.0) * (speed as f32 / peak as f32),
            )
        })
        .collect();
    let line = Color32::from_rgb(70, 140, 230);
    painter.add(egui::Shape::line(points, Stroke::new(1.5, line)));
}
