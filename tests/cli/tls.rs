//! `haul get` over https against a real TLS server on 127.0.0.1 (`openssl s_server` with a
//! test authority made for the run): a certificate the system trusts (here through
//! `SSL_CERT_FILE`) downloads; one it does not fails at once with a sentence about the
//! certificate, no retries and no noise from the TLS library.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use super::support::proxies::{Kind, TestProxy};
use super::support::server::{Route, TestServer};
use super::support::tls_server::TlsServer;
use super::support::{data, file_names, sha256, sha256_file};
use super::{Home, stderr};

/// `haul get` from a test TLS server.
trait GetFrom {
    /// `haul get` of the file at `host`, trusting only the authority `trusted`.
    fn get(&self, home: &Home, host: &str, trusted: &str) -> (Output, Duration);
}

impl GetFrom for TlsServer {
    /// `haul get` of the file at `host`, trusting only the authority `trusted`.
    fn get(&self, home: &Home, host: &str, trusted: &str) -> (Output, Duration) {
        let roots = self.dir.path().join(format!("{trusted}.pem"));
        get_trusting(home, &self.url(host), &roots)
    }
}

/// `haul get` of `url`, with the certificates in `roots` as the system's only ones.
fn get_trusting(home: &Home, url: &str, roots: &Path) -> (Output, Duration) {
    let started = Instant::now();
    let output = home
        .haul()
        .env("SSL_CERT_FILE", roots)
        .env("SSL_CERT_DIR", roots)
        .arg("get")
        .arg("-d")
        .arg(home.downloads())
        .arg(url)
        .output()
        .expect("run haul");
    (output, started.elapsed())
}

#[test]
fn a_trusted_certificate_downloads_over_https() {
    let body = data(700_000, 901);
    let server = TlsServer::start(&body);
    let home = Home::new();
    let (output, _) = server.get(&home, "127.0.0.1", "ca");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        sha256_file(&home.downloads().join("file.bin")),
        sha256(&body)
    );
    assert_eq!(file_names(&home.downloads()), vec!["file.bin"]);
}

#[test]
fn an_untrusted_certificate_fails_at_once_and_says_why() {
    let body = data(50_000, 902);
    let server = TlsServer::start(&body);
    let home = Home::new();
    let (output, took) = server.get(&home, "127.0.0.1", "other-ca");
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains(
            "failed: file.bin: untrusted certificate (not signed by an authority this \
             computer trusts)"
        ),
        "{text}"
    );
    assert!(
        !text.contains("ERROR"),
        "one sentence, no library log: {text}"
    );
    assert!(took < Duration::from_secs(5), "no retries: took {took:?}");
    assert!(
        file_names(&home.downloads()).is_empty(),
        "nothing left behind: {:?}",
        file_names(&home.downloads())
    );
}

#[test]
fn a_certificate_for_another_name_is_refused() {
    let body = data(50_000, 903);
    let server = TlsServer::start(&body);
    let home = Home::new();
    let (output, _) = server.get(&home, "localhost", "ca");
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("failed: file.bin: certificate for another host name"),
        "{text}"
    );
}

#[test]
fn plain_http_needs_no_certificates_and_https_says_none_are_there() {
    let body = data(50_000, 904);
    let tls = TlsServer::start(&body);
    let plain = TestServer::start();
    plain.route("/plain.bin", Route::file(body.clone()));
    let home = Home::new();
    let nowhere = home.path().join("no-certificates-here");
    // The roots are read on the first https handshake: http works on a machine without any.
    let (output, _) = get_trusting(&home, &plain.url("/plain.bin"), &nowhere);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        sha256_file(&home.downloads().join("plain.bin")),
        sha256(&body)
    );
    let (output, _) = get_trusting(&home, &tls.url("127.0.0.1"), &nowhere);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("no trusted certificate authorities on this computer"),
        "{text}"
    );
    assert!(
        !text.contains("WARN"),
        "one sentence, no library log: {text}"
    );
}

#[test]
fn https_goes_through_an_http_proxy_tunnel_with_its_login() {
    let body = data(300_000, 903);
    let server = TlsServer::start(&body);
    let proxy = TestProxy::start(Kind::Http, Some("ann:s3cret"));
    let home = Home::new();
    let roots = server.dir.path().join("ca.pem");
    let output = home
        .haul()
        .env("SSL_CERT_FILE", &roots)
        .env("SSL_CERT_DIR", &roots)
        .args(["get", "--no-checksum-discovery", "--proxy"])
        .arg(format!("http://ann:s3cret@127.0.0.1:{}", proxy.port()))
        .arg("-d")
        .arg(home.downloads())
        .arg(server.url("127.0.0.1"))
        .output()
        .expect("run haul");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        sha256_file(&home.downloads().join("file.bin")),
        sha256(&body)
    );
    let seen = proxy.seen();
    assert!(
        seen.iter().any(|s| s.method == "CONNECT"
            && s.target == format!("127.0.0.1:{}", server.port)
            && s.login.as_deref() == Some("ann:s3cret")),
        "{seen:?}"
    );
}

/// Adds `lines` to the home's settings file.
fn add_settings(home: &Home, lines: &str) {
    let file = home.path().join("config/haul/haul.toml");
    let mut text = std::fs::read_to_string(&file).expect("settings");
    text.push_str(lines);
    std::fs::write(&file, text).expect("settings");
}

#[test]
fn an_expired_certificate_fails_at_once_and_says_so() {
    let server = TlsServer::start_valid_for(&data(10_000, 904), "-1");
    let home = Home::new();
    let (output, took) = server.get(&home, "127.0.0.1", "ca");
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("expired"), "{text}");
    assert!(took < Duration::from_secs(10), "retried: {took:?}");
    assert!(file_names(&home.downloads()).is_empty());
}

#[test]
fn a_ca_file_in_the_settings_is_trusted_beside_the_systems() {
    let body = data(60_000, 905);
    let server = TlsServer::start(&body);
    let home = Home::new();
    let ca = server.dir.path().join("ca.pem");
    add_settings(&home, &format!("ca_file = \"{}\"\n", ca.display()));
    // The system trusts only the other authority; the settings add the server's.
    let (output, _) = server.get(&home, "127.0.0.1", "other-ca");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        sha256_file(&home.downloads().join("file.bin")),
        sha256(&body)
    );
}

#[test]
fn a_certificate_trusted_for_its_host_by_fingerprint_passes_and_only_there() {
    let body = data(50_000, 906);
    let server = TlsServer::start(&body);
    let der = Command::new("openssl")
        .args(["x509", "-outform", "DER", "-in"])
        .arg(server.dir.path().join("leaf.pem"))
        .output()
        .expect("openssl")
        .stdout;
    let fingerprint = sha256(&der);
    // Trusted for another host only: still refused.
    let home = Home::new();
    add_settings(
        &home,
        &format!("[[trusted_certificates]]\nhost = \"localhost\"\nsha256 = \"{fingerprint}\"\n"),
    );
    let (output, _) = server.get(&home, "127.0.0.1", "other-ca");
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    // Trusted for this host: taken, though no authority vouches for it.
    let home = Home::new();
    add_settings(
        &home,
        &format!("[[trusted_certificates]]\nhost = \"127.0.0.1\"\nsha256 = \"{fingerprint}\"\n"),
    );
    let (output, _) = server.get(&home, "127.0.0.1", "other-ca");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        sha256_file(&home.downloads().join("file.bin")),
        sha256(&body)
    );
}
