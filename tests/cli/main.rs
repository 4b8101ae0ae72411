//! End-to-end tests of the real `haul` binary: exit codes, messages on stderr, bytes on disk,
//! and resuming after SIGKILL, Ctrl+C and lost connections.

#[path = "../support/mod.rs"]
mod support;

mod categories;
mod daemon;
mod daemon_client;
mod daemon_compat;
mod daemon_web;
mod headers;
mod interrupts;
mod languages;
mod logins;
mod no_desktop;
mod owners;
mod proxies;
mod relink;
mod streams;
mod tls;
mod torrents;
mod unhappy;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Instant;

use support::server::{Route, TestServer};
use support::{data, file_names, sha256, sha256_file};

/// A private home folder with fast retry settings, so runs never touch the real one.
struct Home {
    root: tempfile::TempDir,
}

impl Home {
    fn new() -> Self {
        let root = tempfile::tempdir().expect("temp dir");
        let config = root.path().join("config/haul");
        std::fs::create_dir_all(&config).expect("mkdir");
        std::fs::write(
            config.join("haul.toml"),
            "retry_delay_ms = 20\nmax_retry_delay_secs = 1\nmax_attempts = 3\nstall_timeout_secs = 2\n",
        )
        .expect("write settings");
        Self { root }
    }

    fn path(&self) -> &Path {
        self.root.path()
    }

    fn downloads(&self) -> PathBuf {
        self.path().join("out")
    }

    fn haul(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_haul"));
        command
            .env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env_remove("XDG_DOWNLOAD_DIR")
            .env_remove("RUST_LOG")
            // The tests read English; tests/cli/languages.rs reads the others.
            .env("LANGUAGE", "en")
            .stdin(Stdio::null());
        command
    }

    fn get(&self, args: &[&str]) -> Output {
        self.haul()
            .arg("get")
            .arg("-d")
            .arg(self.downloads())
            .args(args)
            .output()
            .expect("run haul")
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn downloads_a_file_and_exits_zero() {
    let server = TestServer::start();
    let body = data(2_000_000, 100);
    server.route("/pkg/tool.tar.gz", Route::file(body.clone()));
    let home = Home::new();
    let output = home.get(&[&server.url("/pkg/tool.tar.gz")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        sha256_file(&home.downloads().join("tool.tar.gz")),
        sha256(&body)
    );
    assert_eq!(file_names(&home.downloads()), vec!["tool.tar.gz"]);
    assert!(stderr(&output).contains("saved "), "{}", stderr(&output));
    assert!(output.stdout.is_empty(), "stdout stays clean");
}

/// One argument is one link, as wget and browsers take it: its space goes as %20.
#[test]
fn a_link_with_a_space_in_one_argument_is_one_link() {
    let server = TestServer::start();
    let body = data(30_000, 105);
    server.route("/a%20file.bin", Route::file(body.clone()));
    let home = Home::new();
    let link = format!("{}/a file.bin", server.url(""));
    let output = home.get(&["-q", &link]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        sha256_file(&home.downloads().join("a file.bin")),
        sha256(&body)
    );
}

#[test]
fn quiet_output_name_and_default_folder() {
    let server = TestServer::start();
    let body = data(10_000, 101);
    server.route("/x", Route::file(body.clone()));
    let home = Home::new();
    // No -d: the files go to ~/Downloads of this home.
    let output = home
        .haul()
        .args(["get", "-q", "-o", "chosen.bin", &server.url("/x")])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stderr.is_empty(), "quiet: {}", stderr(&output));
    assert_eq!(
        sha256_file(&home.path().join("Downloads/chosen.bin")),
        sha256(&body)
    );
}

#[test]
fn failures_exit_one_and_explain_each_on_stderr() {
    let server = TestServer::start();
    let body = data(1000, 102);
    server.route("/ok.bin", Route::file(body));
    let home = Home::new();
    let output = home.get(&[&server.url("/ok.bin"), &server.url("/missing.iso")]);
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(
        text.contains("failed: missing.iso: server said 404 Not Found"),
        "{text}"
    );
    assert!(home.downloads().join("ok.bin").is_file());
}

#[test]
fn bad_usage_exits_two() {
    let home = Home::new();
    let cases: [&[&str]; 6] = [
        &[],
        &[
            "-o",
            "a.bin",
            "http://127.0.0.1:9/a",
            "http://127.0.0.1:9/b",
        ],
        &["--sha256", "abc", "http://127.0.0.1:9/a"],
        &["--no-such-flag", "http://127.0.0.1:9/a"],
        &["-j", "0", "http://127.0.0.1:9/a"],
        &["--limit", "fast", "http://127.0.0.1:9/a"],
    ];
    for args in cases {
        let output = home.get(args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(!stderr(&output).is_empty());
    }
    let missing_input = home.get(&["-i", "/nonexistent/list.txt"]);
    assert_eq!(missing_input.status.code(), Some(2));
    assert!(stderr(&missing_input).contains("cannot read"));
}

#[test]
fn link_list_with_bad_lines_downloads_the_good_ones() {
    let server = TestServer::start();
    let one = data(3000, 103);
    let two = data(4000, 104);
    server.route("/one.bin", Route::file(one.clone()));
    server.route("/two.bin", Route::file(two.clone()));
    let home = Home::new();
    let list = home.path().join("links.txt");
    std::fs::write(
        &list,
        format!(
            "# my downloads\n{}\nftp://old.example/file\n\n<a href=\"{}\">two</a>\nwww.example.com/x.zip\n",
            server.url("/one.bin"),
            server.url("/two.bin")
        ),
    )
    .expect("write list");
    let output = home.get(&["-i", list.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(1), "bad lines count as failures");
    let text = stderr(&output);
    assert!(
        text.contains("line 3: ftp links are not supported"),
        "{text}"
    );
    assert!(text.contains("line 6: add http:// or https://"), "{text}");
    assert_eq!(sha256_file(&home.downloads().join("one.bin")), sha256(&one));
    assert_eq!(sha256_file(&home.downloads().join("two.bin")), sha256(&two));
}

#[test]
fn links_from_stdin() {
    let server = TestServer::start();
    server.route("/s1", Route::file(data(100, 105)));
    server.route("/s2", Route::file(data(100, 106)));
    let home = Home::new();
    let mut child = home
        .haul()
        .args(["get", "-q", "-i", "-", "-d"])
        .arg(home.downloads())
        .stdin(Stdio::piped())
        .spawn()
        .expect("spawn");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        writeln!(stdin, "{}\n{}", server.url("/s1"), server.url("/s2")).expect("write");
    }
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(0));
    assert_eq!(file_names(&home.downloads()), vec!["s1", "s2"]);
}

#[test]
fn checksum_option_verifies_the_file() {
    let server = TestServer::start();
    let body = data(50_000, 107);
    server.route("/c.bin", Route::file(body.clone()));
    let home = Home::new();
    let good = home.get(&["--sha256", &sha256(&body), &server.url("/c.bin")]);
    assert_eq!(good.status.code(), Some(0), "{}", stderr(&good));
    let bad = home.get(&["--sha256", &"ab".repeat(32), &server.url("/c.bin")]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("damaged: SHA-256 does not match the one given"),
        "{}",
        stderr(&bad)
    );
    assert_eq!(
        sha256_file(&home.downloads().join("c.bin")),
        sha256(&body),
        "a wrong checksum on a rerun never costs the file that is there"
    );
}

#[test]
fn version_names_the_build() {
    let home = Home::new();
    let output = home.haul().arg("--version").output().expect("run");
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.starts_with("haul 0."), "{text}");
}

#[test]
fn limit_option_slows_the_download() {
    let server = TestServer::start();
    let body = data(1_500_000, 112);
    server.route("/limited.bin", Route::file(body.clone()));
    let home = Home::new();
    let started = Instant::now();
    // With the decimal comma of the user's language.
    let output = home.get(&["--limit", "1,0M", &server.url("/limited.bin")]);
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        sha256_file(&home.downloads().join("limited.bin")),
        sha256(&body)
    );
    // 1.5 MB at 1 MiB/s: about 1.4 s; a generous bound either side.
    assert!((1.1..4.0).contains(&secs), "took {secs:.2} s");
}

#[test]
fn published_and_typed_checksums_are_checked() {
    let server = TestServer::start();
    let body = data(80_000, 150);
    let mut damaged = body.clone();
    damaged[100] ^= 1;
    server.route("/pub/x.bin", Route::file(damaged));
    server.route(
        "/pub/SHA256SUMS",
        Route::file(format!("{}  x.bin\n", sha256(&body)).into_bytes()),
    );
    let home = Home::new();
    let bad = home.get(&[&server.url("/pub/x.bin")]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("damaged: SHA-256 does not match the one in SHA256SUMS"),
        "{}",
        stderr(&bad)
    );
    assert_eq!(file_names(&home.downloads()), vec!["x.bin.damaged"]);
    // Switched off, the same download is saved unchecked.
    let unchecked = home.get(&["--no-checksum-discovery", &server.url("/pub/x.bin")]);
    assert_eq!(unchecked.status.code(), Some(0), "{}", stderr(&unchecked));

    // Typed: --checksum with another algorithm, and a hash after a link in a list.
    server.route("/typed/y.bin", Route::file(body.clone()));
    let md5 = format!("{:x}", <md5::Md5 as sha2::Digest>::digest(&body));
    let typed = home.get(&[
        "--checksum",
        &format!("md5={md5}"),
        &server.url("/typed/y.bin"),
    ]);
    assert_eq!(typed.status.code(), Some(0), "{}", stderr(&typed));
    let list = home.path().join("list.txt");
    std::fs::write(
        &list,
        format!("{} sha256:{}\n", server.url("/typed/z.bin"), "0".repeat(64)),
    )
    .expect("list");
    server.route("/typed/z.bin", Route::file(body.clone()));
    let listed = home.get(&["-i", list.to_str().expect("utf-8")]);
    assert_eq!(listed.status.code(), Some(1));
    assert!(
        stderr(&listed).contains("damaged: SHA-256 does not match the one given"),
        "{}",
        stderr(&listed)
    );
    let malformed = home.get(&["--checksum", "sha-256=123", &server.url("/typed/y.bin")]);
    assert_eq!(malformed.status.code(), Some(2));
}

#[test]
fn a_download_folder_that_is_a_file_is_refused_in_words_and_left_alone() {
    let server = TestServer::start();
    server.route("/x.bin", Route::file(data(1000, 120)));
    let home = Home::new();
    let not_a_folder = home.path().join("notes.txt");
    std::fs::write(&not_a_folder, b"my notes").expect("write");
    let output = home
        .haul()
        .arg("get")
        .arg("-d")
        .arg(&not_a_folder)
        .arg(server.url("/x.bin"))
        .output()
        .expect("run");
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("notes.txt is a file, not a folder"), "{text}");
    assert_eq!(std::fs::read(&not_a_folder).expect("read"), b"my notes");
}

#[test]
fn a_rerun_of_a_long_list_names_a_few_and_counts_the_rest() {
    let server = TestServer::start();
    let mut links = String::new();
    for n in 0..10 {
        let path = format!("/list/{n}.bin");
        server.route(&path, Route::file(data(5_000, 130 + n)));
        links.push_str(&server.url(&path));
        links.push('\n');
    }
    let home = Home::new();
    let list = home.path().join("links.txt");
    std::fs::write(&list, links).expect("write list");
    let list = list.display().to_string();

    let first = home.get(&["-i", &list]);
    let text = stderr(&first);
    assert_eq!(first.status.code(), Some(0), "{text}");
    assert_eq!(text.matches("haul: saved ").count(), 10, "{text}");
    assert!(
        text.contains("haul: 10 links: 10 saved (48.8 KiB)"),
        "{text}"
    );

    let rerun = home.get(&["-i", &list]);
    let text = stderr(&rerun);
    assert_eq!(rerun.status.code(), Some(0), "{text}");
    assert_eq!(text.matches("already downloaded: ").count(), 3, "{text}");
    assert!(text.contains("... and 7 more already downloaded"), "{text}");
    assert!(
        text.contains("haul: 10 links: 0 saved (0 B), 10 already downloaded"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 5, "{text}");
}

/// Behind a proxy (offices, schools), `http_proxy` is how people tell programs about it.
#[test]
fn the_proxy_named_in_http_proxy_carries_the_download() {
    let proxy = TestServer::start();
    let body = data(300_000, 140);
    // Through a proxy the request names the whole link. The link's own address has nothing
    // listening, so only the proxy can deliver it (and nothing leaves this machine).
    proxy.route("http://127.0.0.2:9/report.bin", Route::file(body.clone()));
    let home = Home::new();
    let output = home
        .haul()
        .env("http_proxy", proxy.url(""))
        .env_remove("HTTP_PROXY")
        .env_remove("all_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("no_proxy")
        .env_remove("NO_PROXY")
        .arg("get")
        .arg("-d")
        .arg(home.downloads())
        .arg("http://127.0.0.2:9/report.bin")
        .output()
        .expect("run haul");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        sha256_file(&home.downloads().join("report.bin")),
        sha256(&body)
    );
    assert!(!proxy.requests("http://127.0.0.2:9/report.bin").is_empty());
}
