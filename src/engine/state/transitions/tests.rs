//! Case by case: what each worker event and each command does to a row in each status.

use super::*;
use crate::engine::state::DownloadId;

fn row(status: Status) -> Download {
    let url = url::Url::parse("http://127.0.0.1/file.bin").expect("a valid link");
    let mut row = Download::new(DownloadId(1), url, "/tmp".into(), 0);
    row.status = status;
    row
}

fn running() -> Vec<Status> {
    vec![
        Status::Connecting,
        Status::Downloading,
        Status::Saving,
        Status::FindingChecksum,
        Status::WaitingFor {
            reason: Reason::OtherHaulDownloading,
        },
        Status::Retrying {
            attempt: 2,
            in_secs: 3,
            reason: Reason::Stalled { secs: 30 },
        },
    ]
}

fn not_running() -> Vec<Status> {
    vec![
        Status::Queued,
        Status::Paused { reason: None },
        Status::Paused {
            reason: Some(Reason::DiskFull { needed_bytes: None }),
        },
        Status::Finished,
        Status::Failed {
            reason: Reason::NoFile,
        },
        Status::Cancelled,
    ]
}

fn all() -> Vec<Status> {
    let mut all = running();
    all.extend(not_running());
    all
}

fn ended(outcome: Outcome, shutting_down: bool) -> WorkerEvent {
    WorkerEvent::Ended {
        outcome,
        finished_unix: 42,
        shutting_down,
    }
}

fn finished() -> Outcome {
    Outcome::Finished {
        file_name: "file.bin".into(),
        bytes: 10,
        already: false,
        verified: None,
    }
}

fn progress(done: u64) -> WorkerEvent {
    WorkerEvent::Progress(Progress {
        bytes_done: done,
        total_bytes: Some(100),
        bytes_per_sec: 5,
        eta_secs: Some(7),
        note: None,
    })
}

#[test]
fn a_worker_changes_what_a_running_row_says() {
    for status in running() {
        let mut row = row(status.clone());
        let changed = row.apply_worker(WorkerEvent::Doing(Activity::Downloading));
        assert_eq!(changed, status != Status::Downloading, "from {status:?}");
        assert_eq!(row.status, Status::Downloading);
    }
}

#[test]
fn a_worker_cannot_undo_what_the_user_decided() {
    for status in not_running() {
        let mut row = row(status.clone());
        assert!(!row.apply_worker(WorkerEvent::Doing(Activity::Downloading)));
        assert!(!row.apply_worker(WorkerEvent::Doing(Activity::Saving)));
        assert_eq!(row.status, status);
    }
}

#[test]
fn progress_is_recorded_always_but_speed_only_while_running() {
    let mut running = row(Status::Downloading);
    running.apply_worker(progress(40));
    assert_eq!(
        (running.bytes_done, running.bytes_per_sec, running.eta_secs),
        (40, 5, Some(7))
    );

    let mut paused = row(Status::Paused { reason: None });
    paused.apply_worker(progress(50));
    assert_eq!(paused.bytes_done, 50, "bytes on disk are a fact");
    assert_eq!(paused.total_bytes, Some(100));
    assert_eq!((paused.bytes_per_sec, paused.eta_secs), (0, None));
}

#[test]
fn a_finished_file_is_recorded_whatever_the_row_said() {
    for status in all() {
        let mut row = row(status.clone());
        row.bytes_per_sec = 9;
        row.apply_worker(ended(finished(), false));
        assert_eq!(row.status, Status::Finished, "from {status:?}");
        assert_eq!(row.file_name.as_deref(), Some("file.bin"));
        assert_eq!((row.bytes_done, row.total_bytes), (10, Some(10)));
        assert_eq!(row.finished_unix, Some(42));
        assert_eq!((row.bytes_per_sec, row.eta_secs), (0, None));
    }
}

#[test]
fn a_failure_is_recorded_only_while_the_worker_owns_the_row() {
    let failed = || Outcome::Failed(Reason::Stalled { secs: 30 });
    let mut running = row(Status::Downloading);
    running.apply_worker(ended(failed(), false));
    assert_eq!(
        running.status,
        Status::Failed {
            reason: Reason::Stalled { secs: 30 }
        }
    );
    for status in not_running() {
        let mut row = row(status.clone());
        row.apply_worker(ended(failed(), false));
        assert_eq!(row.status, status, "the user's command wins over a failure");
    }
}

#[test]
fn a_full_disk_pauses_with_its_reason() {
    let reason = Reason::DiskFull {
        needed_bytes: Some(5),
    };
    let mut row = row(Status::Downloading);
    row.apply_worker(ended(Outcome::PausedBecause(reason.clone()), false));
    assert_eq!(
        row.status,
        Status::Paused {
            reason: Some(reason)
        }
    );
}

#[test]
fn a_stopped_worker_leaves_the_row_as_the_stop_meant() {
    let mut quitting = row(Status::Downloading);
    quitting.apply_worker(ended(Outcome::Stopped, true));
    assert_eq!(
        quitting.status,
        Status::Queued,
        "continues on the next start"
    );

    let mut stopped = row(Status::Retrying {
        attempt: 2,
        in_secs: 1,
        reason: Reason::Stalled { secs: 30 },
    });
    stopped.apply_worker(ended(Outcome::Stopped, false));
    assert_eq!(stopped.status, Status::Paused { reason: None });

    // Paused and resumed before the old worker stopped: the row waits for a slot.
    let mut resumed = row(Status::Queued);
    resumed.apply_worker(ended(Outcome::Stopped, false));
    assert_eq!(resumed.status, Status::Queued);

    let mut cancelled = row(Status::Cancelled);
    cancelled.apply_worker(ended(Outcome::Stopped, true));
    assert_eq!(cancelled.status, Status::Cancelled);
}

#[test]
fn a_name_counts_as_a_change_only_when_it_is_new() {
    let mut row = row(Status::Downloading);
    assert!(row.apply_worker(WorkerEvent::Named("a.bin".into())));
    assert!(!row.apply_worker(WorkerEvent::Named("a.bin".into())));
    assert_eq!(row.file_name.as_deref(), Some("a.bin"));
}

/// The status each command leads to from each status (`None`: refused, row unchanged).
fn after(command: Command, status: &Status) -> Option<Status> {
    let mut row = row(status.clone());
    row.note = Some(SpeedNote::NoParallel);
    let accepted = row.apply_command(command);
    if accepted {
        Some(row.status)
    } else {
        assert_eq!(&row.status, status, "a refused command changes nothing");
        None
    }
}

#[test]
fn only_a_queued_download_starts() {
    for status in all() {
        let expected = (status == Status::Queued).then_some(Status::Connecting);
        assert_eq!(after(Command::Start, &status), expected, "from {status:?}");
    }
}

#[test]
fn pause_acts_on_waiting_and_running_rows_but_not_while_saving() {
    let paused = Some(Status::Paused { reason: None });
    for status in all() {
        let expected = match status {
            Status::Queued
            | Status::Connecting
            | Status::Downloading
            | Status::WaitingFor { .. }
            | Status::Retrying { .. } => paused.clone(),
            _ => None,
        };
        assert_eq!(after(Command::Pause, &status), expected, "from {status:?}");
    }
}

#[test]
fn resume_queues_only_paused_rows() {
    for status in all() {
        let expected = matches!(status, Status::Paused { .. }).then_some(Status::Queued);
        assert_eq!(after(Command::Resume, &status), expected, "from {status:?}");
    }
}

#[test]
fn retry_queues_failed_cancelled_and_paused_rows_and_forgets_the_note() {
    for status in all() {
        let expected = matches!(
            status,
            Status::Failed { .. } | Status::Cancelled | Status::Paused { .. }
        )
        .then_some(Status::Queued);
        assert_eq!(after(Command::Retry, &status), expected, "from {status:?}");
    }
    let mut failed = row(Status::Failed {
        reason: Reason::Stalled { secs: 30 },
    });
    failed.note = Some(SpeedNote::NoParallel);
    failed.apply_command(Command::Retry);
    assert_eq!(failed.note, None);
}

#[test]
fn cancel_acts_on_everything_not_finished_or_cancelled() {
    for status in all() {
        let expected =
            (!matches!(status, Status::Finished | Status::Cancelled)).then_some(Status::Cancelled);
        assert_eq!(after(Command::Cancel, &status), expected, "from {status:?}");
    }
}

#[test]
fn stopping_commands_clear_speed_and_time_left() {
    for command in [Command::Pause, Command::Cancel] {
        let mut row = row(Status::Downloading);
        row.bytes_per_sec = 100;
        row.eta_secs = Some(3);
        assert!(row.apply_command(command));
        assert_eq!((row.bytes_per_sec, row.eta_secs), (0, None), "{command:?}");
    }
}

#[test]
fn undo_brings_a_cancelled_row_back_paused() {
    for status in all() {
        let expected = (status == Status::Cancelled).then_some(Status::Paused { reason: None });
        assert_eq!(
            after(Command::UndoCancel, &status),
            expected,
            "from {status:?}"
        );
    }
}

#[test]
fn a_returned_row_that_was_running_or_waiting_comes_back_paused() {
    for status in all() {
        let expected = (status.is_running() || status == Status::Queued)
            .then_some(Status::Paused { reason: None });
        assert_eq!(
            after(Command::ReturnToList, &status),
            expected,
            "from {status:?}"
        );
    }
}

#[test]
fn stopping_forgets_the_connections_and_a_failure_is_counted() {
    let piece = crate::engine::details::ConnectionInfo {
        from: 0,
        cursor: 5,
        until: Some(10),
        bytes_per_sec: 1,
    };
    let mut paused = row(Status::Downloading);
    std::sync::Arc::make_mut(&mut paused.details)
        .connections
        .push(piece);
    paused.apply_command(Command::Pause);
    assert!(paused.details.connections.is_empty());

    let mut failed = row(Status::Downloading);
    std::sync::Arc::make_mut(&mut failed.details)
        .connections
        .push(piece);
    failed.apply_worker(ended(Outcome::Failed(Reason::NoFile), false));
    assert!(failed.details.connections.is_empty());
    assert_eq!(failed.details.failures, 1);

    // A failure the user overtook (paused meanwhile) is not one of theirs to count.
    let mut overtaken = row(Status::Paused { reason: None });
    overtaken.apply_worker(ended(Outcome::Failed(Reason::NoFile), false));
    assert_eq!(overtaken.details.failures, 0);
}
