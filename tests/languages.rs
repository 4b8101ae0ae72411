//! The window in other languages. Its own test binary: one language is in force per process,
//! and the other window tests read English.
//!
//! German and Chinese show in the toolbar, the list, the details and Settings; in every
//! language and the pseudo-language (accented, 40 % longer), at 640x480 and 1280x800, the
//! window, each Settings page and the Add dialog keep every button inside the window.

#[path = "support/mod.rs"]
mod support;

use std::sync::Arc;

use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use haul::app::{App, AppSetup, Desktop};
use haul::i18n::{self, Lang};
use haul::paths::Paths;
use support::fake_desktop::FakeDesktop;

fn window(home: &tempfile::TempDir, size: [f32; 2]) -> Harness<'static, App> {
    let setup = AppSetup::load(
        Paths::under(home.path()),
        Vec::new(),
        Arc::new(FakeDesktop::default()) as Arc<dyn Desktop>,
    );
    let mut harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| App::new(&cc.egui_ctx, setup));
    for _ in 0..4 {
        harness.step();
    }
    harness
}

fn open_settings(harness: &mut Harness<'static, App>) {
    harness.get_by_label(&i18n::tr("toolbar-settings")).click();
    for _ in 0..6 {
        harness.step();
    }
}

/// Every button lies inside the window (none pushed off its edge by a longer word).
fn buttons_inside(harness: &Harness<'static, App>, size: [f32; 2]) {
    buttons_within(harness, size, true);
}

/// Every button lies inside the window's width (and height, when `vertical`: a page that
/// scrolls may hold buttons below the fold).
fn buttons_within(harness: &Harness<'static, App>, size: [f32; 2], vertical: bool) {
    for button in harness.query_all_by_role(Role::Button) {
        let rect = button.rect();
        let across = rect.min.x >= -0.5 && rect.max.x <= size[0] + 0.5;
        let down = !vertical || (rect.min.y >= -0.5 && rect.max.y <= size[1] + 0.5);
        assert!(
            across && down,
            "{}: {:?} at {rect:?} leaves the {size:?} window",
            i18n::language().tag(),
            button.accesskit_node().label()
        );
    }
}

fn steps(harness: &mut Harness<'static, App>, count: usize) {
    for _ in 0..count {
        harness.step();
    }
}

/// The main window, every Settings page and the Add dialog keep their buttons inside a
/// window of `size` in the language in force.
fn everything_fits(home: &tempfile::TempDir, size: [f32; 2]) {
    let mut harness = window(home, size);
    buttons_inside(&harness, size);
    open_settings(&mut harness);
    for page in [
        "settings-general",
        "settings-categories",
        "settings-queues",
        "settings-speed-schedule",
        "settings-desktop",
        "settings-remote",
    ] {
        harness.get_by_label(&i18n::tr(page)).click();
        steps(&mut harness, 4);
        buttons_within(&harness, size, false);
    }
    harness.key_press(eframe::egui::Key::Escape);
    steps(&mut harness, 4);
    harness.get_by_label(&i18n::tr("toolbar-add")).click();
    steps(&mut harness, 6);
    harness.get_by_label(&i18n::tr("add-title"));
    buttons_inside(&harness, size);
}

#[test]
fn the_window_speaks_german_chinese_and_the_pseudo_language() {
    // One test, in order: the language is the process's.
    let home = tempfile::tempdir().expect("home");

    i18n::set_language(Lang::De);
    let mut german = window(&home, [1280.0, 800.0]);
    german.get_by_label("Hinzufügen");
    german.get_by_label("Alle anhalten");
    german.get_by_label("Noch keine Downloads");
    german.get_by_label("0 aktiv");
    german.get_by_label("0 wartend");
    let engine = german.state().engine().expect("engine").clone();
    let mut paused = haul::engine::AddRequest::new(
        url::Url::parse("http://127.0.0.1:9/bericht.pdf").expect("url"),
        home.path().join("out"),
    );
    paused.paused = true;
    engine.add(paused).expect("add");
    for _ in 0..20 {
        german.step();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    german.get_by_label("Angehalten");
    german.get_by_label("bericht.pdf").click();
    german.get_by_label("Details").click();
    steps(&mut german, 6);
    german.get_by_label("Ordner");
    german.get_by_label("Link");
    open_settings(&mut german);
    german.get_by_label("Allgemein");
    german.get_by_label("Speichern");
    // Cancel in Settings, and the paused row's Cancel button.
    assert_eq!(german.query_all_by_label("Abbrechen").count(), 2);
    // Main in German wherever it is named, its schedule's box too.
    german.get_by_label("Warteschlangen").click();
    steps(&mut german, 6);
    german.get_by_label("Haupt nach Zeitplan ausführen");
    drop(german);

    // The countdown when Main is done names it in German too.
    let server = support::server::TestServer::start();
    server.route(
        "/klein.bin",
        support::server::Route::file(support::data(2_000, 1)),
    );
    let done_home = tempfile::tempdir().expect("home");
    let config = Paths::under(done_home.path()).config_file();
    std::fs::create_dir_all(config.parent().expect("config folder")).expect("mkdir");
    std::fs::write(
        &config,
        "[[queues]]\nname = \"Main\"\nwhen_done = \"command\"\ncommand = \"true\"\n",
    )
    .expect("settings");
    let mut countdown = window(&done_home, [1280.0, 800.0]);
    let engine = countdown.state().engine().expect("engine").clone();
    engine
        .add(haul::engine::AddRequest::new(
            url::Url::parse(&server.url("/klein.bin")).expect("url"),
            done_home.path().join("out"),
        ))
        .expect("add");
    support::wait_until(
        std::time::Duration::from_secs(15),
        "the countdown in German",
        || {
            countdown.step();
            countdown
                .query_by_label("Alle Downloads in Haupt sind fertig.")
                .map(|_| ())
        },
    );
    drop(countdown);

    i18n::set_language(Lang::ZhCn);
    let home = tempfile::tempdir().expect("another home");
    let mut chinese = window(&home, [1280.0, 800.0]);
    chinese.get_by_label("添加");
    chinese.get_by_label("全部暂停");
    chinese.get_by_label("还没有下载");
    chinese.get_by_label("0 个进行中");
    open_settings(&mut chinese);
    chinese.get_by_label("常规");
    chinese.get_by_label("保存");
    chinese.get_by_label("队列").click();
    steps(&mut chinese, 6);
    chinese.get_by_label("按计划运行 主队列");
    drop(chinese);

    // Every language, and the pseudo-language's longer words, at 640x480 and 1280x800.
    for lang in Lang::ALL {
        i18n::set_language(lang);
        for size in [[640.0, 480.0], [1280.0, 800.0]] {
            everything_fits(&home, size);
        }
    }
    i18n::set_language(Lang::En);
}

/// The browser extension speaks the same languages: every `_locales` file has every message
/// of the English one, with the same placeholders, and the manifest's description is one.
#[test]
fn the_browser_extension_has_every_message_in_every_language() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/browser");
    let read = |path: &std::path::Path| -> serde_json::Value {
        let text = std::fs::read_to_string(path).expect("read");
        serde_json::from_str(&text).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
    };
    let shape = |messages: &serde_json::Value| -> Vec<(String, Vec<String>)> {
        let mut shape: Vec<(String, Vec<String>)> = messages
            .as_object()
            .expect("an object of messages")
            .iter()
            .map(|(id, message)| {
                let mut holders: Vec<String> = message
                    .get("placeholders")
                    .and_then(|p| p.as_object())
                    .map(|p| p.keys().cloned().collect())
                    .unwrap_or_default();
                holders.sort();
                (id.clone(), holders)
            })
            .collect();
        shape.sort();
        shape
    };
    let english = shape(&read(&root.join("_locales/en/messages.json")));
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Pseudo) {
        // The browser's names for locales use an underscore.
        let folder = lang.tag().replace('-', "_");
        let messages = read(&root.join("_locales").join(&folder).join("messages.json"));
        assert_eq!(shape(&messages), english, "{folder}");
    }
    let manifest = read(&root.join("manifest.json"));
    assert_eq!(manifest["default_locale"], "en");
    assert_eq!(manifest["description"], "__MSG_extDescription__");
}
