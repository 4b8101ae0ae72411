//! The `haul` binary: parse the command line, set up logging, then either open the window or
//! run `haul get`.

use std::process::ExitCode;

use haul::cli::Command;
use haul::paths::Paths;

fn main() -> ExitCode {
    let mut logger =
        env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn"));
    if std::env::var_os("RUST_LOG").is_none() {
        // It logs every refused certificate as an error; Haul says it once, in words.
        logger.filter_module("rustls_platform_verifier", log::LevelFilter::Off);
        // Its warnings are about single peers and its own resume copy (Haul keeps its own,
        // see engine/kinds/torrent/known_pieces); what a torrent's row needs is in words.
        logger.filter_module("librqbit", log::LevelFilter::Error);
    }
    // Milliseconds: what a transfer does (growth, retries) happens within a second.
    logger.format_timestamp_millis();
    logger.init();
    haul::i18n::set_language(haul::i18n::for_setting("system"));
    let Some(paths) = Paths::from_system() else {
        eprintln!("haul: {}", haul::i18n::t!("cli-no-home"));
        return ExitCode::from(haul::cli::get::EXIT_FAILED);
    };
    // A browser starting its native messaging host: speak that protocol, nothing else.
    let args: Vec<String> = std::env::args_os()
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    if haul::browser::is_native_messaging(&args) {
        return ExitCode::from(haul::browser::host::run(&paths));
    }
    let (settings, _) = haul::config::Settings::load(&paths.config_file());
    haul::i18n::set_language(haul::i18n::for_setting(&settings.language));
    let cli = haul::cli::help::parse();
    match cli.command {
        Some(Command::Get(args)) => ExitCode::from(haul::cli::get::run(*args, &paths)),
        Some(Command::Browser { action }) => ExitCode::from(haul::cli::browser::run(&action)),
        Some(Command::Daemon(args)) => match haul::cli::daemon::run(args, &paths) {
            Ok(code) => ExitCode::from(code),
            Err(err) => {
                eprintln!("haul: {err:#}");
                ExitCode::from(haul::cli::get::EXIT_FAILED)
            }
        },
        None => match haul::app::run::run(paths, cli.urls, cli.hidden) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("haul: {err:#}");
                ExitCode::from(haul::cli::get::EXIT_FAILED)
            }
        },
    }
}
