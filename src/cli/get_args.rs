//! The options of `haul get`, apart from the command that runs them (so `get` and the
//! command line's root both use them without going through each other).

use std::path::PathBuf;

use clap::Args;

use crate::engine::limits::{CONNECTIONS_PER_FILE, JOBS, Limit};

/// A limit's range as clap takes it.
fn limit_range(limit: Limit) -> std::ops::RangeInclusive<i64> {
    let to_i64 = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
    to_i64(limit.min)..=to_i64(limit.max)
}

/// `--quality`'s value.
fn quality_arg(text: &str) -> Result<crate::engine::state::Quality, String> {
    crate::engine::state::Quality::parse(text)
        .ok_or_else(|| format!("'{text}' is not a quality: best, worst, or lines such as 720p"))
}

/// `--select-file`'s value: the chosen files' places in the torrent, from 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileSelection(pub Vec<usize>);

fn select_file_arg(text: &str) -> Result<FileSelection, String> {
    crate::engine::TorrentListing::parse_selection(text)
        .map(FileSelection)
        .ok_or_else(|| format!("'{text}' is not a list of file numbers such as 1,3-5"))
}

/// Options of `haul get`.
#[derive(Debug, Args)]
pub struct GetArgs {
    /// Folder for the files (default: the configured download folder).
    #[arg(short = 'd', long = "dir", value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// File name (one link only).
    #[arg(short = 'o', long = "output", value_name = "NAME")]
    pub output: Option<String>,
    /// Read links from a file ('-' for stdin), same parser as drag-and-drop.
    #[arg(short = 'i', long = "input", value_name = "FILE")]
    pub input: Vec<PathBuf>,
    /// Downloads at the same time.
    #[arg(short = 'j', long = "jobs", value_name = "N", value_parser = clap::value_parser!(u16).range(limit_range(JOBS)))]
    pub jobs: Option<u16>,
    /// Connections per file.
    #[arg(short = 'x', long = "connections", value_name = "N", value_parser = clap::value_parser!(u16).range(limit_range(CONNECTIONS_PER_FILE)))]
    pub connections: Option<u16>,
    /// Overall speed limit, e.g. 500K, 2M (bytes per second).
    #[arg(long = "limit", value_name = "RATE", value_parser = crate::format::parse_rate)]
    pub limit: Option<crate::engine::rate::Rate>,
    /// Go through this proxy: http://, https://, socks4://, socks5:// or socks5h://, with
    /// user:password@ when it wants a login; "" for none (the settings' proxy otherwise).
    #[arg(long = "proxy", value_name = "ADDRESS", value_parser = proxy_arg)]
    pub proxy: Option<ProxyArg>,
    /// Hosts that go around --proxy, as curl's --noproxy: "localhost,.lan,10.0.0.0/8".
    #[arg(long = "noproxy", value_name = "HOSTS", requires = "proxy")]
    pub noproxy: Option<String>,
    /// The login for the links' servers, as curl's -u: USER:PASSWORD (sent only to each
    /// link's own server).
    #[arg(short = 'u', long = "user", value_name = "USER:PASSWORD")]
    pub user: Option<String>,
    /// Do not read logins from ~/.netrc (read by default, as wget and aria2 do).
    #[arg(long = "no-netrc")]
    pub no_netrc: bool,
    /// Send this header line with each request to a link's own server (repeatable):
    /// "Cookie: a=b", "X-Token: ...".
    #[arg(short = 'H', long = "header", value_name = "NAME: VALUE")]
    pub header: Vec<String>,
    /// Send this User-Agent.
    #[arg(short = 'A', long = "user-agent", value_name = "TEXT")]
    pub user_agent: Option<String>,
    /// Send this page as the Referer.
    #[arg(short = 'e', long = "referer", value_name = "URL")]
    pub referer: Option<String>,
    /// Verify the finished file against this SHA-256 (64 hex digits).
    #[arg(long = "sha256", value_name = "HEX", conflicts_with = "checksum")]
    pub sha256: Option<String>,
    /// Verify the finished file against this digest: sha-256=HEX, sha-512=HEX, sha-1=HEX or
    /// md5=HEX.
    #[arg(long = "checksum", value_name = "ALGO=HEX")]
    pub checksum: Option<String>,
    /// Do not look for published checksums (NAME.sha256, SHA256SUMS, ...) beside the files.
    #[arg(long = "no-checksum-discovery")]
    pub no_checksum_discovery: bool,
    /// Download a fresh copy even when the same file from the same link is already in the
    /// folder (it is saved as NAME (1)); without it, such a file is left as it is.
    #[arg(long = "again")]
    pub again: bool,
    /// Which variant of a video stream (an HLS playlist) to save: best (the default), worst,
    /// or the highest at most so many lines high, e.g. 720p.
    #[arg(long = "quality", value_name = "best|worst|720p", value_parser = quality_arg, default_value = "best")]
    pub quality: crate::engine::state::Quality,
    /// The links are pages with a video on them (YouTube, Vimeo, ...): hand them to yt-dlp.
    #[arg(long = "yt-dlp")]
    pub yt_dlp: bool,
    /// Seed each finished torrent until it has sent this many times its size (as aria2c's
    /// --seed-ratio; 0 alone: until stopped); without it and --seed-time, haul get ends when
    /// the files are complete.
    #[arg(long = "seed-ratio", value_name = "RATIO")]
    pub seed_ratio: Option<f64>,
    /// Seed each finished torrent for at most this many minutes (as aria2c's --seed-time).
    #[arg(long = "seed-time", value_name = "MINUTES")]
    pub seed_time: Option<f64>,
    /// Fetch only these files of a torrent, numbered from 1 in its order: 1,3-5 (as aria2c's
    /// --select-file).
    #[arg(long = "select-file", value_name = "LIST", value_parser = select_file_arg)]
    pub select_file: Option<FileSelection>,
    /// No progress output (failures are still reported).
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    /// Links to download (aria2-style ranges such as file[01-10].jpg expand).
    #[arg(value_name = "URL")]
    pub urls: Vec<String>,
}

/// A `--proxy` as given: none, or one Haul can use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProxyArg {
    /// `--proxy ""`: straight to every server.
    None,
    /// The proxy.
    Via(crate::engine::net::proxy::ProxyUrl),
}

/// Reads `--proxy`, saying at once what cannot be used.
fn proxy_arg(text: &str) -> Result<ProxyArg, String> {
    if text.trim().is_empty() {
        return Ok(ProxyArg::None);
    }
    crate::engine::net::proxy::ProxyUrl::parse(text)
        .map(ProxyArg::Via)
        .map_err(|problem| {
            crate::describe::describe_reason(&crate::engine::Reason::Proxy {
                proxy: String::new(),
                problem,
            })
        })
}
