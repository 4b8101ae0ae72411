//! Turns any text into the links it contains: a pasted block of prose, a dropped `.txt`, `.csv`
//! or `.html` file, a markdown list, or `haul get -i`.
//!
//! Rules: one link per line or several inside prose; `#` starts a comment line; http, https
//! and magnet links only, and the `file:` link of a `.torrent` alone on its line (what a
//! dropped `.torrent` becomes); duplicates dropped, order kept. A link may carry its checksum: after it on its line
//! (`URL sha256:HEX`, `URL sha-512=HEX`), or on the next, indented line as aria2 writes it
//! (`  checksum=sha-256=HEX`). Text that looks like a link but cannot be used (an ftp
//! link, a malformed host) is reported with its line number. aria2-style numeric ranges such as
//! `file[001-120].jpg` expand to every link, keeping zero padding, up to [`MAX_EXPANSION`].

mod arguments;
mod magnets;
mod ranges;
mod spaces;
mod text;

pub use arguments::{one_link_argument, parse_argument, torrent_path_argument};
pub use ranges::{MAX_EXPANSION, RangeError, expand_ranges};
pub use text::{LinkProblem, MAX_LINKS, ParsedLinks, parse_links};
