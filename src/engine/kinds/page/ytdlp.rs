//! One run of yt-dlp for a page: the command (quality, proxy, the page's headers, the speed
//! limit, ffmpeg where Haul found it), its output read line by line on threads of its own,
//! stopped when the download is paused, and its end turned into an outcome.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::job::{PageJob, delete_work_dir, work_dir};
use super::progress::{self, FILE, NAME, Tally};
use crate::engine::error::TransferError;
use crate::engine::net::limiter::Limit;
use crate::engine::net::proxy::ProxyChoice;
use crate::engine::reason::Reason;
use crate::engine::resources::Resources;
use crate::engine::state::Quality;
use crate::engine::state::reporter::Reporter;
use crate::engine::state::transitions::{Activity, Outcome, Progress};
use crate::engine::stream_problem::StreamProblem;

/// How often the run looks at its stop signal while yt-dlp works.
const LOOK_EVERY: Duration = Duration::from_millis(100);
/// How long yt-dlp has to stop after being asked before it is killed.
const STOP_GRACE: Duration = Duration::from_secs(3);

/// What yt-dlp's `-f` asks for, by quality.
fn formats(quality: Quality) -> String {
    match quality {
        Quality::Best => "bv*+ba/b".to_owned(),
        Quality::Worst => "wv*+wa/w".to_owned(),
        Quality::AtMost(lines) => {
            format!("bv*[height<={lines}]+ba/b[height<={lines}]/wv*+ba/w")
        }
    }
}

/// The command for `page` working in `work`.
fn command(program: &Path, page: &PageJob, work: &Path, proxy: &ProxyChoice, rate: u64) -> Command {
    let mut command = Command::new(program);
    command
        .args([
            "--newline",
            "--progress",
            "--no-simulate",
            "--no-playlist",
            "--continue",
        ])
        .args(["--no-colors", "--no-mtime", "--restrict-filenames"])
        .arg("--progress-template")
        .arg(progress::template())
        .args(["--print", &format!("before_dl:{NAME} %(title)s.%(ext)s")])
        .args(["--print", &format!("after_move:{FILE} %(filepath)s")])
        .arg("-f")
        .arg(formats(page.quality))
        .arg("-P")
        .arg(work)
        .arg("-P")
        .arg(format!("temp:{}", work.display()))
        .args(["-o", "%(title).150B [%(id)s].%(ext)s"]);
    if let Some(ffmpeg) = crate::engine::kinds::stream::ffmpeg() {
        command.arg("--ffmpeg-location").arg(ffmpeg);
    }
    match proxy {
        ProxyChoice::Manual { proxy, .. } => {
            command.arg("--proxy").arg(proxy.url().as_str());
        }
        ProxyChoice::Direct => {
            command.args(["--proxy", ""]);
        }
        // The environment's proxy is read by yt-dlp itself.
        ProxyChoice::System | ProxyChoice::Broken(_) => {}
    }
    if rate > 0 {
        command.arg("--limit-rate").arg(rate.to_string());
    }
    if let Some(headers) = &page.job.from_browser {
        if let Some(referer) = &headers.referer {
            command.arg("--referer").arg(referer);
        }
        if let Some(agent) = &headers.user_agent {
            command.arg("--user-agent").arg(agent);
        }
        if let Some(cookie) = &headers.cookie {
            command.arg("--add-header").arg(format!("Cookie:{cookie}"));
        }
        for (name, value) in &headers.headers {
            command.arg("--add-header").arg(format!("{name}:{value}"));
        }
    }
    command
        .arg("--")
        .arg(page.job.url.as_str())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// A line of yt-dlp's output.
enum Said {
    Out(String),
    Err(String),
}

/// Runs yt-dlp for `page` to its end.
pub(super) fn run(
    page: &PageJob,
    reporter: &Reporter,
    resources: &Arc<Resources>,
    limits: [Arc<dyn Limit>; 2],
) -> Outcome {
    let Some(program) = crate::engine::kinds::programs::find("yt-dlp", "HAUL_YT_DLP") else {
        return Outcome::Failed(Reason::Stream {
            problem: StreamProblem::NoYtDlp,
        });
    };
    let tuning = crate::engine::worker::tuned(resources, &page.job);
    let dir = page
        .job
        .dir_for(&tuning.categories, None, Some("video/mp4"));
    let work = work_dir(&dir, &page.job.url);
    if let Err(err) = std::fs::create_dir_all(&work) {
        return Outcome::Failed(Reason::from(&TransferError::disk(&work, err)));
    }
    // The tightest of the download's, its queue's and the overall limit, as it is now.
    let rate = limits
        .iter()
        .map(|l| l.rate())
        .chain([tuning.limiter.rate()])
        .filter(|&r| r > 0)
        .min()
        .unwrap_or(0);
    reporter.doing(Activity::Connecting);
    let mut child = match command(&program, page, &work, &tuning.network.proxy, rate).spawn() {
        Ok(child) => child,
        Err(err) => {
            return Outcome::Failed(Reason::Stream {
                problem: StreamProblem::YtDlpFailed {
                    said: err.to_string(),
                },
            });
        }
    };
    let (tx, rx) = mpsc::channel();
    let readers = readers(&mut child, &tx);
    drop(tx);
    let mut watch = Watch {
        named: page.job.name_fixed,
        ..Watch::default()
    };
    let ended = loop {
        if reporter.stop_requested() {
            stop(&mut child);
            break None;
        }
        match rx.recv_timeout(LOOK_EVERY) {
            Ok(said) => watch.take(said, reporter),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            // Both pipes closed: yt-dlp is ending.
            Err(mpsc::RecvTimeoutError::Disconnected) => match child.wait() {
                Ok(status) => break Some(status),
                Err(_) => break None,
            },
        }
    };
    for reader in readers {
        let _ = reader.join();
    }
    let Some(status) = ended else {
        return Outcome::Stopped;
    };
    if !status.success() {
        return Outcome::Failed(Reason::Stream {
            problem: StreamProblem::YtDlpFailed {
                said: watch
                    .error
                    .unwrap_or_else(|| format!("it ended with {status}")),
            },
        });
    }
    let Some(file) = watch.file.filter(|f| f.starts_with(&work) && f.is_file()) else {
        return Outcome::Failed(Reason::Stream {
            problem: StreamProblem::YtDlpFailed {
                said: "it did not say which file it saved".to_owned(),
            },
        });
    };
    reporter.saving();
    let saved = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("video.mp4")
        .to_owned();
    // A name the user gave keeps yt-dlp's ending (the container it chose).
    let wanted = match (&page.job.file_name, page.job.name_fixed) {
        (Some(given), true) => {
            let (_, ending) = crate::engine::files::naming::split_extension(&saved);
            crate::engine::files::naming::with_extension(given, ending.trim_start_matches('.'))
        }
        _ => saved,
    };
    match crate::engine::kinds::stream::place(&file, &dir, &wanted) {
        Ok(Some((name, bytes))) => {
            delete_work_dir(&work);
            reporter.placed(dir);
            Outcome::Finished {
                file_name: name,
                bytes,
                already: false,
                verified: None,
            }
        }
        Ok(None) => Outcome::Failed(Reason::NamesTaken {
            name: wanted,
            dir: dir.display().to_string(),
        }),
        Err(err) => Outcome::Failed(Reason::from(&err)),
    }
}

/// Threads that pass yt-dlp's lines on.
fn readers(child: &mut Child, tx: &mpsc::Sender<Said>) -> Vec<std::thread::JoinHandle<()>> {
    let mut threads = Vec::new();
    if let Some(out) = child.stdout.take() {
        let tx = tx.clone();
        threads.push(std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                let _ = tx.send(Said::Out(line));
            }
        }));
    }
    if let Some(err) = child.stderr.take() {
        let tx = tx.clone();
        threads.push(std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                let _ = tx.send(Said::Err(line));
            }
        }));
    }
    threads
}

/// Asks yt-dlp to stop (it keeps its partial files), and kills it if it does not.
fn stop(child: &mut Child) {
    if let Ok(id) = i32::try_from(child.id())
        && let Some(pid) = rustix::process::Pid::from_raw(id)
    {
        let _ = rustix::process::kill_process(pid, rustix::process::Signal::TERM);
    }
    let until = Instant::now() + STOP_GRACE;
    while Instant::now() < until {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// What the run learned from yt-dlp's lines.
#[derive(Default)]
struct Watch {
    tally: Tally,
    file: Option<PathBuf>,
    error: Option<String>,
    named: bool,
}

impl Watch {
    fn take(&mut self, said: Said, reporter: &Reporter) {
        match said {
            Said::Out(line) => {
                if let Some(found) = progress::parse(&line) {
                    let (done, total) = self.tally.take(found);
                    reporter.doing(Activity::Downloading);
                    reporter.progress(Progress {
                        bytes_done: done,
                        total_bytes: total,
                        bytes_per_sec: found.speed.unwrap_or(0),
                        eta_secs: found.eta,
                        note: None,
                    });
                } else if let Some(path) = line.strip_prefix(FILE).map(str::trim) {
                    self.file = Some(PathBuf::from(path));
                } else if let Some(name) = line.strip_prefix(NAME).map(str::trim)
                    && !self.named
                    && !name.is_empty()
                {
                    self.named = true;
                    reporter.named(&crate::engine::files::naming::sanitize(name));
                }
            }
            Said::Err(line) => {
                if let Some(error) = line.strip_prefix("ERROR:") {
                    self.error = Some(error.trim().chars().take(400).collect());
                } else {
                    log::debug!("yt-dlp: {line}");
                }
            }
        }
    }
}
