//! `haul get` over https against a real TLS server on 127.0.0.1 (`openssl s_server` with a
//! test authority made for the run): a certificate the system trusts (here through
//! `SSL_CERT_FILE`) downloads; one it does not fails at once with a sentence about the
//! certificate, no retries and no noise from the TLS library.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use super::support::proxies::{Kind, TestProxy};
use super::support::server::{Route, TestServer};
use super::support::{data, file_names, sha256, sha256_file, wait_until};
use super::{Home, stderr};

/// `openssl s_server -WWW` serving a folder with a certificate for 127.0.0.1.
struct TlsServer {
    dir: tempfile::TempDir,
    child: Child,
    port: u16,
}

fn openssl(dir: &Path, args: &[&str]) {
    let output = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl must be installed (apt-get install openssl)");
    assert!(
        output.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Makes a certificate authority `NAME.pem` / `NAME.key` in `dir`.
fn authority(dir: &Path, name: &str) {
    let (pem, key) = (format!("{name}.pem"), format!("{name}.key"));
    let subject = format!("/CN=Haul Test Authority {name}");
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-subj",
            &subject,
            "-days",
            "2",
            "-keyout",
            &key,
            "-out",
            &pem,
        ],
    );
}

impl TlsServer {
    fn start(file: &[u8]) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path();
        authority(path, "ca");
        authority(path, "other-ca");
        openssl(
            path,
            &[
                "req",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:P-256",
                "-nodes",
                "-subj",
                "/CN=127.0.0.1",
                "-keyout",
                "leaf.key",
                "-out",
                "leaf.csr",
            ],
        );
        std::fs::write(
            path.join("leaf.ext"),
            "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
        )
        .expect("write extensions");
        openssl(
            path,
            &[
                "x509",
                "-req",
                "-in",
                "leaf.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                "leaf.ext",
                "-out",
                "leaf.pem",
            ],
        );
        let www = path.join("www");
        std::fs::create_dir(&www).expect("mkdir");
        std::fs::write(www.join("file.bin"), file).expect("write file");
        let port = {
            let listener = TcpListener::bind("127.0.0.1:0").expect("free port");
            listener.local_addr().expect("address").port()
        };
        let child = Command::new("openssl")
            .args(["s_server", "-quiet", "-WWW", "-accept"])
            .arg(format!("127.0.0.1:{port}"))
            .arg("-cert")
            .arg(path.join("leaf.pem"))
            .arg("-key")
            .arg(path.join("leaf.key"))
            .current_dir(&www)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start openssl s_server");
        let server = Self { dir, child, port };
        wait_until(Duration::from_secs(10), "the TLS server to listen", || {
            TcpStream::connect(("127.0.0.1", port)).ok()
        });
        server
    }

    fn url(&self, host: &str) -> String {
        format!("https://{host}:{}/file.bin", self.port)
    }

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

impl Drop for TlsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
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
