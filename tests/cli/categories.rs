//! `haul get` and category folders: without `-d` a category with a folder takes its files
//! (`~` meaning the home folder); with `-d` every file goes where the user said.

use super::{Home, stderr};
use crate::support::server::{Route, TestServer};
use crate::support::{data, file_names, sha256, sha256_file};

fn home_with_folders() -> Home {
    let home = Home::new();
    let settings = home.path().join("config/haul/haul.toml");
    let mut text = std::fs::read_to_string(&settings).expect("settings");
    text.push_str(
        "\n[[categories]]\nname = \"Videos\"\nfolder = \"Videos\"\n\n\
         [[categories]]\nname = \"Disk images\"\nextensions = [\"iso\"]\nfolder = \"~/Images\"\n",
    );
    std::fs::write(settings, text).expect("write settings");
    home
}

#[test]
fn haul_get_sends_files_to_their_category_folders_unless_d_is_given() {
    let server = TestServer::start();
    let film = data(5_000, 120);
    let image = data(5_000, 121);
    let text = data(5_000, 122);
    server.route("/film.mkv", Route::file(film.clone()));
    server.route("/debian.iso", Route::file(image.clone()));
    server.route("/readme.txt", Route::file(text.clone()));
    let home = home_with_folders();
    let links = [
        server.url("/film.mkv"),
        server.url("/debian.iso"),
        server.url("/readme.txt"),
    ];
    let output = home
        .haul()
        .arg("get")
        .args(&links)
        .output()
        .expect("run haul");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let downloads = home.path().join("Downloads");
    assert_eq!(
        sha256_file(&downloads.join("Videos/film.mkv")),
        sha256(&film)
    );
    assert_eq!(
        sha256_file(&home.path().join("Images/debian.iso")),
        sha256(&image)
    );
    assert_eq!(sha256_file(&downloads.join("readme.txt")), sha256(&text));
    assert!(
        stderr(&output).contains("Videos/film.mkv"),
        "the saved line says where: {}",
        stderr(&output)
    );

    // With -d every file goes to that folder.
    let output = home.get(&links.each_ref().map(String::as_str));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        file_names(&home.downloads()),
        ["debian.iso", "film.mkv", "readme.txt"]
    );
}
