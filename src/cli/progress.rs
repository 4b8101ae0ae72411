//! Live progress of `haul get` on stderr: one bar per running download, a line per finished
//! one. Nothing is drawn when stderr is not a terminal or with `--quiet`.

use std::collections::{HashMap, HashSet};
use std::io::IsTerminal;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::engine::{Download, DownloadId, Snapshot, Status};
use crate::format;
use crate::i18n::t;

/// Draws the state of a `haul get` run.
pub struct ProgressView {
    multi: MultiProgress,
    bars: HashMap<DownloadId, ProgressBar>,
    reported: HashSet<DownloadId>,
    waiting: HashSet<DownloadId>,
    /// Files found already downloaded, named one by one and not (a rerun of a long list).
    already_named: usize,
    already_unnamed: usize,
    quiet: bool,
    terminal: bool,
}

/// Files found already downloaded that are named one by one; the rest are counted.
const ALREADY_NAMED: usize = 3;

impl ProgressView {
    /// A view on stderr; silent when `quiet`.
    pub fn new(quiet: bool) -> Self {
        let terminal = std::io::stderr().is_terminal();
        let target = if quiet || !terminal {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr_with_hz(10)
        };
        Self {
            multi: MultiProgress::with_draw_target(target),
            bars: HashMap::new(),
            reported: HashSet::new(),
            waiting: HashSet::new(),
            already_named: 0,
            already_unnamed: 0,
            quiet,
            terminal,
        }
    }

    /// Brings the display up to date with `snapshot`.
    pub fn update(&mut self, snapshot: &Snapshot) {
        for download in &snapshot.downloads {
            if let Status::WaitingFor { reason } = &download.status
                && self.waiting.insert(download.id)
            {
                // Said once: the wait may be long, and the bar repeats it.
                self.line(&t!(
                    "cli-waiting",
                    reason = crate::describe::describe_reason(reason),
                    name = download.display_name()
                ));
            }
            if download.status.is_running() && self.drawn() {
                let bar = self
                    .bars
                    .entry(download.id)
                    .or_insert_with(|| self.multi.add(new_bar()));
                bar.set_length(download.total_bytes.unwrap_or(0));
                bar.set_position(download.bytes_done);
                bar.set_message(bar_message(download));
                continue;
            }
            if let Some(bar) = self.bars.remove(&download.id) {
                bar.finish_and_clear();
                self.multi.remove(&bar);
            }
            if download.status == Status::Finished && self.reported.insert(download.id) {
                let path = download
                    .target_path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                let size = format::bytes(download.bytes_done);
                let line = if download.already_downloaded {
                    if self.already_named == ALREADY_NAMED {
                        self.already_unnamed += 1;
                        continue;
                    }
                    self.already_named += 1;
                    t!("cli-already-downloaded", path = path, size = size)
                } else {
                    t!("cli-saved", path = path, size = size)
                };
                self.line(&line);
            }
        }
    }

    /// True when bars are drawn at all (a terminal, not `--quiet`): otherwise none are made.
    fn drawn(&self) -> bool {
        self.terminal && !self.quiet
    }

    /// Clears the bars, and counts the files already there that were not named.
    pub fn finish(&mut self) {
        for (_, bar) in self.bars.drain() {
            bar.finish_and_clear();
        }
        let _ = self.multi.clear();
        if self.already_unnamed > 0 {
            self.line(&t!(
                "cli-more-already-downloaded",
                count = self.already_unnamed
            ));
        }
    }

    /// One line for a run of several links: how many were saved (and how much), already
    /// there, or not done. `None` for a single link (its own line says it all) or `--quiet`.
    pub fn summary(&self, snapshot: &Snapshot) -> Option<String> {
        if self.quiet || snapshot.downloads.len() < 2 {
            return None;
        }
        let (mut saved, mut saved_bytes, mut already, mut failed, mut unfinished) = (0, 0, 0, 0, 0);
        for download in &snapshot.downloads {
            match (&download.status, download.already_downloaded) {
                (Status::Finished, true) => already += 1,
                (Status::Finished, false) => {
                    saved += 1;
                    saved_bytes += download.bytes_done;
                }
                (Status::Failed { .. }, _) => failed += 1,
                _ => unfinished += 1,
            }
        }
        let mut parts = vec![t!(
            "cli-summary-saved",
            count = saved,
            size = format::bytes(saved_bytes)
        )];
        if already > 0 {
            parts.push(t!("cli-summary-already", count = already));
        }
        if failed > 0 {
            parts.push(t!("cli-summary-failed", count = failed));
        }
        if unfinished > 0 {
            parts.push(t!("cli-summary-unfinished", count = unfinished));
        }
        Some(t!(
            "cli-summary",
            count = snapshot.downloads.len(),
            parts = parts.join(", ")
        ))
    }

    fn line(&self, text: &str) {
        if self.quiet {
            return;
        }
        if self.terminal {
            let _ = self.multi.println(format!("haul: {text}"));
        } else {
            eprintln!("haul: {text}");
        }
    }
}

fn new_bar() -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::hidden());
    let style = ProgressStyle::with_template("{wide_msg} [{bar:24}] {percent:>3}%")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
    bar.set_style(style);
    bar
}

fn bar_message(download: &Download) -> String {
    let size = match download.total_bytes {
        Some(total) => format!(
            "{} / {}",
            format::bytes(download.bytes_done),
            format::bytes(total)
        ),
        None => format::bytes(download.bytes_done),
    };
    let detail = match &download.status {
        Status::Downloading => {
            let eta = download
                .eta_secs
                .map(|s| format!(", {}", t!("cli-time-left", time = format::duration(s))))
                .unwrap_or_default();
            format!("{}{eta}", format::speed(download.bytes_per_sec))
        }
        Status::Finished if download.seeding.is_some() => download
            .seeding
            .as_ref()
            .map(crate::describe::seeding)
            .unwrap_or_default(),
        other => crate::describe::status(other),
    };
    format!("{}  {size}  {detail}", download.display_name())
}
