//! The download table: one row per download with the buttons that fit its state, name, size,
//! progress, speed, time left, date added and status; sortable headers; selection with
//! Ctrl/Shift+click; a right-click menu with the same actions. Only the visible rows are
//! built, so ten thousand rows cost the same per frame as thirty.

mod cells;
mod columns;
mod drag;
pub(crate) mod filter_bar;
pub(crate) mod perform;
pub(crate) mod row_actions;
pub(crate) mod selection;
pub(crate) mod view;

use crate::i18n::t;
use eframe::egui::{self, Align, Layout, RichText, Sense};
use egui_extras::{Column, TableBuilder};

use crate::app::command::Command;
use crate::app::list::drag::RowDrag;
use crate::app::list::row_actions::{ROW_BUTTONS, RowAction, actions_for};
use crate::app::list::selection::Selection;
use crate::app::list::view::{ListView, Sort};
use crate::app::widgets::icon_button;
use crate::engine::{Download, DownloadId, Snapshot, Status};
pub use cells::status_text;
use columns::{Col, columns_for};

/// Height of one row in points.
pub const ROW_HEIGHT: f32 = 26.0;

/// Draws the table and records what the user asked for. `scroll_to` brings a row (a position
/// in the view) into sight.
pub fn table_ui(
    ui: &mut egui::Ui,
    snapshot: &Snapshot,
    view: &ListView,
    selection: &mut Selection,
    scroll_to: Option<usize>,
    commands: &mut Vec<Command>,
) {
    if snapshot.downloads.is_empty() {
        empty_ui(ui);
        return;
    }
    if view.rows().is_empty() {
        nothing_matches_ui(ui);
        return;
    }
    let (ctrl, shift) = ui.input(|i| (i.modifiers.command, i.modifiers.shift));
    let now_unix = crate::engine::clock::unix_now();
    // A selected row is tinted, not painted over: its progress bar and coloured status stay
    // readable, and the bar keeps the accent colour.
    let accent = ui.visuals().selection.bg_fill;
    let text_color = ui.visuals().text_color();
    let panel = ui.visuals().panel_fill;
    ui.visuals_mut().selection.bg_fill = panel.lerp_to_gamma(accent, 0.3);
    ui.visuals_mut().selection.stroke.color = text_color;

    let header_font = egui::TextStyle::Body;
    let title_width = |col: Col| {
        egui::WidgetText::from(RichText::new(col.title()).strong())
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                header_font.clone(),
            )
            .size()
            .x
    };
    let layout = columns_for(ui.available_width(), title_width);
    let cols: Vec<Col> = layout.iter().map(|(col, _)| *col).collect();
    let mut clicked: Option<(DownloadId, bool)> = None;
    // Rows are dragged to a new place only where the list shows the order they start in.
    let draggable = view.sort == Sort::default();
    let mut drag = RowDrag::default();
    let mut table = TableBuilder::new(ui)
        .id_salt(("downloads", cols.len()))
        .striped(true)
        .sense(if draggable {
            Sense::click_and_drag()
        } else {
            Sense::click()
        })
        .cell_layout(Layout::left_to_right(Align::Center));
    for &(col, width) in &layout {
        table = table.column(match col {
            Col::Name => Column::remainder().at_least(width).clip(true),
            _ => Column::exact(width).clip(true),
        });
    }
    if let Some(row) = scroll_to {
        table = table.scroll_to_row(row, Some(Align::Center));
    }
    table
        .header(22.0, |mut header| {
            for &col in &cols {
                header.col(|ui| header_ui(ui, col, view.sort, commands));
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, view.rows().len(), |mut row| {
                let Some(download) = view
                    .rows()
                    .get(row.index())
                    .and_then(|&index| snapshot.downloads.get(index))
                else {
                    return;
                };
                row.set_selected(selection.contains(download.id));
                for &col in &cols {
                    row.col(|ui| match col {
                        Col::Actions => actions_cell(ui, download, commands),
                        Col::Name => cells::name_cell(ui, download),
                        Col::Size => cells::size_cell(ui, download),
                        Col::Progress => cells::progress_cell(ui, download, accent),
                        Col::Speed => cells::speed_cell(ui, download),
                        Col::TimeLeft => cells::time_left_cell(ui, download),
                        Col::Added => cells::added_cell(ui, download, now_unix),
                        Col::Status => cells::status_cell(ui, download, &snapshot.queues, now_unix),
                    });
                }
                let response = row.response();
                drag.saw(download.id, &response, selection);
                if response.double_clicked() && download.status == Status::Finished {
                    commands.push(Command::Act(RowAction::Open, vec![download.id]));
                } else if response.clicked() {
                    clicked = Some((download.id, false));
                } else if response.secondary_clicked() {
                    clicked = Some((download.id, true));
                }
                response.context_menu(|ui| {
                    context_menu_ui(ui, download, selection, &view.queues, commands)
                });
            });
        });
    drag.finish(ui, commands);
    match clicked {
        Some((id, true)) => selection.focus(id),
        Some((id, false)) => {
            if shift {
                selection.click(id, ctrl, true, &view.ids(snapshot));
            } else {
                selection.click(id, ctrl, false, &[]);
            }
        }
        None => {}
    }
}

fn header_ui(ui: &mut egui::Ui, col: Col, sort: Sort, commands: &mut Vec<Command>) {
    let Some(column) = col.sort() else {
        ui.strong(col.title());
        return;
    };
    let active = sort.column == column;
    let arrow = match (active, sort.descending) {
        (false, _) => "",
        (true, false) => " ⏶",
        (true, true) => " ⏷",
    };
    let text = RichText::new(format!("{}{arrow}", col.title())).strong();
    let response = ui
        .add(egui::Button::new(text).frame(false))
        .on_hover_text(t!("column-sort-by", column = col.title()));
    if response.clicked() {
        commands.push(Command::SortBy(column));
    }
}

fn actions_cell(ui: &mut egui::Ui, download: &Download, commands: &mut Vec<Command>) {
    for &action in actions_for(download).iter().take(ROW_BUTTONS) {
        if icon_button(ui, action.icon(), &action.label()).clicked() {
            commands.push(Command::Act(action, vec![download.id]));
        }
    }
}

fn empty_ui(ui: &mut egui::Ui) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.3);
        ui.label(RichText::new(t!("list-empty-title")).heading());
        ui.add_space(8.0);
        for line in t!("list-empty-hint").lines() {
            ui.label(line);
        }
    });
}

fn nothing_matches_ui(ui: &mut egui::Ui) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.3);
        ui.label(RichText::new(t!("list-nothing-here")).heading());
        ui.add_space(8.0);
        ui.label(t!("list-nothing-matches"));
    });
}

fn context_menu_ui(
    ui: &mut egui::Ui,
    download: &Download,
    selection: &mut Selection,
    queues: &[(String, usize)],
    commands: &mut Vec<Command>,
) {
    selection.focus(download.id);
    let targets = selection.ids();
    if targets.len() > 1 {
        ui.label(RichText::new(t!("downloads-count", count = targets.len())).weak());
        ui.separator();
    }
    for &action in actions_for(download) {
        let single = matches!(
            action,
            RowAction::Open | RowAction::ShowInFolder | RowAction::ChangeLink
        );
        if ui.button(action.label()).clicked() {
            let ids = if single {
                vec![download.id]
            } else {
                targets.clone()
            };
            commands.push(Command::Act(action, ids));
            ui.close();
        }
    }
    ui.separator();
    // A limit means something only to a download that still moves.
    if !download.status.is_terminal() && ui.button(t!("menu-speed-limit")).clicked() {
        commands.push(Command::OpenLimitDialog(targets.clone()));
        ui.close();
    }
    if ui.button(t!("menu-copy-link")).clicked() {
        commands.push(Command::CopyLinks(targets.clone()));
        ui.close();
    }
    if !download.status.is_terminal() {
        ui.separator();
        order_menu(ui, &targets, download, queues, commands);
    }
}

/// Moving rows in the order they start in, and to another queue.
fn order_menu(
    ui: &mut egui::Ui,
    targets: &[DownloadId],
    download: &Download,
    queues: &[(String, usize)],
    commands: &mut Vec<Command>,
) {
    use crate::engine::Place;
    for (text, place) in [
        (t!("menu-move-up"), Place::Up),
        (t!("menu-move-down"), Place::Down),
        (t!("menu-move-top"), Place::Top),
        (t!("menu-move-bottom"), Place::Bottom),
    ] {
        if ui.button(text).clicked() {
            commands.push(Command::Reorder(targets.to_vec(), place));
            ui.close();
        }
    }
    if queues.len() > 1 {
        ui.menu_button(t!("menu-move-to-queue"), |ui| {
            for (name, _) in queues {
                let here = *name == download.queue;
                let shown = crate::describe::shown_name(name);
                if ui.add_enabled(!here, egui::Button::new(shown)).clicked() {
                    commands.push(Command::MoveToQueue(targets.to_vec(), name.clone()));
                    ui.close();
                }
            }
        });
    }
}
