//! An HTTPS server for the tests: `openssl s_server -WWW` on 127.0.0.1 serving one file,
//! with a test authority made for the run (and another one that did not sign it), so a test
//! chooses which the client trusts.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::wait_until;

/// `openssl s_server -WWW` serving a folder with a certificate for 127.0.0.1.
pub struct TlsServer {
    /// Its folder: `ca.pem`, `other-ca.pem`, `leaf.pem` and the served `www/`.
    pub dir: tempfile::TempDir,
    child: Child,
    /// Its port on 127.0.0.1.
    pub port: u16,
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
    pub fn start(file: &[u8]) -> Self {
        Self::start_valid_for(file, "2")
    }

    /// A server whose certificate is valid for `days` (negative: it expired).
    pub fn start_valid_for(file: &[u8], days: &str) -> Self {
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
                days,
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

    pub fn url(&self, host: &str) -> String {
        format!("https://{host}:{}/file.bin", self.port)
    }
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
