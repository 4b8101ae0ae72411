//! The Add dialog's Advanced part: what the links' requests carry beyond Haul's own (Referer,
//! User-Agent, Cookie, any header line), for sites that check them, and whether to remember
//! them for the site (Referer, User-Agent and header lines; cookies are never kept).

use crate::i18n::t;
use eframe::egui::{self, RichText};

use crate::engine::from_browser::{FromBrowser, HeaderProblem};

/// The part's fields, as typed.
#[derive(Debug, Default)]
pub(super) struct Advanced {
    referer: String,
    user_agent: String,
    cookie: String,
    /// Other header lines, one per line.
    lines: String,
    /// Remember them for the links' sites.
    pub(super) remember: bool,
    /// Unfold the part on the next frame (it was filled from what the site remembered, so
    /// the user sees what the requests will carry).
    unfold: bool,
}

impl Advanced {
    /// Fills the fields with what a site remembered (only where they are still empty).
    pub(super) fn prefill(&mut self, remembered: &FromBrowser) {
        self.unfold = true;
        if self.referer.is_empty() {
            self.referer = remembered.referer.clone().unwrap_or_default();
        }
        if self.user_agent.is_empty() {
            self.user_agent = remembered.user_agent.clone().unwrap_or_default();
        }
        if self.lines.is_empty() {
            self.lines = remembered
                .headers
                .iter()
                .map(|(name, value)| format!("{name}: {value}"))
                .collect::<Vec<_>>()
                .join("\n");
        }
    }

    /// What the requests carry (`None`: nothing), or the first line that cannot be sent.
    pub(super) fn extras(&self) -> Result<Option<FromBrowser>, HeaderProblem> {
        let mut extra = FromBrowser::default();
        let named = [
            ("Referer", &self.referer),
            ("User-Agent", &self.user_agent),
            ("Cookie", &self.cookie),
        ];
        let lines = named
            .into_iter()
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(name, value)| format!("{name}: {}", value.trim()))
            .chain(
                self.lines
                    .lines()
                    .filter(|line| !line.trim().is_empty())
                    .map(str::to_owned),
            );
        for line in lines {
            extra.take_line(&line)?;
        }
        Ok((!extra.is_empty()).then_some(extra))
    }

    /// Draws the part (folded until opened).
    pub(super) fn ui(&mut self, ui: &mut egui::Ui) {
        let mut header = egui::CollapsingHeader::new(t!("add-advanced")).id_salt("add-advanced");
        if std::mem::take(&mut self.unfold) {
            header = header.open(Some(true));
        }
        header.show(ui, |ui| {
            egui::Grid::new("add-advanced-grid")
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    for (label, value, hint) in [
                        (t!("add-referer"), &mut self.referer, "https://…"),
                        (t!("add-user-agent"), &mut self.user_agent, "Mozilla/5.0 …"),
                        (t!("add-cookie"), &mut self.cookie, "name=value; …"),
                    ] {
                        let label = ui.label(label);
                        ui.add(
                            egui::TextEdit::singleline(value)
                                .hint_text(hint)
                                .desired_width(320.0),
                        )
                        .labelled_by(label.id);
                        ui.end_row();
                    }
                    let label = ui.label(t!("add-header-lines"));
                    ui.add(
                        egui::TextEdit::multiline(&mut self.lines)
                            .hint_text("X-Token: …")
                            .desired_rows(2)
                            .desired_width(320.0),
                    )
                    .labelled_by(label.id);
                    ui.end_row();
                });
            if let Err(problem) = self.extras() {
                ui.label(
                    RichText::new(crate::describe::header_problem(&problem))
                        .color(ui.visuals().error_fg_color),
                );
            }
            ui.checkbox(&mut self.remember, t!("add-remember-site"));
        });
    }
}
