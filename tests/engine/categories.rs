//! Categories: a download is sorted by its link when added, and again by its final name and
//! the server's type once the server answers; the category is kept with the list.

use super::support::data;
use super::support::server::{Route, TestServer};
use super::{add, engine, fast_config, wait_finished};
use haul::engine::files::categories::Category;
use haul::engine::{Engine, EngineConfig};

fn category(engine: &Engine, id: haul::engine::DownloadId) -> String {
    engine.snapshot().get(id).expect("row").category.clone()
}

#[test]
fn a_download_is_sorted_by_its_link_then_by_what_the_server_says() {
    let server = TestServer::start();
    server.route("/release.tar.gz", Route::file(data(2_000, 70)));
    server.route(
        "/get?id=9",
        Route::file(data(2_000, 71)).disposition("attachment; filename=\"talk.mkv\""),
    );
    server.route(
        "/stream",
        Route::file(data(2_000, 72)).header("Content-Type", "audio/ogg"),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine();
    let archive = add(&engine, &server.url("/release.tar.gz"), dir.path());
    assert_eq!(category(&engine, archive), "Archives", "known when added");
    let named = add(&engine, &server.url("/get?id=9"), dir.path());
    let typed = add(&engine, &server.url("/stream"), dir.path());
    for id in [archive, named, typed] {
        wait_finished(&engine, id);
    }
    assert_eq!(category(&engine, named), "Videos", "by the server's name");
    assert_eq!(category(&engine, typed), "Music", "by the server's type");
}

#[test]
fn own_categories_by_host_win_and_the_category_is_kept_with_the_list() {
    let server = TestServer::start();
    server.route("/a.zip", Route::file(data(2_000, 73)));
    let data_dir = tempfile::tempdir().expect("temp dir");
    let dir = tempfile::tempdir().expect("temp dir");
    let config = EngineConfig {
        queue_dir: Some(data_dir.path().to_owned()),
        categories: haul::engine::files::categories::Categories::with(&[Category {
            name: "Local".into(),
            hosts: vec!["127.0.0.1".into()],
            ..Category::default()
        }]),
        ..fast_config()
    };
    let engine = Engine::start(config.clone()).expect("engine");
    let id = add(&engine, &server.url("/a.zip"), dir.path());
    wait_finished(&engine, id);
    assert_eq!(category(&engine, id), "Local");
    assert!(engine.shutdown(std::time::Duration::from_secs(5)));
    drop(engine);
    let again = Engine::start(config).expect("engine");
    assert_eq!(category(&again, id), "Local", "kept with the list");
}
