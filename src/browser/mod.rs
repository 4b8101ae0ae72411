//! Haul and the browser: the extension in `assets/browser/` hands downloads to Haul through
//! native messaging, and the native messaging host is Haul itself. A browser starts `haul` with
//! its own arguments (Chromium-family browsers pass the extension's origin, Firefox the host
//! manifest's path and the extension's id); [`is_native_messaging`] recognizes them, and
//! [`host::run`] then speaks the protocol on stdin and stdout. `haul browser install` writes
//! the host manifests where each browser looks ([`install`]).

pub mod framing;
pub mod host;
pub mod install;

/// The native messaging host's name, as the extension calls it.
pub const HOST_NAME: &str = "dev.haul.haul";
/// The extension's id in Chromium-family browsers (fixed by the `key` in its manifest).
pub const CHROMIUM_EXTENSION_ID: &str = "fjenjilcfcageopkgadnomokdnlpdffh";
/// The extension's id in Firefox (`browser_specific_settings.gecko.id`).
pub const GECKO_ID: &str = "haul@haul.dev";

/// True when the arguments are a browser starting its native messaging host: Chromium and its
/// relatives pass `chrome-extension://ID/` (with `--parent-window=N` on Windows), Firefox the
/// path of the host manifest and the extension's id.
pub fn is_native_messaging(args: &[String]) -> bool {
    match args {
        [_, origin, ..] if origin.starts_with("chrome-extension://") => true,
        [_, manifest, id, ..] => manifest.ends_with(".json") && id == GECKO_ID,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_how_browsers_start_their_hosts() {
        let args = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(is_native_messaging(&args(&[
            "haul",
            "chrome-extension://fjenjilcfcageopkgadnomokdnlpdffh/"
        ])));
        assert!(is_native_messaging(&args(&[
            "haul",
            "/home/me/.mozilla/native-messaging-hosts/dev.haul.haul.json",
            "haul@haul.dev"
        ])));
        assert!(!is_native_messaging(&args(&[
            "haul",
            "https://example.com/a.iso"
        ])));
        assert!(!is_native_messaging(&args(&[
            "haul",
            "list.json",
            "other.json"
        ])));
        assert!(!is_native_messaging(&args(&["haul"])));
    }
}
