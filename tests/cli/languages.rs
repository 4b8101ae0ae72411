//! The command line in the user's language: `LANGUAGE`, `LC_ALL` and the Settings choice pick
//! the words, sizes are written the language's way, and the files are the same bytes.

use super::*;

/// `haul get` with `vars` set (and every other language variable removed).
fn get_in(home: &Home, vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = home.haul();
    for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(vars.iter().copied());
    command
        .arg("get")
        .arg("-d")
        .arg(home.downloads())
        .args(args)
        .output()
        .expect("run haul")
}

#[test]
fn german_and_chinese_messages_with_the_same_files() {
    let server = TestServer::start();
    let body = data(2_000_000, 7);
    server.route("/a/report.pdf", Route::file(body.clone()));
    server.route("/a/gone.zip", Route::status(404));
    let links = [server.url("/a/report.pdf"), server.url("/a/gone.zip")];
    let links: Vec<&str> = links.iter().map(String::as_str).collect();

    let home = Home::new();
    let german = get_in(&home, &[("LANGUAGE", "de_DE:en")], &links);
    let said = stderr(&german);
    assert_eq!(german.status.code(), Some(1), "{said}");
    assert!(said.contains("gespeichert: "), "{said}");
    // 2,000,000 bytes with a decimal comma.
    assert!(said.contains("(1,91 MiB)"), "{said}");
    assert!(
        said.contains("fehlgeschlagen: gone.zip: Server meldet 404"),
        "{said}"
    );
    assert!(said.contains("2 Links: 1 gespeichert"), "{said}");
    assert_eq!(
        sha256_file(&home.downloads().join("report.pdf")),
        sha256(&body)
    );

    let home = Home::new();
    let chinese = get_in(&home, &[("LANG", "zh_CN.UTF-8")], &links[..1]);
    let said = stderr(&chinese);
    assert_eq!(chinese.status.code(), Some(0), "{said}");
    assert!(said.contains("已保存 "), "{said}");
    assert_eq!(
        sha256_file(&home.downloads().join("report.pdf")),
        sha256(&body)
    );
    let usage = get_in(
        &home,
        &[("LANG", "zh_CN.UTF-8")],
        &["-o", "x", links[0], links[1]],
    );
    let said = stderr(&usage);
    assert_eq!(usage.status.code(), Some(2), "{said}");
    assert!(said.contains("-o/--output 只能用于一个链接"), "{said}");
    assert!(said.contains("haul get --help"), "{said}");

    // The help, too.
    let mut help = home.haul();
    help.env("LANGUAGE", "de").args(["get", "--help"]);
    let help = help.output().expect("run haul");
    let text = String::from_utf8_lossy(&help.stdout);
    assert_eq!(help.status.code(), Some(0), "{text}");
    assert!(text.contains("Aufruf: haul get"), "{text}");
    assert!(
        text.contains("Ordner für die Dateien (Standard: der eingestellte Download-Ordner)."),
        "{text}"
    );
}

#[test]
fn lc_all_and_the_settings_choice() {
    let server = TestServer::start();
    server.route("/gone.iso", Route::status(404));
    let home = Home::new();
    let russian = get_in(
        &home,
        &[("LC_ALL", "ru_RU.UTF-8")],
        &[&server.url("/gone.iso")],
    );
    let said = stderr(&russian);
    assert!(
        said.contains("ошибка: gone.iso: сервер ответил 404"),
        "{said}"
    );

    // A language chosen in Settings wins over the environment's.
    let settings = home.path().join("config/haul/haul.toml");
    let mut text = std::fs::read_to_string(&settings).expect("settings");
    text.push_str("language = \"es\"\n");
    std::fs::write(&settings, text).expect("settings");
    let spanish = get_in(&home, &[("LANGUAGE", "de")], &["not a link"]);
    let said = stderr(&spanish);
    assert!(said.contains("no es un enlace"), "{said}");
}
