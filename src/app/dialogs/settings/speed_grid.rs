//! The settings' Speed schedule page: uGet's grid of days by hours, each hour full speed,
//! limited to one rate, or paused; a click changes an hour, a drag paints several. Applied
//! live by the engine's clock.

use crate::i18n::t;
use eframe::egui;

use super::SettingsWindow;
use crate::engine::timetable::SpeedCell;

const CELL: f32 = 17.0;
/// Days in the grid, Monday first.
const DAYS: usize = 7;

fn next(cell: SpeedCell) -> SpeedCell {
    match cell {
        SpeedCell::Full => SpeedCell::Limited,
        SpeedCell::Limited => SpeedCell::Paused,
        SpeedCell::Paused => SpeedCell::Full,
    }
}

fn colour(ui: &egui::Ui, cell: SpeedCell) -> egui::Color32 {
    let visuals = ui.visuals();
    match cell {
        SpeedCell::Full => visuals.faint_bg_color.gamma_multiply(2.0),
        SpeedCell::Limited => visuals.warn_fg_color.gamma_multiply(0.7),
        SpeedCell::Paused => visuals.error_fg_color.gamma_multiply(0.8),
    }
}

impl SettingsWindow {
    /// The page: on or off, the limited rate, and the grid.
    pub(super) fn speed_grid_page(&mut self, ui: &mut egui::Ui) {
        let table = &mut self.draft.speed_schedule;
        ui.checkbox(&mut table.enabled, t!("grid-enable"));
        ui.horizontal(|ui| {
            let label = ui.label(t!("grid-limited-hours"));
            ui.add(
                egui::TextEdit::singleline(&mut table.limited)
                    .hint_text(t!("grid-limited-hint"))
                    .desired_width(90.0),
            )
            .labelled_by(label.id);
            ui.label(t!("limit-per-second"));
            match crate::format::parse_limit(&table.limited) {
                Err(error) => {
                    ui.colored_label(ui.visuals().error_fg_color, error.to_string());
                }
                Ok(rate) if !rate.is_limited() && table.enabled => {
                    ui.colored_label(ui.visuals().warn_fg_color, t!("grid-no-rate"));
                }
                Ok(_) => {}
            }
        });
        ui.add_space(4.0);
        // Wraps: the hint is long in some languages.
        ui.horizontal_wrapped(|ui| {
            for cell in [SpeedCell::Full, SpeedCell::Limited, SpeedCell::Paused] {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                ui.painter().rect_filled(rect, 2.0, colour(ui, cell));
                ui.label(match cell {
                    SpeedCell::Full => t!("grid-full"),
                    SpeedCell::Limited => t!("grid-limited"),
                    SpeedCell::Paused => t!("grid-paused"),
                });
            }
            ui.weak(t!("grid-hint"));
        });
        ui.add_space(4.0);
        let mut grid = table.cells();
        let mut changed = false;
        // The day names' column is as wide as the longest name in the user's language.
        let day_font = egui::FontId::proportional(13.0);
        let day_width = (0..DAYS)
            .map(|day| {
                let name = crate::format::weekday_name(day as u8);
                ui.painter()
                    .layout_no_wrap(name, day_font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            })
            .fold(28.0_f32, f32::max)
            + 8.0;
        let mut cells = Vec::with_capacity(DAYS * 24);
        ui.add_enabled_ui(table.enabled, |ui| {
            ui.horizontal(|ui| {
                // The hours stand over their cells: no gap between the 3-hour groups, as
                // there is none between the cells.
                ui.spacing_mut().item_spacing.x = 0.0;
                ui.add_space(day_width);
                for hour in (0..24).step_by(3) {
                    let (rect, response) =
                        ui.allocate_exact_size(egui::vec2(CELL * 3.0, 14.0), egui::Sense::hover());
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Label, true, format!("{hour}"))
                    });
                    ui.painter().text(
                        rect.left_center(),
                        egui::Align2::LEFT_CENTER,
                        format!("{hour}"),
                        egui::FontId::proportional(11.0),
                        ui.visuals().weak_text_color(),
                    );
                }
            });
            for day in 0..DAYS {
                let name = crate::format::weekday_name(day as u8);
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = 0.0;
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(day_width, CELL), egui::Sense::hover());
                    ui.painter().text(
                        rect.left_center(),
                        egui::Align2::LEFT_CENTER,
                        name,
                        day_font.clone(),
                        ui.visuals().text_color(),
                    );
                    for hour in 0..24 {
                        let (cell_changed, rect) =
                            self.grid_cell(ui, &mut grid.cells[day][hour], day, hour);
                        changed |= cell_changed;
                        cells.push((rect, day, hour));
                    }
                });
            }
        });
        changed |= self.paint_along_the_drag(ui, &cells, &mut grid);
        if changed {
            self.draft.speed_schedule.set_cells(&grid);
        }
    }

    /// Paints every hour the pointer crossed since the last frame with the rule being painted
    /// (a quick drag skips cells between two frames' pointer positions).
    fn paint_along_the_drag(
        &mut self,
        ui: &egui::Ui,
        cells: &[(egui::Rect, usize, usize)],
        grid: &mut crate::engine::timetable::SpeedGrid,
    ) -> bool {
        let (Some(paint), Some(to)) = (self.painting, ui.ctx().input(|i| i.pointer.latest_pos()))
        else {
            self.painted_to = None;
            return false;
        };
        let from = self.painted_to.replace(to).unwrap_or(to);
        let steps = ((to - from).length() / (CELL / 4.0)).ceil().max(1.0) as usize;
        let mut changed = false;
        for step in 0..=steps {
            let at = from + (to - from) * (step as f32 / steps as f32);
            if let Some(&(_, day, hour)) = cells.iter().find(|(rect, _, _)| rect.contains(at))
                && grid.cells[day][hour] != paint
            {
                grid.cells[day][hour] = paint;
                changed = true;
            }
        }
        changed
    }

    /// One hour: a click cycles it; dragging over hours gives them the first one's new rule.
    /// Returns whether it changed, and where it is.
    fn grid_cell(
        &mut self,
        ui: &mut egui::Ui,
        cell: &mut SpeedCell,
        day: usize,
        hour: usize,
    ) -> (bool, egui::Rect) {
        let (rect, response) =
            ui.allocate_exact_size(egui::vec2(CELL, CELL), egui::Sense::click_and_drag());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                format!("{} {hour}:00", crate::format::weekday_name(day as u8)),
            )
        });
        let pointer_over = ui
            .ctx()
            .input(|i| i.pointer.latest_pos())
            .is_some_and(|at| rect.contains(at));
        let mut changed = false;
        if response.drag_started() || response.clicked() {
            let new = next(*cell);
            self.painting = Some(new);
            // From where the button went down: a drag is seen only once the pointer moved.
            self.painted_to = ui
                .ctx()
                .input(|i| i.pointer.press_origin().or(i.pointer.latest_pos()));
            *cell = new;
            changed = true;
        } else if let Some(paint) = self.painting
            && pointer_over
            && ui.ctx().input(|i| i.pointer.primary_down())
            && *cell != paint
        {
            *cell = paint;
            changed = true;
        }
        if !ui.ctx().input(|i| i.pointer.primary_down()) && !response.clicked() {
            self.painting = None;
        }
        ui.painter()
            .rect_filled(rect.shrink(1.0), 2.0, colour(ui, *cell));
        (changed, rect)
    }
}
