//! What a person sees of checksums: a verified row says against what, a damaged one says why
//! and offers to download it again, and a hash typed after a link in the Add dialog counts.

use eframe::egui;
use egui_kittest::kittest::Queryable;

use super::Window;
use super::support::server::{Route, TestServer};
use super::support::{data, sha256};

#[test]
fn verified_and_damaged_rows_say_so() {
    let server = TestServer::start();
    let body = data(120_000, 1001);
    let mut damaged = body.clone();
    damaged[10] ^= 1;
    server.route("/rel/good.iso", Route::file(body.clone()));
    server.route("/rel/bad.iso", Route::file(damaged));
    server.route(
        "/rel/SHA256SUMS",
        Route::file(format!("{0}  good.iso\n{0}  bad.iso\n", sha256(&body)).into_bytes()),
    );
    let mut window = Window::open_with(
        vec![server.url("/rel/good.iso"), server.url("/rel/bad.iso")],
        |_| {},
    );
    window.wait_for_label("Verified (SHA-256 from SHA256SUMS)");
    window.wait_for_label("Failed: damaged: SHA-256 does not match the one in SHA256SUMS");
    window.harness.get_by_label("Download again");
    window.harness.get_by_label("good.iso").click();
    window.harness.get_by_label("Details").click();
    window.settle();
    window.harness.get_by_label_contains("verified: SHA-256");
}

#[test]
fn a_hash_after_a_link_in_the_add_dialog_is_checked() {
    let server = TestServer::start();
    let body = data(60_000, 1002);
    server.route("/typed.bin", Route::file(body.clone()));
    let mut window = Window::open();
    window.harness.event(egui::Event::Paste(format!(
        "{} sha256:{}",
        server.url("/typed.bin"),
        sha256(&body)
    )));
    window.wait_for_label("1 link found, 1 with a checksum");
    window.settle();
    window.harness.get_by_label("Add 1 download").click();
    window.wait_for_label("Verified (SHA-256 from the one given)");
}

#[test]
fn a_finished_file_waiting_for_a_slow_checksum_lookup_says_so_and_counts_as_active() {
    let server = TestServer::start();
    let body = data(30_000, 1003);
    server.route("/slow/tool.bin", Route::file(body.clone()));
    // The sidecar trickles in over about two seconds, long after the file is here.
    server.route(
        "/slow/tool.bin.sha256",
        Route::file(format!("{}  tool.bin\n", sha256(&body)).into_bytes()).throttle(40),
    );
    let mut window = Window::open_with(vec![server.url("/slow/tool.bin")], |_| {});
    window.wait_for_label("Looking for a checksum…");
    window.harness.get_by_label("1 active");
    window.wait_for_label("Verified (SHA-256 from tool.bin.sha256)");
    window.harness.get_by_label("0 active");
}
