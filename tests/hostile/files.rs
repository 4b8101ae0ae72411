//! Files Haul reads back, which anything may have written: the settings file, the saved list
//! and its secrets, and control files beside partial downloads.

use std::time::Duration;

use haul::config::Settings;
use haul::engine::files::control;
use haul::engine::queue::store::QueueStore;
use proptest::prelude::*;

use super::{config, tricky_text, within};

const TOML_PIECES: &[&str] = &[
    "download_dir = ",
    "connections_per_file = ",
    "connections_per_host = ",
    "speed_limit_kib = ",
    "max_attempts = ",
    "retry_delay_ms = ",
    "theme = ",
    "notifications = ",
    "[categories]",
    "[[categories]]",
    "\n",
    "\"",
    "'''",
    "=",
    "-1",
    "0",
    "99999999999999999999",
    "1e308",
    "nan",
    "true",
    "[",
    "]",
    "{",
    "}",
    "#",
    "\u{0}",
];

const JSON_PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"next_id\"",
    "\"downloads\"",
    "\"id\"",
    "\"url\"",
    "\"http://127.0.0.1/f.iso\"",
    "\"dir\"",
    "\"/tmp\"",
    "\"status\"",
    "\"Finished\"",
    "\"done\"",
    "\"total\"",
    "\"format\"",
    "\"file_name\"",
    "\"page_cache\"",
    "\"boot\"",
    "[0,10]",
    "[10,0]",
    "18446744073709551615",
    "-1",
    "1",
    "null",
    "\"",
];

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_settings_file_gives_settings_and_perhaps_a_sentence(text in tricky_text(TOML_PIECES, 40)) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("haul.toml");
        std::fs::write(&path, &text).expect("write");
        let (settings, message) = within(Duration::from_secs(1), "settings", || Settings::load(&path));
        // Whatever was read is held to the ranges the engine can work with.
        prop_assert_eq!(settings.clone().clamped(), settings);
        if let Some(message) = message {
            prop_assert!(!message.is_empty());
        }
    }

    #[test]
    fn any_saved_list_loads_or_is_moved_aside_with_a_sentence(text in tricky_text(JSON_PIECES, 80)) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = QueueStore::new(dir.path());
        std::fs::write(store.queue_path(), &text).expect("write");
        let loaded = within(Duration::from_secs(1), "saved list", || store.load());
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        let moved_aside = names.iter().any(|n| n.starts_with("queue.json.damaged-"));
        if moved_aside {
            prop_assert!(loaded.downloads.is_empty());
            prop_assert!(
                loaded.notices.iter().any(|n| matches!(
                    n,
                    haul::engine::Notice::SavedFileUnreadable { kept_as: Ok(_), .. }
                )),
                "{:?}",
                loaded.notices
            );
        }
        prop_assert!(
            loaded
                .notices
                .iter()
                .all(|n| haul::describe::notice(n).len() > 20)
        );
    }

    #[test]
    fn any_control_file_is_trusted_only_when_whole(text in tricky_text(JSON_PIECES, 60)) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("f.iso.part.haul");
        std::fs::write(&path, &text).expect("write");
        if let Some(record) = control::read(&path) {
            for [start, end] in record.usable_done() {
                // A range that runs backwards describes nothing; it must not panic either.
                let _ = end.saturating_sub(*start);
            }
        }
    }

    #[test]
    fn control_files_of_random_bytes_are_not_trusted(bytes in proptest::collection::vec(any::<u8>(), 1..512)) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("f.iso.part.haul");
        std::fs::write(&path, &bytes).expect("write");
        let _ = control::read(&path);
    }
}
