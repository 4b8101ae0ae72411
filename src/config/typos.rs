//! Keys in a settings file that are not settings, said with the setting most likely meant, so
//! a typo is caught rather than silently ignored.

/// Keys in the settings file that are not settings (a typo, or one from another program),
/// each with the settings it most likely meant.
pub(super) fn unknown_keys(text: &str, known: &[String]) -> Vec<String> {
    let Ok(written) = toml::from_str::<toml::Table>(text) else {
        return Vec::new();
    };
    written
        .keys()
        .filter(|key| !known.contains(key))
        .map(|key| {
            let near: Vec<String> = known
                .iter()
                .filter(|name| {
                    name.contains(key.as_str())
                        || key.contains(name.as_str())
                        || edit_distance(key, name) <= 2
                })
                .map(|name| format!("'{name}'"))
                .collect();
            if near.is_empty() {
                crate::i18n::t!("settings-unknown-key", key = key.as_str())
            } else {
                crate::i18n::t!(
                    "settings-unknown-key-near",
                    key = key.as_str(),
                    near = near.join(&format!(" {} ", crate::i18n::t!("word-or")))
                )
            }
        })
        .collect()
}

/// Letters to add, remove or change to turn `a` into `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let change = previous[j] + usize::from(ca != *cb);
            current.push(change.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_letters() {
        assert_eq!(edit_distance("jbos", "jobs"), 2);
        assert_eq!(edit_distance("jobs", "jobs"), 0);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("theme", "themes"), 1);
    }
}
