//! The command line's help in the user's language. Clap's help comes from the doc comments
//! (English); here each subcommand's description and each option's help is replaced by the
//! message `help-<subcommand>-<option>` (`help-get-dir`), and the headings (Usage, Options,
//! Arguments, Commands) by theirs. Clap's own error messages stay English.

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::t;
use crate::i18n::tr_opt;

/// The command line as given, with help in the user's language; exits on `--help`,
/// `--version` or bad usage, as clap does.
pub fn parse() -> Cli {
    let matches = localized().get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|err| err.exit())
}

/// Haul's command line with every help text in the user's language.
pub fn localized() -> clap::Command {
    localize(Cli::command(), "help", true)
}

fn localize(mut command: clap::Command, key: &str, top: bool) -> clap::Command {
    if let Some(about) = tr_opt(&format!("{key}-about")) {
        command = command.about(about).long_about(None);
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    let (options, arguments) = (t!("help-options"), t!("help-arguments"));
    for id in ids {
        let help = tr_opt(&format!("{key}-{id}"));
        let (options, arguments) = (options.clone(), arguments.clone());
        command = command.mut_arg(id, move |arg| {
            let heading = if arg.is_positional() {
                arguments
            } else {
                options
            };
            let arg = arg.help_heading(heading);
            match help {
                Some(help) => arg.help(help).long_help(None),
                None => arg,
            }
        });
    }
    // Clap's own -h and -V, with help in the user's language.
    command = command.disable_help_flag(true).arg(flag(
        "help",
        'h',
        ArgAction::Help,
        t!("help-help"),
        &options,
    ));
    if top {
        command = command.disable_version_flag(true).arg(flag(
            "version",
            'V',
            ArgAction::Version,
            t!("help-version"),
            &options,
        ));
    }
    command = command
        .subcommand_help_heading(t!("help-commands"))
        .help_template(format!(
            "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            t!("help-usage")
        ));
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .filter(|name| name != "help")
        .collect();
    for name in names {
        let sub_key = format!("{key}-{name}");
        command = command.mut_subcommand(&name, move |sub| localize(sub, &sub_key, false));
    }
    command
}

/// A flag clap would make itself (`-h/--help`, `-V/--version`), with `help` as its words.
fn flag(name: &'static str, short: char, action: ArgAction, help: String, heading: &str) -> Arg {
    Arg::new(name)
        .short(short)
        .long(name)
        .action(action)
        .help(help)
        .help_heading(heading.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every subcommand and option has its message, so no help stays English by accident.
    #[test]
    fn every_option_and_subcommand_has_a_message() {
        fn walk(command: &clap::Command, key: &str, missing: &mut Vec<String>) {
            if tr_opt(&format!("{key}-about")).is_none() {
                missing.push(format!("{key}-about"));
            }
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                if id != "help" && id != "version" && tr_opt(&format!("{key}-{id}")).is_none() {
                    missing.push(format!("{key}-{id}"));
                }
            }
            for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
                walk(sub, &format!("{key}-{}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "help", &mut missing);
        assert!(missing.is_empty(), "no message for {missing:?}");
        let help = localized().render_help().to_string();
        assert!(help.contains("Usage: "), "{help}");
        assert!(help.contains("Start hidden in the tray"), "{help}");
    }
}
