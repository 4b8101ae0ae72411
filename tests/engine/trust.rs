//! A certificate authorities file the settings name that cannot be used is said, not only
//! logged: at start and when the settings name another one.

use super::fast_config;
use haul::engine::{Engine, Notice};

fn ca_notices(engine: &Engine) -> Vec<(std::path::PathBuf, String)> {
    engine
        .take_notices()
        .into_iter()
        .filter_map(|notice| match notice {
            Notice::CaFileNotUsed { path, detail } => Some((path, detail)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_ca_file_that_cannot_be_used_is_said_at_start_and_on_a_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("corporate-ca.pem");
    let mut config = fast_config();
    config.network.tls.ca_file = Some(missing.clone());
    let engine = Engine::start(config.clone()).expect("engine");
    let said = ca_notices(&engine);
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].0, missing);
    assert!(!said[0].1.is_empty(), "the system's words: {said:?}");
    let words = haul::describe::notice(&Notice::CaFileNotUsed {
        path: said[0].0.clone(),
        detail: said[0].1.clone(),
    });
    assert!(words.contains("corporate-ca.pem"), "{words}");

    let not_pem = dir.path().join("notes.txt");
    std::fs::write(&not_pem, "not a certificate\n").expect("write");
    config.network.tls.ca_file = Some(not_pem.clone());
    engine.apply_config(&config).expect("applied");
    let said = ca_notices(&engine);
    assert_eq!(said, vec![(not_pem.clone(), String::new())]);
    let words = haul::describe::notice(&Notice::CaFileNotUsed {
        path: not_pem,
        detail: String::new(),
    });
    assert!(words.contains("no PEM certificate"), "{words}");

    // The same settings again say nothing new.
    engine.apply_config(&config).expect("applied");
    assert!(ca_notices(&engine).is_empty());
}
