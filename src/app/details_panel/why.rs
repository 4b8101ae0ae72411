//! A one-line answer to "why is this slow?", from the facts the engine keeps about a download
//! and the overall speed and limit the window knows.

use crate::engine::rate::Rate;
use crate::engine::{Download, SpeedNote, Status, UserLimit};
use crate::i18n::t;
use crate::{describe, format};

/// What the panel needs besides the row: the facts beyond it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Around {
    /// All downloads together, bytes per second.
    pub overall_bytes_per_sec: u64,
    /// The overall limit.
    pub overall_limit: Rate,
    /// How many downloads may run at once.
    pub jobs: usize,
}

/// A limit counts as the reason once the speed is this close to it.
const AT_LIMIT: f64 = 0.85;
/// The disk counts as the reason once writing takes this share of the time.
const DISK_BOUND: f32 = 0.5;

/// What holds the download back, or `None` when nothing does (or it does not move at all).
pub fn why_slow(download: &Download, around: &Around) -> Option<String> {
    let details = &download.details;
    match &download.status {
        Status::Queued => {
            return Some(t!("why-free-slot", count = around.jobs));
        }
        Status::WaitingFor { reason } | Status::Retrying { reason, .. } => {
            return Some(t!(
                "why-not-downloading",
                reason = describe::describe_reason(reason)
            ));
        }
        Status::Connecting if details.host_limited => {
            return Some(t!("why-host-limit-reached"));
        }
        Status::Downloading => {}
        _ => return None,
    }
    // The limit that held it back in the last second, as the engine saw it: the download's
    // own, its queue's, the overall one.
    if let Some(held) = details.held_by {
        let speed = format::speed(held.bytes_per_sec);
        return Some(match held.limit {
            UserLimit::Download => t!("why-own-limit", speed = speed),
            UserLimit::Queue => t!(
                "why-queue-limit",
                queue = describe::shown_name(&download.queue),
                speed = speed
            ),
            UserLimit::Overall => t!("why-overall-limit", speed = speed),
        });
    }
    let speed = download.bytes_per_sec as f64;
    if let Some(limit) = download.speed_limit.and_then(Rate::limited)
        && speed >= limit as f64 * AT_LIMIT
    {
        return Some(t!("why-own-limit", speed = format::speed(limit)));
    }
    if let Some(overall) = around.overall_limit.limited()
        && around.overall_bytes_per_sec as f64 >= overall as f64 * AT_LIMIT
    {
        return Some(t!(
            "why-overall-limit",
            speed = format::rate(around.overall_limit)
        ));
    }
    if details.disk_busy >= DISK_BOUND {
        return Some(t!(
            "why-disk",
            percent = (details.disk_busy * 100.0).round()
        ));
    }
    match download.note {
        Some(SpeedNote::ServerAllows { connections }) => {
            return Some(t!("why-server-accepts", count = connections));
        }
        Some(SpeedNote::NoParallel) => {
            return Some(t!("why-no-parallel"));
        }
        // A live stream comes as fast as it is played: nothing is slow about it.
        Some(SpeedNote::RecordingLive) => return Some(t!("speed-recording-live")),
        None => {}
    }
    let open = details.connections.len();
    if details.host_limited && open < details.connections_wanted {
        return Some(t!(
            "why-host-limit",
            open = open,
            wanted = details.connections_wanted
        ));
    }
    // Only what a change in the number of connections showed: a step that brought speed in
    // proportion (the server holds each connection), or one that brought none (the server
    // or the line holds the whole download).
    if let Some(fact) = details.growth.not_faster {
        return Some(t!("why-line-full", speed = format::speed(fact.total)));
    }
    if let Some(each) = details.growth.added.and_then(|added| added.each) {
        return Some(t!("why-per-connection", speed = format::speed(each)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{ConnectionInfo, DownloadId};
    use std::sync::Arc;

    fn downloading(speed: u64) -> Download {
        let url = url::Url::parse("http://h/f").expect("url");
        let mut row = Download::new(DownloadId(1), url, "/tmp".into(), 0);
        row.status = Status::Downloading;
        row.bytes_per_sec = speed;
        row
    }

    fn around() -> Around {
        Around {
            overall_bytes_per_sec: 0,
            overall_limit: Rate::NONE,
            jobs: 3,
        }
    }

    #[test]
    fn names_the_limit_that_holds_it_back() {
        let mut row = downloading(1000);
        row.speed_limit = Some(Rate::bytes_per_sec(1024));
        assert!(
            why_slow(&row, &around())
                .expect("a reason")
                .contains("for this download")
        );
        row.speed_limit = None;
        let shared = Around {
            overall_bytes_per_sec: 1_000_000,
            overall_limit: Rate::bytes_per_sec(1_048_576),
            ..around()
        };
        assert!(
            why_slow(&row, &shared)
                .expect("a reason")
                .contains("overall")
        );
        assert_eq!(why_slow(&row, &around()), None);
    }

    #[test]
    fn names_the_server_the_host_limit_and_the_disk() {
        let mut row = downloading(1000);
        row.note = Some(SpeedNote::ServerAllows { connections: 2 });
        assert!(
            why_slow(&row, &around())
                .expect("a reason")
                .contains("only 2 connections")
        );
        row.note = None;
        let details = Arc::make_mut(&mut row.details);
        details.connections_wanted = 8;
        details.host_limited = true;
        details.connections = vec![ConnectionInfo {
            from: 0,
            cursor: 1,
            until: None,
            bytes_per_sec: 10,
        }];
        assert!(
            why_slow(&row, &around())
                .expect("a reason")
                .contains("per host")
        );
        let details = Arc::make_mut(&mut row.details);
        details.disk_busy = 0.8;
        assert!(
            why_slow(&row, &around())
                .expect("a reason")
                .contains("disk")
        );
    }

    #[test]
    fn only_measured_steps_name_a_limit_per_connection_or_a_full_line() {
        let mut row = downloading(4_000_000);
        let piece = |speed| ConnectionInfo {
            from: 0,
            cursor: 0,
            until: None,
            bytes_per_sec: speed,
        };
        // Even speeds alone say nothing: a line capped as a whole shares out evenly too.
        Arc::make_mut(&mut row.details).connections =
            vec![piece(2_000_000), piece(1_900_000), piece(2_050_000)];
        assert_eq!(why_slow(&row, &around()), None);
        Arc::make_mut(&mut row.details).growth.added = Some(crate::engine::ConnectionsAdded {
            from: 4,
            to: 16,
            each: Some(350_000),
            remembered: false,
        });
        assert!(
            why_slow(&row, &around())
                .expect("a reason")
                .contains("per connection")
        );
        Arc::make_mut(&mut row.details).growth.not_faster = Some(crate::engine::NotFaster {
            tried: 4,
            than: 2,
            total: 2_000_000,
        });
        assert!(
            why_slow(&row, &around())
                .expect("a reason")
                .contains("in all")
        );
        let mut queued = downloading(0);
        queued.status = Status::Queued;
        assert!(
            why_slow(&queued, &around())
                .expect("a reason")
                .contains("3 downloads")
        );
    }
}
