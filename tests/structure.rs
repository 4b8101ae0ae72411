//! The shape of the code, checked: no file of the crate is in an import circle, no engine file
//! imports a GUI toolkit, and the subsystems depend on each other only in the order the maps
//! in `src/lib.rs` and `src/engine/mod.rs` draw.
//!
//! Imports are read from the source text: `use` trees and paths starting with `crate`,
//! `super` or `self` (and a module's own children), resolved to the file that defines them.
//! Test modules (`#[cfg(test)]` onwards, and `tests.rs` files) are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A module as the path of segments below `src` (`["engine", "state", "table"]`).
type Module = Vec<String>;

/// The subsystems from the bottom up: each may import only those before it (and itself).
const LAYERS: &[&[&str]] = &[
    &["stream_problem"],
    &[
        "clock",
        "limits",
        "signal",
        "redact",
        "from_browser",
        "error",
        "notice",
        "rate",
    ],
    &["timetable"],
    &["net"],
    &["checksum"],
    &["reason"],
    &["details"],
    &["files"],
    &["state"],
    &["resources"],
    &["worker"],
    &["kinds"],
    &["queue"],
];

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every file of the crate by module path (`mod.rs` is its folder's module), but the crate
/// roots (`lib.rs` only declares the modules; `main.rs` is a crate of its own).
fn modules() -> BTreeMap<Module, PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs")
                && path.file_name().is_some_and(|n| n != "tests.rs")
            {
                found.push(path);
            }
        }
    }
    let root = src_dir();
    let mut files = Vec::new();
    walk(&root, &mut files);
    files
        .into_iter()
        .filter_map(|path| {
            let rel = path.strip_prefix(&root).expect("below src");
            let mut module: Module = rel
                .with_extension("")
                .iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect();
            if module.last().is_some_and(|last| last == "mod") {
                module.pop();
            }
            let root_file = module == ["lib"] || module == ["main"];
            (!root_file).then_some((module, path))
        })
        .collect()
}

/// The engine's files, by module path below `src/engine`.
fn engine_modules() -> BTreeMap<Module, PathBuf> {
    modules()
        .into_iter()
        .filter(|(module, _)| module.first().is_some_and(|first| first == "engine"))
        .map(|(module, path)| (module[1..].to_vec(), path))
        .collect()
}

/// The source without comments and without its test module.
fn code_of(path: &Path) -> String {
    let text = fs::read_to_string(path).expect("read source");
    let text = match text.find("#[cfg(test)]") {
        Some(at) => &text[..at],
        None => &text,
    };
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Expands a `use` tree (`a::{b, c::{d, e}}`) into its paths.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find("::{") else {
        return vec![tree.to_owned()];
    };
    let prefix = &tree[..open];
    let inner = tree[open + 3..].trim_end().trim_end_matches('}');
    let mut items = Vec::new();
    let (mut depth, mut current) = (0, String::new());
    for ch in inner.chars() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if ch == ',' && depth == 0 {
            items.push(std::mem::take(&mut current));
        } else {
            current.push(ch);
        }
    }
    items.push(current);
    items
        .iter()
        .map(|item| item.trim())
        .filter(|item| !item.is_empty())
        .flat_map(|item| {
            expand(item).into_iter().map(move |path| {
                if path == "self" {
                    prefix.to_owned()
                } else {
                    format!("{prefix}::{path}")
                }
            })
        })
        .collect()
}

/// The paths a file names that may lead to another file of the crate.
fn named_paths(code: &str) -> Vec<String> {
    let children: BTreeSet<String> = code
        .split(';')
        .filter_map(|statement| {
            let words: Vec<&str> = statement.split_whitespace().collect();
            let at = words.iter().position(|w| *w == "mod")?;
            (at + 2 == words.len()).then(|| words[at + 1].to_owned())
        })
        .collect();
    let mut paths = Vec::new();
    for statement in code.split(';') {
        let Some(at) = statement.rfind("use ") else {
            continue;
        };
        let before = statement[..at].trim_end();
        let starts_a_use = before.is_empty()
            || ["}", "{", "pub", ")", "]"]
                .iter()
                .any(|end| before.ends_with(end));
        let word_start = at == 0 || statement[..at].ends_with(char::is_whitespace);
        if starts_a_use && word_start {
            paths.extend(expand(&statement[at + 4..]));
        }
    }
    // Paths used in place, outside `use`.
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        let starts = ["crate::", "super::", "self::"]
            .iter()
            .find(|start| rest.starts_with(**start));
        let boundary = i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b':');
        if let (Some(_), true) = (starts, boundary) {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            // `super::{a, b}` names a and b (the use tree above reads them), not `super`.
            if !rest[end..].starts_with('{') {
                paths.push(rest[..end].trim_end_matches(':').to_owned());
            }
            i += end.max(1);
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    for child in &children {
        let needle = format!("{child}::");
        let mut from = 0;
        while let Some(at) = code[from..].find(&needle) {
            let at = from + at;
            let boundary = at == 0
                || !(bytes[at - 1].is_ascii_alphanumeric()
                    || bytes[at - 1] == b'_'
                    || bytes[at - 1] == b':');
            if boundary {
                let rest = &code[at..];
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(rest.len());
                paths.push(format!("self::{}", rest[..end].trim_end_matches(':')));
            }
            from = at + needle.len();
        }
    }
    paths
}

/// The file a path leads to, seen from `module` (`is_folder`: it is a `mod.rs`).
fn resolve(
    path: &str,
    module: &Module,
    is_folder: bool,
    known: &BTreeMap<Module, PathBuf>,
) -> Option<Module> {
    let segments: Vec<&str> = path
        .split("::")
        .map(|s| s.split(" as ").next().unwrap_or(s).trim())
        .collect();
    let mut target: Module = match segments[0] {
        "crate" => Vec::new(),
        "self" => module.clone(),
        "super" => {
            let mut up = module.clone();
            up.pop();
            up
        }
        _ => return None,
    };
    let mut rest = segments[1..].iter().peekable();
    while rest.peek() == Some(&&"super") {
        target.pop();
        rest.next();
    }
    let _ = is_folder;
    target.extend(rest.map(|s| (*s).to_owned()));
    // The longest prefix that is a file.
    while !target.is_empty() && !known.contains_key(&target) {
        target.pop();
    }
    (!target.is_empty()).then_some(target)
}

/// Who imports whom, between the crate's files.
fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let known = modules();
    let mut edges = BTreeMap::new();
    for (module, path) in &known {
        let is_folder = path.ends_with("mod.rs");
        let code = code_of(path);
        let targets: BTreeSet<Module> = named_paths(&code)
            .iter()
            .filter_map(|p| resolve(p, module, is_folder, &known))
            .filter(|target| target != module)
            .collect();
        edges.insert(module.clone(), targets);
    }
    edges
}

fn name(module: &Module) -> String {
    module.join("/")
}

/// Who imports whom between the engine's files, by module path below `src/engine`.
fn engine_graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let below = |module: &Module| {
        (module.first().is_some_and(|first| first == "engine")).then(|| module[1..].to_vec())
    };
    graph()
        .iter()
        .filter_map(|(module, targets)| {
            Some((below(module)?, targets.iter().filter_map(below).collect()))
        })
        .collect()
}

/// A circle through `start`, if there is one.
fn circle_from(start: &Module, edges: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<String>> {
    let mut stack = vec![(start.clone(), vec![name(start)])];
    let mut seen = BTreeSet::new();
    while let Some((at, trail)) = stack.pop() {
        for next in edges.get(&at).into_iter().flatten() {
            if next == start {
                let mut trail = trail.clone();
                trail.push(name(start));
                return Some(trail);
            }
            if seen.insert(next.clone()) {
                let mut trail = trail.clone();
                trail.push(name(next));
                stack.push((next.clone(), trail));
            }
        }
    }
    None
}

#[test]
fn no_file_of_the_crate_is_in_an_import_circle() {
    let edges = graph();
    assert!(edges.len() > 150, "found {} files", edges.len());
    let circles: Vec<String> = edges
        .keys()
        .filter_map(|module| circle_from(module, &edges))
        .map(|trail| trail.join(" -> "))
        .collect();
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

#[test]
fn subsystems_import_only_those_below_them() {
    let layer_of = |module: &Module| -> Option<usize> {
        let top = module.first()?;
        LAYERS
            .iter()
            .position(|layer| layer.contains(&top.as_str()))
    };
    let mut wrong = Vec::new();
    for (module, targets) in engine_graph() {
        let Some(from) = layer_of(&module) else {
            assert!(
                module.is_empty(),
                "engine/{} is in no layer of the map",
                name(&module)
            );
            continue;
        };
        for target in targets {
            let Some(to) = layer_of(&target) else {
                continue;
            };
            let same = module.first() == target.first();
            if to > from || (to == from && !same) {
                wrong.push(format!(
                    "engine/{} -> engine/{}",
                    name(&module),
                    name(&target)
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the map:\n{}",
        wrong.join("\n")
    );
}

/// The kinds of download below the driver table: only the table (`engine/kinds`) may reach
/// them, so the queue, the scheduler and undo drive every kind the same way.
const KIND_MODULES: &[&str] = &["worker"];

#[test]
fn only_the_kinds_table_reaches_a_kind() {
    let mut wrong = Vec::new();
    for (module, targets) in engine_graph() {
        let top = module.first().map(String::as_str);
        for target in targets {
            let reaches = target
                .first()
                .is_some_and(|kind| KIND_MODULES.contains(&kind.as_str()));
            let allowed = top == Some("kinds") || top == target.first().map(String::as_str);
            if reaches && !allowed {
                wrong.push(format!(
                    "engine/{} -> engine/{}",
                    name(&module),
                    name(&target)
                ));
            }
        }
    }
    // Outside the engine, nothing names a kind's module at all.
    for (module, targets) in graph() {
        if module.first().is_some_and(|top| top == "engine") {
            continue;
        }
        for target in targets {
            if target.first().is_some_and(|top| top == "engine")
                && target
                    .get(1)
                    .is_some_and(|kind| KIND_MODULES.contains(&kind.as_str()))
            {
                wrong.push(format!("{} -> {}", name(&module), name(&target)));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "a kind reached around the driver table:\n{}",
        wrong.join("\n")
    );
}

/// The crate's top-level modules from the bottom up: each may use only those in rows before
/// its own (the map in `src/lib.rs`).
const CRATE_LAYERS: &[&[&str]] = &[
    &["engine"],
    &["i18n"],
    &["format", "paths"],
    &["describe", "config", "links", "instance"],
    &["browser", "rpc"],
    &["cli", "app"],
];

/// The crate's top-level modules each file of `src` names, by module.
fn crate_graph() -> BTreeMap<String, BTreeSet<String>> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in files {
        let rel = path.strip_prefix(&root).expect("below src");
        let Some(first) = rel.iter().next() else {
            continue;
        };
        let module = first.to_string_lossy().trim_end_matches(".rs").to_owned();
        let code = code_of(&path);
        let mut named = BTreeSet::new();
        for (at, _) in code.match_indices("crate::") {
            let rest = &code[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                for item in group[..end].split(',') {
                    named.insert(item.trim().split("::").next().unwrap_or("").to_owned());
                }
            } else {
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                named.insert(rest[..end].to_owned());
            }
        }
        named.retain(|name| !name.is_empty() && *name != module);
        edges.entry(module).or_default().extend(named);
    }
    edges
}

#[test]
fn crate_modules_only_use_those_below_them_on_the_map() {
    let row_of = |module: &str| CRATE_LAYERS.iter().position(|row| row.contains(&module));
    let graph = crate_graph();
    assert!(graph.contains_key("app") && graph.contains_key("engine"));
    let mut wrong = Vec::new();
    for (module, named) in &graph {
        if module == "main" || module == "lib" {
            continue;
        }
        let from = row_of(module).unwrap_or_else(|| panic!("{module} is not on the map"));
        for target in named {
            let to = row_of(target).unwrap_or_else(|| panic!("{target} is not on the map"));
            if to >= from {
                wrong.push(format!("{module} -> {target}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "uses against the map:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_engine_never_imports_a_gui_toolkit() {
    let engine = engine_modules();
    assert!(engine.len() > 40, "found {} engine files", engine.len());
    for path in engine.values() {
        let code = code_of(path);
        for toolkit in ["egui", "eframe", "rfd"] {
            assert!(
                !code.contains(&format!("{toolkit}::")),
                "{} names {toolkit}",
                path.display()
            );
        }
    }
}

#[test]
fn the_checker_sees_a_circle_when_there_is_one() {
    let a: Module = vec!["a".into()];
    let b: Module = vec!["b".into()];
    let mut edges = BTreeMap::new();
    edges.insert(a.clone(), BTreeSet::from([b.clone()]));
    edges.insert(b.clone(), BTreeSet::from([a.clone()]));
    assert_eq!(
        circle_from(&a, &edges),
        Some(vec!["a".to_owned(), "b".to_owned(), "a".to_owned()])
    );
    let known: BTreeMap<Module, PathBuf> = [
        (vec!["state".to_owned()], PathBuf::new()),
        (vec!["state".to_owned(), "table".to_owned()], PathBuf::new()),
    ]
    .into_iter()
    .collect();
    let from: Module = vec!["state".into(), "reporter".into()];
    assert_eq!(
        resolve("super::table::State", &from, false, &known),
        Some(vec!["state".to_owned(), "table".to_owned()])
    );
    assert_eq!(
        expand("crate::engine::{files::{naming, control::PartPaths}, clock}"),
        [
            "crate::engine::files::naming",
            "crate::engine::files::control::PartPaths",
            "crate::engine::clock"
        ]
    );
}
