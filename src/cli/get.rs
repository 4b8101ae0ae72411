//! `haul get`: download links without a window and exit with a status scripts can use.
//!
//! 0 when every file finished, 1 when something failed (each failure is explained on stderr),
//! 2 for bad usage. Interrupting (Ctrl+C, SIGTERM, SIGHUP) saves progress; running the same
//! command again continues the partial files.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use url::Url;

use super::get_args::{GetArgs, ProxyArg};
use super::progress::ProgressView;
use crate::config::Settings;
use crate::describe;
use crate::engine::from_browser::{FromBrowser, HeaderProblem};
use crate::engine::net::login::Login;
use crate::engine::net::proxy::{Exceptions, ProxyChoice};
use crate::engine::{AddRequest, Algorithm, Checksum, Engine, Reason, Relink, Status};
use crate::i18n::t;
use crate::links;
use crate::paths::Paths;

/// How often the progress bars are brought up to date.
const VIEW_INTERVAL: Duration = Duration::from_millis(100);

/// All downloads finished.
pub const EXIT_OK: u8 = 0;
/// Some download failed or was interrupted.
pub const EXIT_FAILED: u8 = 1;
/// The command line was wrong.
pub const EXIT_USAGE: u8 = 2;

/// What to download, after reading the arguments and link files.
struct Plan {
    urls: Vec<Url>,
    skipped: Vec<String>,
    dir: PathBuf,
    /// The digest given with --sha256 or --checksum.
    checksum: Option<Checksum>,
    /// Digests given with links in lists, by link.
    checksums: std::collections::HashMap<String, Checksum>,
    /// What -H, -A and -e add to each request (to the link's own server).
    extra: Option<Arc<FromBrowser>>,
}

/// Runs `haul get` and returns the exit status.
pub fn run(args: GetArgs, paths: &Paths) -> u8 {
    let (settings, settings_problem) = Settings::load(&paths.config_file());
    if let Some(problem) = settings_problem {
        eprintln!("haul: {problem}");
    }
    let plan = match plan(&args, &settings, paths) {
        Ok(plan) => plan,
        Err(message) => {
            eprintln!("haul: {message}\n{}", t!("cli-try-help"));
            return EXIT_USAGE;
        }
    };
    for skipped in &plan.skipped {
        eprintln!("haul: {}", t!("cli-skipped", what = skipped.as_str()));
    }
    if plan.urls.is_empty() {
        eprintln!("haul: {}", t!("cli-no-usable-links"));
        return EXIT_FAILED;
    }
    if !make_folder(&plan.dir) {
        return EXIT_FAILED;
    }
    let engine = match Engine::start(engine_config(&args, &settings, paths)) {
        Ok(engine) => engine,
        Err(err) => {
            eprintln!("haul: {}", describe::engine_error(&err));
            return EXIT_FAILED;
        }
    };
    let watch = Watch::start(&engine);
    let not_added = add_all(&engine, &args, &plan);
    let mut view = ProgressView::new(args.quiet);
    let snapshot = watch.until_done(&engine, &mut view);
    if watch.interrupted() {
        engine.shutdown(crate::engine::limits::SHUTDOWN_WAIT);
        eprintln!("haul: {}", t!("cli-interrupted"));
        return EXIT_FAILED;
    }
    engine.shutdown(crate::engine::limits::SHUTDOWN_WAIT);
    print_notices(&engine);
    let unfinished = report_unfinished(&snapshot);
    if let Some(summary) = view.summary(&snapshot) {
        eprintln!("haul: {summary}");
    }
    if not_added || unfinished || !plan.skipped.is_empty() {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}

/// Creates the download folder; false (and says why) when it cannot be.
fn make_folder(dir: &Path) -> bool {
    let Err(err) = std::fs::create_dir_all(dir) else {
        return true;
    };
    let shown = dir.display().to_string();
    if dir.exists() && !dir.is_dir() {
        eprintln!("haul: {}", t!("cli-folder-is-file", path = shown));
    } else {
        eprintln!(
            "haul: {}",
            t!(
                "cli-cannot-create-folder",
                path = shown,
                detail = err.to_string()
            )
        );
    }
    false
}

/// The settings, with the command line's own choices on top.
fn engine_config(
    args: &GetArgs,
    settings: &Settings,
    paths: &Paths,
) -> crate::engine::EngineConfig {
    let mut config = settings.engine_config(None);
    // No list is kept, but a torrent killed mid-way knows at the rerun which pieces it had.
    config.torrent_state_dir = Some(paths.data_dir.join("torrents"));
    if let Some(jobs) = args.jobs {
        config.jobs = usize::from(jobs);
    }
    if let Some(connections) = args.connections {
        config.connections = usize::from(connections);
    }
    if let Some(limit) = args.limit {
        config.speed_limit = limit;
    }
    if args.no_checksum_discovery {
        config.checksum_discovery = false;
    }
    if args.no_netrc {
        config.netrc = None;
    }
    // Like aria2c --seed-time=0: done when the files are complete, unless asked to seed.
    config.peers.seed = if args.seed_ratio.is_some() || args.seed_time.is_some() {
        // As aria2c reads them (a ratio of 0 alone: until stopped).
        let finite = |n: &f64| n.is_finite() && *n >= 0.0;
        crate::engine::net::peers::SeedGoal::from_aria2(
            args.seed_ratio.filter(finite),
            args.seed_time.filter(finite),
        )
    } else {
        crate::engine::net::peers::SeedGoal::NONE
    };
    match &args.proxy {
        Some(ProxyArg::None) => config.network.proxy = ProxyChoice::Direct,
        Some(ProxyArg::Via(proxy)) => {
            config.network.proxy = ProxyChoice::Manual {
                proxy: proxy.clone(),
                except: Exceptions::parse(args.noproxy.as_deref().unwrap_or_default()),
            }
        }
        None => {}
    }
    config.peers.proxy = crate::engine::net::peers::peer_proxy(&config.network.proxy);
    config
}

/// Adds every planned link; true when some could not be added (each is said).
fn add_all(engine: &Engine, args: &GetArgs, plan: &Plan) -> bool {
    // `-u`, as curl takes it: "user:password" (a link's own login goes over it).
    let login = args.user.as_deref().map(|given| {
        let (user, password) = given.split_once(':').unwrap_or((given, ""));
        Login {
            user: user.to_owned(),
            password: password.to_owned(),
        }
    });
    let requests = plan
        .urls
        .iter()
        .map(|given| {
            let url = match &login {
                Some(login) if given.username().is_empty() => {
                    login.on_link(given).unwrap_or_else(|| given.clone())
                }
                _ => given.clone(),
            };
            (given, url)
        })
        .map(|(given, url)| AddRequest {
            file_name: args.output.clone(),
            checksum: plan
                .checksum
                .clone()
                .or_else(|| plan.checksums.get(given.as_str()).cloned()),
            again: args.again,
            // A partial of the same name from another link: continued if it is the same
            // file, else started over in place (never a second copy beside it).
            relink: Relink::SameFileOrStartOver,
            // A folder given with -d is where every file goes; else categories may choose.
            by_category: args.dir.is_none(),
            from_browser: plan.extra.clone(),
            quality: args.quality,
            kind: args.yt_dlp.then_some(crate::engine::state::Kind::Page),
            only_files: args.select_file.clone().map(|files| files.0),
            ..AddRequest::new(url, plan.dir.clone())
        })
        .collect();
    let mut failed = false;
    for result in engine.add_many(requests) {
        if let Err(err) = result {
            eprintln!("haul: {}", describe::add_error(&err));
            failed = true;
        }
    }
    failed
}

/// Waiting for the downloads: woken when they settle or by Ctrl+C (a second one exits at
/// once), else on the progress bars' own clock.
struct Watch {
    wake: mpsc::Receiver<()>,
    interrupted: Arc<AtomicBool>,
}

impl Watch {
    fn start(engine: &Engine) -> Self {
        let (wake_tx, wake) = mpsc::channel::<()>();
        let engine_wake = wake_tx.clone();
        engine.set_settled_waker(move || {
            let _ = engine_wake.send(());
        });
        let interrupted = Arc::new(AtomicBool::new(false));
        let handler_flag = Arc::clone(&interrupted);
        let handler_result = ctrlc::set_handler(move || {
            if handler_flag.swap(true, Ordering::SeqCst) {
                // A second Ctrl+C: the user really wants out now.
                std::process::exit(130);
            }
            let _ = wake_tx.send(());
        });
        if let Err(err) = handler_result {
            log::warn!("could not install the Ctrl+C handler: {err}");
        }
        Self { wake, interrupted }
    }

    fn interrupted(&self) -> bool {
        self.interrupted.load(Ordering::SeqCst)
    }

    /// Shows progress until every download settled or Ctrl+C; the last picture.
    fn until_done(&self, engine: &Engine, view: &mut ProgressView) -> crate::engine::Snapshot {
        let mut last_view: Option<Instant> = None;
        let snapshot = loop {
            let _ = self.wake.recv_timeout(VIEW_INTERVAL);
            while self.wake.try_recv().is_ok() {}
            print_notices(engine);
            // The whole picture (maybe thousands of rows) is copied only when the bars are
            // due or everything is done.
            let done = self.interrupted() || (engine.is_idle() && !engine.any_seeding());
            if done || last_view.is_none_or(|at| at.elapsed() >= VIEW_INTERVAL) {
                let snapshot = engine.snapshot();
                view.update(&snapshot);
                last_view = Some(Instant::now());
                if done {
                    break snapshot;
                }
            }
        };
        view.finish();
        snapshot
    }
}

fn print_notices(engine: &Engine) {
    for notice in engine.take_notices().iter().filter(|n| !n.is_milestone()) {
        eprintln!("haul: {}", describe::notice(notice));
    }
}

/// Says why each unfinished download did not finish; true when there was one.
fn report_unfinished(snapshot: &crate::engine::Snapshot) -> bool {
    let mut any = false;
    for download in &snapshot.downloads {
        let reason = match &download.status {
            Status::Finished => continue,
            Status::Failed { reason } => describe::describe_reason(reason),
            Status::Paused {
                reason: Some(reason @ Reason::DiskFull { .. }),
            } => t!(
                "cli-free-space-and-rerun",
                reason = describe::describe_reason(reason)
            ),
            other => describe::status(other),
        };
        any = true;
        eprintln!(
            "haul: {}",
            t!(
                "cli-failed",
                name = download.display_name(),
                reason = reason,
                link = download.display_url()
            )
        );
    }
    any
}

/// Why the command line cannot be carried out as given.
#[derive(Debug, thiserror::Error)]
pub(super) enum UsageError {
    /// Neither links nor link lists.
    #[error("{}", t!("cli-no-links"))]
    NoLinks,
    /// A link list that cannot be read.
    #[error("{}", t!("cli-cannot-read", path = path.display().to_string(), detail = source.to_string()))]
    Unreadable {
        /// The list (`-` for stdin).
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// `-o` with more than one link.
    #[error("{}", t!("cli-output-one-link"))]
    OutputNeedsOneLink,
    /// `-o` with a path instead of a name.
    #[error("{}", t!("cli-output-a-name"))]
    OutputNotAName,
    /// `--sha256` that is not 64 hexadecimal digits.
    #[error("{}", t!("cli-bad-sha256"))]
    BadSha256,
    /// `--checksum` that is not a known kind with the right length.
    #[error("{}", t!("cli-bad-checksum"))]
    BadChecksum,
    /// A checksum for more than one link.
    #[error("{}", t!("cli-checksum-one-link"))]
    ChecksumNeedsOneLink,
    /// A header line that cannot be sent.
    #[error("{}", describe::header_problem(.0))]
    BadHeader(HeaderProblem),
}

fn plan(args: &GetArgs, settings: &Settings, paths: &Paths) -> Result<Plan, UsageError> {
    let mut urls = Vec::new();
    let mut skipped = Vec::new();
    let mut checksums = std::collections::HashMap::new();
    for arg in &args.urls {
        // A `.torrent` file by its path (the command line may read the disk).
        if let Some(torrent) = links::torrent_path_argument(arg) {
            urls.push(torrent);
            continue;
        }
        let parsed = links::parse_argument(arg);
        if parsed.urls.is_empty() && parsed.problems.is_empty() {
            skipped.push(t!("cli-not-a-link", text = arg.as_str()));
        }
        for problem in parsed.problems {
            skipped.push(t!(
                "cli-quoted-problem",
                text = problem.text.as_str(),
                reason = problem.reason.as_str()
            ));
        }
        checksums.extend(parsed.checksums);
        urls.extend(parsed.urls);
    }
    for input in &args.input {
        let text = read_input(input)?;
        let parsed = links::parse_links(&text);
        for problem in parsed.problems {
            skipped.push(format!("{} {problem}", input.display()));
        }
        checksums.extend(parsed.checksums);
        urls.extend(parsed.urls);
    }
    let mut seen = std::collections::HashSet::new();
    urls.retain(|url| seen.insert(url.as_str().to_owned()));
    if urls.is_empty() && skipped.is_empty() {
        return Err(UsageError::NoLinks);
    }
    if args.output.is_some() && urls.len() + skipped.len() > 1 {
        return Err(UsageError::OutputNeedsOneLink);
    }
    if let Some(output) = &args.output
        && (output.is_empty() || output.contains(['/', '\\']))
    {
        return Err(UsageError::OutputNotAName);
    }
    let checksum = match (&args.sha256, &args.checksum) {
        (Some(hex), _) => {
            Some(Checksum::from_hex(Algorithm::Sha256, hex).ok_or(UsageError::BadSha256)?)
        }
        (None, Some(text)) => Some(Checksum::parse(text).ok_or(UsageError::BadChecksum)?),
        (None, None) => None,
    };
    if checksum.is_some() && urls.len() + skipped.len() > 1 {
        return Err(UsageError::ChecksumNeedsOneLink);
    }
    let dir = args
        .dir
        .clone()
        .unwrap_or_else(|| settings.download_dir_or(&paths.download_dir));
    let mut extra = FromBrowser::default();
    let named = [("User-Agent", &args.user_agent), ("Referer", &args.referer)];
    let lines = named
        .into_iter()
        .filter_map(|(name, value)| Some(format!("{name}: {}", value.as_ref()?)))
        .chain(args.header.iter().cloned());
    for line in lines {
        extra.take_line(&line).map_err(UsageError::BadHeader)?;
    }
    Ok(Plan {
        urls,
        skipped,
        dir,
        checksum,
        checksums,
        extra: (!extra.is_empty()).then(|| Arc::new(extra)),
    })
}

/// Reads a link list from a file or, for `-`, from stdin.
pub(super) fn read_input(path: &Path) -> Result<String, UsageError> {
    let mut bytes = Vec::new();
    let result = if path == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    result.map_err(|source| UsageError::Unreadable {
        path: path.to_owned(),
        source,
    })?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
