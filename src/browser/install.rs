//! `haul browser install`: the host manifests each browser needs to find Haul, written in the
//! user's own folders with the absolute path of this binary and the extension's fixed id.
//!
//! | browser  | folder |
//! |----------|--------|
//! | Firefox  | `~/.mozilla/native-messaging-hosts/` |
//! | Chrome   | `~/.config/google-chrome/NativeMessagingHosts/` |
//! | Chromium | `~/.config/chromium/NativeMessagingHosts/` |
//! | Brave    | `~/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts/` |
//! | Vivaldi  | `~/.config/vivaldi/NativeMessagingHosts/` |
//! | Edge     | `~/.config/microsoft-edge/NativeMessagingHosts/` |
//!
//! (`~/.config` is `$XDG_CONFIG_HOME` when set.) A Chromium-family browser started with its own
//! `--user-data-dir` looks in `NativeMessagingHosts/` inside that folder instead.

use std::io;
use std::path::{Path, PathBuf};

use serde_json::json;

use super::{CHROMIUM_EXTENSION_ID, GECKO_ID, HOST_NAME};

/// Where one browser looks for host manifests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The browser's name.
    pub browser: &'static str,
    /// The folder.
    pub dir: PathBuf,
    /// Firefox's manifest format (allowed extensions by id) rather than Chromium's (origins).
    pub firefox: bool,
}

/// The folders of every supported browser for a user with `home` and `config_home`.
pub fn targets(home: &Path, config_home: &Path) -> Vec<Target> {
    let chromium = |browser, path: &str| Target {
        browser,
        dir: config_home.join(path).join("NativeMessagingHosts"),
        firefox: false,
    };
    vec![
        Target {
            browser: "Firefox",
            dir: home.join(".mozilla/native-messaging-hosts"),
            firefox: true,
        },
        chromium("Chrome", "google-chrome"),
        chromium("Chromium", "chromium"),
        chromium("Brave", "BraveSoftware/Brave-Browser"),
        chromium("Vivaldi", "vivaldi"),
        chromium("Edge", "microsoft-edge"),
    ]
}

/// The host manifest for `binary`, in Firefox's or Chromium's form.
pub fn manifest(binary: &Path, firefox: bool) -> String {
    let mut manifest = json!({
        "name": HOST_NAME,
        "description": "Haul download manager",
        "path": binary.display().to_string(),
        "type": "stdio",
    });
    if firefox {
        manifest["allowed_extensions"] = json!([GECKO_ID]);
    } else {
        manifest["allowed_origins"] =
            json!([format!("chrome-extension://{CHROMIUM_EXTENSION_ID}/")]);
    }
    let mut text = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    text.push('\n');
    text
}

/// The manifest's file in `target`.
pub fn manifest_path(target: &Target) -> PathBuf {
    target.dir.join(format!("{HOST_NAME}.json"))
}

/// Writes the manifest for `binary` into every target; the files written.
pub fn install(binary: &Path, targets: &[Target]) -> io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for target in targets {
        std::fs::create_dir_all(&target.dir)?;
        let path = manifest_path(target);
        crate::engine::files::fsutil::write_atomic(
            &path,
            manifest(binary, target.firefox).as_bytes(),
        )?;
        written.push(path);
    }
    Ok(written)
}

/// Removes the manifests from every target; the files removed.
pub fn uninstall(targets: &[Target]) -> io::Result<Vec<PathBuf>> {
    let mut removed = Vec::new();
    for target in targets {
        let path = manifest_path(target);
        if path.exists() {
            crate::engine::files::fsutil::remove_if_exists(&path)?;
            removed.push(path);
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifests_name_the_binary_and_the_extension() {
        let firefox: serde_json::Value =
            serde_json::from_str(&manifest(Path::new("/opt/haul/haul"), true)).expect("json");
        assert_eq!(firefox["name"], HOST_NAME);
        assert_eq!(firefox["path"], "/opt/haul/haul");
        assert_eq!(firefox["type"], "stdio");
        assert_eq!(firefox["allowed_extensions"], json!(["haul@haul.dev"]));
        let chrome: serde_json::Value =
            serde_json::from_str(&manifest(Path::new("/opt/haul/haul"), false)).expect("json");
        assert_eq!(
            chrome["allowed_origins"],
            json!(["chrome-extension://fjenjilcfcageopkgadnomokdnlpdffh/"])
        );
    }

    #[test]
    fn install_and_uninstall_every_browser() {
        let home = tempfile::tempdir().expect("temp dir");
        let targets = targets(home.path(), &home.path().join(".config"));
        let written = install(Path::new("/usr/bin/haul"), &targets).expect("install");
        assert_eq!(written.len(), 6);
        assert!(
            home.path()
                .join(".config/BraveSoftware/Brave-Browser/NativeMessagingHosts/dev.haul.haul.json")
                .exists()
        );
        assert!(
            home.path()
                .join(".mozilla/native-messaging-hosts/dev.haul.haul.json")
                .exists()
        );
        assert_eq!(uninstall(&targets).expect("uninstall").len(), 6);
        assert!(uninstall(&targets).expect("again").is_empty());
    }

    #[test]
    fn the_extensions_manifest_agrees() {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/browser/manifest.json"),
        )
        .expect("the extension's manifest");
        let extension: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(
            extension["browser_specific_settings"]["gecko"]["id"],
            GECKO_ID
        );
        assert_eq!(extension["manifest_version"], 3);
        // The Chromium id is the key's SHA-256, first 32 hex digits spelled with a to p.
        use base64::Engine as _;
        use sha2::Digest as _;
        let key = base64::engine::general_purpose::STANDARD
            .decode(extension["key"].as_str().expect("key"))
            .expect("base64");
        let digest = sha2::Sha256::digest(key);
        let id: String = digest[..16]
            .iter()
            .flat_map(|b| [b >> 4, b & 15])
            .map(|n| char::from(b'a' + n))
            .collect();
        assert_eq!(id, CHROMIUM_EXTENSION_ID);
        let background = extension["background"]["scripts"].to_string();
        assert!(background.contains("logic.js"));
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/browser/logic.js"),
        )
        .expect("logic.js");
        assert!(text.contains(&format!("const HOST = \"{HOST_NAME}\"")));
    }
}
