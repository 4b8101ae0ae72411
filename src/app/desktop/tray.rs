//! The tray item, through the StatusNotifierItem D-Bus protocol (KDE, XFCE, Cinnamon, GNOME
//! with the AppIndicator extension), with the `ksni` crate: the queue's progress in its
//! tooltip; a click shows the window; its menu shows Haul, adds links from the clipboard,
//! pauses or resumes everything, sets a speed limit, and quits.
//!
//! Where no tray host runs (no StatusNotifierWatcher on the session bus), [`start`] says so
//! and the window closes as it always did. Menu clicks arrive on ksni's thread; they are
//! passed to the window as [`TrayAction`]s, with a wake so a hidden window hears them.

use crate::i18n::t;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};

use crate::engine::rate::Rate;
use ksni::blocking::TrayMethods;
use ksni::menu::{RadioGroup, RadioItem, StandardItem, SubMenu};

/// What the tray asks of the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrayAction {
    /// Show the window (and bring it to the front).
    Show,
    /// Show the Add dialog with the clipboard's links.
    AddFromClipboard,
    /// Pause everything.
    PauseAll,
    /// Resume everything paused.
    ResumeAll,
    /// Set the overall speed limit.
    Limit(Rate),
    /// Quit Haul (asking first while downloads run).
    Quit,
}

/// The speed-limit choices in the menu: none, then these rates.
pub const LIMIT_PRESETS: [Rate; 4] = [
    Rate::bytes_per_sec(256 * 1024),
    Rate::bytes_per_sec(1024 * 1024),
    Rate::bytes_per_sec(5 * 1024 * 1024),
    Rate::bytes_per_sec(20 * 1024 * 1024),
];

/// What the tray shows about the queue.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrayStatus {
    /// The tooltip's line ("2 downloading, 45%, 3.1 MB/s").
    pub summary: String,
    /// The overall speed limit now.
    pub limit: Rate,
}

struct HaulTray {
    status: TrayStatus,
    actions: Sender<TrayAction>,
    wake: Arc<dyn Fn() + Send + Sync>,
}

impl HaulTray {
    fn send(&self, action: TrayAction) {
        if self.actions.send(action).is_ok() {
            (self.wake)();
        }
    }
}

fn item(label: &str, action: TrayAction) -> ksni::MenuItem<HaulTray> {
    StandardItem {
        label: label.into(),
        activate: Box::new(move |tray: &mut HaulTray| tray.send(action)),
        ..Default::default()
    }
    .into()
}

impl ksni::Tray for HaulTray {
    fn id(&self) -> String {
        crate::paths::APP_ID.into()
    }

    fn title(&self) -> String {
        "Haul".into()
    }

    fn icon_name(&self) -> String {
        // The installed icon (see the README); hosts fall back to the pixmap.
        crate::paths::APP_ID.into()
    }

    fn icon_pixmap(&self) -> Vec<ksni::Icon> {
        icon().into_iter().collect()
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip {
            title: "Haul".into(),
            description: self.status.summary.clone(),
            ..Default::default()
        }
    }

    fn activate(&mut self, _x: i32, _y: i32) {
        self.send(TrayAction::Show);
    }

    fn menu(&self) -> Vec<ksni::MenuItem<Self>> {
        let mut rates = vec![Rate::NONE];
        rates.extend(LIMIT_PRESETS);
        let selected = rates
            .iter()
            .position(|&rate| rate == self.status.limit)
            .unwrap_or(usize::MAX);
        let options = rates
            .iter()
            .map(|&rate| RadioItem {
                label: if rate.is_limited() {
                    crate::format::rate(rate)
                } else {
                    t!("limit-none")
                },
                ..Default::default()
            })
            .collect();
        vec![
            item(&t!("tray-show"), TrayAction::Show),
            item(&t!("tray-add-from-clipboard"), TrayAction::AddFromClipboard),
            ksni::MenuItem::Separator,
            item(&t!("toolbar-pause-all"), TrayAction::PauseAll),
            item(&t!("toolbar-resume-all"), TrayAction::ResumeAll),
            SubMenu {
                label: t!("limit-title"),
                submenu: vec![
                    RadioGroup {
                        selected,
                        select: Box::new(move |tray: &mut Self, at| {
                            if let Some(&rate) = rates.get(at) {
                                tray.send(TrayAction::Limit(rate));
                            }
                        }),
                        options,
                    }
                    .into(),
                ],
                ..Default::default()
            }
            .into(),
            ksni::MenuItem::Separator,
            item(&t!("tray-quit"), TrayAction::Quit),
        ]
    }
}

/// The icon as ARGB pixels, for hosts that do not find it by name.
fn icon() -> Option<ksni::Icon> {
    let image = image_rgba(include_bytes!("../../../assets/icons/haul-32.png"))?;
    let (width, height, rgba) = image;
    let data = rgba
        .chunks_exact(4)
        .flat_map(|p| [p[3], p[0], p[1], p[2]])
        .collect();
    Some(ksni::Icon {
        width,
        height,
        data,
    })
}

fn image_rgba(png: &[u8]) -> Option<(i32, i32, Vec<u8>)> {
    let icon = eframe::icon_data::from_png_bytes(png).ok()?;
    Some((
        i32::try_from(icon.width).ok()?,
        i32::try_from(icon.height).ok()?,
        icon.rgba,
    ))
}

/// The tray item while it shows.
pub struct Tray {
    handle: ksni::blocking::Handle<HaulTray>,
    shown: TrayStatus,
}

impl Tray {
    /// Shows what the queue is doing (only when it changed: each change is a D-Bus signal).
    pub fn show(&mut self, status: TrayStatus) {
        if status == self.shown {
            return;
        }
        self.shown = status.clone();
        self.handle.update(move |tray| tray.status = status);
    }
}

impl Drop for Tray {
    fn drop(&mut self) {
        self.handle.shutdown();
    }
}

/// Puts Haul in the tray; `None` (said in the log) where no tray host runs. `wake` is called
/// after each action, from ksni's thread.
pub fn start(wake: Arc<dyn Fn() + Send + Sync>) -> Option<(Tray, Receiver<TrayAction>)> {
    let (actions, received) = mpsc::channel();
    let tray = HaulTray {
        status: TrayStatus::default(),
        actions,
        wake,
    };
    match tray.spawn() {
        Ok(handle) => Some((
            Tray {
                handle,
                shown: TrayStatus::default(),
            },
            received,
        )),
        Err(err) => {
            log::info!("no tray: {err}");
            None
        }
    }
}

/// The tray item and the actions it sends.
pub(crate) struct TrayLink {
    pub tray: Tray,
    pub actions: Receiver<TrayAction>,
}
