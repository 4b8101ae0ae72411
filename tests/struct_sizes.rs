//! No struct of `src/` holds more than 16 fields, except plain data (settings, a row, a wire
//! format): a struct that big is several things in one, and its parts want owners of their
//! own. A struct still waiting to be split would be named in `WAITING`; the test fails once it
//! is small, so the list only shrinks (issue 33 emptied it).

use std::fs;
use std::path::{Path, PathBuf};

/// Fields a struct may hold.
const MOST_FIELDS: usize = 16;

/// Plain data, as big as what it describes.
/// (`GetArgs` is the command line's options, one field per option, as `Settings` is the
/// settings file's.)
const PLAIN_DATA: &[&str] = &["Settings", "Download", "SavedDownload", "GetArgs"];

/// Not split yet.
const WAITING: &[&str] = &[];

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Each struct with named fields in `code` (test modules left out): its name and how many
/// fields it has.
fn structs(code: &str) -> Vec<(String, usize)> {
    let code = code.split("#[cfg(test)]").next().unwrap_or(code);
    let mut found = Vec::new();
    let lines: Vec<&str> = code.lines().collect();
    for (at, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let declared = trimmed
            .strip_prefix("pub(crate) struct ")
            .or_else(|| trimmed.strip_prefix("pub(super) struct "))
            .or_else(|| trimmed.strip_prefix("pub struct "))
            .or_else(|| trimmed.strip_prefix("struct "));
        let Some(rest) = declared else { continue };
        if !line.starts_with(trimmed) || !rest.trim_end().ends_with('{') {
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let fields = lines[at + 1..]
            .iter()
            .take_while(|line| !line.starts_with('}'))
            .filter(|line| {
                let field = line
                    .strip_prefix("    ")
                    .filter(|l| !l.starts_with(' ') && !l.starts_with("//") && !l.starts_with('#'));
                field.is_some_and(|field| {
                    let field = field
                        .trim_start_matches("pub(crate) ")
                        .trim_start_matches("pub(super) ")
                        .trim_start_matches("pub ");
                    field.split_once(':').is_some_and(|(name, _)| {
                        name.chars().all(|c| c.is_alphanumeric() || c == '_')
                    })
                })
            })
            .count();
        found.push((name, fields));
    }
    found
}

#[test]
fn no_struct_holds_more_than_sixteen_fields_but_plain_data() {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut too_big = Vec::new();
    let mut seen = 0;
    for path in files {
        let code = fs::read_to_string(&path).expect("read source");
        for (name, fields) in structs(&code) {
            seen += 1;
            if fields > MOST_FIELDS && !PLAIN_DATA.contains(&name.as_str()) {
                too_big.push(name);
            }
        }
    }
    assert!(seen > 100, "found {seen} structs");
    too_big.sort();
    let mut waiting: Vec<String> = WAITING.iter().map(|name| (*name).to_owned()).collect();
    waiting.sort();
    assert_eq!(
        too_big, waiting,
        "structs over {MOST_FIELDS} fields (the waiting list must match: split the new one, or \
         take a split one off the list)"
    );
}

#[test]
fn the_counter_counts_fields_not_their_comments() {
    let code = "/// A thing.\npub(crate) struct Thing {\n    /// a: one.\n    pub a: u8,\n    #[allow(dead_code)]\n    b: Vec<\n        u8,\n    >,\n    c: Option<(u8, u8)>,\n}\nstruct Unit;\n";
    assert_eq!(structs(code), vec![("Thing".to_owned(), 3)]);
}
