//! Watching the clipboard from the window: what the watcher read is offered, with the window
//! in front as the Add dialog, otherwise as a notification (see `clipboard_watch`).

use crate::i18n::t;
use std::sync::Arc;

use eframe::egui;

use crate::app::App;
use crate::app::clipboard_watch::ClipboardWatch;
use crate::app::desktop::notifications::{Notice, NoticeAction};
use crate::app::tasks::TaskResult;

impl App {
    /// Takes what the watcher read from the clipboard, while watching is on.
    pub(crate) fn watch_clipboard(&mut self, ctx: &egui::Context) {
        let on = self.settings.watch_clipboard;
        self.watcher
            .watch_clipboard(on.then(|| Arc::clone(&self.desktop)));
        if !on {
            self.clipboard_watch = ClipboardWatch::default();
            return;
        }
        let Some(text) = self.watcher.take_copied() else {
            return;
        };
        let focused = ctx.input(|i| i.viewport().focused) != Some(false);
        self.clipboard_watch.in_front = focused && !self.shell.hidden;
        self.clipboard_seen(text);
    }

    /// What a look at the clipboard found: new links are offered.
    fn clipboard_seen(&mut self, text: Option<String>) {
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
        let in_list = self.rows.links_in_list();
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
