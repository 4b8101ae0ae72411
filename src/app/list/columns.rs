//! Which columns fit the window. The row's buttons, the name and the status always show; the
//! others join in order of use (progress, size, speed, time left, date added) while there is
//! room, and the name takes what is left, so a narrow window loses the least useful columns
//! first and never the status.

use crate::app::list::view::SortColumn;

/// A column of the download table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Col {
    /// The row's buttons.
    Actions,
    /// The file name.
    Name,
    /// Downloaded and total size.
    Size,
    /// The progress bar.
    Progress,
    /// Current speed.
    Speed,
    /// Time left.
    TimeLeft,
    /// When it was added.
    Added,
    /// Where it is in its life, and why.
    Status,
}

impl Col {
    /// The header's text, in the user's language.
    pub fn title(self) -> String {
        let id = match self {
            Col::Actions => return String::new(),
            Col::Name => "column-name",
            Col::Size => "column-size",
            Col::Progress => "column-progress",
            Col::Speed => "column-speed",
            Col::TimeLeft => "column-time-left",
            Col::Added => "column-added",
            Col::Status => "column-status",
        };
        crate::i18n::tr(id)
    }

    /// The sort a click on its header chooses, if it sorts.
    pub fn sort(self) -> Option<SortColumn> {
        match self {
            Col::Name => Some(SortColumn::Name),
            Col::Size => Some(SortColumn::Size),
            Col::Progress => Some(SortColumn::Progress),
            Col::Speed => Some(SortColumn::Speed),
            Col::Added => Some(SortColumn::Added),
            Col::Status => Some(SortColumn::Status),
            Col::Actions | Col::TimeLeft => None,
        }
    }

    /// Its width, for every column but the name (which takes the rest): its usual width, or
    /// wider when its header (`title` points wide in the user's language, plus room for the
    /// sort arrow) needs more, so a longer word is never cut off.
    fn width(self, status_width: f32, title: f32) -> f32 {
        self.usual_width(status_width).max(title + HEADER_ROOM)
    }

    fn usual_width(self, status_width: f32) -> f32 {
        match self {
            Col::Actions => 64.0,
            Col::Name => NAME_MIN,
            Col::Size => 118.0,
            Col::Progress => 110.0,
            Col::Speed => 86.0,
            Col::TimeLeft => 72.0,
            Col::Added => 70.0,
            Col::Status => status_width,
        }
    }
}

/// Every column, in display order.
const ALL: [Col; 8] = [
    Col::Actions,
    Col::Name,
    Col::Size,
    Col::Progress,
    Col::Speed,
    Col::TimeLeft,
    Col::Added,
    Col::Status,
];

/// Room a header needs besides its word: the sort arrow and a little air.
const HEADER_ROOM: f32 = 22.0;
/// The name never gets narrower than this.
pub const NAME_MIN: f32 = 130.0;
/// Space each column needs besides its content (spacing between cells).
const SPACING: f32 = 8.0;

/// The columns that fit `width` points, in display order, with their widths (the name's is
/// its least); `title` says how wide a column's header is in the user's language.
pub fn columns_for(width: f32, title: impl Fn(Col) -> f32) -> Vec<(Col, f32)> {
    let status_width = (width * 0.28).clamp(170.0, 420.0);
    // Each header is measured once.
    let widths = ALL.map(|col| col.width(status_width, title(col)));
    let width_of = |col: Col| {
        let at = ALL.iter().position(|c| *c == col).unwrap_or(0);
        widths[at]
    };
    let mut used =
        width_of(Col::Actions) + width_of(Col::Name) + width_of(Col::Status) + 3.0 * SPACING;
    let mut optional = Vec::new();
    for col in [
        Col::Progress,
        Col::Size,
        Col::Speed,
        Col::TimeLeft,
        Col::Added,
    ] {
        // In order of use: a less useful column never takes the place of a more useful one.
        let needed = width_of(col) + SPACING;
        if used + needed > width {
            break;
        }
        used += needed;
        optional.push(col);
    }
    let mut columns = vec![Col::Actions, Col::Name];
    for col in [
        Col::Size,
        Col::Progress,
        Col::Speed,
        Col::TimeLeft,
        Col::Added,
    ] {
        if optional.contains(&col) {
            columns.push(col);
        }
    }
    columns.push(Col::Status);
    columns
        .into_iter()
        .map(|col| (col, width_of(col)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrow_windows_lose_the_least_useful_columns_but_keep_the_status() {
        let english = |col: Col| col.title().chars().count() as f32 * 7.0;
        let names = |layout: &[(Col, f32)]| layout.iter().map(|(c, _)| *c).collect::<Vec<_>>();
        let wide = names(&columns_for(1280.0, english));
        assert_eq!(
            wide,
            [
                Col::Actions,
                Col::Name,
                Col::Size,
                Col::Progress,
                Col::Speed,
                Col::TimeLeft,
                Col::Added,
                Col::Status
            ]
        );
        let narrow_layout = columns_for(620.0, english);
        let narrow = names(&narrow_layout);
        assert!(narrow.contains(&Col::Status) && narrow.contains(&Col::Name));
        assert!(narrow.contains(&Col::Progress));
        assert!(!narrow.contains(&Col::Added) && !narrow.contains(&Col::TimeLeft));
        let total: f32 = narrow_layout.iter().map(|(_, w)| w + SPACING).sum();
        assert!(total <= 620.0, "{narrow:?} need {total}");
        let tiny = names(&columns_for(300.0, english));
        assert_eq!(tiny, [Col::Actions, Col::Name, Col::Status]);
    }

    #[test]
    fn a_long_header_widens_its_column_and_leaves_out_a_later_one() {
        // "Geschwindigkeit" and "Verbleibende Zeit" are wider than their usual columns.
        let long = |col: Col| match col {
            Col::Speed | Col::TimeLeft => 120.0,
            _ => 30.0,
        };
        let layout = columns_for(1280.0, long);
        let speed = layout
            .iter()
            .find(|(c, _)| *c == Col::Speed)
            .expect("speed");
        assert!(speed.1 >= 120.0 + HEADER_ROOM, "{layout:?}");
        let total: f32 = layout.iter().map(|(_, w)| w + SPACING).sum();
        assert!(total <= 1280.0, "{layout:?}");
        let narrow = columns_for(700.0, long);
        let total: f32 = narrow.iter().map(|(_, w)| w + SPACING).sum();
        assert!(total <= 700.0, "{narrow:?}");
    }
}
