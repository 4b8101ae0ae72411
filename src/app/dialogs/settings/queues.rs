//! The settings' Queues page: each queue's number of downloads at once, speed limit,
//! schedule (start at, stop at, days, once or every week) and what happens when it is done;
//! queues added and removed; and what happens when everything is done.

use crate::i18n::t;
use eframe::egui;

use crate::config::{DAY_NAMES, QueueSettings, RepeatSetting, Settings, WhenDone};
use crate::engine::MAIN;
use crate::engine::limits::JOBS;
use crate::engine::timetable::TimeOfDay;

/// The queues as the page edits them: Main first (its number at once is the top-level one).
pub(super) fn rows(settings: &Settings) -> Vec<QueueSettings> {
    let mut rows = vec![
        settings
            .queues
            .iter()
            .find(|q| q.name.trim() == MAIN)
            .cloned()
            .unwrap_or_else(|| QueueSettings::named(MAIN)),
    ];
    rows.extend(
        settings
            .queues
            .iter()
            .filter(|q| q.name.trim() != MAIN && !q.name.trim().is_empty())
            .cloned(),
    );
    rows
}

/// What to save: Main only when it says something of its own (its number at once is always
/// the top-level `main_jobs`, as the page shows it); one-time schedules changed now count from
/// now.
pub(super) fn saved(
    rows: &[QueueSettings],
    before: &[QueueSettings],
    main_jobs: usize,
) -> Vec<QueueSettings> {
    let now = crate::engine::clock::unix_now();
    rows.iter()
        .filter(|q| {
            let plain = QueueSettings::named(MAIN);
            q.name.trim() != MAIN
                || q.speed_limit != plain.speed_limit
                || q.start_at != plain.start_at
                || q.when_done != plain.when_done
        })
        .map(|q| {
            let mut q = q.clone();
            q.name = q.name.trim().to_owned();
            if q.name == MAIN {
                q.jobs = main_jobs;
            }
            let old = before.iter().find(|b| b.name.trim() == q.name);
            let same_plan = old.is_some_and(|b| {
                (&b.start_at, &b.stop_at, &b.days, b.repeat)
                    == (&q.start_at, &q.stop_at, &q.days, q.repeat)
            });
            if q.repeat == RepeatSetting::Once && (!same_plan || q.set_unix == 0) {
                q.set_unix = now;
            }
            q
        })
        .collect()
}

/// Words for a when-done choice.
pub(super) fn when_done_words(choice: WhenDone) -> String {
    match choice {
        WhenDone::Nothing => t!("when-done-nothing"),
        WhenDone::Quit => t!("when-done-quit"),
        WhenDone::Suspend => t!("when-done-suspend"),
        WhenDone::Hibernate => t!("when-done-hibernate"),
        WhenDone::PowerOff => t!("when-done-power-off"),
        WhenDone::Command => t!("when-done-command"),
    }
}

/// A choice of what happens when something is done, with its command.
pub(super) fn when_done_row(
    ui: &mut egui::Ui,
    id: &str,
    label: &str,
    choice: &mut WhenDone,
    command: &mut String,
) {
    ui.horizontal(|ui| {
        let text = ui.label(label);
        egui::ComboBox::from_id_salt(id)
            .selected_text(when_done_words(*choice))
            .show_ui(ui, |ui| {
                for option in WhenDone::ALL {
                    ui.selectable_value(choice, option, when_done_words(option));
                }
            })
            .response
            .labelled_by(text.id);
        if *choice == WhenDone::Command {
            // The rest of the row: a command line is rarely short.
            ui.add(
                egui::TextEdit::singleline(command)
                    .hint_text(t!("when-done-command-hint"))
                    .desired_width(ui.available_width().max(180.0)),
            )
            .labelled_by(text.id);
        }
    });
}

/// The page: a block per queue, a button for a new one, and what happens after all.
pub(super) fn page(ui: &mut egui::Ui, queues: &mut Vec<QueueSettings>, draft: &mut Settings) {
    ui.label(t!("queues-intro"));
    ui.add_space(6.0);
    let mut remove = None;
    for (index, queue) in queues.iter_mut().enumerate() {
        let main = index == 0;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            if queue_block(ui, index, queue, main, &mut draft.jobs) {
                remove = Some(index);
            }
        });
        ui.add_space(4.0);
    }
    if let Some(index) = remove {
        queues.remove(index);
    }
    if ui.button(format!("➕ {}", t!("queues-new"))).clicked() {
        let taken = |name: &str| queues.iter().any(|q| q.name.trim() == name);
        let name = (1..)
            .map(|n| match n {
                1 => t!("queues-new"),
                n => format!("{} {n}", t!("queues-new")),
            })
            .find(|name| !taken(name))
            .unwrap_or_default();
        queues.push(QueueSettings::named(&name));
    }
    ui.add_space(8.0);
    when_done_row(
        ui,
        "when-all-done",
        &t!("queues-when-all-done"),
        &mut draft.when_done,
        &mut draft.when_done_command,
    );
    ui.checkbox(&mut draft.keep_awake, t!("queues-keep-awake"));
}

/// One queue's settings; true when its Remove button was clicked.
fn queue_block(
    ui: &mut egui::Ui,
    index: usize,
    queue: &mut QueueSettings,
    main: bool,
    main_jobs: &mut usize,
) -> bool {
    let mut removed = false;
    ui.horizontal(|ui| {
        if main {
            ui.strong(crate::describe::shown_name(MAIN));
        } else {
            let label = ui.label(t!("column-name"));
            ui.add(egui::TextEdit::singleline(&mut queue.name).desired_width(120.0))
                .labelled_by(label.id);
        }
        let label = ui.label(t!("queues-at-once"));
        let jobs = if main { main_jobs } else { &mut queue.jobs };
        ui.add(egui::DragValue::new(jobs).range(JOBS.usize_range()))
            .labelled_by(label.id);
        let label = ui.label(t!("queues-limit"));
        ui.add(
            egui::TextEdit::singleline(&mut queue.speed_limit)
                .hint_text(t!("settings-no-limit"))
                .desired_width(60.0),
        )
        .labelled_by(label.id);
        if let Err(error) = crate::format::parse_limit(&queue.speed_limit) {
            ui.colored_label(ui.visuals().error_fg_color, error.to_string());
        }
        if !main
            && ui
                .small_button("🗑")
                .on_hover_text(t!("queues-remove"))
                .clicked()
        {
            removed = true;
        }
    });
    schedule_rows(ui, queue);
    if !main {
        proxy_row(ui, queue);
    }
    when_done_row(
        ui,
        &format!("when-done-{index}"),
        &t!("queues-when-done"),
        &mut queue.when_done,
        &mut queue.command,
    );
    removed
}

/// Start at / stop at, the days, once or every week.
fn schedule_rows(ui: &mut egui::Ui, queue: &mut QueueSettings) {
    let mut scheduled = !queue.start_at.trim().is_empty();
    // Main in the user's language, the user's own queues as written.
    let name = crate::describe::shown_name(queue.name.trim());
    if ui
        .checkbox(
            &mut scheduled,
            t!("queues-on-schedule", queue = name.as_str()),
        )
        .changed()
    {
        queue.start_at = if scheduled {
            "01:00".into()
        } else {
            String::new()
        };
    }
    if !scheduled {
        return;
    }
    ui.horizontal(|ui| {
        time_edit(ui, &t!("queues-starts-at"), &mut queue.start_at, &name);
        time_edit(ui, &t!("queues-stops-at"), &mut queue.stop_at, &name);
        ui.radio_value(
            &mut queue.repeat,
            RepeatSetting::Weekly,
            t!("queues-weekly"),
        );
        ui.radio_value(&mut queue.repeat, RepeatSetting::Once, t!("queues-once"));
    });
    ui.horizontal(|ui| {
        ui.label(t!("queues-on-days"));
        for (index, day) in DAY_NAMES.iter().enumerate() {
            let short = crate::format::weekday_name(index as u8);
            let mut on = queue
                .days
                .iter()
                .any(|d| d.trim().eq_ignore_ascii_case(day));
            let toggle = ui.toggle_value(&mut on, short);
            toggle.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, on, format!("{name} {day}"))
            });
            if toggle.changed() {
                queue.days.retain(|d| !d.trim().eq_ignore_ascii_case(day));
                if on {
                    queue.days.push((*day).to_owned());
                }
            }
        }
        if queue.days.is_empty() {
            ui.weak(t!("queues-every-day"));
        }
    });
}

fn time_edit(ui: &mut egui::Ui, text: &str, value: &mut String, queue: &str) {
    ui.label(text);
    let valid = value.trim().is_empty() || TimeOfDay::parse(value).is_some();
    // As wide as its hint or a time needs in the font in force, never cut to "HH…".
    let widest = ["HH:MM", "00:00"]
        .iter()
        .map(|sample| crate::app::widgets::text_width(ui, sample, egui::TextStyle::Body))
        .fold(0.0_f32, f32::max);
    let mut edit = egui::TextEdit::singleline(value)
        .hint_text("HH:MM")
        .desired_width(widest + 12.0);
    if !valid {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let response = ui.add(edit);
    let name = format!("{queue} {text}");
    response
        .widget_info(move || egui::WidgetInfo::labeled(egui::Role::TextInput, true, name.clone()));
}

/// A queue's own proxy: empty for the settings' proxy, "none", "system", or an address.
fn proxy_row(ui: &mut egui::Ui, queue: &mut QueueSettings) {
    ui.horizontal(|ui| {
        let label = ui.label(t!("queues-proxy"));
        ui.add(
            egui::TextEdit::singleline(&mut queue.proxy)
                .hint_text(t!("queues-proxy-hint"))
                .desired_width(260.0),
        )
        .labelled_by(label.id);
        if let Some(crate::engine::net::proxy::ProxyChoice::Broken(problem)) = queue.own_proxy() {
            let reason = crate::engine::Reason::Proxy {
                proxy: String::new(),
                problem,
            };
            ui.colored_label(
                ui.visuals().error_fg_color,
                crate::describe::describe_reason(&reason),
            );
        }
    });
}
