//! Downloads from the browser extension in the window: a caught download is added at once
//! with its cookies and page, links from a page open the Add dialog, and the details show the
//! page a download came from.

use egui_kittest::kittest::Queryable;
use haul::instance::protocol::{BrowserDownload, Request, VERSION};

use super::Window;
use super::support::server::{Route, TestServer};
use super::support::{data, sha256, sha256_file};

fn from_browser(server: &TestServer, path: &str) -> BrowserDownload {
    BrowserDownload {
        url: server.url(path),
        referer: Some(server.url("/members/")),
        user_agent: Some("Mozilla/5.0 TestBrowser".into()),
        cookie: Some("session=s3cret".into()),
        file_name: None,
    }
}

#[test]
fn a_caught_download_is_added_at_once_with_its_login() {
    let server = TestServer::start();
    let body = data(300_000, 1401);
    server.route(
        "/members/video.mp4",
        Route::file(body.clone()).requires("cookie", "session=s3cret"),
    );
    let (mut window, inbox) = Window::open_with_inbox();
    inbox
        .send(Request::Browser {
            v: VERSION,
            ask: false,
            downloads: vec![from_browser(&server, "/members/video.mp4")],
        })
        .expect("send");
    window.wait_for_label("From the browser: video.mp4");
    window.wait_for_label("Finished");
    assert_eq!(
        sha256_file(&window.downloads().join("video.mp4")),
        sha256(&body)
    );
    window.harness.get_by_label("video.mp4").click();
    window.harness.get_by_label("Details").click();
    window.settle();
    window.harness.get_by_label(&server.url("/members/"));
}

#[test]
fn links_from_a_page_open_the_add_dialog_and_keep_their_login() {
    let server = TestServer::start();
    let body = data(200_000, 1402);
    for path in ["/members/a.pdf", "/members/b.pdf"] {
        server.route(
            path,
            Route::file(body.clone()).requires("cookie", "session=s3cret"),
        );
    }
    let (mut window, inbox) = Window::open_with_inbox();
    inbox
        .send(Request::Browser {
            v: VERSION,
            ask: true,
            downloads: vec![
                from_browser(&server, "/members/a.pdf"),
                from_browser(&server, "/members/b.pdf"),
            ],
        })
        .expect("send");
    window.wait_for_label("2 links found");
    window.settle();
    window.harness.get_by_label("Add 2 downloads").click();
    window.step_until("both finished", |w| w.snapshot().counts().finished == 2);
}
