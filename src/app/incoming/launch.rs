//! Links that come with a launch: the command line of the first window, and what later
//! launches hand over (see `crate::instance`). Both are added at once, as the user asked for
//! them by opening them with Haul; arguments that are not links are read as link-list files
//! (relative to the launching program's folder), in the background.

use crate::i18n::t;
use std::path::{Path, PathBuf};

use eframe::egui;

use crate::app::App;
use crate::app::handlers::AddHow;
use crate::app::incoming::drop;
use crate::app::tasks::TaskResult;
use crate::instance::protocol::Request;
use crate::links;

impl App {
    /// Adds the links of a launch; `cwd` resolves relative file names (`None`: this process's).
    pub(crate) fn add_launch_links(&mut self, args: &[String], cwd: Option<&Path>) {
        let mut urls = Vec::new();
        let mut checksums = std::collections::HashMap::new();
        let mut files = Vec::new();
        for arg in args {
            let parsed = links::parse_argument(arg);
            if parsed.urls.is_empty() && parsed.problems.is_empty() {
                files.push(match cwd {
                    Some(cwd) => cwd.join(arg),
                    None => PathBuf::from(arg),
                });
                continue;
            }
            for problem in &parsed.problems {
                self.notices.tell(t!(
                    "notice-launch-link-skipped",
                    problem = problem.to_string()
                ));
            }
            checksums.extend(parsed.checksums);
            urls.extend(parsed.urls);
        }
        let dir = self.download_dir();
        self.add_urls(
            urls,
            &dir,
            AddHow {
                checksums,
                ..AddHow::default()
            },
        );
        if !files.is_empty() {
            self.tasks.spawn("read-launch-files", move || {
                let TaskResult::DroppedFiles { text, problems } = drop::read_dropped(&files) else {
                    return None;
                };
                Some(TaskResult::LaunchLinks { text, problems })
            });
        }
    }

    /// Handles what later launches handed over: the window comes to the front and adds their
    /// links.
    pub(crate) fn take_hand_offs(&mut self, ctx: &egui::Context) {
        let requests = self
            .incoming
            .inbox
            .as_ref()
            .map(|inbox| inbox.take())
            .unwrap_or_default();
        for request in requests {
            match request {
                Request::Open { links, cwd, .. } => {
                    // Opened again (from the menu, or with links): back from the tray too.
                    self.shell.show_window(Some(ctx));
                    ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                        egui::UserAttentionType::Informational,
                    ));
                    self.add_launch_links(&links, cwd.as_deref());
                }
                Request::Browser { ask, downloads, .. } => {
                    self.add_from_browser(ctx, ask, downloads);
                }
            }
        }
    }

    /// Downloads the browser extension handed over: added at once (a download the browser
    /// started), or shown in the Add dialog for the user to choose (links from a page).
    fn add_from_browser(
        &mut self,
        ctx: &egui::Context,
        ask: bool,
        downloads: Vec<crate::instance::protocol::BrowserDownload>,
    ) {
        let mut urls = Vec::new();
        for download in downloads {
            let Ok(url) = download.validate() else {
                continue;
            };
            let context = std::sync::Arc::new(crate::engine::FromBrowser {
                referer: download.referer,
                user_agent: download.user_agent,
                cookie: download.cookie,
                headers: Vec::new(),
            });
            self.incoming
                .from_browser
                .insert(url.as_str().to_owned(), (context, download.file_name));
            urls.push(url);
        }
        if urls.is_empty() {
            return;
        }
        if ask {
            self.shell.show_window(Some(ctx));
            let text = urls
                .iter()
                .map(url::Url::as_str)
                .collect::<Vec<_>>()
                .join("\n");
            self.execute(Some(ctx), crate::app::command::Command::OpenAddDialog(text));
        } else {
            let what = match urls.as_slice() {
                [one] => crate::engine::files::naming::name_from_url(one)
                    .unwrap_or_else(|| one.to_string()),
                many => t!("downloads-count", count = many.len()),
            };
            let dir = self.download_dir();
            self.add_urls(urls, &dir, AddHow::default());
            self.notices.say(t!("notice-from-browser", what = what));
        }
    }
}
