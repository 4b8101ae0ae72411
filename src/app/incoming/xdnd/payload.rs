//! What dragged data means: the types X11 drag sources offer (URI lists, Firefox's
//! `text/x-moz-url`, Netscape URLs, HTML and plain text in its encodings), which one Haul asks
//! for, and how its bytes become text for the link parser and link-list files to read.
//!
//! Pure functions: everything here is unit-tested without a display.

use crate::i18n::t;
use std::path::PathBuf;

use url::Url;

use crate::links;

/// Most bytes read from one dropped file (the window's own file drops read it here too)...
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;
/// ...and taken from one drag: the same cap.
pub const MAX_DRAG_BYTES: usize = MAX_FILE_BYTES as usize;

/// A type of dragged data Haul understands, in the words of the X11 drag protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DragType {
    /// `text/uri-list` (RFC 2483): file managers and browsers; CRLF lines, `#` comments.
    UriList,
    /// `text/x-moz-url`: Firefox's link drags, UTF-16, link and title lines.
    MozUrl,
    /// `_NETSCAPE_URL`: older browsers, link and title lines.
    NetscapeUrl,
    /// `text/html`: a selection from a web page, with its links in `href`s.
    Html,
    /// `text/plain;charset=utf-8`.
    Utf8Plain,
    /// `UTF8_STRING` (ICCCM).
    Utf8String,
    /// `text/plain` without a charset: UTF-8 if it is, else Latin-1.
    Plain,
    /// `STRING` (ICCCM): Latin-1.
    Latin1String,
    /// `TEXT` (ICCCM): whatever text encoding the source answers with.
    Text,
}

impl DragType {
    /// The types Haul asks for, best first: links are most precise, then HTML (whose links
    /// survive even when their text does not show them), then plain text.
    pub const PREFERENCE: [DragType; 9] = [
        DragType::UriList,
        DragType::MozUrl,
        DragType::NetscapeUrl,
        DragType::Html,
        DragType::Utf8Plain,
        DragType::Utf8String,
        DragType::Plain,
        DragType::Latin1String,
        DragType::Text,
    ];

    /// The atom name a source offers this type under.
    pub fn atom_name(self) -> &'static str {
        match self {
            DragType::UriList => "text/uri-list",
            DragType::MozUrl => "text/x-moz-url",
            DragType::NetscapeUrl => "_NETSCAPE_URL",
            DragType::Html => "text/html",
            DragType::Utf8Plain => "text/plain;charset=utf-8",
            DragType::Utf8String => "UTF8_STRING",
            DragType::Plain => "text/plain",
            DragType::Latin1String => "STRING",
            DragType::Text => "TEXT",
        }
    }

    /// The type an atom name stands for (charset names are case-insensitive).
    pub fn from_atom_name(name: &str) -> Option<Self> {
        let normalized = name.trim().to_ascii_lowercase().replace(' ', "");
        Self::PREFERENCE.into_iter().find(|kind| {
            let own = kind.atom_name();
            if own.starts_with("text/") {
                own.to_ascii_lowercase() == normalized
                    || (*kind == DragType::Utf8Plain
                        && normalized == "text/plain;charset=\"utf-8\"")
            } else {
                own == name
            }
        })
    }
}

/// The best type among those a drag offers, if Haul understands any.
pub fn choose<'a>(offered: impl IntoIterator<Item = &'a str>) -> Option<DragType> {
    let offered: Vec<DragType> = offered
        .into_iter()
        .filter_map(DragType::from_atom_name)
        .collect();
    DragType::PREFERENCE
        .into_iter()
        .find(|kind| offered.contains(kind))
}

/// What a drag carries, decoded: text for the link parser, and local files to read as link
/// lists.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DroppedData {
    /// Text with links in it (links one per line, or prose, or HTML).
    pub text: String,
    /// Local files (`file://` links) to read as link lists.
    pub files: Vec<PathBuf>,
    /// What could not be used, as sentences for the user.
    pub problems: Vec<String>,
}

impl DroppedData {
    /// What dropping it would add, for the overlay while it hovers.
    pub fn summary(&self) -> DropSummary {
        DropSummary {
            links: links::parse_links(&self.text).urls.len(),
            files: self.files.len(),
        }
    }
}

/// What a drop would add: links in its text, and files whose links are read after the drop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DropSummary {
    /// Web links found in the dragged text.
    pub links: usize,
    /// Local files to read as link lists.
    pub files: usize,
}

impl DropSummary {
    /// True when the drop would add nothing.
    pub fn is_empty(&self) -> bool {
        self.links == 0 && self.files == 0
    }
}

/// Decodes `bytes` received as `kind`. `truncated` says the source offered more than
/// [`MAX_DRAG_BYTES`] and only the beginning was kept.
pub fn decode(kind: DragType, bytes: &[u8], truncated: bool) -> DroppedData {
    let mut data = DroppedData::default();
    if truncated {
        data.problems.push(t!(
            "drag-too-large",
            size = crate::format::bytes(MAX_DRAG_BYTES as u64)
        ));
    }
    match kind {
        DragType::UriList => {
            let text = text_from(bytes, Encoding::Utf8, &mut data.problems);
            take_uris(text.lines().map(str::trim), &mut data);
        }
        DragType::MozUrl => {
            // Link and title alternate; the links are the even lines.
            let text = text_from(bytes, Encoding::Utf16, &mut data.problems);
            take_uris(text.lines().step_by(2).map(str::trim), &mut data);
        }
        DragType::NetscapeUrl => {
            let text = text_from(bytes, Encoding::Utf8, &mut data.problems);
            take_uris(text.lines().step_by(2).map(str::trim), &mut data);
        }
        DragType::Html => data.text = text_from(bytes, Encoding::Sniff, &mut data.problems),
        DragType::Utf8Plain | DragType::Utf8String => {
            data.text = text_from(bytes, Encoding::Utf8, &mut data.problems);
        }
        DragType::Plain | DragType::Text => {
            data.text = text_from(bytes, Encoding::Sniff, &mut data.problems);
        }
        DragType::Latin1String => data.text = latin1(bytes),
    }
    data
}

/// Adds each URI: local files to read, everything else as a line of text for the parser
/// (which reports what it cannot use, as for pasted text).
fn take_uris<'a>(lines: impl Iterator<Item = &'a str>, data: &mut DroppedData) {
    for line in lines {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line
            .get(..5)
            .is_some_and(|scheme| scheme.eq_ignore_ascii_case("file:"))
        {
            match Url::parse(line)
                .ok()
                .and_then(|url| url.to_file_path().ok())
            {
                Some(path) => data.files.push(path),
                None => data
                    .problems
                    .push(t!("drag-not-local", name = excerpt(line))),
            }
            continue;
        }
        data.text.push_str(line);
        data.text.push('\n');
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Utf16,
    /// UTF-16 when it has a byte order mark or looks like it, UTF-8 when valid, else Latin-1.
    Sniff,
}

fn text_from(bytes: &[u8], encoding: Encoding, problems: &mut Vec<String>) -> String {
    let utf16 = match encoding {
        Encoding::Utf16 => true,
        Encoding::Utf8 => false,
        Encoding::Sniff => looks_like_utf16(bytes),
    };
    if utf16 {
        // A trailing NUL is a whole UTF-16 unit here; it is trimmed after decoding.
        return utf16_text(bytes, problems);
    }
    let bytes = trim_trailing_nuls(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text).to_owned(),
        Err(_) if encoding == Encoding::Sniff => latin1(bytes),
        Err(_) => {
            problems.push(t!("drag-not-utf8"));
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}

/// Drag sources written in C often send the string's terminating NUL along.
fn trim_trailing_nuls(bytes: &[u8]) -> &[u8] {
    let end = bytes.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
    &bytes[..end]
}

fn looks_like_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    // ASCII text in UTF-16 has a zero in every other byte; UTF-8 text never has zeros.
    let sample = &bytes[..bytes.len().min(512)];
    sample.len() >= 4 && sample.iter().filter(|&&b| b == 0).count() * 3 >= sample.len()
}

fn utf16_text(bytes: &[u8], problems: &mut Vec<String>) -> String {
    let (big_endian, body) = match bytes {
        [0xFE, 0xFF, rest @ ..] => (true, rest),
        [0xFF, 0xFE, rest @ ..] => (false, rest),
        // Without a byte order mark: little-endian, as Firefox sends it, unless the zeros sit
        // in the even bytes.
        _ => (bytes.len() >= 2 && bytes[0] == 0 && bytes[1] != 0, bytes),
    };
    if body.len() % 2 == 1 {
        problems.push(t!("drag-cut-character"));
    }
    let units = body.chunks_exact(2).map(|pair| {
        if big_endian {
            u16::from_be_bytes([pair[0], pair[1]])
        } else {
            u16::from_le_bytes([pair[0], pair[1]])
        }
    });
    let mut text = String::with_capacity(body.len() / 2);
    let mut replaced = false;
    for unit in char::decode_utf16(units) {
        match unit {
            Ok(c) => text.push(c),
            Err(_) => {
                replaced = true;
                text.push(char::REPLACEMENT_CHARACTER);
            }
        }
    }
    if replaced {
        problems.push(t!("drag-not-utf16"));
    }
    text.trim_end_matches('\0').to_owned()
}

/// ISO 8859-1: every byte is the code point of the same number.
fn latin1(bytes: &[u8]) -> String {
    trim_trailing_nuls(bytes)
        .iter()
        .map(|&b| char::from(b))
        .collect()
}

fn excerpt(text: &str) -> String {
    const MAX_CHARS: usize = 120;
    if text.chars().count() <= MAX_CHARS {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX_CHARS).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    #[test]
    fn prefers_links_then_html_then_text() {
        let firefox_link = [
            "text/x-moz-url",
            "_NETSCAPE_URL",
            "text/uri-list",
            "text/plain;charset=utf-8",
            "UTF8_STRING",
        ];
        assert_eq!(choose(firefox_link), Some(DragType::UriList));
        let selection = ["text/html", "text/plain;charset=UTF-8", "STRING", "TEXT"];
        assert_eq!(choose(selection), Some(DragType::Html));
        assert_eq!(choose(["STRING", "TEXT"]), Some(DragType::Latin1String));
        assert_eq!(
            choose(["TEXT", "text/plain"]),
            Some(DragType::Plain),
            "a named encoding beats TEXT"
        );
        assert_eq!(choose(["image/png", "application/x-rootwindow-drop"]), None);
    }

    #[test]
    fn uri_list_with_crlf_comments_files_and_links() {
        let list = b"# dragged from Files\r\nfile:///home/me/links%20list.txt\r\nhttp://example.com/a.iso\r\n\r\nhttps://example.com/b.iso\r\nfile://otherhost/x.txt\r\nftp://old.example/c\r\n";
        let data = decode(DragType::UriList, list, false);
        assert_eq!(data.files, vec![PathBuf::from("/home/me/links list.txt")]);
        assert_eq!(
            data.text,
            "http://example.com/a.iso\nhttps://example.com/b.iso\nftp://old.example/c\n"
        );
        assert_eq!(data.problems.len(), 1, "{:?}", data.problems);
        assert!(data.problems[0].contains("file://otherhost/x.txt is not a file on this computer"));
        // The parser reports the ftp link like a pasted one.
        let parsed = links::parse_links(&data.text);
        assert_eq!(parsed.urls.len(), 2);
        assert_eq!(parsed.problems.len(), 1);
        assert_eq!(data.summary(), DropSummary { links: 2, files: 1 });
    }

    #[test]
    fn moz_url_is_utf16_with_titles_between_links() {
        let payload = utf16le("http://example.com/ä.zip\nThe ä file\nhttp://example.com/b.zip\nB");
        let data = decode(DragType::MozUrl, &payload, false);
        assert_eq!(
            data.text,
            "http://example.com/ä.zip\nhttp://example.com/b.zip\n"
        );
        assert!(data.problems.is_empty());
        // With a byte order mark and a trailing NUL, as some sources send it.
        let mut with_bom = vec![0xFF, 0xFE];
        with_bom.extend(utf16le("http://example.com/c.zip\nC\0"));
        let data = decode(DragType::MozUrl, &with_bom, false);
        assert_eq!(data.text, "http://example.com/c.zip\n");
        // Big-endian with its mark.
        let mut big: Vec<u8> = vec![0xFE, 0xFF];
        big.extend(
            "http://e.com/d\nD"
                .encode_utf16()
                .flat_map(u16::to_be_bytes),
        );
        assert_eq!(
            decode(DragType::MozUrl, &big, false).text,
            "http://e.com/d\n"
        );
    }

    #[test]
    fn broken_utf16_is_reported() {
        let mut payload = utf16le("http://example.com/x");
        payload.extend([0x00, 0xD8, b'a']); // a lone surrogate and half a character
        let data = decode(DragType::MozUrl, &payload, false);
        assert_eq!(data.problems.len(), 2, "{:?}", data.problems);
    }

    #[test]
    fn netscape_url_takes_the_link_line() {
        let data = decode(
            DragType::NetscapeUrl,
            b"http://example.com/n.tar\nN file",
            false,
        );
        assert_eq!(data.text, "http://example.com/n.tar\n");
    }

    #[test]
    fn latin1_string_and_sniffed_plain_text() {
        let data = decode(
            DragType::Latin1String,
            b"caf\xe9 http://example.com/caf%C3%A9.txt\0",
            false,
        );
        assert_eq!(data.text, "café http://example.com/caf%C3%A9.txt");
        assert!(data.problems.is_empty());
        // text/plain without a charset: UTF-8 when valid, else Latin-1, never a problem.
        let utf8 = decode(DragType::Plain, "naïve http://e.com/x".as_bytes(), false);
        assert_eq!(utf8.text, "naïve http://e.com/x");
        let latin = decode(DragType::Plain, b"na\xefve http://e.com/x", false);
        assert_eq!(latin.text, "naïve http://e.com/x");
        // Or UTF-16 without a mark, as some HTML drags arrive.
        let html = decode(
            DragType::Html,
            &utf16le("<a href=\"http://e.com/h.iso\">h</a>"),
            false,
        );
        assert_eq!(html.summary().links, 1);
    }

    #[test]
    fn invalid_utf8_is_replaced_and_reported() {
        let data = decode(
            DragType::Utf8String,
            b"http://example.com/a.bin \xff\xfe\xfd",
            false,
        );
        assert!(data.text.starts_with("http://example.com/a.bin"));
        assert_eq!(data.problems.len(), 1);
        assert!(data.problems[0].contains("not valid UTF-8"));
    }

    #[test]
    fn oversized_payloads_say_so() {
        let data = decode(DragType::Utf8Plain, b"http://example.com/a", true);
        assert_eq!(data.summary().links, 1);
        assert!(data.problems[0].contains("larger than 8.00 MiB"));
    }

    #[test]
    fn empty_or_linkless_drags_add_nothing() {
        assert!(
            decode(DragType::Utf8String, b"", false)
                .summary()
                .is_empty()
        );
        assert!(
            decode(DragType::Utf8String, b"just some words", false)
                .summary()
                .is_empty()
        );
        assert!(
            decode(DragType::UriList, b"# only a comment\r\n", false)
                .summary()
                .is_empty()
        );
    }

    #[test]
    fn type_names_round_trip_and_ignore_charset_case() {
        for kind in DragType::PREFERENCE {
            assert_eq!(DragType::from_atom_name(kind.atom_name()), Some(kind));
        }
        assert_eq!(
            DragType::from_atom_name("text/plain;charset=UTF-8"),
            Some(DragType::Utf8Plain)
        );
        assert_eq!(
            DragType::from_atom_name("string"),
            None,
            "ICCCM names are exact"
        );
    }
}
