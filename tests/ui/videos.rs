//! A video stream through the window: the Add dialog's quality chosen, the row finished, and
//! the details panel showing the variant's resolution, length and segments.

use egui_kittest::kittest::Queryable;
use haul::engine::Status;

use super::Window;
use super::support::server::TestServer;
use super::support::streams;

#[test]
fn a_stream_added_in_the_smallest_quality_shows_its_facts() {
    let server = TestServer::start();
    streams::serve(&server);
    let mut window = Window::open();
    window
        .harness
        .event(eframe::egui::Event::Paste(server.url("/v/master.m3u8")));
    window.wait_for_label("Add 1 download");
    window.harness.get_by_label("Video quality").click();
    window.settle();
    window.harness.get_by_label("Smallest").click();
    window.settle();
    window.harness.get_by_label("Add 1 download").click();
    window.wait_for_download("the video", |d| d.status == Status::Finished);
    window.harness.get_by_label("Details").click();
    window.settle();
    window.wait_for_label("master.mp4");
    window.harness.get_by_label("master.mp4").click();
    window.settle();
    window.wait_for_label("320×180");
    window.harness.get_by_label("4 of 4");
    let file = window.downloads().join("master.mp4");
    let probe = streams::probe(&file);
    assert_eq!(probe.video.map(|v| v.1), Some(180));
}
