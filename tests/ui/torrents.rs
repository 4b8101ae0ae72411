//! A torrent through the window: the Add dialog lists a magnet's files (from its seeder)
//! to choose from, only the chosen ones arrive, and the details panel lists the files with
//! their progress and offers the magnet; seeding shows on the row and Stop seeding ends it.

use egui_kittest::kittest::Queryable;
use haul::engine::Status;

use super::Window;
use super::support::swarm::seed_files;
use super::support::{data, sha256, sha256_file};

/// A home whose torrents stay on this machine (no DHT, no UPnP) and seed to 1.0.
const PRIVATE: &str = "torrent_dht = false\ntorrent_upnp = false\nseed_ratio = 1.0\n";

#[test]
fn a_magnets_files_are_chosen_in_the_add_dialog_and_the_row_seeds() {
    let kept = data(300_000, 3681);
    let left = data(400_000, 3682);
    let (_shared, seeder) = seed_files("mix", &[("kept.bin", &kept), ("left.bin", &left)]);
    let mut window = Window::open_with_settings(PRIVATE, Vec::new());
    window
        .harness
        .event(eframe::egui::Event::Paste(seeder.magnet()));
    window.wait_for_label("Add 1 download");
    // The files, from the seeder, each with its size.
    window.wait_for_label_containing("mix: 2 of 2 files");
    window.wait_for_label_containing("left.bin  (");
    window.harness.get_by_label_contains("left.bin  (").click();
    window.settle();
    window.wait_for_label_containing("mix: 1 of 2 files");
    window.harness.get_by_label("Add 1 download").click();
    window.wait_for_download("the torrent", |d| {
        d.status == Status::Finished && d.seeding.is_some()
    });
    let folder = window.downloads().join("mix");
    assert_eq!(sha256_file(&folder.join("kept.bin")), sha256(&kept));
    let skipped = folder.join("left.bin");
    assert!(!skipped.exists() || sha256_file(&skipped) != sha256(&left));
    // The row says it seeds; the details list the files and offer the magnet.
    window.wait_for_label_containing("Seeding (ratio 0.00 of 1.0)");
    window.harness.get_by_label("Details").click();
    window.settle();
    window.harness.get_by_label("mix").click();
    window.settle();
    window.wait_for_label("Files (2)");
    window.harness.get_by_label("Copy magnet link");
    window.wait_for_label_containing("kept.bin  (");
    // Stop seeding (the row's first button): the row is plainly finished.
    window.harness.get_by_label("Stop seeding").click();
    window.wait_for_download("seeding to end", |d| d.seeding.is_none());
    window.step_until("the row to say it finished", |window| {
        window
            .harness
            .query_by_label_contains("Seeding (ratio")
            .is_none()
    });
}

#[test]
fn the_row_counts_its_peers_and_the_details_say_how_each_tracker_answers() {
    let body = data(1_200_000, 3691);
    let tracker = super::support::tracker::Tracker::start();
    let (_shared, seeder) = super::support::swarm::seed_files_tracked(
        "tracked",
        &[("t.bin", &body), ("u.bin", b"u")],
        vec![tracker.announce.clone()],
    );
    let listed: String =
        url::form_urlencoded::byte_serialize(tracker.announce.as_bytes()).collect();
    let magnet = format!("{}&tr={listed}", seeder.magnet());
    // Slow enough to be seen under way.
    let settings = format!("{PRIVATE}speed_limit = \"100K\"\n");
    let mut window = Window::open_with_settings(&settings, Vec::new());
    window.harness.event(eframe::egui::Event::Paste(magnet));
    window.wait_for_label("Add 1 download");
    // Its files, from the seeder, before it is added (as a person sees them); the list opens
    // with a short animation that moves the button, so the click waits for it to settle.
    window.wait_for_label_containing("tracked: 2 of 2 files");
    window.settle();
    window.harness.get_by_label("Add 1 download").click();
    // The row says how many peers it has, and how many of them have everything (given time:
    // the magnet's metadata comes first, and CI runs every test at once).
    window.step_until_within(
        "the row to count its peer",
        std::time::Duration::from_secs(60),
        |w| {
            w.harness
                .query_by_label_contains("Downloading · 1 peer (1 seed)")
                .is_some()
        },
    );
    // While it runs, the details list its tracker.
    window.harness.get_by_label("Details").click();
    window.settle();
    window.harness.get_by_label("tracked").click();
    window.settle();
    window.wait_for_label("Trackers (1)");
    window.harness.get_by_label("Trackers (1)").click();
    window.settle();
    // Asked by scrape: it knows the seeder (and Haul, seeding too).
    window.wait_for_label_containing(&format!("{}: working, ", tracker.announce));
}
