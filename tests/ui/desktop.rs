//! Desktop integration: the .desktop file and AppStream metainfo are valid and match the
//! window's app id, and the icon set is complete.

use std::path::{Path, PathBuf};
use std::process::Command;

use haul::app::APP_ID;

fn assets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets")
}

/// Runs a validator; on CI the tool must exist (.ci/run installs it), elsewhere a missing
/// tool is reported and skipped.
fn validate(tool: &str, args: &[&str], file: &Path) {
    match Command::new(tool).args(args).arg(file).output() {
        Ok(output) => assert!(
            output.status.success(),
            "{tool} rejected {}:\n{}{}",
            file.display(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
        Err(err) if std::env::var_os("CI").is_some() => panic!("{tool} is missing on CI: {err}"),
        Err(_) => eprintln!(
            "SKIPPED {tool}: not installed (apt-get install desktop-file-utils appstream)"
        ),
    }
}

#[test]
fn desktop_file_is_valid_and_matches_the_app_id() {
    let file = assets().join(format!("{APP_ID}.desktop"));
    let text = std::fs::read_to_string(&file).expect("the .desktop file exists");
    assert!(text.contains("\nExec=haul %U\n"));
    assert!(text.contains("\nCategories=Network;FileTransfer;\n"));
    assert!(text.contains(&format!("\nIcon={APP_ID}\n")));
    assert!(text.contains(&format!("\nStartupWMClass={APP_ID}\n")));
    validate("desktop-file-validate", &[], &file);
}

#[test]
fn metainfo_is_valid_and_matches_the_app_id() {
    let file = assets().join(format!("{APP_ID}.metainfo.xml"));
    let text = std::fs::read_to_string(&file).expect("the metainfo file exists");
    assert!(text.contains(&format!("<id>{APP_ID}</id>")));
    assert!(text.contains(&format!(
        "<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>"
    )));
    validate("appstreamcli", &["validate", "--no-net"], &file);
}

#[test]
fn icons_come_in_every_size_and_as_ico() {
    for size in [16u32, 24, 32, 48, 64, 128, 256, 512] {
        let png = std::fs::read(assets().join(format!("icons/haul-{size}.png"))).expect("icon");
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{size}: not a PNG");
        let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
        let height = u32::from_be_bytes([png[20], png[21], png[22], png[23]]);
        assert_eq!((width, height), (size, size));
    }
    let ico = std::fs::read(assets().join("haul.ico")).expect("ico");
    assert_eq!(&ico[..4], &[0, 0, 1, 0], "ICO header");
    assert!(
        u16::from_le_bytes([ico[4], ico[5]]) >= 6,
        "several sizes inside"
    );
}

#[test]
fn the_debian_package_lists_files_that_exist() {
    let manifest: toml::Table = std::fs::read_to_string(assets().join("../Cargo.toml"))
        .expect("Cargo.toml")
        .parse()
        .expect("valid TOML");
    let deb = &manifest["package"]["metadata"]["deb"];
    let assets_list = deb["assets"].as_array().expect("assets");
    let mut icons = 0;
    for asset in assets_list {
        let source = asset[0].as_str().expect("source");
        if source == "target/release/haul" {
            continue;
        }
        let path = assets().join("..").join(source);
        assert!(
            path.is_file(),
            "{source} is listed in the package but missing"
        );
        icons += usize::from(source.starts_with("assets/icons/"));
    }
    assert_eq!(icons, 8, "every icon size is packaged");
    assert!(
        assets_list
            .iter()
            .any(|a| a[1].as_str() == Some("usr/share/applications/")),
        "the .desktop file is packaged"
    );
}
