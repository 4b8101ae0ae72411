//! Desktop notifications when downloads finish or fail while the window is not in front.
//!
//! Rows that reach Finished or Failed are collected; once nothing new has arrived for a moment
//! they go out as one notification ("120 downloads finished"), with "Open" and "Show in folder"
//! where the notification server supports actions. While the window has the focus nothing is
//! sent: the user sees the rows change. A desktop without a notification service is not an
//! error; the setting `notifications` turns them off.

use super::error::DesktopError;
use crate::i18n::t;
use std::sync::Arc;

use std::time::{Duration, Instant};

use crate::describe;
use crate::engine::{Download, DownloadId, Snapshot, Status};

/// How long the batch waits for more rows after the last one arrived.
const QUIET: Duration = Duration::from_millis(1500);

/// One notification, in words, and the download its actions act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The headline ("Download finished", "120 downloads finished").
    pub summary: String,
    /// The details (a name, a reason).
    pub body: String,
    /// The finished download that "Open" and "Show in folder" act on, if there is one.
    pub target: Option<DownloadId>,
    /// Copied links offered with "Add" (watching the clipboard).
    pub offer: Option<String>,
}

/// What the user clicked in a notification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    /// Open the file.
    Open,
    /// Show it in the file manager.
    ShowInFolder,
    /// Add the links offered (they open in the Add dialog).
    Add,
}

/// Rows that finished or failed since the last notification.
#[derive(Debug, Default)]
pub struct Batcher {
    finished: Vec<Arc<Download>>,
    failed: Vec<Arc<Download>>,
    last_added: Option<Instant>,
    /// The first snapshot (the restored list) has been seen.
    primed: bool,
}

impl Batcher {
    /// Notes the rows that became finished or failed between two snapshots (rows are shared
    /// pointers, so unchanged rows cost one comparison each).
    /// `changed` is `after.changed_since(before)`.
    pub fn observe(&mut self, before: &Snapshot, after: &Snapshot, changed: Option<&[usize]>) {
        if !std::mem::replace(&mut self.primed, true) {
            // The first look (the restored list): nothing just happened.
            return;
        }
        // The same rows in the same places: only those that changed can be news.
        if let Some(changed) = changed {
            for &index in changed {
                let (old, row) = (&before.downloads[index], &after.downloads[index]);
                if !old.status.is_terminal() {
                    self.note(row);
                }
            }
            return;
        }
        // Both lists are sorted by id: one walk through both, not a search per row.
        let mut old_rows = before.downloads.iter().peekable();
        for row in &after.downloads {
            while old_rows.next_if(|old| old.id < row.id).is_some() {}
            // A row added and finished between two looks is news too.
            if let Some(old) = old_rows.next_if(|old| old.id == row.id)
                && (Arc::ptr_eq(old, row) || old.status.is_terminal())
            {
                continue;
            }
            self.note(row);
        }
    }

    /// A row that just finished or failed joins the batch.
    fn note(&mut self, row: &Arc<Download>) {
        match row.status {
            Status::Finished if !row.already_downloaded => self.finished.push(Arc::clone(row)),
            Status::Failed { .. } => self.failed.push(Arc::clone(row)),
            _ => return,
        }
        self.last_added = Some(Instant::now());
    }

    /// The notification to send now, if the batch is complete: nothing new for a moment.
    /// With the window in front, the batch is dropped instead.
    pub fn take_due(&mut self, focused: bool, now: Instant) -> Option<Notice> {
        let last = self.last_added?;
        if focused {
            self.clear();
            return None;
        }
        if now.duration_since(last) < QUIET {
            return None;
        }
        let notice = notice_for(&self.finished, &self.failed);
        self.clear();
        Some(notice)
    }

    /// Forgets the rows collected so far.
    pub fn clear(&mut self) {
        self.finished.clear();
        self.failed.clear();
        self.last_added = None;
    }

    /// How long until the batch may be due (to wake the window then).
    pub fn wake_in(&self) -> Option<Duration> {
        self.last_added
            .map(|last| QUIET.saturating_sub(last.elapsed()) + Duration::from_millis(50))
    }
}

/// The words for a batch.
pub fn notice_for(finished: &[Arc<Download>], failed: &[Arc<Download>]) -> Notice {
    let target = match finished {
        [one] => Some(one.id),
        _ => None,
    };
    let (summary, body) = match (finished, failed) {
        ([one], []) => (t!("notify-finished-one"), one.display_name()),
        (many, []) => (t!("notify-finished", count = many.len()), names(many)),
        ([], [one]) => (
            t!("notify-failed-one", name = one.display_name()),
            match &one.status {
                Status::Failed { reason } => describe::describe_reason(reason),
                other => describe::status(other),
            },
        ),
        ([], many) => (t!("notify-failed", count = many.len()), names(many)),
        (done, bad) => (
            t!("notify-mixed", finished = done.len(), failed = bad.len()),
            t!("notify-failed-names", names = names(bad)),
        ),
    };
    Notice {
        summary,
        body,
        target,
        offer: None,
    }
}

/// The first few names, and how many more.
fn names(rows: &[Arc<Download>]) -> String {
    const SHOWN: usize = 3;
    let mut text = rows
        .iter()
        .take(SHOWN)
        .map(|d| d.display_name())
        .collect::<Vec<_>>()
        .join(", ");
    if rows.len() > SHOWN {
        text = t!("notify-and-more", names = text, count = rows.len() - SHOWN);
    }
    text
}

/// Shows `notice` through the desktop's notification service and waits for the user's click
/// (on a background thread). `Err` when there is no service.
pub fn show_system(notice: &Notice) -> Result<Option<NoticeAction>, DesktopError> {
    let actions = (notice.target.is_some() || notice.offer.is_some())
        && notify_rust::get_capabilities()?
            .iter()
            .any(|capability| capability == "actions");
    let mut notification = notify_rust::Notification::new();
    notification
        .appname("Haul")
        .summary(&notice.summary)
        .body(&notice.body)
        .icon(crate::paths::APP_ID)
        .hint(notify_rust::Hint::DesktopEntry(
            crate::paths::APP_ID.to_owned(),
        ));
    if actions && notice.offer.is_some() {
        notification.action("add", &t!("toolbar-add"));
    } else if actions {
        notification
            .action("open", &t!("action-open"))
            .action("show", &t!("action-show-in-folder"));
    }
    let handle = notification.show()?;
    if !actions {
        return Ok(None);
    }
    let mut clicked = None;
    handle.wait_for_action(|action| {
        clicked = match action {
            "default" if notice.offer.is_some() => Some(NoticeAction::Add),
            "open" | "default" => Some(NoticeAction::Open),
            "show" => Some(NoticeAction::ShowInFolder),
            "add" => Some(NoticeAction::Add),
            _ => None,
        }
    });
    Ok(clicked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Reason;

    fn row(id: u64, status: Status) -> Arc<Download> {
        let url = url::Url::parse(&format!("http://h/f{id}.bin")).expect("url");
        let mut row = Download::new(DownloadId(id), url, "/tmp".into(), 0);
        row.file_name = Some(format!("f{id}.bin"));
        row.status = status;
        Arc::new(row)
    }

    /// Observes a change by its changed rows, and checks that the whole list says the same.
    fn observe_both(batcher: &mut Batcher, before: &Snapshot, after: &Snapshot) {
        let (finished, failed) = (batcher.finished.len(), batcher.failed.len());
        let mut whole = Batcher {
            primed: batcher.primed,
            ..Batcher::default()
        };
        whole.observe(before, after, None);
        batcher.observe(before, after, after.changed_since(before).as_deref());
        assert_eq!(
            (
                batcher.finished.len() - finished,
                batcher.failed.len() - failed
            ),
            (whole.finished.len(), whole.failed.len()),
            "the changed rows say what the whole list says"
        );
    }

    fn snapshot(rows: Vec<Arc<Download>>) -> Snapshot {
        Snapshot {
            version: 1,
            downloads: rows,
            jobs: 3,
            received_bytes: 0,
            ..Snapshot::default()
        }
    }

    #[test]
    fn a_batch_goes_out_once_things_are_quiet_and_only_when_unfocused() {
        let before = snapshot((1..=4).map(|i| row(i, Status::Downloading)).collect());
        let failed = Status::Failed {
            reason: Reason::HttpStatus {
                code: 404,
                phrase: "Not Found".into(),
            },
        };
        let after = snapshot(vec![
            row(1, Status::Finished),
            row(2, Status::Finished),
            row(3, failed),
            before.downloads[3].clone(),
        ]);
        let mut batcher = Batcher::default();
        observe_both(&mut batcher, &Snapshot::default(), &before);
        observe_both(&mut batcher, &before, &after);
        let now = Instant::now();
        assert_eq!(batcher.take_due(false, now), None, "waits for quiet");
        let notice = batcher
            .take_due(false, now + QUIET + Duration::from_millis(1))
            .expect("due");
        assert_eq!(notice.summary, "2 downloads finished, 1 failed");
        assert_eq!(notice.body, "Failed: f3.bin");
        assert_eq!(notice.target, None);
        assert_eq!(batcher.take_due(false, now + QUIET * 2), None, "sent once");

        observe_both(&mut batcher, &before, &after);
        assert_eq!(
            batcher.take_due(true, now + QUIET * 3),
            None,
            "focused: dropped"
        );
        assert_eq!(batcher.take_due(false, now + QUIET * 4), None);
    }

    #[test]
    fn words_for_one_and_for_many() {
        let one = [row(7, Status::Finished)];
        let notice = notice_for(&one, &[]);
        assert_eq!(
            (notice.summary.as_str(), notice.body.as_str()),
            ("Download finished", "f7.bin")
        );
        assert_eq!(notice.target, Some(DownloadId(7)));
        let many: Vec<_> = (1..=120).map(|i| row(i, Status::Finished)).collect();
        let notice = notice_for(&many, &[]);
        assert_eq!(notice.summary, "120 downloads finished");
        assert_eq!(notice.body, "f1.bin, f2.bin, f3.bin and 117 more");
        // A restored list is not news.
        let mut batcher = Batcher::default();
        observe_both(&mut batcher, &Snapshot::default(), &snapshot(many));
        assert_eq!(batcher.wake_in(), None);
    }
}
