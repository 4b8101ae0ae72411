//! The download table: one row per download with name, size, progress, speed, time left,
//! status and the buttons that fit its state; selection with Ctrl/Shift+click; a right-click
//! menu with the same actions. Only the visible rows are built, so ten thousand rows cost the
//! same per frame as thirty.

use eframe::egui::{self, Align, Layout, RichText, Sense};
use egui_extras::{Column, TableBuilder};

use super::actions::{ROW_BUTTONS, RowAction, actions_for};
use super::command::Command;
use super::selection::Selection;
use super::widgets::icon_button;
use crate::engine::{Download, DownloadId, Snapshot, Status};
use crate::{describe, format};

/// Height of one row in points.
pub const ROW_HEIGHT: f32 = 26.0;

/// Draws the table and records what the user asked for.
pub fn table_ui(
    ui: &mut egui::Ui,
    snapshot: &Snapshot,
    selection: &mut Selection,
    commands: &mut Vec<Command>,
) {
    if snapshot.downloads.is_empty() {
        empty_ui(ui);
        return;
    }
    let (ctrl, shift) = ui.input(|i| (i.modifiers.command, i.modifiers.shift));
    let mut clicked: Option<(DownloadId, bool)> = None;
    TableBuilder::new(ui)
        .id_salt("downloads")
        .striped(true)
        .resizable(true)
        .sense(Sense::click())
        .cell_layout(Layout::left_to_right(Align::Center))
        // The row's buttons come first, so widening a column never pushes them off screen.
        .column(Column::exact(64.0).resizable(false))
        .column(Column::initial(280.0).at_least(120.0).clip(true))
        .column(Column::initial(80.0).at_least(60.0))
        .column(Column::initial(150.0).at_least(90.0))
        .column(Column::initial(90.0).at_least(70.0))
        .column(Column::initial(70.0).at_least(55.0))
        .column(Column::remainder().at_least(90.0).clip(true))
        .header(22.0, |mut header| {
            for title in [
                "",
                "Name",
                "Size",
                "Progress",
                "Speed",
                "Time left",
                "Status",
            ] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, snapshot.downloads.len(), |mut row| {
                let download = &snapshot.downloads[row.index()];
                row.set_selected(selection.contains(download.id));
                row.col(|ui| {
                    for &action in actions_for(&download.status).iter().take(ROW_BUTTONS) {
                        if icon_button(ui, action.icon(), action.label()).clicked() {
                            commands.push(Command::Act(action, vec![download.id]));
                        }
                    }
                });
                row.col(|ui| name_cell(ui, download));
                row.col(|ui| {
                    ui.label(download.total_bytes.map_or("—".to_owned(), format::bytes));
                });
                row.col(|ui| progress_cell(ui, download));
                row.col(|ui| {
                    if download.status == Status::Downloading {
                        ui.label(format::speed(download.bytes_per_sec));
                    }
                });
                row.col(|ui| {
                    if download.status == Status::Downloading
                        && let Some(eta) = download.eta_secs
                    {
                        ui.label(format::duration(eta));
                    }
                });
                row.col(|ui| status_cell(ui, download));
                let response = row.response();
                if response.double_clicked() && download.status == Status::Finished {
                    commands.push(Command::Act(RowAction::Open, vec![download.id]));
                } else if response.clicked() {
                    clicked = Some((download.id, false));
                } else if response.secondary_clicked() {
                    clicked = Some((download.id, true));
                }
                response.context_menu(|ui| context_menu_ui(ui, download, selection, commands));
            });
        });
    match clicked {
        Some((id, true)) => selection.focus(id),
        Some((id, false)) => {
            if shift {
                let order: Vec<DownloadId> = snapshot.downloads.iter().map(|d| d.id).collect();
                selection.click(id, ctrl, true, &order);
            } else {
                selection.click(id, ctrl, false, &[]);
            }
        }
        None => {}
    }
}

fn empty_ui(ui: &mut egui::Ui) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.3);
        ui.label(RichText::new("No downloads yet").heading());
        ui.add_space(8.0);
        ui.label("Paste links anywhere with Ctrl+V, press Ctrl+N or Add,");
        ui.label("or drop links, text with links, or link-list files here.");
    });
}

fn name_cell(ui: &mut egui::Ui, download: &Download) {
    ui.add(
        egui::Label::new(download.display_name())
            .truncate()
            .selectable(false),
    )
    .on_hover_text(download.display_url());
}

fn progress_cell(ui: &mut egui::Ui, download: &Download) {
    match download.fraction() {
        Some(fraction) => {
            let percent = (fraction * 100.0).floor() as u32;
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_height(16.0)
                    .text(format!("{percent}%")),
            );
        }
        None if download.bytes_done > 0 => {
            ui.label(format::bytes(download.bytes_done));
        }
        None => {}
    }
}

fn status_cell(ui: &mut egui::Ui, download: &Download) {
    let mut label = describe::status(&download.status);
    if download.status.is_running() || matches!(download.status, Status::Queued) {
        // Why it is slower than it could be: a server limit, or the user's own.
        if let Some(note) = download.note {
            label.push_str(&format!(" ({})", describe::speed_note(note)));
        }
        if let Some(limit) = download.speed_limit {
            label.push_str(&format!(" · limited to {}", format::speed(limit)));
        }
    }
    let visuals = ui.visuals();
    let text = match &download.status {
        Status::Failed { .. } => RichText::new(&label).color(visuals.error_fg_color),
        Status::Finished => RichText::new(&label).color(egui::Color32::from_rgb(80, 170, 100)),
        Status::Paused { reason: Some(_) } => RichText::new(&label).color(visuals.warn_fg_color),
        Status::Paused { .. } | Status::Cancelled | Status::Queued => RichText::new(&label).weak(),
        _ => RichText::new(&label),
    };
    ui.add(egui::Label::new(text).truncate().selectable(false))
        .on_hover_text(label);
}

fn context_menu_ui(
    ui: &mut egui::Ui,
    download: &Download,
    selection: &mut Selection,
    commands: &mut Vec<Command>,
) {
    selection.focus(download.id);
    let targets = selection.ids();
    if targets.len() > 1 {
        ui.label(RichText::new(format!("{} downloads", targets.len())).weak());
        ui.separator();
    }
    for &action in actions_for(&download.status) {
        let single = matches!(action, RowAction::Open | RowAction::ShowInFolder);
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
    if ui.button("Speed limit…").clicked() {
        commands.push(Command::OpenLimitDialog(targets.clone()));
        ui.close();
    }
    if ui.button("Copy link").clicked() {
        commands.push(Command::CopyLinks(targets.clone()));
        ui.close();
    }
}
