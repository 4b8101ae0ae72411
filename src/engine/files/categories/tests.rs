//! The rules that sort files, and how own categories change the built-in ones.

use super::*;
use url::Url;

fn sort(categories: &Categories, link: &str, name: Option<&str>, kind: Option<&str>) -> String {
    let url = Url::parse(link).expect("url");
    categories.name_of(&Sorted {
        url: &url,
        name,
        content_type: kind,
    })
}

#[test]
fn files_sort_by_name_then_by_type() {
    let all = Categories::default();
    assert_eq!(sort(&all, "https://h/a", Some("film.MKV"), None), "Videos");
    assert_eq!(
        sort(&all, "https://h/a", Some("src.tar.gz"), None),
        "Archives"
    );
    assert_eq!(
        sort(&all, "https://h/a", Some("x.tar.xz"), None),
        "Archives"
    );
    assert_eq!(
        sort(&all, "https://h/a", Some("haul.deb"), None),
        "Programs"
    );
    assert_eq!(sort(&all, "https://h/a", Some("notes"), None), "Other");
    // A name that says nothing: the server's type decides.
    assert_eq!(
        sort(
            &all,
            "https://h/a",
            Some("download"),
            Some("video/mp4; codecs=x")
        ),
        "Videos"
    );
    assert_eq!(sort(&all, "https://h/a", None, Some("audio/ogg")), "Music");
    assert_eq!(sort(&all, "https://h/a", None, None), "Other");
}

#[test]
fn own_categories_come_first_and_change_built_in_ones_by_name() {
    let own = [
        Category {
            name: "Work".into(),
            hosts: vec!["example.com".into()],
            ..Category::default()
        },
        Category {
            name: "videos".into(),
            extensions: vec!["mkv".into()],
            ..Category::default()
        },
        Category {
            name: "Empty".into(),
            ..Category::default()
        },
    ];
    let all = Categories::with(&own);
    // Any file from example.com or a subdomain, whatever it is.
    assert_eq!(
        sort(&all, "https://dl.example.com/a.mkv", Some("a.mkv"), None),
        "Work"
    );
    assert_eq!(
        sort(&all, "https://example.com/a.mkv", Some("a.mkv"), None),
        "Work"
    );
    assert_eq!(
        sort(&all, "https://notexample.com/a.mkv", Some("a.mkv"), None),
        "Videos"
    );
    // The built-in Videos now claims only the extensions the own rule gives; its types
    // stay.
    assert_eq!(sort(&all, "https://h/a.mp4", Some("a.mp4"), None), "Other");
    assert_eq!(sort(&all, "https://h/a", None, Some("video/mp4")), "Videos");
    // A category without rules claims nothing but is listed.
    assert_eq!(sort(&all, "https://h/x", Some("x"), None), "Other");
    assert!(all.names().contains(&"Empty".to_owned()));
    assert_eq!(all.names().last().map(String::as_str), Some("Other"));
}

#[test]
fn link_pieces_narrow_a_rule() {
    let own = [Category {
        name: "Podcasts".into(),
        extensions: vec!["mp3".into()],
        links: vec!["/podcast/".into()],
        ..Category::default()
    }];
    let all = Categories::with(&own);
    assert_eq!(
        sort(&all, "https://h/podcast/ep1.mp3", Some("ep1.mp3"), None),
        "Podcasts"
    );
    assert_eq!(
        sort(&all, "https://h/music/a.mp3", Some("a.mp3"), None),
        "Music"
    );
}

#[test]
fn folders_are_inside_the_download_folder_unless_absolute_and_none_by_default() {
    let download = std::path::Path::new("/home/me/Downloads");
    let at = |all: &Categories, name: &str| {
        let url = Url::parse(&format!("https://h/{name}")).expect("url");
        all.folder_for(
            &Sorted {
                url: &url,
                name: Some(name),
                content_type: None,
            },
            download,
        )
    };
    // Out of the box nothing moves.
    let plain = Categories::default();
    assert_eq!(at(&plain, "a.mkv"), download);
    assert_eq!(at(&plain, "notes"), download);
    let own = [
        Category {
            name: "Videos".into(),
            folder: "Videos".into(),
            ..Category::default()
        },
        Category {
            name: "ISOs".into(),
            extensions: vec!["iso".into()],
            folder: "/srv/isos".into(),
            ..Category::default()
        },
        Category {
            name: "other".into(),
            folder: "Misc".into(),
            ..Category::default()
        },
    ];
    let all = Categories::with(&own);
    assert_eq!(at(&all, "a.mkv"), download.join("Videos"));
    assert_eq!(at(&all, "debian.iso"), std::path::Path::new("/srv/isos"));
    assert_eq!(at(&all, "notes"), download.join("Misc"));
    assert_eq!(at(&all, "a.pdf"), download);
    // "Other" stays last and is not a rule of its own.
    assert_eq!(all.names().last().map(String::as_str), Some("Other"));
    assert_eq!(
        all.names().iter().filter(|n| n.as_str() == "Other").count(),
        1
    );
}
