//! Categories: a download is sorted by its link when added, and again by its final name and
//! the server's type once the server answers; the category is kept with the list.

use std::time::Duration;

use super::support::server::{Route, TestServer};
use super::support::{data, sha256, sha256_file};
use super::{add, engine, fast_config, wait_finished, wait_for};
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

/// Videos into `Videos` inside the download folder, Other into an absolute folder.
fn with_folders(data_dir: Option<&std::path::Path>, other: &std::path::Path) -> EngineConfig {
    EngineConfig {
        queue_dir: data_dir.map(std::path::Path::to_owned),
        categories: haul::engine::files::categories::Categories::with(&[
            Category {
                name: "Videos".into(),
                folder: "Videos".into(),
                ..Category::default()
            },
            Category {
                name: "Other".into(),
                folder: other.to_owned(),
                ..Category::default()
            },
        ]),
        ..fast_config()
    }
}

fn add_sorted(engine: &Engine, url: &str, dir: &std::path::Path) -> haul::engine::DownloadId {
    let url = url::Url::parse(url).expect("url");
    engine
        .add(haul::engine::AddRequest {
            by_category: true,
            ..haul::engine::AddRequest::new(url, dir)
        })
        .expect("added")
}

/// Every file under `dir`, relative, sorted.
fn files_under(dir: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(at) = stack.pop() {
        for entry in std::fs::read_dir(&at).expect("list").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(rest) = path.strip_prefix(dir) {
                found.push(rest.display().to_string());
            }
        }
    }
    found.sort();
    found
}

#[test]
fn a_category_folder_takes_its_files_once_the_final_name_is_known() {
    let server = TestServer::start();
    let film = data(3_000, 74);
    let talk = data(3_000, 75);
    let notes = data(3_000, 76);
    server.route("/film.mkv", Route::file(film.clone()));
    // The link's name says nothing; the server names a video: the empty claim made under
    // the link's name is let go, the file is created in Videos.
    server.route(
        "/get",
        Route::file(talk.clone()).disposition("attachment; filename=\"talk.mkv\""),
    );
    server.route("/notes.txt.x", Route::file(notes.clone()));
    let dir = tempfile::tempdir().expect("temp dir");
    let other = tempfile::tempdir().expect("temp dir");
    let engine = Engine::start(with_folders(None, other.path())).expect("engine");
    let film_id = add_sorted(&engine, &server.url("/film.mkv"), dir.path());
    let talk_id = add_sorted(&engine, &server.url("/get"), dir.path());
    let notes_id = add_sorted(&engine, &server.url("/notes.txt.x"), dir.path());
    // A folder the user chose keeps its file, whatever its category.
    let chosen = tempfile::tempdir().expect("temp dir");
    let chosen_id = add(&engine, &server.url("/film.mkv"), chosen.path());
    for id in [film_id, talk_id, notes_id, chosen_id] {
        wait_finished(&engine, id);
    }
    let videos = dir.path().join("Videos");
    assert_eq!(
        files_under(dir.path()),
        ["Videos/film.mkv", "Videos/talk.mkv"],
        "nothing left in the download folder"
    );
    assert_eq!(sha256_file(&videos.join("film.mkv")), sha256(&film));
    assert_eq!(sha256_file(&videos.join("talk.mkv")), sha256(&talk));
    assert_eq!(files_under(other.path()), ["notes.txt.x"]);
    assert_eq!(files_under(chosen.path()), ["film.mkv"]);
    let snapshot = engine.snapshot();
    let row_dir = |id| snapshot.get(id).expect("row").dir.clone();
    assert_eq!(row_dir(film_id), videos, "the row says where its file is");
    assert_eq!(row_dir(talk_id), videos);
    assert_eq!(row_dir(notes_id), other.path());
    assert_eq!(row_dir(chosen_id), chosen.path());
}

#[test]
fn a_download_in_a_category_folder_resumes_there_after_a_restart() {
    let server = TestServer::start();
    let film = data(1_500_000, 77);
    server.route("/film.mkv", Route::file(film.clone()).throttle(600_000));
    let data_dir = tempfile::tempdir().expect("temp dir");
    let dir = tempfile::tempdir().expect("temp dir");
    let other = tempfile::tempdir().expect("temp dir");
    let config = with_folders(Some(data_dir.path()), other.path());
    let first = Engine::start(config.clone()).expect("engine");
    let id = add_sorted(&first, &server.url("/film.mkv"), dir.path());
    // Past the first checkpoint (one second), so there is durable progress to resume.
    wait_for(&first, id, Duration::from_secs(10), "progress", |d| {
        d.bytes_done > 700_000
    });
    assert!(first.shutdown(Duration::from_secs(3)), "workers stopped");
    drop(first);
    let sent_before_restart = server.body_bytes_sent();
    server.set_throttle("/film.mkv", None);
    let second = Engine::start(config).expect("engine");
    wait_finished(&second, id);
    let videos = dir.path().join("Videos");
    assert_eq!(sha256_file(&videos.join("film.mkv")), sha256(&film));
    assert_eq!(files_under(dir.path()), ["Videos/film.mkv"]);
    let resent = server.body_bytes_sent() - sent_before_restart;
    assert!(
        resent < film.len() as u64 - 500_000,
        "resumed in its category's folder: {resent} bytes sent again"
    );
    // Asked again, it is found finished there rather than fetched into the download folder.
    let again = add_sorted(&second, &server.url("/film.mkv"), dir.path());
    let row = wait_finished(&second, again);
    assert!(row.already_downloaded, "{row:?}");
    assert_eq!(files_under(dir.path()), ["Videos/film.mkv"]);
    second.shutdown(Duration::from_secs(1));
}
