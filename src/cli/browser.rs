//! `haul browser install` and `uninstall`: the host manifests that let the browser extension
//! reach Haul, written (or removed) in the user's folders, saying what was done.

use directories::BaseDirs;

use super::BrowserAction;
use crate::browser::install;

/// Runs `haul browser ACTION`; the exit status.
pub fn run(action: &BrowserAction) -> u8 {
    let Some(dirs) = BaseDirs::new() else {
        eprintln!("haul: cannot find the home folder; set HOME");
        return 1;
    };
    let targets = install::targets(dirs.home_dir(), dirs.config_dir());
    let result = match action {
        BrowserAction::Install => std::env::current_exe()
            .and_then(|binary| binary.canonicalize())
            .and_then(|binary| {
                let written = install::install(&binary, &targets)?;
                for (target, path) in targets.iter().zip(&written) {
                    println!("{}: wrote {}", target.browser, path.display());
                }
                println!(
                    "Haul ({}) can now be reached from the extension in assets/browser/ \
                     (load it unpacked; see the README).",
                    binary.display()
                );
                Ok(())
            }),
        BrowserAction::Uninstall => install::uninstall(&targets).map(|removed| {
            for path in &removed {
                println!("removed {}", path.display());
            }
            if removed.is_empty() {
                println!("nothing to remove");
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
