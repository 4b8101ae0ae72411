//! Checksums found without typing them: response headers of each kind, a sidecar, sums files
//! in GNU and BSD format (and one a folder's index links to), each right and with one flipped
//! byte in the body; sums files that are too big, binary or on another host are not used; and
//! discovery switched off.

use std::sync::Arc;

use base64::Engine as _;
use sha2::Digest as _;

use super::support::server::{Route, TestServer};
use super::support::{data, file_names, sha256};
use super::{add, fast_config, wait_settled};
use haul::engine::checksum::Source;
use haul::engine::{Download, Engine, EngineConfig, Reason, Status};

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn flipped(body: &[u8]) -> Vec<u8> {
    let mut body = body.to_vec();
    body[1234] ^= 0x5a;
    body
}

/// Downloads `path` into a fresh folder and returns the settled row and the folder.
fn fetch(engine: &Engine, server: &TestServer, path: &str) -> (Arc<Download>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = add(engine, &server.url(path), dir.path());
    (wait_settled(engine, id), dir)
}

fn assert_verified(row: &Download, source: Source) {
    assert_eq!(row.status, Status::Finished, "{:?}", row.status);
    let verified = row.verified.as_ref().expect("verified");
    assert_eq!(verified.source, source);
}

fn assert_damaged(row: &Download, dir: &tempfile::TempDir, name: &str, source: &str) {
    let words = haul::describe::status(&row.status);
    assert!(
        matches!(
            &row.status,
            Status::Failed {
                reason: Reason::ChecksumMismatch { .. }
            }
        ),
        "{words}"
    );
    assert!(words.contains(source), "{words}");
    assert_eq!(
        file_names(dir.path()),
        vec![format!("{name}.damaged")],
        "never under its own name"
    );
}

#[test]
fn headers_of_each_kind_verify_and_catch_a_flipped_byte() {
    let server = TestServer::start();
    let body = data(300_000, 901);
    let sha = sha2::Sha256::digest(&body);
    let md5 = md5::Md5::digest(&body);
    let cases = [
        ("Repr-Digest", format!("sha-256=:{}:", b64(&sha))),
        ("Digest", format!("SHA-256={}", b64(&sha))),
        ("X-Checksum-Sha256", sha256(&body)),
        ("x-goog-hash", format!("crc32c=AAAAAA==, md5={}", b64(&md5))),
    ];
    let engine = Engine::start(fast_config()).expect("engine");
    for (i, (header, value)) in cases.iter().enumerate() {
        let good = format!("/h{i}/good.bin");
        server.route(&good, Route::file(body.clone()).header(header, value));
        let (row, _dir) = fetch(&engine, &server, &good);
        assert_verified(&row, Source::Header((*header).to_owned()));

        let bad = format!("/h{i}/bad.bin");
        server.route(&bad, Route::file(flipped(&body)).header(header, value));
        let (row, dir) = fetch(&engine, &server, &bad);
        assert_damaged(&row, &dir, "bad.bin", header);
    }
    let words = haul::describe::describe_reason(&Reason::ChecksumMismatch {
        algorithm: "SHA-256".into(),
        expected: "a".into(),
        actual: "b".into(),
        source: Some(Source::SumsFile("SHA256SUMS".into())),
    });
    assert_eq!(
        words,
        "damaged: SHA-256 does not match the one in SHA256SUMS"
    );
}

#[test]
fn a_sidecar_and_sums_files_in_both_formats_are_found() {
    let server = TestServer::start();
    let body = data(200_000, 902);
    let hex = sha256(&body);
    let engine = Engine::start(fast_config()).expect("engine");

    server.route("/side/tool.tar.gz", Route::file(body.clone()));
    server.route(
        "/side/tool.tar.gz.sha256",
        Route::file(format!("{hex}  tool.tar.gz\n").into_bytes()),
    );
    let (row, _dir) = fetch(&engine, &server, "/side/tool.tar.gz");
    assert_verified(&row, Source::Sidecar("tool.tar.gz.sha256".into()));

    let other = "0".repeat(64);
    server.route("/gnu/disk.iso", Route::file(flipped(&body)));
    server.route(
        "/gnu/SHA256SUMS",
        Route::file(
            format!("{other}  notes.txt\n{hex} *disk.iso\n{other}  disk.img\n").into_bytes(),
        ),
    );
    let (row, dir) = fetch(&engine, &server, "/gnu/disk.iso");
    assert_damaged(&row, &dir, "disk.iso", "SHA256SUMS");

    server.route("/bsd/Fedora-40.iso", Route::file(body.clone()));
    server.route(
        "/bsd/Fedora-40-CHECKSUM",
        Route::file(
            format!(
                "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n# Fedora-40.iso\nSHA256 (Fedora-40.raw) = {other}\nSHA256 (Fedora-40.iso) = {hex}\n-----BEGIN PGP SIGNATURE-----\n"
            )
            .into_bytes(),
        ),
    );
    let (row, _dir) = fetch(&engine, &server, "/bsd/Fedora-40.iso");
    assert_verified(&row, Source::SumsFile("Fedora-40-CHECKSUM".into()));

    // Each source also catches a flipped byte (and GNU lists verify good files too).
    server.route("/side2/tool.tar.gz", Route::file(flipped(&body)));
    server.route(
        "/side2/tool.tar.gz.sha256",
        Route::file(format!("{hex}\n").into_bytes()),
    );
    let (row, dir) = fetch(&engine, &server, "/side2/tool.tar.gz");
    assert_damaged(&row, &dir, "tool.tar.gz", "tool.tar.gz.sha256");
    server.route("/gnu2/disk.iso", Route::file(body.clone()));
    server.route(
        "/gnu2/SHA256SUMS",
        Route::file(
            format!(
                "{other}  a.iso
{hex}  disk.iso
"
            )
            .into_bytes(),
        ),
    );
    let (row, _dir) = fetch(&engine, &server, "/gnu2/disk.iso");
    assert_verified(&row, Source::SumsFile("SHA256SUMS".into()));
    server.route("/bsd2/Fedora-40.iso", Route::file(flipped(&body)));
    server.route(
        "/bsd2/Fedora-40-CHECKSUM",
        Route::file(format!("SHA256 (Fedora-40.iso) = {hex}\n").into_bytes()),
    );
    let (row, dir) = fetch(&engine, &server, "/bsd2/Fedora-40.iso");
    assert_damaged(&row, &dir, "Fedora-40.iso", "Fedora-40-CHECKSUM");

    // Fedora names its sums file after the release, not the image: the folder's index says.
    server.route(
        "/idx/Fedora-Workstation-Live-40.iso",
        Route::file(body.clone()),
    );
    let mut index =
        Route::file(b"<a href=\"Fedora-Workstation-40-x86_64-CHECKSUM\">sums</a>".to_vec());
    index
        .headers
        .push(("Content-Type".into(), "text/html".into()));
    server.route("/idx/", index);
    server.route(
        "/idx/Fedora-Workstation-40-x86_64-CHECKSUM",
        Route::file(format!("SHA256 (Fedora-Workstation-Live-40.iso) = {hex}\n").into_bytes()),
    );
    let (row, _dir) = fetch(&engine, &server, "/idx/Fedora-Workstation-Live-40.iso");
    assert_verified(
        &row,
        Source::SumsFile("Fedora-Workstation-40-x86_64-CHECKSUM".into()),
    );
}

#[test]
fn unusable_sums_files_are_ignored() {
    let server = TestServer::start();
    let other_server = TestServer::start();
    let body = data(100_000, 903);
    let hex = sha256(&body);
    let engine = Engine::start(fast_config()).expect("engine");

    // Bigger than the cap (the listing is at the end), binary, and on another host.
    let mut huge = vec![b'#'; 2 * 1024 * 1024];
    huge.extend_from_slice(format!("\n{hex}  a.bin\n").as_bytes());
    server.route("/huge/a.bin", Route::file(flipped(&body)));
    server.route("/huge/SHA256SUMS", Route::file(huge));
    let mut binary = format!("{hex}  b.bin\n").into_bytes();
    binary.push(0);
    server.route("/bin/b.bin", Route::file(flipped(&body)));
    server.route("/bin/SHA256SUMS", Route::file(binary));
    other_server.route(
        "/SHA256SUMS",
        Route::file(format!("{hex}  c.bin\n").into_bytes()),
    );
    server.route("/away/c.bin", Route::file(flipped(&body)));
    server.route(
        "/away/SHA256SUMS",
        Route::redirect(302, &other_server.url("/SHA256SUMS")),
    );
    for path in ["/huge/a.bin", "/bin/b.bin", "/away/c.bin"] {
        let (row, _dir) = fetch(&engine, &server, path);
        assert_eq!(row.status, Status::Finished, "{path}: {:?}", row.status);
        assert_eq!(row.verified, None, "{path}: not checked against it");
    }
    assert!(
        other_server.requests("/SHA256SUMS").is_empty(),
        "nothing fetched from another host"
    );
}

#[test]
fn discovery_can_be_switched_off() {
    let server = TestServer::start();
    let body = data(100_000, 904);
    server.route("/off/d.bin", Route::file(flipped(&body)));
    server.route(
        "/off/SHA256SUMS",
        Route::file(format!("{}  d.bin\n", sha256(&body)).into_bytes()),
    );
    let engine = Engine::start(EngineConfig {
        checksum_discovery: false,
        ..fast_config()
    })
    .expect("engine");
    let (row, _dir) = fetch(&engine, &server, "/off/d.bin");
    assert_eq!(row.status, Status::Finished);
    assert_eq!(row.verified, None);
    assert!(server.requests("/off/SHA256SUMS").is_empty(), "not asked");
}

#[test]
fn a_segmented_download_is_read_back_and_verified() {
    let server = TestServer::start();
    let body = data(6_000_000, 905);
    server.route(
        "/seg/big.bin",
        Route::file(body.clone()).throttle(3_000_000),
    );
    server.route(
        "/seg/big.bin.sha256",
        Route::file(format!("{}\n", sha256(&body)).into_bytes()),
    );
    let engine = Engine::start(EngineConfig {
        connections: 4,
        ..fast_config()
    })
    .expect("engine");
    let (row, _dir) = fetch(&engine, &server, "/seg/big.bin");
    assert_verified(&row, Source::Sidecar("big.bin.sha256".into()));
}

#[test]
fn a_long_list_from_one_folder_asks_for_its_sums_once_and_checks_every_file() {
    let server = TestServer::start();
    let engine = Engine::start(fast_config()).expect("engine");
    // One at a time, so which files are asked for sidecars is certain.
    engine.set_jobs(1);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut sums = String::new();
    let mut ids = Vec::new();
    for n in 0..12u64 {
        let body = data(20_000 + n as usize, 950 + n);
        sums.push_str(&format!("{}  f{n}.bin\n", sha256(&body)));
        // One file in the middle arrives damaged: it is caught like the first ones.
        let served = if n == 9 { flipped(&body) } else { body };
        server.route(&format!("/many/f{n}.bin"), Route::file(served));
    }
    server.route("/many/SHA256SUMS", Route::file(sums.into_bytes()));
    for n in 0..12 {
        ids.push(add(
            &engine,
            &server.url(&format!("/many/f{n}.bin")),
            dir.path(),
        ));
    }
    for (n, id) in ids.into_iter().enumerate() {
        let row = wait_settled(&engine, id);
        if n == 9 {
            assert!(
                matches!(
                    &row.status,
                    Status::Failed {
                        reason: Reason::ChecksumMismatch { .. }
                    }
                ),
                "{:?}",
                row.status
            );
        } else {
            assert_verified(&row, Source::SumsFile("SHA256SUMS".into()));
        }
    }
    assert_eq!(server.requests("/many/SHA256SUMS").len(), 1, "asked once");
    let asked: Vec<usize> = (0..12)
        .filter(|n| {
            !server
                .requests(&format!("/many/f{n}.bin.sha256"))
                .is_empty()
        })
        .collect();
    // A folder without sidecars is asked for three files, and no more files ask at once
    // than that, so exactly the first three asked.
    assert_eq!(asked, [0, 1, 2], "sidecars asked for files {asked:?}");
}

#[test]
fn a_host_without_checksum_files_is_asked_for_a_few_downloads_only() {
    // Twenty files, each in a folder of its own (as images on a CDN), none with checksums.
    let server = TestServer::start();
    let engine = Engine::start(fast_config()).expect("engine");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ids = Vec::new();
    for n in 0..20u64 {
        let path = format!("/img/{n}/photo{n}.jpg");
        server.route(&path, Route::file(data(8_000, 960 + n)));
        ids.push(add(&engine, &server.url(&path), dir.path()));
    }
    for id in ids {
        let row = wait_settled(&engine, id);
        assert_eq!(row.status, Status::Finished, "{:?}", row.status);
    }
    let folders_asked = (0..20)
        .filter(|n| !server.requests(&format!("/img/{n}/SHA256SUMS")).is_empty())
        .count();
    assert!(
        folders_asked <= 5,
        "{folders_asked} folders asked for checksum files"
    );

    // A host whose folders publish checksums is asked for every download, in every folder.
    let other = TestServer::start();
    let mut ids = Vec::new();
    for n in 0..8u64 {
        let body = data(8_000, 990 + n);
        other.route(&format!("/rel/v{n}/tool.tar.gz"), Route::file(body.clone()));
        other.route(
            &format!("/rel/v{n}/SHA256SUMS"),
            Route::file(format!("{}  tool.tar.gz\n", sha256(&body)).into_bytes()),
        );
        let out = dir.path().join(format!("v{n}"));
        ids.push(add(
            &engine,
            &other.url(&format!("/rel/v{n}/tool.tar.gz")),
            &out,
        ));
    }
    for id in ids {
        assert_verified(
            &wait_settled(&engine, id),
            Source::SumsFile("SHA256SUMS".into()),
        );
    }
}

#[test]
fn a_slow_checksum_lookup_is_shown_while_the_finished_file_waits_for_it() {
    let server = TestServer::start();
    let body = data(20_000, 999);
    server.route("/slow/tool.bin", Route::file(body.clone()));
    // The sidecar trickles in over about two seconds, long after the file is here.
    server.route(
        "/slow/tool.bin.sha256",
        Route::file(format!("{}  tool.bin\n", sha256(&body)).into_bytes()).throttle(40),
    );
    let engine = Engine::start(fast_config()).expect("engine");
    let dir = tempfile::tempdir().expect("temp dir");
    let id = add(&engine, &server.url("/slow/tool.bin"), dir.path());
    let row = super::wait_for(
        &engine,
        id,
        std::time::Duration::from_secs(5),
        "the lookup to show",
        |d| d.status == Status::FindingChecksum,
    );
    assert_eq!(
        haul::describe::status(&row.status),
        "Looking for a checksum…"
    );
    assert_verified(
        &wait_settled(&engine, id),
        Source::Sidecar("tool.bin.sha256".into()),
    );
}

#[test]
fn a_checksum_beside_a_file_behind_a_login_or_a_cookie_is_found_with_it() {
    let server = TestServer::start();
    let body = data(150_000, 905);
    let sidecar = |name: &str| format!("{}  {name}\n", sha256(&body)).into_bytes();
    server.route(
        "/basic/a.bin",
        Route::file(body.clone()).basic_login("ann:s3cret"),
    );
    server.route(
        "/basic/a.bin.sha256",
        Route::file(sidecar("a.bin")).basic_login("ann:s3cret"),
    );
    server.route(
        "/digest/b.bin",
        Route::file(body.clone()).digest_login("ann", "s3cret"),
    );
    server.route(
        "/digest/b.bin.sha256",
        Route::file(sidecar("b.bin")).digest_login("ann", "s3cret"),
    );
    server.route(
        "/members/c.bin",
        Route::file(body.clone()).requires("cookie", "session=42"),
    );
    server.route(
        "/members/c.bin.sha256",
        Route::file(sidecar("c.bin")).requires("cookie", "session=42"),
    );
    let engine = Engine::start(fast_config()).expect("engine");
    let dir = tempfile::tempdir().expect("temp dir");
    let with_login = |path: &str| format!("http://ann:s3cret@127.0.0.1:{}{path}", server.port());
    let basic = add(&engine, &with_login("/basic/a.bin"), dir.path());
    let digest = add(&engine, &with_login("/digest/b.bin"), dir.path());
    let mut request = haul::engine::AddRequest::new(
        url::Url::parse(&server.url("/members/c.bin")).expect("url"),
        dir.path(),
    );
    let mut cookie = haul::engine::FromBrowser::default();
    cookie.take_line("Cookie: session=42").expect("cookie");
    request.from_browser = Some(Arc::new(cookie));
    let members = engine.add(request).expect("added");
    for (id, name) in [(basic, "a.bin"), (digest, "b.bin"), (members, "c.bin")] {
        let row = wait_settled(&engine, id);
        assert_verified(&row, Source::Sidecar(format!("{name}.sha256")));
    }
}
