//! The settings' Categories page: every category with its file types, hosts and folder, the
//! user's own ones added or removed here. Built-in categories keep their name; changing one
//! saves only what differs from Haul's own rule (so later versions' new extensions still
//! arrive for what the user did not touch).

use crate::i18n::t;
use std::path::PathBuf;

use eframe::egui;

use crate::app::command::Command;
use crate::app::command::FolderFor;
use crate::engine::files::categories::{Category, OTHER, builtin};

/// One category as the page edits it.
#[derive(Clone, Debug)]
pub(super) struct CategoryRow {
    name: String,
    extensions: String,
    hosts: String,
    folder: String,
    /// Haul's own rule, for a built-in category.
    shipped: Option<Category>,
    /// What the user's `[[categories]]` entry had (types and link pieces are kept as written).
    own: Category,
}

impl CategoryRow {
    fn is_other(&self) -> bool {
        self.shipped.is_none() && self.name == OTHER && self.own.name == OTHER
    }

    /// The `[[categories]]` entry to save, if this row says anything of its own.
    fn saved(&self) -> Option<Category> {
        let extensions = words(&self.extensions);
        let hosts = words(&self.hosts);
        let folder = PathBuf::from(self.folder.trim());
        let name = self.name.trim().to_owned();
        if self.is_other() {
            return (!folder.as_os_str().is_empty()).then(|| Category {
                name,
                folder,
                ..Category::default()
            });
        }
        let extensions = match &self.shipped {
            Some(shipped) if same_words(&extensions, &shipped.extensions) => Vec::new(),
            _ => extensions,
        };
        let entry = Category {
            name,
            extensions,
            hosts,
            folder,
            ..self.own.clone()
        };
        let says_something = !(entry.extensions.is_empty()
            && entry.hosts.is_empty()
            && entry.types.is_empty()
            && entry.links.is_empty()
            && entry.folder.as_os_str().is_empty());
        let named = !entry.name.is_empty();
        (named && (self.shipped.is_none() || says_something)).then_some(entry)
    }
}

/// The rows for `own` categories: the user's new ones first (they are tried first), then the
/// built-in ones with the user's changes, then "Other".
pub(super) fn rows(own: &[Category]) -> Vec<CategoryRow> {
    let find = |name: &str| {
        own.iter()
            .find(|c| c.name.trim().eq_ignore_ascii_case(name))
            .cloned()
    };
    let shipped = builtin();
    let mut rows: Vec<CategoryRow> = own
        .iter()
        .filter(|c| {
            let name = c.name.trim();
            !name.eq_ignore_ascii_case(OTHER)
                && !shipped.iter().any(|b| b.name.eq_ignore_ascii_case(name))
        })
        .map(|c| row(c.name.trim(), c, c, None))
        .collect();
    for known in &shipped {
        let mine = find(&known.name).unwrap_or_default();
        let extensions = if mine.extensions.is_empty() {
            &known.extensions
        } else {
            &mine.extensions
        };
        let shown = Category {
            extensions: extensions.clone(),
            ..mine.clone()
        };
        rows.push(row(&known.name, &shown, &mine, Some(known.clone())));
    }
    let other = find(OTHER).unwrap_or_default();
    let mut last = row(OTHER, &other, &other, None);
    last.own.name = OTHER.to_owned();
    rows.push(last);
    rows
}

fn row(name: &str, shown: &Category, own: &Category, shipped: Option<Category>) -> CategoryRow {
    CategoryRow {
        name: name.to_owned(),
        extensions: shown.extensions.join(", "),
        hosts: shown.hosts.join(", "),
        folder: shown.folder.display().to_string(),
        shipped,
        own: own.clone(),
    }
}

/// The entries to save for `rows`.
pub(super) fn saved(rows: &[CategoryRow]) -> Vec<Category> {
    rows.iter().filter_map(CategoryRow::saved).collect()
}

/// A list typed as "mkv, .mp4 webm": its words, without dots.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .map(|word| word.trim().trim_start_matches('.').to_owned())
        .filter(|word| !word.is_empty())
        .collect()
}

fn same_words(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.eq_ignore_ascii_case(y))
}

/// Sets the folder of category `index` (after the folder dialog).
pub(super) fn set_folder(categories: &mut [CategoryRow], index: usize, dir: &std::path::Path) {
    if let Some(row) = categories.get_mut(index) {
        row.folder = dir.display().to_string();
    }
}

/// The page: a row per category, and a button for a new one.
pub(super) fn page(
    ui: &mut egui::Ui,
    categories: &mut Vec<CategoryRow>,
    dir: &str,
    commands: &mut Vec<Command>,
) {
    ui.label(t!("categories-intro"));
    ui.add_space(6.0);
    let download_dir = PathBuf::from(dir.trim());
    let mut remove = None;
    egui::Grid::new("categories-grid")
        .num_columns(5)
        .spacing([8.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for text in [
                t!("column-name"),
                t!("categories-file-types"),
                t!("categories-hosts"),
                t!("details-folder"),
                String::new(),
            ] {
                ui.strong(text);
            }
            ui.end_row();
            for (index, row) in categories.iter_mut().enumerate() {
                if category_row(ui, index, row, &download_dir, commands) {
                    remove = Some(index);
                }
            }
        });
    if let Some(index) = remove {
        categories.remove(index);
    }
    ui.add_space(6.0);
    if ui.button(format!("➕ {}", t!("categories-new"))).clicked() {
        let at = categories
            .iter()
            .position(|row| row.shipped.is_some())
            .unwrap_or(0);
        categories.insert(
            at,
            CategoryRow {
                name: t!("categories-new"),
                extensions: String::new(),
                hosts: String::new(),
                folder: String::new(),
                shipped: None,
                own: Category::default(),
            },
        );
    }
}

/// One category's cells; true when its Remove button was clicked.
fn category_row(
    ui: &mut egui::Ui,
    index: usize,
    row: &mut CategoryRow,
    download_dir: &std::path::Path,
    commands: &mut Vec<Command>,
) -> bool {
    let other = row.is_other();
    if row.shipped.is_some() || other {
        ui.label(crate::describe::shown_name(&row.name));
    } else {
        let edit = ui.add_sized([90.0, 20.0], egui::TextEdit::singleline(&mut row.name));
        named(
            &edit,
            egui::Role::TextInput,
            t!("categories-name-of", number = index + 1),
        );
    }
    let label = crate::describe::shown_name(&row.name);
    if other {
        ui.weak(t!("categories-other-rule"));
        ui.label("");
    } else {
        let types = ui.add_sized(
            [140.0, 20.0],
            egui::TextEdit::singleline(&mut row.extensions).hint_text("mkv, mp4"),
        );
        named(
            &types,
            egui::Role::TextInput,
            t!("categories-types-of", category = label.as_str()),
        );
        let hosts = ui.add_sized(
            [100.0, 20.0],
            egui::TextEdit::singleline(&mut row.hosts).hint_text(t!("categories-any-host")),
        );
        named(
            &hosts,
            egui::Role::TextInput,
            t!("categories-hosts-of", category = label.as_str()),
        );
    }
    let mut removed = false;
    ui.horizontal(|ui| {
        let folder = ui.add_sized(
            [120.0, 20.0],
            egui::TextEdit::singleline(&mut row.folder).hint_text(t!("categories-download-folder")),
        );
        named(
            &folder,
            egui::Role::TextInput,
            t!("categories-folder-of", category = label.as_str()),
        );
        let choose = ui
            .small_button("…")
            .on_hover_text(t!("categories-choose-folder"));
        named(
            &choose,
            egui::Role::Button,
            t!("categories-choose-folder-for", category = label.as_str()),
        );
        if choose.clicked() {
            let start = match row.folder.trim() {
                "" => download_dir.to_owned(),
                folder => download_dir.join(crate::paths::expand_home(folder.as_ref())),
            };
            commands.push(Command::PickFolder(FolderFor::Category(index), start));
        }
    });
    if row.shipped.is_none() && !other {
        let button = ui.small_button("🗑").on_hover_text(t!("categories-remove"));
        named(
            &button,
            egui::Role::Button,
            t!("categories-remove-named", category = label.as_str()),
        );
        removed = button.clicked();
    } else {
        ui.label("");
    }
    ui.end_row();
    removed
}

/// Gives a widget the name a screen reader (and a test) finds it by: the cells of a row have
/// no label beside them, only the column's heading.
fn named(response: &egui::Response, kind: egui::Role, name: String) {
    response.widget_info(move || egui::WidgetInfo::labeled(kind, true, name.clone()));
}
