//! Dragging rows to a new place in the order they start in: press on a row (the selection
//! moves with it when it is selected), move, let go between two rows. A line shows where they
//! will land. Only while the list shows that order (the first column's sort).

use eframe::egui;

use crate::app::command::Command;
use crate::app::list::selection::Selection;
use crate::engine::{DownloadId, Place};

/// The rows being dragged, kept across frames in egui's memory.
fn dragged_id() -> egui::Id {
    egui::Id::unique("haul-row-drag")
}

/// What one frame of the table saw of a drag.
#[derive(Default)]
pub(crate) struct RowDrag {
    /// Each visible row and where it is.
    rows: Vec<(DownloadId, egui::Rect)>,
    /// The drag ended this frame.
    released: bool,
}

impl RowDrag {
    /// Notes a drawn row, and a drag that starts or ends on it.
    pub fn saw(&mut self, id: DownloadId, response: &egui::Response, selection: &Selection) {
        self.rows.push((id, response.rect));
        if response.drag_started() {
            let ids = if selection.contains(id) {
                selection.ids()
            } else {
                vec![id]
            };
            response
                .ctx
                .data_mut(|data| data.insert_temp(dragged_id(), ids));
        }
        if response.drag_stopped() {
            self.released = true;
        }
    }

    /// Shows where dragged rows would land; on release, moves them there.
    pub fn finish(self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let ctx = ui.ctx().clone();
        let Some(ids) = ctx.data(|data| data.get_temp::<Vec<DownloadId>>(dragged_id())) else {
            return;
        };
        let pointer = ctx.input(|input| input.pointer.latest_pos());
        let landing = pointer.and_then(|at| self.landing(at.y));
        if self.released {
            ctx.data_mut(|data| data.remove::<Vec<DownloadId>>(dragged_id()));
            if let Some((place, _)) = landing {
                commands.push(Command::Reorder(ids, place));
            }
            return;
        }
        if let Some((_, y)) = landing {
            let x = ui.clip_rect().x_range();
            let stroke = egui::Stroke::new(2.0, ui.visuals().selection.stroke.color);
            ui.painter().hline(x, y, stroke);
        }
    }

    /// Where a drop at height `y` lands: before the row under it (its upper half) or the one
    /// after (its lower half), or last; with the height of the line to draw.
    fn landing(&self, y: f32) -> Option<(Place, f32)> {
        let (first, last) = (self.rows.first()?, self.rows.last()?);
        if y < first.1.top() {
            return Some((Place::Before(first.0), first.1.top()));
        }
        for (at, (id, rect)) in self.rows.iter().enumerate() {
            if y < rect.center().y {
                return Some((Place::Before(*id), rect.top()));
            }
            if y < rect.bottom() {
                return match self.rows.get(at + 1) {
                    Some((next, _)) => Some((Place::Before(*next), rect.bottom())),
                    None => Some((Place::Bottom, rect.bottom())),
                };
            }
        }
        Some((Place::Bottom, last.1.bottom()))
    }
}
