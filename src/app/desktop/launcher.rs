//! Progress on the taskbar icon, for docks and panels that speak the Unity LauncherEntry D-Bus
//! API (KDE Plasma, Dash to Dock, Plank): a signal on the session bus saying how far the
//! downloads are and how many run. Signals go out from one background thread; a desktop
//! without a session bus simply never sees them.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::mpsc::{self, Sender};
use std::thread;

use zbus::zvariant::Value;

/// What the taskbar icon shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LauncherProgress {
    /// How far the queue is (0 to 1), while downloads run.
    pub progress: Option<f64>,
    /// Downloads running or waiting (0 hides the count).
    pub count: usize,
}

/// The object path the signal comes from (any path of ours will do).
const PATH: &str = "/dev/haul/Haul/LauncherEntry";
const INTERFACE: &str = "com.canonical.Unity.LauncherEntry";

/// Sends launcher updates from a background thread started on first use.
#[derive(Debug, Default)]
pub struct Launcher {
    sender: Mutex<Option<Sender<LauncherProgress>>>,
}

impl Launcher {
    /// Shows `progress` on the icon of the application `app_id` (its `.desktop` file name).
    pub fn show(&self, app_id: &'static str, progress: LauncherProgress) {
        let mut sender = self
            .sender
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if sender.is_none() {
            let (tx, rx) = mpsc::channel::<LauncherProgress>();
            let started = thread::Builder::new()
                .name("haul-launcher".into())
                .spawn(move || serve(app_id, &rx));
            if let Err(err) = started {
                log::warn!("could not start the taskbar progress thread: {err}");
                return;
            }
            *sender = Some(tx);
        }
        if let Some(tx) = sender.as_ref()
            && tx.send(progress).is_err()
        {
            // The thread ended (no session bus): stay quiet from now on.
            *sender = None;
        }
    }
}

fn serve(app_id: &str, updates: &mpsc::Receiver<LauncherProgress>) {
    let connection = match zbus::blocking::Connection::session() {
        Ok(connection) => connection,
        Err(err) => {
            log::info!("no session bus for taskbar progress: {err}");
            return;
        }
    };
    let app_uri = format!("application://{app_id}.desktop");
    while let Ok(mut update) = updates.recv() {
        // Only the newest matters.
        while let Ok(newer) = updates.try_recv() {
            update = newer;
        }
        let mut properties: HashMap<&str, Value<'_>> = HashMap::new();
        properties.insert("progress", Value::F64(update.progress.unwrap_or(0.0)));
        properties.insert("progress-visible", Value::Bool(update.progress.is_some()));
        properties.insert("count", Value::I64(update.count as i64));
        properties.insert("count-visible", Value::Bool(update.count > 0));
        let sent = connection.emit_signal(
            None::<&str>,
            PATH,
            INTERFACE,
            "Update",
            &(app_uri.as_str(), properties),
        );
        if let Err(err) = sent {
            log::warn!("taskbar progress could not be sent: {err}");
        }
    }
}
