//! "Start with the desktop": an autostart entry that opens Haul hidden in the tray.

use std::path::{Path, PathBuf};

/// Where the desktop looks for programs to start at login.
pub fn autostart_file(config_home: &Path) -> PathBuf {
    config_home
        .join("autostart")
        .join(format!("{}.desktop", crate::paths::APP_ID))
}

/// Writes (or, with `on` false, removes) the autostart entry starting `program` hidden.
pub fn set_autostart(config_home: &Path, program: &Path, on: bool) -> std::io::Result<()> {
    let file = autostart_file(config_home);
    if !on {
        return match std::fs::remove_file(&file) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err),
            _ => Ok(()),
        };
    }
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = format!(
        "[Desktop Entry]\nType=Application\nName=Haul\nComment=Download manager\n\
         Exec={} --hidden\nIcon={}\nTerminal=false\nX-GNOME-Autostart-enabled=true\n",
        exec_quoted(program),
        crate::paths::APP_ID
    );
    crate::engine::files::fsutil::write_atomic(&file, text.as_bytes())
}

/// A path as a desktop entry's Exec key wants it (quoted when it holds spaces or quotes).
fn exec_quoted(program: &Path) -> String {
    let text = program.display().to_string();
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
    {
        return text;
    }
    let escaped: String = text
        .chars()
        .flat_map(|c| match c {
            '"' | '`' | '$' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("\"{escaped}\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_autostart_entry_is_written_quoted_and_removed() {
        let home = tempfile::tempdir().expect("temp dir");
        let program = Path::new("/opt/my apps/haul");
        set_autostart(home.path(), program, true).expect("written");
        let text = std::fs::read_to_string(autostart_file(home.path())).expect("read");
        assert!(
            text.contains("Exec=\"/opt/my apps/haul\" --hidden\n"),
            "{text}"
        );
        assert!(text.starts_with("[Desktop Entry]\n"));
        set_autostart(home.path(), program, false).expect("removed");
        assert!(!autostart_file(home.path()).exists());
        set_autostart(home.path(), program, false).expect("removing twice is fine");
    }
}
