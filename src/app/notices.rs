//! What the window tells the user besides the rows: notices that stay until dismissed, a word
//! after an action that fades, the offer to undo the last cancel or removal, and a file that
//! could not be opened. One owner, so every part of the window says things the same way.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::app::bars::undo_bar::UndoOffer;

/// How long a word after an action stays in the status bar.
const FEEDBACK_FOR: Duration = Duration::from_secs(4);

/// A file that could not be opened or shown, with what went wrong.
#[derive(Clone, Debug)]
pub struct OpenFailure {
    /// The sentence shown.
    pub message: String,
    /// The file, for "Copy path".
    pub path: PathBuf,
}

/// Everything the window has to say that is not a row.
#[derive(Debug, Default)]
pub(crate) struct Notices {
    /// Messages shown until dismissed (a damaged list, a link not added, a failed save).
    lasting: Vec<String>,
    /// A word after the last action, and when it was said.
    feedback: Option<(String, Instant)>,
    /// The last cancel or removal, while it can be undone.
    undo: Option<UndoOffer>,
    /// A file that could not be opened, with "Copy path".
    open_failure: Option<OpenFailure>,
}

impl Notices {
    /// Notices that start with these messages.
    pub fn new(lasting: Vec<String>) -> Self {
        Self {
            lasting,
            ..Self::default()
        }
    }

    /// Tells the user something until they dismiss it.
    pub fn tell(&mut self, message: impl Into<String>) {
        self.lasting.push(message.into());
    }

    /// Tells the user each of these until dismissed.
    pub fn tell_all(&mut self, messages: impl IntoIterator<Item = String>) {
        self.lasting.extend(messages);
    }

    /// The messages shown until dismissed.
    pub fn lasting(&self) -> &[String] {
        &self.lasting
    }

    /// Dismisses one message (by its place in the list).
    pub fn dismiss(&mut self, index: usize) {
        if index < self.lasting.len() {
            self.lasting.remove(index);
        }
    }

    /// Says a word about the action just taken (shown for a moment).
    pub fn say(&mut self, text: impl Into<String>) {
        self.feedback = Some((text.into(), Instant::now()));
    }

    /// The word about the last action, while it shows.
    pub fn feedback(&self) -> Option<&str> {
        self.feedback
            .as_ref()
            .filter(|(_, at)| at.elapsed() < FEEDBACK_FOR)
            .map(|(text, _)| text.as_str())
    }

    /// Offers to undo an action (replacing an earlier offer).
    pub fn offer_undo(&mut self, offer: UndoOffer) {
        self.undo = Some(offer);
    }

    /// The undo offer, while it stands.
    pub fn undo_offer(&self) -> Option<&UndoOffer> {
        self.undo.as_ref()
    }

    /// Withdraws the undo offer (used, or dismissed).
    pub fn withdraw_undo(&mut self) {
        self.undo = None;
    }

    /// A file could not be opened: says so, with its path to copy.
    pub fn open_failed(&mut self, failure: OpenFailure) {
        self.open_failure = Some(failure);
    }

    /// The file that could not be opened, while it is shown.
    pub fn open_failure(&self) -> Option<&OpenFailure> {
        self.open_failure.as_ref()
    }

    /// Stops showing the file that could not be opened.
    pub fn dismiss_open_failure(&mut self) {
        self.open_failure = None;
    }

    /// Lets what fades fade; returns when the window must look again (a countdown or a word
    /// still showing), if at all.
    pub fn tick(&mut self) -> Option<Duration> {
        if self.undo.as_ref().is_some_and(UndoOffer::expired) {
            self.undo = None;
        }
        let feedback_left = match &self.feedback {
            Some((_, at)) => match FEEDBACK_FOR.checked_sub(at.elapsed()) {
                Some(left) => Some(left),
                None => {
                    self.feedback = None;
                    None
                }
            },
            None => None,
        };
        // The undo countdown shows whole seconds.
        let countdown = self.undo.is_some().then_some(Duration::from_secs(1));
        match (feedback_left, countdown) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_stay_until_dismissed_and_a_word_fades() {
        let mut notices = Notices::new(vec!["first".into()]);
        notices.tell("second");
        notices.dismiss(0);
        notices.dismiss(5);
        assert_eq!(notices.lasting(), ["second"]);
        assert_eq!(notices.tick(), None, "nothing fades");
        notices.say("Path copied");
        assert_eq!(notices.feedback(), Some("Path copied"));
        let left = notices.tick().expect("a word shows");
        assert!(left <= FEEDBACK_FOR);
        notices.feedback = Some(("old".into(), Instant::now() - FEEDBACK_FOR));
        assert_eq!(notices.feedback(), None);
        assert_eq!(notices.tick(), None);
        assert!(notices.feedback.is_none(), "a faded word is dropped");
    }
}
