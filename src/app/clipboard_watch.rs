//! Watching the clipboard, when the user asks for it (off by default): copied text with
//! download links not yet in the list is offered, never added. With the window in front the
//! Add dialog opens with them; otherwise a notification offers "Add", which opens it.
//!
//! The clipboard is read on a task thread about once a second. What it held when watching
//! began is not offered (only what is copied after).

use crate::i18n::t;
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;

use super::App;
use super::desktop::notify::{Notice, NoticeAction};
use super::tasks::TaskResult;

/// How often the clipboard is read.
const EVERY: Duration = Duration::from_secs(1);

/// What the watcher knows between looks.
#[derive(Debug, Default)]
pub(crate) struct ClipboardWatch {
    /// The text last seen (`None` before the first look).
    seen: Option<String>,
    /// When it last looked (a look may be under way).
    looked: Option<Instant>,
    /// The window was in front at the last look.
    in_front: bool,
}

impl App {
    /// Reads the clipboard when it is time, while watching is on.
    pub(super) fn watch_clipboard(&mut self, ctx: &egui::Context) {
        if !self.settings.watch_clipboard {
            self.clipboard_watch = ClipboardWatch::default();
            return;
        }
        ctx.request_repaint_after(EVERY);
        let focused = ctx.input(|i| i.viewport().focused) != Some(false);
        let watch = &mut self.clipboard_watch;
        watch.in_front = focused && !self.hidden;
        if watch.looked.is_some_and(|at| at.elapsed() < EVERY) {
            return;
        }
        watch.looked = Some(Instant::now());
        let desktop = Arc::clone(&self.desktop);
        self.tasks.spawn("clipboard-watch", move || {
            Some(TaskResult::ClipboardWatched(desktop.clipboard_text()))
        });
    }

    /// What a look at the clipboard found: new links are offered.
    pub(super) fn clipboard_seen(&mut self, text: Option<String>) {
        let Some(text) = text else { return };
        let watch = &mut self.clipboard_watch;
        let first = watch.seen.is_none();
        if watch.seen.as_deref() == Some(text.as_str()) {
            return;
        }
        watch.seen = Some(text.clone());
        if first {
            return;
        }
        let in_list = self.links_in_list();
        let new: Vec<url::Url> = crate::links::parse_links(&text)
            .urls
            .into_iter()
            .filter(|url| !in_list.contains_key(url.as_str()))
            .collect();
        if new.is_empty() {
            return;
        }
        let text = new
            .iter()
            .map(url::Url::as_str)
            .collect::<Vec<_>>()
            .join("\n");
        if self.clipboard_watch.in_front {
            self.open_add_dialog(text);
        } else {
            self.offer_in_notification(new.len(), text);
        }
    }

    fn offer_in_notification(&mut self, count: usize, text: String) {
        let notice = Notice {
            summary: t!("notify-link-copied", count = count),
            body: text.lines().next().unwrap_or_default().to_owned(),
            target: None,
            offer: Some(text),
        };
        let desktop = Arc::clone(&self.desktop);
        self.tasks
            .spawn("offer-links", move || match desktop.notify(&notice) {
                Ok(Some(NoticeAction::Add)) => notice.offer.map(TaskResult::OfferTaken),
                Ok(_) => None,
                Err(err) => {
                    log::info!("no desktop notification: {err}");
                    None
                }
            });
    }
}
