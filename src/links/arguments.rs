//! One command-line argument is one link, spaces and all, as wget and browsers take it
//! (`haul get 'http://host/a file.bin'`); an argument that is something else is read as text.

use url::Url;

use super::text::{ParsedLinks, checksum_after_link, parse_links};

/// A `.torrent` file named by its path on the command line of `haul get`, as a `file:` link
/// (the file must exist; reads the disk).
pub fn torrent_path_argument(argument: &str) -> Option<Url> {
    let text = argument.trim();
    if !text.to_ascii_lowercase().ends_with(".torrent") {
        return None;
    }
    let path = std::fs::canonicalize(text).ok()?;
    path.is_file()
        .then(|| Url::from_file_path(path).ok())
        .flatten()
}

/// The links of one command-line argument: the argument as one link when it is one (see
/// [`one_link_argument`]), else whatever links it holds.
pub fn parse_argument(argument: &str) -> ParsedLinks {
    match one_link_argument(argument) {
        Some(url) => ParsedLinks {
            urls: vec![url],
            ..ParsedLinks::default()
        },
        None => parse_links(argument),
    }
}

/// A command-line argument that is one link, spaces and all (`haul get 'http://host/a
/// file.bin'` as wget and browsers take it: the space is sent as `%20`). `None` when the
/// argument is something else (text with several links, a link with its checksum after it).
pub fn one_link_argument(argument: &str) -> Option<Url> {
    let text = argument.trim();
    // The `file:` link of a `.torrent` a desktop passes when the file is opened with Haul (no
    // disk is read here, as the window's thread calls this).
    if let Some(url) = super::magnets::torrent_file_link(text) {
        return Some(url);
    }
    let lowered = text.get(..8)?.to_ascii_lowercase();
    let is_link = lowered.starts_with("http://") || lowered.starts_with("https://");
    if !is_link || text.contains(['\n', '\r', '\t']) || text.matches("://").count() != 1 {
        return None;
    }
    if checksum_after_link(text).is_some() {
        return None;
    }
    Url::parse(text)
        .ok()
        .filter(|url| url.host_str().is_some_and(|host| !host.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_torrent_file_is_taken_by_its_path_or_its_file_link() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("album.torrent");
        std::fs::write(&file, b"d4:infod4:name1:xee").expect("write");
        let by_path = torrent_path_argument(&file.display().to_string()).expect("a torrent");
        assert_eq!(by_path.scheme(), "file");
        let link = Url::from_file_path(&file).expect("link").to_string();
        assert_eq!(one_link_argument(&link), Some(by_path));
        assert_eq!(torrent_path_argument("/no/such/file.torrent"), None);
    }

    #[test]
    fn one_command_line_argument_is_one_link() {
        let one = parse_argument(" http://h/a file.bin ");
        assert_eq!(one.urls[0].as_str(), "http://h/a%20file.bin");
        assert_eq!(parse_argument("http://h/x http://h/y").urls.len(), 2);
        let hex = "b".repeat(64);
        let with_sum = parse_argument(&format!("http://h/f.iso sha256:{hex}"));
        assert_eq!(with_sum.urls[0].as_str(), "http://h/f.iso");
        assert_eq!(with_sum.checksums.len(), 1);
    }
}
