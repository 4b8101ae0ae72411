//! The settings window saves to haul.toml, applies to the running engine, and comes back.

use eframe::egui;
use egui_kittest::kittest::{NodeT, Queryable};
use haul::config::Settings;

use super::Window;
use super::support::data;
use super::support::server::{Route, TestServer};
use haul::engine::rate::Rate;

#[test]
fn settings_are_saved_applied_and_reloaded() {
    let mut window = Window::open();
    let chosen = window.home.path().join("elsewhere");
    *window.desktop.folder.lock().expect("lock") = Some(chosen.clone());
    window.harness.get_by_label("Settings").click();
    window.settle();
    window
        .harness
        .get_by_label("Simultaneous downloads")
        .set_value_accesskit(7.0);
    window.settle();
    window.harness.get_by_label("Choose…").click();
    window.step_until("the chosen folder", |w| {
        w.harness
            .query_all_by_value(&chosen.display().to_string())
            .next()
            .is_some()
    });
    window.harness.get_by_label("Save").click();
    window.settle();
    let config = window.paths().config_file();
    window.step_until("settings written", |_| Settings::load(&config).0.jobs == 7);
    assert_eq!(window.snapshot().jobs, 7, "applied to the running engine");
    let (saved, problem) = Settings::load(&config);
    assert_eq!(problem, None);
    assert_eq!(saved.download_dir, chosen);
    assert_eq!(saved.max_attempts, 3, "other settings kept");
    assert_eq!(window.harness.state().download_dir(), chosen);

    // A new window reads them back.
    let home = std::mem::replace(&mut window.home, tempfile::tempdir().expect("temp dir"));
    drop(window);
    let mut reopened = Window::open_in(home, Vec::new());
    reopened.settle();
    assert_eq!(reopened.snapshot().jobs, 7);
    reopened.harness.get_by_label("Settings").click();
    reopened.settle();
    assert!(
        reopened
            .harness
            .query_all_by_value(&chosen.display().to_string())
            .next()
            .is_some()
    );
}

#[test]
fn a_damaged_settings_file_is_reported_in_the_window() {
    let mut window = Window::open_with(Vec::new(), |home| {
        std::fs::write(home.join("config/haul.toml"), "jobs = [[[").expect("write");
    });
    window.settle();
    window
        .harness
        .get_by_label_contains("The settings file is invalid");
    window.harness.get_by_label("Dismiss").click();
    window.settle();
    assert!(
        window
            .harness
            .query_by_label_contains("The settings file is invalid")
            .is_none()
    );
}

#[test]
fn connections_and_the_overall_speed_limit_are_set_in_settings() {
    let mut window = Window::open();
    window.harness.get_by_label("Settings").click();
    window.settle();
    window
        .harness
        .get_by_label("Connections per file")
        .set_value_accesskit(8.0);
    window.harness.get_by_label("Overall speed limit").focus();
    window.harness.step();
    window
        .harness
        .get_by_label("Overall speed limit")
        .type_text("fast");
    window.settle();
    window
        .harness
        .get_by_label_contains("Speed limit: 'fast' is not a rate");
    window.harness.get_by_label("Overall speed limit").focus();
    for _ in 0..4 {
        window.harness.key_press(eframe::egui::Key::Backspace);
    }
    window
        .harness
        .get_by_label("Overall speed limit")
        .type_text("2M");
    window.settle();
    assert!(
        window
            .harness
            .query_by_label_contains("Speed limit: ")
            .is_none()
    );
    window.harness.get_by_label("Save").click();
    window.settle();
    window.wait_for_label("(limit 2.00 MiB/s)");
    let config = window.paths().config_file();
    window.step_until("settings written", |_| {
        Settings::load(&config).0.speed_limit == "2M"
    });
    assert_eq!(Settings::load(&config).0.connections_per_file, 8);
    // The running engine took them: a download now keeps to 2 MiB/s.
    let server = TestServer::start();
    server.route("/limited.bin", Route::file(data(4 * 1024 * 1024, 250)));
    let started = std::time::Instant::now();
    window
        .harness
        .event(eframe::egui::Event::Paste(server.url("/limited.bin")));
    window.wait_for_label("Add 1 download");
    window.harness.get_by_label("Add 1 download").click();
    window.wait_for_label("Finished");
    let secs = started.elapsed().as_secs_f64();
    assert!(secs >= 1.5, "4 MiB at 2 MiB/s took only {secs:.2} s");
}

#[test]
fn the_colours_follow_the_setting() {
    let mut window = Window::open();
    window.harness.get_by_label("Settings").click();
    window.settle();
    window.harness.get_by_label("Light").click();
    window.settle();
    window.harness.get_by_label("Save").click();
    window.settle();
    assert_eq!(window.harness.ctx.theme(), eframe::egui::Theme::Light);
    window.step_until("the setting saved", |w| {
        std::fs::read_to_string(w.paths().config_file())
            .is_ok_and(|text| text.contains("theme = \"light\""))
    });
}

#[test]
fn a_damaged_download_list_is_moved_aside_and_the_window_still_opens() {
    let mut window = Window::open_with(Vec::new(), |home| {
        std::fs::create_dir_all(home.join("data")).expect("mkdir");
        std::fs::write(
            home.join("data/queue.json"),
            b"{\"next_id\": 3, \"downloads\": [{\"id\"",
        )
        .expect("write");
    });
    window.settle();
    window
        .harness
        .get_by_label_contains("The saved download list could not be read");
    let names = super::support::file_names(&window.home.path().join("data"));
    assert!(
        names.iter().any(|n| n.starts_with("queue.json.damaged-")),
        "{names:?}"
    );
    // The window works: a link added now downloads.
    let server = super::support::server::TestServer::start();
    server.route(
        "/after.bin",
        super::support::server::Route::file(super::support::data(1000, 77)),
    );
    window
        .harness
        .event(eframe::egui::Event::Paste(server.url("/after.bin")));
    window.wait_for_label("Add 1 download");
    window.harness.get_by_label("Add 1 download").click();
    window.wait_for_label("Finished");
}

#[test]
fn category_folders_are_set_in_settings_and_take_the_files_of_their_kind() {
    let mut window = Window::open();
    let films = window.home.path().join("films");
    *window.desktop.folder.lock().expect("lock") = Some(films.clone());
    window.open_settings_page("Categories");
    // Chosen with the folder dialog, and typed.
    window
        .harness
        .get_by_label("Choose a folder for Videos")
        .click();
    window.step_until("the chosen folder", |w| {
        w.harness
            .query_all_by_value(&films.display().to_string())
            .next()
            .is_some()
    });
    window.harness.get_by_label("Folder of Music").click();
    window.settle();
    window
        .harness
        .get_by_label("Folder of Music")
        .type_text("Songs");
    // A new category of the user's own.
    window.harness.get_by_label("➕ New category").click();
    window.settle();
    let name = window.harness.get_by_label("Name of category 1");
    name.click();
    window.settle();
    window
        .harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    window
        .harness
        .get_by_label("Name of category 1")
        .type_text("Work");
    window.settle();
    window.harness.get_by_label("Hosts of Work").click();
    window.settle();
    window
        .harness
        .get_by_label("Hosts of Work")
        .type_text("intranet.example");
    window.settle();
    window.harness.get_by_label("Save").click();
    let config = window.paths().config_file();
    window.step_until("settings written", |_| {
        !Settings::load(&config).0.categories.is_empty()
    });
    let saved = Settings::load(&config).0.categories;
    let find = |name: &str| {
        saved
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("{name} in {saved:?}"))
    };
    assert_eq!(find("Videos").folder, films);
    assert!(
        find("Videos").extensions.is_empty(),
        "only what changed is saved"
    );
    assert_eq!(find("Music").folder, std::path::Path::new("Songs"));
    assert_eq!(find("Work").hosts, ["intranet.example"]);
    assert_eq!(saved.len(), 3, "{saved:?}");

    // Links opened with Haul go to the download folder: their categories choose.
    let server = TestServer::start();
    let film = data(3_000, 330);
    let song = data(3_000, 331);
    server.route("/film.mkv", Route::file(film.clone()));
    server.route("/song.flac", Route::file(song.clone()));
    let home = std::mem::replace(&mut window.home, tempfile::tempdir().expect("temp dir"));
    drop(window);
    let links = vec![server.url("/film.mkv"), server.url("/song.flac")];
    let mut reopened = Window::open_in(home, links);
    reopened.step_until("both finished", |w| w.snapshot().counts().finished == 2);
    let downloads = reopened.downloads();
    assert_eq!(
        std::fs::read(films.join("film.mkv")).expect("film in its folder"),
        film
    );
    assert_eq!(
        std::fs::read(downloads.join("Songs/song.flac")).expect("song in its folder"),
        song
    );
}

#[test]
fn queues_their_schedules_and_the_speed_grid_are_set_in_settings() {
    let mut window = Window::open();
    window.open_settings_page("Queues");
    window.harness.get_by_label("➕ New queue").click();
    window.settle();
    window
        .harness
        .get_by_label("Run New queue on a schedule")
        .click();
    window.settle();
    window.harness.get_by_label("New queue stops at").click();
    window.settle();
    window
        .harness
        .get_by_label("New queue stops at")
        .type_text("06:30");
    window.harness.get_by_label("New queue sat").click();
    window.harness.get_by_label("New queue sun").click();
    window.harness.get_by_label("once").click();
    window.settle();
    // The speed grid: Monday 02:00 limited, Monday 03:00 paused.
    window.harness.get_by_label("Speed schedule").click();
    window.settle();
    window.settle();
    window
        .harness
        .get_by_label("Follow a weekly speed schedule")
        .click();
    window.harness.get_by_label("Mon 2:00").click();
    window.settle();
    window.harness.get_by_label("Mon 3:00").click();
    window.settle();
    window.harness.get_by_label("Mon 3:00").click();
    window.settle();
    window.harness.get_by_label("Save").click();
    let config = window.paths().config_file();
    window.step_until("settings written", |_| {
        !Settings::load(&config).0.queues.is_empty()
    });
    let saved = Settings::load(&config).0;
    assert_eq!(saved.queues.len(), 1, "Main says nothing of its own");
    let queue = &saved.queues[0];
    assert_eq!(queue.name, "New queue");
    assert_eq!(
        (queue.start_at.as_str(), queue.stop_at.as_str()),
        ("01:00", "06:30")
    );
    assert_eq!(queue.days, ["sat", "sun"]);
    assert_eq!(queue.repeat, haul::config::RepeatSetting::Once);
    assert!(
        queue.set_unix > 0,
        "a one-time schedule counts from when it was set"
    );
    assert!(saved.speed_schedule.enabled);
    assert_eq!(&saved.speed_schedule.mon[..4], "FFLP");
    // The running engine has the queue, closed until Saturday.
    window.step_until("applied", |w| w.snapshot().queues.len() == 2);
    let snapshot = window.snapshot();
    assert_eq!(snapshot.queues[1].config.name, "New queue");
    assert!(snapshot.queues[1].config.schedule.is_some());
}

#[test]
fn start_with_the_desktop_writes_and_removes_the_autostart_entry() {
    let mut window = Window::open();
    let entry = haul::app::autostart_file(window.home.path());
    for on in [true, false] {
        window.open_settings_page("Desktop");
        window
            .harness
            .get_by_label("Start Haul with the desktop (hidden in the tray)")
            .click();
        window.settle();
        window.harness.get_by_label("Save").click();
        window.step_until("the entry written or removed", |w| {
            entry.exists() == on && w.harness.query_by_label("General").is_none()
        });
        if on {
            // This program, started hidden.
            let text = std::fs::read_to_string(&entry).expect("entry");
            let program = std::env::current_exe().expect("exe");
            assert!(
                text.contains(&format!("Exec={} --hidden\n", program.display())),
                "{text}"
            );
            assert!(
                Settings::load(&window.paths().config_file())
                    .0
                    .start_with_desktop
            );
        }
    }
}

/// Where the General tab is, top to bottom.
fn tab_top(window: &Window) -> f32 {
    window.harness.get_by_label("General").rect().min.y
}

#[test]
fn the_settings_window_stays_put_from_page_to_page() {
    let mut window = Window::open();
    window.harness.get_by_label("Settings").click();
    window.settle();
    let first = tab_top(&window);
    for page in [
        "Categories",
        "Queues",
        "Speed schedule",
        "Desktop",
        "Remote control",
        "General",
    ] {
        window.harness.get_by_label(page).click();
        window.settle();
        window.settle();
        let top = tab_top(&window);
        assert!(
            (top - first).abs() < 0.5,
            "the tabs moved from {first} to {top} on {page}"
        );
    }
}

#[test]
fn a_click_outside_settings_never_throws_edits_away() {
    let mut window = Window::open();
    // Nothing edited: a click outside closes it.
    window.harness.get_by_label("Settings").click();
    window.settle();
    window.click_outside();
    assert!(
        window.harness.query_by_label("Speed schedule").is_none(),
        "closed"
    );
    // A painted hour: the click outside keeps the window and the hour, and says why.
    window.open_settings_page("Speed schedule");
    window
        .harness
        .get_by_label("Follow a weekly speed schedule")
        .click();
    window.harness.get_by_label("Mon 2:00").click();
    window.settle();
    window.click_outside();
    window.wait_for_label_containing("Save keeps them, Cancel drops them");
    window.harness.get_by_label("Save").click();
    let config = window.paths().config_file();
    window.step_until("settings written", |_| {
        Settings::load(&config).0.speed_schedule.enabled
    });
    assert_eq!(&Settings::load(&config).0.speed_schedule.mon[..3], "FFL");
}

#[test]
fn the_speed_grid_lines_up_paints_a_quick_drag_whole_and_hints_plainly() {
    let mut window = Window::open();
    window.open_settings_page("Speed schedule");
    window
        .harness
        .get_by_label("Follow a weekly speed schedule")
        .click();
    window.settle();
    // Each hour's number stands over its column, the last one too.
    for hour in [0, 3, 12, 21] {
        let label = window.harness.get_by_label(&hour.to_string()).rect().min.x;
        let cell = window
            .harness
            .get_by_label(&format!("Mon {hour}:00"))
            .rect()
            .min
            .x;
        assert!(
            (label - cell).abs() < 1.0,
            "{hour}: the number at {label}, its column at {cell}"
        );
    }
    // The empty rate box hints with an example, not a value.
    let rate_box = window.harness.get_by_label("Limited hours:");
    assert_eq!(
        rate_box.accesskit_node().data().placeholder(),
        Some("e.g. 500K")
    );
    // A quick drag from 0:00 to 11:00 in two jumps paints every hour it crossed.
    let from = window.harness.get_by_label("Mon 0:00").rect().center();
    let to = window.harness.get_by_label("Mon 11:00").rect().center();
    let press = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    window.harness.event(egui::Event::PointerMoved(from));
    window.harness.step();
    window.harness.event(press(from, true));
    window.harness.step();
    for at in [from + (to - from) * 0.2, from + (to - from) * 0.6, to] {
        window.harness.event(egui::Event::PointerMoved(at));
        window.harness.step();
    }
    window.harness.event(press(to, false));
    window.harness.step();
    window.settle();
    window.harness.get_by_label("Save").click();
    let config = window.paths().config_file();
    window.step_until("settings written", |_| {
        Settings::load(&config).0.speed_schedule.enabled
    });
    assert_eq!(
        Settings::load(&config).0.speed_schedule.mon,
        "LLLLLLLLLLLLFFFFFFFFFFFF"
    );
}

#[test]
fn a_rate_with_a_decimal_comma_is_read_and_one_that_cannot_be_is_said() {
    let mut window = Window::open_with_settings("\n[[queues]]\nname = \"Slow\"\n", Vec::new());
    window.open_settings_page("Queues");
    // Main's limit first, then Slow's.
    window
        .harness
        .query_all_by_label("limit")
        .nth(1)
        .expect("Slow's limit")
        .click();
    window.settle();
    window
        .harness
        .query_all_by_label("limit")
        .nth(1)
        .expect("Slow's limit")
        .type_text("zwei");
    window.settle();
    window.wait_for_label("'zwei' is not a rate like 500K or 2M");
    assert!(
        window
            .harness
            .get_by_label("Save")
            .accesskit_node()
            .is_disabled(),
        "an unreadable rate is not saved as no limit"
    );
    let field = window
        .harness
        .query_all_by_label("limit")
        .nth(1)
        .expect("Slow's limit");
    field.focus();
    window.settle();
    for _ in 0..4 {
        window.harness.key_press(egui::Key::Backspace);
    }
    window
        .harness
        .query_all_by_label("limit")
        .nth(1)
        .expect("Slow's limit")
        .type_text("0,5M");
    window.settle();
    window.harness.get_by_label("Save").click();
    window.step_until("the queue limited", |w| {
        w.snapshot().queues.iter().any(|q| {
            q.config.name == "Slow" && q.config.speed_limit == Rate::bytes_per_sec(524_288)
        })
    });
}

#[test]
fn times_show_whole_and_a_command_takes_the_rest_of_its_row() {
    let mut window = Window::open_with_settings(
        "\n[[queues]]\nname = \"Main\"\nwhen_done = \"command\"\nstart_at = \"01:00\"\n",
        Vec::new(),
    );
    window.open_settings_page("Queues");
    // The hint "HH:MM" fits its box (it was cut to "HH…").
    let needed = window.harness.ctx.fonts_mut(|fonts| {
        fonts
            .layout_no_wrap(
                "HH:MM".to_owned(),
                egui::FontId::proportional(14.0),
                egui::Color32::WHITE,
            )
            .size()
            .x
    });
    let stops = window.harness.get_by_label("Main stops at").rect();
    assert!(
        stops.width() >= needed + 8.0,
        "the time box is {} wide, its hint needs {needed} and margins",
        stops.width()
    );
    // The command box takes the room its row has.
    let command = window
        .harness
        .query_all_by_role_and_label(egui::accesskit::Role::TextInput, "When done")
        .next()
        .expect("the command box")
        .rect();
    assert!(
        command.width() > 300.0,
        "the command box is {} wide",
        command.width()
    );
}

#[test]
fn mains_when_done_saved_keeps_the_number_at_once_the_window_shows() {
    let mut window = Window::open_with_settings("jobs = 3\n", Vec::new());
    window.open_settings_page("Queues");
    let when_done = window
        .harness
        .query_all_by_label("When done")
        .next()
        .expect("Main's when-done choice");
    when_done.click();
    window.settle();
    window.harness.get_by_label("Quit Haul").click();
    window.settle();
    window.harness.get_by_label("Save").click();
    let config = window.paths().config_file();
    window.step_until("settings written", |_| {
        !Settings::load(&config).0.queues.is_empty()
    });
    let saved = Settings::load(&config).0;
    let main = &saved.queues[0];
    assert_eq!(main.name, "Main");
    assert_eq!((saved.jobs, main.jobs), (3, 3), "what the window showed");
    window.step_until("applied", |w| w.snapshot().jobs == 3);
}

#[test]
fn settings_are_kept_when_the_autostart_entry_cannot_be_written() {
    let mut window = Window::open();
    // The autostart folder cannot be made: a file stands where it would be.
    let entry = haul::app::autostart_file(window.home.path());
    let folder = entry.parent().expect("autostart folder").to_owned();
    std::fs::write(&folder, b"in the way").expect("a file in the way");
    window.open_settings_page("Desktop");
    window
        .harness
        .get_by_label("Start Haul with the desktop (hidden in the tray)")
        .click();
    window.settle();
    window.harness.get_by_label("Save").click();
    window.wait_for_label_containing("The autostart entry could not be changed");
    let saved = Settings::load(&window.paths().config_file()).0;
    assert!(saved.start_with_desktop, "the settings were written anyway");
}
