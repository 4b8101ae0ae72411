//! yt-dlp's progress lines, as Haul asks for them (`--progress-template`): downloaded bytes,
//! total (or its estimate), speed and time left, `NA` where unknown. A page's video and audio
//! come one after the other, each from zero: the row adds them up.

/// What one line says.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Line {
    pub done: u64,
    pub total: Option<u64>,
    pub speed: Option<u64>,
    pub eta: Option<u64>,
}

/// The marker Haul's template starts its progress lines with.
pub(super) const PROGRESS: &str = "HAUL-PROGRESS";
/// The marker of the line naming the finished file.
pub(super) const FILE: &str = "HAUL-FILE";
/// The marker of the line naming the file before it is fetched.
pub(super) const NAME: &str = "HAUL-NAME";

/// The template that prints [`Line`]s.
pub(super) fn template() -> String {
    format!(
        "download:{PROGRESS} %(progress.downloaded_bytes)s %(progress.total_bytes)s \
         %(progress.total_bytes_estimate)s %(progress.speed)s %(progress.eta)s"
    )
}

/// Reads a progress line (`None` for any other line).
pub(super) fn parse(line: &str) -> Option<Line> {
    let mut words = line.trim().strip_prefix(PROGRESS)?.split_whitespace();
    let mut next = || -> Option<f64> { words.next().and_then(|w| w.parse::<f64>().ok()) };
    let done = next()?;
    let total = next();
    let estimate = next();
    let speed = next();
    let eta = next();
    let whole = |v: f64| (v.is_finite() && v >= 0.0).then_some(v as u64);
    Some(Line {
        done: whole(done)?,
        total: total.or(estimate).and_then(whole),
        speed: speed.and_then(whole),
        eta: eta.and_then(whole),
    })
}

/// The sum over the files of one run.
#[derive(Debug, Default)]
pub(super) struct Tally {
    /// Bytes of the files finished before the current one.
    before: u64,
    /// The current file's last line.
    last: Option<Line>,
}

impl Tally {
    /// Takes a line; the run's bytes so far and its total as known now.
    pub(super) fn take(&mut self, line: Line) -> (u64, Option<u64>) {
        if let Some(last) = self.last
            && line.done < last.done
        {
            // A new file began: the last one is done.
            self.before += last.total.unwrap_or(last.done).max(last.done);
        }
        self.last = Some(line);
        (
            self.before + line.done,
            line.total.map(|total| self.before + total.max(line.done)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_read_and_two_files_add_up() {
        let first = parse("HAUL-PROGRESS 1024 90840 NA NA NA").expect("line");
        assert_eq!(first.total, Some(90840));
        assert_eq!(first.speed, None);
        let fast = parse("HAUL-PROGRESS 64512 NA 100000 43307128.6 2").expect("line");
        assert_eq!(
            (fast.total, fast.speed, fast.eta),
            (Some(100000), Some(43307128), Some(2))
        );
        assert_eq!(parse("[download] Destination: x.mp4"), None);
        let mut tally = Tally::default();
        assert_eq!(
            tally.take(parse("HAUL-PROGRESS 500 1000 NA NA NA").expect("a")),
            (500, Some(1000))
        );
        assert_eq!(
            tally.take(parse("HAUL-PROGRESS 1000 1000 NA NA NA").expect("a")),
            (1000, Some(1000))
        );
        // The audio begins.
        assert_eq!(
            tally.take(parse("HAUL-PROGRESS 100 400 NA NA NA").expect("b")),
            (1100, Some(1400))
        );
    }
}
