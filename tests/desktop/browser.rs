//! From the browser to Haul, for real: Haul as a native messaging host speaking the framed
//! protocol (refusing what is wrong, starting the window when none runs), and Chromium under
//! Xvfb with the unpacked extension catching a download that needs a login cookie and its page
//! as Referer, which Haul then fetches into its own folder (the same shop serves the Firefox
//! test).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::support::server::{Route, TestServer};
use super::support::xsession::XSession;
use super::support::{data, extension_origin, native_message, sha256, sha256_file, wait_until};
use super::{haul_command, session_env};
use haul::browser::install::{Target, install};

/// Kills the Haul windows running with `home` as their home (started by a native host, so
/// not children of the test).
pub(super) fn kill_windows_of(home: &Path) {
    let wanted = format!("HOME={}", home.display());
    let binary = std::fs::canonicalize(env!("CARGO_BIN_EXE_haul")).expect("binary");
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let dir = entry.path();
        let is_haul = std::fs::read_link(dir.join("exe")).is_ok_and(|exe| exe == binary);
        let ours = std::fs::read(dir.join("environ"))
            .is_ok_and(|env| env.split(|b| *b == 0).any(|var| var == wanted.as_bytes()));
        if is_haul
            && ours
            && let Some(pid) = entry.file_name().to_str()
        {
            let _ = Command::new("kill").arg(pid).status();
        }
    }
}

#[test]
fn the_host_checks_messages_and_starts_the_window_when_none_runs() {
    let Some(x) = XSession::start() else { return };
    let home = tempfile::tempdir().expect("temp dir");
    let server = TestServer::start();
    let body = data(400_000, 1301);
    server.route(
        "/acct/statement.pdf",
        Route::file(body.clone()).requires("cookie", "login=yes"),
    );
    let mut host = haul_command(&x, home.path())
        .arg(extension_origin())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the host");
    let ping = native_message(&mut host, r#"{"type":"ping"}"#);
    assert_eq!(ping["ok"], true);
    let bad = native_message(
        &mut host,
        r#"{"type":"download","downloads":[{"url":"javascript:alert(1)"}]}"#,
    );
    assert_eq!(bad["ok"], false);
    assert!(
        bad["error"]
            .as_str()
            .is_some_and(|e| e.contains("not a link") || e.contains("only http and https")),
        "{bad}"
    );
    let message = serde_json::json!({
        "type": "download",
        "ask": false,
        "downloads": [{
            "url": server.url("/acct/statement.pdf"),
            "referer": server.url("/acct/"),
            "user_agent": "Mozilla/5.0 TestBrowser",
            "cookie": "login=yes",
            "file_name": "statement.pdf",
        }],
    })
    .to_string();
    let started = Instant::now();
    let answer = native_message(&mut host, &message);
    assert_eq!(answer["ok"], true, "{answer}");
    drop(host.stdin.take());
    let _ = host.wait();
    let file = home.path().join("out/statement.pdf");
    wait_until(
        Duration::from_secs(60),
        "the file from the started window",
        || file.exists().then_some(()),
    );
    assert_eq!(sha256_file(&file), sha256(&body));
    assert!(started.elapsed() < Duration::from_secs(60));
    kill_windows_of(home.path());
}

/// A shop page on `server` that logs the visitor in (a cookie) and then starts a download
/// that needs both the login and the page as Referer; the file's bytes.
pub(super) fn shop(server: &TestServer) -> Vec<u8> {
    let body = data(3_000_000, 1302);
    server.route(
        "/shop/page.html",
        Route::file(
            b"<html><body><a id=\"get\" href=\"/shop/report.bin\">report</a><script>\
              setTimeout(() => document.getElementById('get').click(), 4000);\
              </script></body></html>"
                .to_vec(),
        )
        .header("Content-Type", "text/html")
        .header("Set-Cookie", "session=s3cret; Path=/"),
    );
    server.route(
        "/shop/report.bin",
        Route::file(body.clone())
            .throttle(300_000)
            .requires("cookie", "session=s3cret")
            .requires("referer", "/shop/page.html")
            .disposition("attachment; filename=\"report.bin\""),
    );
    body
}

/// Waits until Haul saved the shop's file in its own folder (`home/out`), then stops the
/// browser and Haul, and checks that Haul's requests carried the login, the page and the
/// browser's User-Agent (`agent`), and that the browser kept nothing.
pub(super) fn assert_haul_caught_the_shop_file(
    server: &TestServer,
    home: &Path,
    body: &[u8],
    browser: &mut Child,
    agent: &str,
) {
    let file = home.join("out/report.bin");
    let finished = wait_until_or(Duration::from_secs(90), || {
        (file.exists() && sha256_file(&file) == sha256(body)).then_some(())
    });
    let _ = browser.kill();
    let _ = browser.wait();
    kill_windows_of(home);
    assert!(
        finished.is_some(),
        "Haul did not save the file; the server saw {:?}",
        server
            .requests("/shop/report.bin")
            .iter()
            .map(|r| (
                r.header("user-agent").map(str::to_owned),
                r.header("cookie").map(str::to_owned)
            ))
            .collect::<Vec<_>>()
    );
    // Haul's requests (no browser fetch metadata) carried the login and the page.
    let haul_requests: Vec<_> = server
        .requests("/shop/report.bin")
        .into_iter()
        .filter(|r| r.header("sec-fetch-mode").is_none())
        .collect();
    assert!(!haul_requests.is_empty());
    for request in &haul_requests {
        assert!(
            request
                .header("cookie")
                .is_some_and(|c| c.contains("session=s3cret"))
        );
        assert!(
            request
                .header("referer")
                .is_some_and(|r| r.contains("/shop/page.html"))
        );
        assert!(
            request
                .header("user-agent")
                .is_some_and(|a| a.contains(agent))
        );
    }
    let in_browser_folder = std::fs::read_dir(home.join("Downloads"))
        .map(|entries| entries.flatten().count())
        .unwrap_or(0);
    assert_eq!(in_browser_folder, 0, "the browser kept nothing of it");
}

/// Writes Haul's host manifest into `dir` as `haul browser install` does, in Firefox's form
/// or Chromium's, for the binary under test.
pub(super) fn install_host(dir: PathBuf, firefox: bool) {
    let binary = std::fs::canonicalize(env!("CARGO_BIN_EXE_haul")).expect("binary");
    let target = Target {
        browser: "under test",
        dir,
        firefox,
    };
    install(&binary, &[target]).expect("host manifest");
}

#[test]
fn chromium_hands_a_download_behind_a_login_to_haul() {
    if Command::new("chromium").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is missing on CI"
        );
        eprintln!("SKIPPED: needs chromium (apt-get install chromium)");
        return;
    }
    let _turn = super::one_browser_at_a_time();
    let Some(x) = XSession::start() else { return };
    let home = tempfile::tempdir().expect("temp dir");
    let profile = home.path().join("chromium");
    // With its own --user-data-dir, Chromium looks for hosts inside that folder.
    install_host(profile.join("NativeMessagingHosts"), false);

    let server = TestServer::start();
    let body = shop(&server);
    // Haul's settings (its folder: home/out) before anything starts it.
    drop(haul_command(&x, home.path()));
    let mut command = chromium(&profile);
    command.arg(server.url("/shop/page.html"));
    session_env(&mut command, &x, home.path());
    command.stderr(Stdio::null());
    let mut chromium = command.spawn().expect("start chromium");
    assert_haul_caught_the_shop_file(&server, home.path(), &body, &mut chromium, "Chrom");
}

/// Chromium with a fresh profile and the unpacked extension; nothing leaves this machine (no
/// background requests, no name lookups, anything not on 127.0.0.1 goes to a closed port).
pub(super) fn chromium(profile: &Path) -> Command {
    let mut command = Command::new("chromium");
    command
        .args([
            "--no-sandbox",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-gpu",
            "--password-store=basic",
            "--disable-background-networking",
            "--disable-component-update",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            "--proxy-server=127.0.0.1:9",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!(
            "--load-extension={}",
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("assets/browser")
                .display()
        ));
    command
}

pub(super) fn wait_until_or(
    timeout: Duration,
    mut check: impl FnMut() -> Option<()>,
) -> Option<()> {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if let Some(found) = check() {
            return Some(found);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    None
}

#[test]
fn the_extensions_logic_passes_its_node_tests() {
    let extension = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/browser");
    let output = match Command::new("node").arg("--test").arg(&extension).output() {
        Ok(output) => output,
        Err(_) => {
            assert!(std::env::var_os("CI").is_none(), "node is missing on CI");
            eprintln!("SKIPPED: needs node (apt-get install nodejs)");
            return;
        }
    };
    assert!(
        output.status.success(),
        "node --test failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
