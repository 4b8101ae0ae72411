//! Downloads a browser handed over: its cookies, page and User-Agent go with every request to
//! the link's own host, so downloads behind a login work, and never to another host a
//! redirect leads to.

use std::sync::Arc;

use super::support::server::{Route, TestServer};
use super::support::{data, sha256, sha256_file};
use super::{engine, wait_settled};
use haul::engine::{AddRequest, FromBrowser, Status};

fn from_browser(page: &str) -> Arc<FromBrowser> {
    Arc::new(FromBrowser {
        referer: Some(page.to_owned()),
        user_agent: Some("Mozilla/5.0 (X11; Linux x86_64) TestBrowser/1.0".into()),
        cookie: Some("session=s3cret; theme=dark".into()),
        headers: Vec::new(),
    })
}

#[test]
fn cookies_and_the_page_open_a_download_behind_a_login() {
    let server = TestServer::start();
    let body = data(1_500_000, 1101);
    server.route(
        "/members/report.pdf",
        Route::file(body.clone())
            .requires("cookie", "session=s3cret")
            .requires("referer", "/members/index.html"),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let url = url::Url::parse(&server.url("/members/report.pdf")).expect("url");
    // Without the browser's context, the server refuses.
    let plain = engine
        .add(AddRequest::new(url.clone(), dir.path().join("plain")))
        .expect("add");
    let refused = wait_settled(&engine, plain);
    assert!(matches!(refused.status, Status::Failed { .. }));
    let page = server.url("/members/index.html");
    let id = engine
        .add(AddRequest {
            from_browser: Some(from_browser(&page)),
            ..AddRequest::new(url, dir.path().join("browser"))
        })
        .expect("add");
    let done = wait_settled(&engine, id);
    assert_eq!(done.status, Status::Finished, "{:?}", done.status);
    assert_eq!(done.referer.as_deref(), Some(page.as_str()));
    assert_eq!(
        sha256_file(&dir.path().join("browser/report.pdf")),
        sha256(&body)
    );
    let last = server
        .requests("/members/report.pdf")
        .pop()
        .expect("requests");
    assert_eq!(
        last.header("user-agent"),
        Some("Mozilla/5.0 (X11; Linux x86_64) TestBrowser/1.0")
    );
}

#[test]
fn a_redirect_to_another_host_gets_none_of_the_browsers_headers() {
    let site = TestServer::start();
    let cdn = TestServer::start();
    let body = data(800_000, 1102);
    cdn.route("/signed/file.iso", Route::file(body.clone()));
    site.route(
        "/download/file.iso",
        Route::redirect(302, &cdn.url("/signed/file.iso")),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let id = engine
        .add(AddRequest {
            from_browser: Some(from_browser(&site.url("/page.html"))),
            ..AddRequest::new(
                url::Url::parse(&site.url("/download/file.iso")).expect("url"),
                dir.path(),
            )
        })
        .expect("add");
    let done = wait_settled(&engine, id);
    assert_eq!(done.status, Status::Finished, "{:?}", done.status);
    assert_eq!(sha256_file(&dir.path().join("file.iso")), sha256(&body));
    let asked = site.requests("/download/file.iso");
    assert!(
        asked
            .iter()
            .all(|r| r.header("cookie") == Some("session=s3cret; theme=dark"))
    );
    for request in cdn.requests("/signed/file.iso") {
        assert_eq!(request.header("cookie"), None, "no cookie to another host");
        assert_eq!(request.header("referer"), None, "no page to another host");
        assert!(
            request
                .header("user-agent")
                .is_some_and(|agent| agent.starts_with("Haul/")),
            "Haul's own User-Agent there"
        );
    }
}
