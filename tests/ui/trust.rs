//! A certificate no authority of this computer vouches for: the row offers to trust it, the
//! dialog shows its host and SHA-256, and trusting it (for that host only) lets the download
//! finish; the settings keep the choice with the fingerprint.

use egui_kittest::kittest::Queryable;
use haul::app::{Command, RowAction, actions_for};
use haul::config::Settings;
use haul::engine::{Reason, Status};

use super::Window;
use super::support::tls_server::TlsServer;
use super::support::{data, sha256};

#[test]
fn a_certificate_is_trusted_for_its_host_by_an_explicit_choice() {
    let body = data(40_000, 1801);
    let server = TlsServer::start(&body);
    let mut window = Window::open_with(vec![server.url("127.0.0.1")], |_| {});
    window.wait_for_download("the refusal", |d| {
        matches!(
            &d.status,
            Status::Failed {
                reason: Reason::Tls {
                    fingerprint: Some(_),
                    ..
                }
            }
        )
    });
    // The row as the window shows it (the engine's look may be a frame ahead of it).
    window.wait_for_label_containing("Failed: ");
    let row = window.snapshot().downloads[0].clone();
    assert!(actions_for(&row).contains(&RowAction::TrustCertificate));
    let Status::Failed {
        reason: Reason::Tls {
            fingerprint: Some(fingerprint),
            ..
        },
    } = &row.status
    else {
        unreachable!()
    };
    window.harness.state_mut().execute(
        None,
        Command::Act(RowAction::TrustCertificate, vec![row.id]),
    );
    window.settle();
    window.wait_for_label("Trust the certificate of 127.0.0.1?");
    // The fingerprint shown in groups of four, as certificate viewers show it.
    let grouped = fingerprint
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    window.harness.get_by_label(&grouped);
    window
        .harness
        .get_by_label("Trust it for 127.0.0.1")
        .click();
    window.wait_for_download("the file", |d| d.status == Status::Finished);
    assert_eq!(
        sha256(&std::fs::read(window.downloads().join("file.bin")).expect("file")),
        sha256(&body)
    );
    let config = window.paths().config_file();
    window.step_until("the choice kept", |_| {
        Settings::load(&config)
            .0
            .trusted_certificates
            .iter()
            .any(|trusted| trusted.host == "127.0.0.1" && trusted.sha256 == *fingerprint)
    });
}
