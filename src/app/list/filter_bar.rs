//! The bar above the list: state tabs and category tabs with their counts, the queue shown
//! (when there are several), and the filter box (Ctrl+F) that narrows the list to names and
//! links containing its text.

use crate::i18n::t;
use eframe::egui;

use crate::app::command::Command;
use crate::app::list::view::{ListView, Tab};
use crate::app::widgets::icon_button;

/// Draws the tabs and the filter box; `focus_filter` puts the cursor in the box.
pub fn filter_bar_ui(
    ui: &mut egui::Ui,
    view: &mut ListView,
    focus_filter: bool,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        for tab in Tab::ALL {
            let text = format!("{} {}", tab.label(), view.count(tab));
            let response = ui.selectable_label(view.tab == tab, text);
            if response.clicked() && view.tab != tab {
                commands.push(Command::ShowTab(tab));
            }
        }
        ui.separator();
        category_tabs(ui, view, commands);
        ui.separator();
        if view.queues.len() > 1 {
            queue_choice(ui, view, commands);
            ui.separator();
        }
        let label = ui.label(t!("filter-label"));
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut view.filter)
                    .hint_text(t!("filter-hint"))
                    .desired_width(180.0),
            )
            .labelled_by(label.id);
        if focus_filter {
            response.request_focus();
        }
        if response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            view.filter.clear();
            response.surrender_focus();
        }
        if !view.filter.is_empty() && icon_button(ui, "✖", &t!("filter-clear")).clicked() {
            view.filter.clear();
        }
    });
}

/// A tab for each category that holds downloads (and the one shown), after "Any kind".
fn category_tabs(ui: &mut egui::Ui, view: &ListView, commands: &mut Vec<Command>) {
    if ui
        .selectable_label(view.category.is_none(), t!("category-any"))
        .clicked()
        && view.category.is_some()
    {
        commands.push(Command::ShowCategory(None));
    }
    for name in &view.category_names {
        let count = view.category_count(name);
        let shown = view.category.as_deref() == Some(name.as_str());
        if count == 0 && !shown {
            continue;
        }
        if ui
            .selectable_label(
                shown,
                format!("{} {count}", crate::describe::shown_name(name)),
            )
            .clicked()
            && !shown
        {
            commands.push(Command::ShowCategory(Some(name.clone())));
        }
    }
}

/// A choice of queue to show, when there is more than Main.
fn queue_choice(ui: &mut egui::Ui, view: &ListView, commands: &mut Vec<Command>) {
    let label = ui.label(t!("add-queue"));
    let shown = view
        .queue
        .as_deref()
        .map_or_else(|| t!("queue-all"), crate::describe::shown_name);
    egui::ComboBox::from_id_salt("queue-shown")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(view.queue.is_none(), t!("queue-all"))
                .clicked()
            {
                commands.push(Command::ShowQueue(None));
            }
            for (name, count) in &view.queues {
                let chosen = view.queue.as_deref() == Some(name.as_str());
                if ui
                    .selectable_label(
                        chosen,
                        format!("{} {count}", crate::describe::shown_name(name)),
                    )
                    .clicked()
                {
                    commands.push(Command::ShowQueue(Some(name.clone())));
                }
            }
        })
        .response
        .labelled_by(label.id);
}
