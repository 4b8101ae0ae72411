//! Settings: what the user can tune, read from `haul.toml` in the config folder.
//!
//! `config/haul.toml` in the repository is the documented default and is compiled in; a test
//! keeps it equal to [`Settings::builtin`]. A damaged settings file is reported and left alone
//! (defaults apply), so a typo never costs the user their file.

mod network;
mod queues;
mod theme;
mod torrents;
mod typos;

pub use network::{ProxyMode, TrustedCertificate, proxy_choice};
pub use queues::{DAY_NAMES, QueueSettings, RepeatSetting, SpeedScheduleSettings, WhenDone, rate};
pub use theme::Theme;

use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::engine::files::categories::{Categories, Category};
use crate::engine::limits::{
    CONNECT_TIMEOUT_SECS, CONNECTIONS_PER_FILE, CONNECTIONS_PER_HOST, JOBS, Limit, MAX_ATTEMPTS,
    MAX_RETRY_DELAY_SECS, RETRY_DELAY_MS, STALL_TIMEOUT_SECS,
};
use crate::engine::rate::Rate;
use crate::engine::{EngineConfig, NetworkSettings, RetryPolicy, files::fsutil};

/// aria2's JSON-RPC port, which its clients try first.
pub const DEFAULT_REMOTE_PORT: u16 = 6800;

/// The documented defaults, as shipped in `config/haul.toml`.
pub const DEFAULT_TOML: &str = include_str!("../../config/haul.toml");

/// Everything a user can set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default = "Settings::builtin")]
pub struct Settings {
    /// Folder for downloads; empty means the system's Downloads folder.
    pub download_dir: PathBuf,
    /// Downloads running at once.
    pub jobs: usize,
    /// Connections per file.
    pub connections_per_file: usize,
    /// Most connections to one host.
    pub connections_per_host: usize,
    /// Overall speed limit such as "2M"; empty for none.
    pub speed_limit: String,
    /// Attempts in a row without progress before failing.
    pub max_attempts: u32,
    /// First retry delay in milliseconds (doubles each time).
    pub retry_delay_ms: u64,
    /// Longest retry delay in seconds.
    pub max_retry_delay_secs: u64,
    /// Seconds without data before a connection is given up.
    pub stall_timeout_secs: u64,
    /// Seconds to wait for a connection.
    pub connect_timeout_secs: u64,
    /// Which proxy downloads use.
    pub proxy: ProxyMode,
    /// The proxy for `proxy = "manual"`, such as "socks5h://user:password@host:1080".
    pub proxy_address: String,
    /// Hosts that go around that proxy ("localhost, .lan, 10.0.0.0/8").
    pub proxy_except: String,
    /// A file of more certificate authorities to trust (PEM); empty for none.
    pub ca_file: String,
    /// Certificates the user chose to trust, each for one host.
    pub trusted_certificates: Vec<TrustedCertificate>,
    /// Desktop notifications when downloads finish or fail while the window is not in front.
    pub notifications: bool,
    /// The window's colours: follow the desktop, or always light or dark.
    pub theme: Theme,
    /// Look for published checksums beside downloads (SHA256SUMS, NAME.sha256, ...) and
    /// verify finished files against them.
    pub checksum_discovery: bool,
    /// Find torrents' peers through the DHT (off: trackers and the peers a magnet names only).
    pub torrent_dht: bool,
    /// Ask torrents' trackers for peers.
    pub torrent_trackers: bool,
    /// Exchange peers with peers (PEX); private torrents never do.
    pub torrent_pex: bool,
    /// Ask the router (UPnP) to forward the torrent port.
    pub torrent_upnp: bool,
    /// The port torrent peers reach Haul on (0: any free one).
    pub torrent_port: u16,
    /// Most kilobytes per second sent to torrent peers, all together (0: no limit).
    pub torrent_upload_limit_kb: u64,
    /// Seed a finished torrent until it has sent this many times its size (0: not by ratio).
    pub seed_ratio: f64,
    /// Seed a finished torrent for at most this many minutes (0: not by time).
    pub seed_minutes: u64,
    /// The user's own categories, and changes to the built-in ones.
    pub categories: Vec<Category>,
    /// Queues besides Main (and Main's own limit, schedule and when-done).
    pub queues: Vec<QueueSettings>,
    /// The weekly speed grid.
    pub speed_schedule: SpeedScheduleSettings,
    /// What happens when every download is done.
    pub when_done: WhenDone,
    /// The command for `when_done = "command"`.
    pub when_done_command: String,
    /// Keep the computer from sleeping while downloads run.
    pub keep_awake: bool,
    /// With a tray, closing the window hides it and downloads go on.
    pub close_to_tray: bool,
    /// Offer links copied to the clipboard.
    pub watch_clipboard: bool,
    /// Start Haul (hidden in the tray) when the desktop session starts.
    pub start_with_desktop: bool,
    /// The window's and the command line's language: "system" (from the environment) or a
    /// tag such as "de" or "zh-CN".
    pub language: String,
    /// Let other programs control Haul over aria2's JSON-RPC.
    pub remote_control: bool,
    /// The port of that API.
    pub remote_port: u16,
    /// The secret every call must carry (made when remote control is first turned on).
    pub remote_secret: String,
    /// Listen on every network address, not only this computer's.
    pub remote_listen_all: bool,
    /// Web page origins allowed to call (where AriaNg is served from).
    pub remote_origins: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        toml::from_str(DEFAULT_TOML).unwrap_or_else(|_| Self::builtin())
    }
}

impl Settings {
    /// The defaults in code; must match `config/haul.toml`.
    pub fn builtin() -> Self {
        Self {
            download_dir: PathBuf::new(),
            jobs: JOBS.usize_default(),
            connections_per_file: CONNECTIONS_PER_FILE.usize_default(),
            connections_per_host: CONNECTIONS_PER_HOST.usize_default(),
            speed_limit: String::new(),
            max_attempts: u32::try_from(MAX_ATTEMPTS.default).unwrap_or(u32::MAX),
            retry_delay_ms: RETRY_DELAY_MS.default,
            max_retry_delay_secs: MAX_RETRY_DELAY_SECS.default,
            stall_timeout_secs: STALL_TIMEOUT_SECS.default,
            connect_timeout_secs: CONNECT_TIMEOUT_SECS.default,
            proxy: ProxyMode::System,
            proxy_address: String::new(),
            proxy_except: String::new(),
            ca_file: String::new(),
            trusted_certificates: Vec::new(),
            notifications: true,
            theme: Theme::System,
            checksum_discovery: true,
            torrent_dht: true,
            torrent_trackers: true,
            torrent_pex: true,
            torrent_upnp: true,
            torrent_port: 0,
            torrent_upload_limit_kb: 1024,
            seed_ratio: 1.0,
            seed_minutes: 0,
            categories: Vec::new(),
            queues: Vec::new(),
            speed_schedule: SpeedScheduleSettings::default(),
            when_done: WhenDone::Nothing,
            when_done_command: String::new(),
            keep_awake: true,
            close_to_tray: true,
            watch_clipboard: false,
            start_with_desktop: false,
            language: "system".to_owned(),
            remote_control: false,
            remote_port: DEFAULT_REMOTE_PORT,
            remote_secret: String::new(),
            remote_listen_all: false,
            remote_origins: Vec::new(),
        }
    }

    /// Reads settings from `path`. A missing file gives the defaults; a damaged one gives the
    /// defaults and a message for the user.
    pub fn load(path: &Path) -> (Self, Option<String>) {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return (Self::default(), None),
            Err(err) => {
                return (
                    Self::default(),
                    Some(crate::i18n::t!(
                        "settings-unreadable",
                        detail = err.to_string(),
                        path = path.display().to_string()
                    )),
                );
            }
        };
        match toml::from_str::<Settings>(&text) {
            Ok(settings) => {
                // Every rate that cannot be read is said (it would act as no limit).
                let rates = std::iter::once(&settings.speed_limit)
                    .chain(settings.queues.iter().map(|queue| &queue.speed_limit))
                    .chain(std::iter::once(&settings.speed_schedule.limited));
                let mut problems: Vec<String> = rates
                    .filter_map(|text| crate::format::parse_limit(text).err())
                    .map(|err| crate::i18n::t!("settings-bad-limit", detail = err.to_string()))
                    .collect();
                let known: Vec<String> = toml::Table::try_from(Settings::builtin())
                    .map(|table| table.keys().cloned().collect())
                    .unwrap_or_default();
                problems.extend(typos::unknown_keys(&text, &known));
                problems.extend(network::problem(&settings.proxy_choice()));
                problems.extend(out_of_range(&settings));
                let problem = (!problems.is_empty()).then(|| {
                    crate::i18n::t!(
                        "settings-problems",
                        path = path.display().to_string(),
                        problems = problems.join("; ")
                    )
                });
                (settings.clamped(), problem)
            }
            Err(err) => (
                Self::default(),
                Some(crate::i18n::t!(
                    "settings-invalid",
                    path = path.display().to_string(),
                    detail = err.message()
                )),
            ),
        }
    }

    /// Writes settings to `path` atomically, creating the folder if needed.
    pub fn save(&self, path: &Path) -> io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text = toml::to_string_pretty(self).map_err(io::Error::other)?;
        fsutil::write_atomic(path, text.as_bytes())
    }

    /// Values forced into their sensible ranges (see `NUMBERS`).
    pub fn clamped(mut self) -> Self {
        for number in NUMBERS {
            let held = number.limit.clamp((number.get)(&self));
            (number.set)(&mut self, held);
        }
        self
    }

    /// The download folder: the configured one, else `fallback` (the system's).
    pub fn download_dir_or(&self, fallback: &Path) -> PathBuf {
        if self.download_dir.as_os_str().is_empty() {
            fallback.to_owned()
        } else {
            self.download_dir.clone()
        }
    }

    /// The overall speed limit; an unreadable value is none (and said when the file is read).
    pub fn overall_limit(&self) -> Rate {
        rate(&self.speed_limit)
    }

    /// Where downloads go, as the engine takes it.
    pub fn proxy_choice(&self) -> crate::engine::net::proxy::ProxyChoice {
        proxy_choice(self.proxy, &self.proxy_address, &self.proxy_except)
    }

    /// Says `choice` in the proxy settings (the one in force, when the remote control set it).
    pub fn show_proxy(&mut self, choice: &crate::engine::net::proxy::ProxyChoice) {
        if let Some((mode, manual)) = network::fields(choice) {
            self.proxy = mode;
            if let Some((address, except)) = manual {
                self.proxy_address = address;
                self.proxy_except = except;
            }
        }
    }

    /// What is wrong with the proxy given by hand, in words (`None`: nothing).
    pub fn proxy_problem(&self) -> Option<String> {
        network::problem(&self.proxy_choice())
    }

    /// The user's categories with `~/` in their folders spelled out.
    fn own_categories(&self) -> Vec<Category> {
        self.categories
            .iter()
            .map(|category| Category {
                folder: crate::paths::expand_home(&category.folder),
                ..category.clone()
            })
            .collect()
    }

    /// The engine configuration these settings describe.
    pub fn engine_config(&self, queue_dir: Option<PathBuf>) -> EngineConfig {
        EngineConfig {
            jobs: self.jobs.max(1),
            network: NetworkSettings {
                connect_timeout: Duration::from_secs(self.connect_timeout_secs.max(1)),
                stall_timeout: Duration::from_secs(self.stall_timeout_secs.max(1)),
                proxy: self.proxy_choice(),
                tls: network::tls_trust(&self.ca_file, &self.trusted_certificates),
                ..NetworkSettings::default()
            },
            retry: RetryPolicy {
                max_attempts: self.max_attempts.max(1),
                base_delay: Duration::from_millis(self.retry_delay_ms),
                max_delay: Duration::from_secs(self.max_retry_delay_secs),
            },
            connections: self.connections_per_file,
            connections_per_host: self.connections_per_host,
            speed_limit: self.overall_limit(),
            queue_dir,
            undo_window: crate::engine::UNDO_WINDOW,
            checksum_discovery: self.checksum_discovery,
            categories: Categories::with(&self.own_categories()),
            queues: self
                .queues
                .iter()
                .map(|queue| queue.engine_queue(self.jobs.max(1)))
                .collect(),
            speed_grid: self.speed_schedule.grid(),
            netrc: Some(network::netrc_path()),
            clock: std::sync::Arc::new(crate::engine::clock::SystemClock),
            peers: torrents::peer_settings(&torrents::TorrentFields {
                dht: self.torrent_dht,
                trackers: self.torrent_trackers,
                pex: self.torrent_pex,
                upnp: self.torrent_upnp,
                port: self.torrent_port,
                upload_limit_kb: self.torrent_upload_limit_kb,
                seed_ratio: self.seed_ratio,
                seed_minutes: self.seed_minutes,
                proxy: crate::engine::net::peers::peer_proxy(&self.proxy_choice()),
            }),
            torrent_state_dir: None,
        }
    }
}

/// A setting that is a number: its name in the file, its range, and the field itself.
struct Number {
    name: &'static str,
    limit: Limit,
    get: fn(&Settings) -> u64,
    set: fn(&mut Settings, u64),
}

/// A [`Number`] for the field `$field` of [`Settings`] (any unsigned type; a value set is
/// always within its range, so it fits).
macro_rules! number {
    ($field:ident, $limit:expr) => {
        Number {
            name: stringify!($field),
            limit: $limit,
            get: |settings| u64::try_from(settings.$field).unwrap_or(u64::MAX),
            set: |settings, value| {
                settings.$field = value.try_into().unwrap_or(settings.$field);
            },
        }
    };
}

/// The settings that are numbers, with their ranges: the one list both holding them to their
/// ranges and naming those that were not.
const NUMBERS: [Number; 8] = [
    number!(jobs, JOBS),
    number!(connections_per_file, CONNECTIONS_PER_FILE),
    number!(connections_per_host, CONNECTIONS_PER_HOST),
    number!(max_attempts, MAX_ATTEMPTS),
    number!(retry_delay_ms, RETRY_DELAY_MS),
    number!(max_retry_delay_secs, MAX_RETRY_DELAY_SECS),
    number!(stall_timeout_secs, STALL_TIMEOUT_SECS),
    number!(connect_timeout_secs, CONNECT_TIMEOUT_SECS),
];

/// Numbers outside their range, with the value used instead.
fn out_of_range(written: &Settings) -> Vec<String> {
    NUMBERS
        .iter()
        .filter_map(|number| {
            let value = (number.get)(written);
            let used = number.limit.clamp(value);
            (used != value).then(|| {
                crate::i18n::t!(
                    "settings-out-of-range",
                    setting = format!("{} = {value}", number.name),
                    range = format!("{}-{}", number.limit.min, number.limit.max),
                    used = used.to_string()
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_file_matches_builtin_defaults() {
        let parsed: Settings = toml::from_str(DEFAULT_TOML).expect("config/haul.toml parses");
        assert_eq!(parsed, Settings::builtin());
    }

    #[test]
    fn partial_file_keeps_other_defaults_and_round_trips() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("haul.toml");
        std::fs::write(&path, "jobs = 7\n").expect("write");
        let (settings, problem) = Settings::load(&path);
        assert_eq!(problem, None);
        assert_eq!(settings.jobs, 7);
        assert_eq!(settings.max_attempts, Settings::builtin().max_attempts);
        settings.save(&path).expect("save");
        assert_eq!(Settings::load(&path).0, settings);
    }

    #[test]
    fn damaged_file_is_reported_and_untouched() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("haul.toml");
        std::fs::write(&path, "jobs = \"many\"\n[[[").expect("write");
        let (settings, problem) = Settings::load(&path);
        assert_eq!(settings, Settings::default());
        assert!(problem.expect("a message").contains("invalid"));
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "jobs = \"many\"\n[[["
        );
    }

    #[test]
    fn categories_are_read_and_give_their_rules() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("haul.toml");
        std::fs::write(
            &path,
            "jobs = 2\n\n[[categories]]\nname = \"Videos\"\nextensions = [\"mkv\"]\n\n\
             [[categories]]\nname = \"Work\"\nhosts = [\"example.com\"]\n",
        )
        .expect("write");
        let (settings, problem) = Settings::load(&path);
        assert_eq!(problem, None);
        assert_eq!(settings.categories.len(), 2);
        let config = settings.engine_config(None);
        let names = config.categories.names();
        assert_eq!(names.first().map(String::as_str), Some("Work"));
        let videos = config
            .categories
            .list()
            .iter()
            .find(|c| c.name == "Videos")
            .expect("videos");
        assert_eq!(videos.extensions, ["mkv"]);
        // Saved and read back unchanged.
        settings.save(&path).expect("save");
        assert_eq!(Settings::load(&path).0, settings);
    }

    #[test]
    fn unknown_keys_and_numbers_out_of_range_are_named_and_the_rest_applies() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("haul.toml");
        std::fs::write(
            &path,
            "connections = 2\njbos = 3\nsomething_else = true\njobs = 0\nstall_timeout_secs = 5\n",
        )
        .expect("write");
        let (settings, problem) = Settings::load(&path);
        let problem = problem.expect("a message");
        assert!(
            problem.contains(
                "'connections' is not a setting Haul knows (did you mean \
                 'connections_per_file' or 'connections_per_host'?)"
            ),
            "{problem}"
        );
        assert!(problem.contains("(did you mean 'jobs'?)"), "{problem}");
        assert!(
            problem.contains("'something_else' is not a setting Haul knows;"),
            "{problem}"
        );
        assert!(problem.contains("jobs = 0 is outside 1-"), "{problem}");
        assert!(problem.contains("; 1 is used"), "{problem}");
        assert_eq!(settings.jobs, 1);
        assert_eq!(settings.stall_timeout_secs, 5, "the good ones apply");
    }

    #[test]
    fn a_file_of_known_keys_in_range_says_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("haul.toml");
        std::fs::write(&path, DEFAULT_TOML).expect("write");
        assert_eq!(Settings::load(&path).1, None);
    }

    #[test]
    fn every_number_is_held_to_its_range() {
        let huge = Settings {
            jobs: usize::MAX / 2,
            connections_per_file: usize::MAX / 2,
            connections_per_host: usize::MAX / 2,
            max_attempts: u32::MAX,
            retry_delay_ms: u64::MAX / 2,
            max_retry_delay_secs: u64::MAX / 2,
            stall_timeout_secs: u64::MAX / 2,
            connect_timeout_secs: u64::MAX / 2,
            ..Settings::builtin()
        }
        .clamped();
        assert_eq!(huge.jobs as u64, JOBS.max);
        assert_eq!(huge.connections_per_file as u64, CONNECTIONS_PER_FILE.max);
        assert_eq!(huge.connections_per_host as u64, CONNECTIONS_PER_HOST.max);
        assert_eq!(u64::from(huge.max_attempts), MAX_ATTEMPTS.max);
        assert_eq!(huge.retry_delay_ms, RETRY_DELAY_MS.max);
        assert_eq!(huge.max_retry_delay_secs, MAX_RETRY_DELAY_SECS.max);
        assert_eq!(huge.stall_timeout_secs, STALL_TIMEOUT_SECS.max);
        assert_eq!(huge.connect_timeout_secs, CONNECT_TIMEOUT_SECS.max);
        let zero = Settings {
            jobs: 0,
            max_attempts: 0,
            ..Settings::builtin()
        }
        .clamped();
        assert_eq!((zero.jobs, zero.max_attempts), (1, 1));
    }
}
