//! The bar above the list: state tabs and category tabs with their counts, the queue shown
//! (when there are several), and the filter box (Ctrl+F) that narrows the list to names and
//! links containing its text.

use crate::i18n::t;
use eframe::egui;

use crate::app::command::Command;
use crate::app::list::view::{ListView, Tab};
use crate::app::widgets::icon_button;

/// Draws the tabs and the filter box; `focus_filter` puts the cursor in the box. Each group
/// (the state tabs, the category tabs, the queue chooser with its label, the filter with its
/// label) stays on one line: a group that does not fit beside the one before starts a new line,
/// without a separator left at the end of the last.
pub fn filter_bar_ui(
    ui: &mut egui::Ui,
    view: &mut ListView,
    focus_filter: bool,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let tab_texts: Vec<String> = Tab::ALL
            .iter()
            .map(|tab| format!("{} {}", tab.label(), view.count(*tab)))
            .collect();
        group(ui, tabs_width(ui, &tab_texts), true);
        for (tab, text) in Tab::ALL.into_iter().zip(tab_texts) {
            let response = ui.selectable_label(view.tab == tab, text);
            if response.clicked() && view.tab != tab {
                commands.push(Command::ShowTab(tab));
            }
        }
        let category_texts = category_texts(view);
        group(
            ui,
            tabs_width(ui, category_texts.iter().map(|(text, _, _)| text)),
            false,
        );
        category_tabs(ui, &category_texts, commands);
        if view.queues.len() > 1 {
            let width = text_width(ui, &t!("add-queue"))
                + ui.spacing().item_spacing.x
                + ui.spacing().combo_width
                + ui.spacing().icon_width
                + ui.spacing().button_padding.x * 2.0;
            group(ui, width, false);
            queue_choice(ui, view, commands);
        }
        let filter_label = t!("filter-label");
        let width = text_width(ui, &filter_label)
            + ui.spacing().item_spacing.x
            + FILTER_WIDTH
            + ui.spacing().interact_size.y;
        group(ui, width, false);
        let label = ui.label(filter_label);
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut view.filter)
                    .hint_text(t!("filter-hint"))
                    .desired_width(FILTER_WIDTH),
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

/// The filter box's width.
const FILTER_WIDTH: f32 = 180.0;
/// Room a separator takes between two groups.
const SEPARATOR_ROOM: f32 = 12.0;

/// Before a group `width` wide: a separator when it fits beside what came before, else a new
/// line (the first group needs neither).
fn group(ui: &mut egui::Ui, width: f32, first: bool) {
    if first {
        return;
    }
    if width + SEPARATOR_ROOM <= ui.available_size_before_wrap().x {
        ui.separator();
    } else {
        ui.end_row();
    }
}

/// The width of text as a button or tab shows it.
fn text_width(ui: &egui::Ui, text: &str) -> f32 {
    crate::app::widgets::text_width(ui, text, egui::TextStyle::Button)
}

/// The width of a row of tabs with these texts.
fn tabs_width<'a>(ui: &egui::Ui, texts: impl IntoIterator<Item = &'a String>) -> f32 {
    let spacing = ui.spacing();
    let (padding, gap) = (spacing.button_padding.x * 2.0, spacing.item_spacing.x);
    texts
        .into_iter()
        .map(|text| text_width(ui, text) + padding + gap)
        .sum()
}

/// Each category tab's text, whether it is shown, and the category (`None`: any kind).
fn category_texts(view: &ListView) -> Vec<(String, bool, Option<String>)> {
    let mut texts = vec![(t!("category-any"), view.category.is_none(), None)];
    for name in &view.category_names {
        let count = view.category_count(name);
        let shown = view.category.as_deref() == Some(name.as_str());
        if count == 0 && !shown {
            continue;
        }
        texts.push((
            format!("{} {count}", crate::describe::shown_name(name)),
            shown,
            Some(name.clone()),
        ));
    }
    texts
}

/// A tab for each category that holds downloads (and the one shown), after "Any kind".
fn category_tabs(
    ui: &mut egui::Ui,
    texts: &[(String, bool, Option<String>)],
    commands: &mut Vec<Command>,
) {
    for (text, shown, category) in texts {
        if ui.selectable_label(*shown, text).clicked() && !*shown {
            commands.push(Command::ShowCategory(category.clone()));
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
