//! `haul browser install` and `uninstall`: the host manifests that let the browser extension
//! reach Haul, written (or removed) in the user's folders, saying what was done.

use directories::BaseDirs;

use super::BrowserAction;
use crate::browser::install;
use crate::i18n::t;

/// Runs `haul browser ACTION`; the exit status.
pub fn run(action: &BrowserAction) -> u8 {
    let Some(dirs) = BaseDirs::new() else {
        eprintln!("haul: {}", t!("cli-no-home"));
        return 1;
    };
    let targets = install::targets(dirs.home_dir(), dirs.config_dir());
    let result = match action {
        BrowserAction::Install => std::env::current_exe()
            .and_then(|binary| binary.canonicalize())
            .and_then(|binary| {
                let written = install::install(&binary, &targets)?;
                for (target, path) in targets.iter().zip(&written) {
                    println!(
                        "{}",
                        t!(
                            "browser-wrote",
                            browser = target.browser,
                            path = path.display().to_string()
                        )
                    );
                }
                println!(
                    "{}",
                    t!("browser-installed", path = binary.display().to_string())
                );
                Ok(())
            }),
        BrowserAction::Uninstall => install::uninstall(&targets).map(|removed| {
            for path in &removed {
                println!(
                    "{}",
                    t!("browser-removed", path = path.display().to_string())
                );
            }
            if removed.is_empty() {
                println!("{}", t!("browser-nothing-to-remove"));
            }
        }),
    };
    match result {
        Ok(()) => 0,
        Err(err) => {
            eprintln!("haul: {err}");
            1
        }
    }
}
