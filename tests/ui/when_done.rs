//! When downloads are done: a 60-second notice before what the user chose (power off, a
//! command), which they can cancel or skip; and the sleep inhibitor held only while downloads
//! run.

use egui_kittest::kittest::Queryable;
use haul::app::PowerAction;

use super::Window;
use super::support::data;
use super::support::server::{Route, TestServer};

fn with_settings(text: &str, links: Vec<String>) -> Window {
    Window::open_with_settings(text, links)
}

#[test]
fn everything_done_counts_down_to_power_off_and_the_computer_stays_awake_only_meanwhile() {
    let server = TestServer::start();
    server.route("/a.bin", Route::file(data(200_000, 400)).throttle(400_000));
    let mut window = with_settings("when_done = \"poweroff\"\n", vec![server.url("/a.bin")]);
    window.wait_for_label("Every download is done.");
    window.wait_for_label_containing("The computer powers off in ");
    let awake = window.desktop.awake.lock().expect("lock").clone();
    assert_eq!(
        awake,
        [Some("Downloading 1 file".to_owned()), None],
        "held while the download ran, let go after"
    );
    assert!(
        window.desktop.power.lock().expect("lock").is_empty(),
        "not before the time"
    );
    window.harness.get_by_label("Power off now").click();
    window.step_until("power off asked", |w| {
        !w.desktop.power.lock().expect("lock").is_empty()
    });
    assert_eq!(
        *window.desktop.power.lock().expect("lock"),
        [PowerAction::PowerOff]
    );
    window.step_until("the notice closed", |w| {
        w.harness
            .query_by_label("Every download is done.")
            .is_none()
    });
}

#[test]
fn a_cancelled_countdown_does_nothing_and_keep_awake_can_be_off() {
    let server = TestServer::start();
    server.route("/a.bin", Route::file(data(2_000, 401)));
    let mut window = with_settings(
        "when_done = \"suspend\"\nkeep_awake = false\n",
        vec![server.url("/a.bin")],
    );
    window.wait_for_label_containing("The computer suspends in ");
    window.harness.get_by_label("Cancel").click();
    window.settle();
    assert!(
        window
            .harness
            .query_by_label("Every download is done.")
            .is_none()
    );
    window.harness.run_steps(5);
    assert!(window.desktop.power.lock().expect("lock").is_empty());
    assert!(window.desktop.awake.lock().expect("lock").is_empty());
}

#[test]
fn a_queue_done_runs_the_users_command() {
    let server = TestServer::start();
    server.route("/a.bin", Route::file(data(2_000, 402)));
    let marker = tempfile::tempdir().expect("temp dir");
    let done = marker.path().join("done");
    let settings = format!(
        "\n[[queues]]\nname = \"Main\"\nwhen_done = \"command\"\ncommand = \"touch '{}'\"\n",
        done.display()
    );
    let mut window = with_settings(&settings, vec![server.url("/a.bin")]);
    window.wait_for_label("Every download in Main is done.");
    window.wait_for_label_containing("Your command runs in ");
    window.harness.get_by_label("Run it now").click();
    window.step_until("the command ran", |_| done.exists());
}

#[test]
fn when_every_download_failed_nothing_powers_off_and_the_failure_is_said() {
    let server = TestServer::start();
    let links = vec![server.url("/gone-1.bin"), server.url("/gone-2.bin")];
    let mut window = with_settings("when_done = \"poweroff\"\n", links);
    window.wait_for_label_containing(
        "Every download failed: what was to happen when they are done did not happen.",
    );
    // No countdown, and nothing asked of the computer, for a while after.
    for _ in 0..40 {
        window.harness.step();
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    assert!(
        window
            .harness
            .query_by_label_contains("The computer powers off in")
            .is_none()
    );
    assert!(window.desktop.power.lock().expect("lock").is_empty());
}
