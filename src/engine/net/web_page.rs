//! A web page posing as a file: a link to `release.zip` answered with a sign-in or error page
//! (a browser's session expired, a mirror sends its "not found" page with status 200). Saving
//! that page as `release.zip` looks like success and hides the real problem, so the worker asks
//! these pure questions of the first answer and of the body's first bytes.
//!
//! Only names that promise something other than a page (archives, disk images, packages,
//! media, documents) are judged; a link that is a page, or whose name tells nothing, is saved
//! as the server sends it.

/// Extensions of files that are never a web page. `tar.gz` and the like end in one of these.
const NOT_A_PAGE: &[&str] = &[
    // Archives and compressed files.
    "zip",
    "7z",
    "rar",
    "tar",
    "gz",
    "tgz",
    "bz2",
    "tbz",
    "tbz2",
    "xz",
    "txz",
    "zst",
    "lz",
    "lzma",
    "lz4",
    "cab",
    "jar",
    "war",
    "whl",
    "gem",
    "crate",
    "nupkg", // Disk images.
    "iso",
    "img",
    "dmg",
    "vhd",
    "vhdx",
    "vmdk",
    "qcow2",
    "ova",
    "wim", // Packages, programs.
    "deb",
    "rpm",
    "apk",
    "aab",
    "appimage",
    "flatpak",
    "snap",
    "msi",
    "msix",
    "exe",
    "pkg",
    "bin",
    "run",
    "ipa",
    "xpi",
    "crx", // Video.
    "mp4",
    "m4v",
    "mkv",
    "webm",
    "avi",
    "mov",
    "wmv",
    "flv",
    "mpg",
    "mpeg",
    "3gp",
    // Audio.
    "mp3",
    "m4a",
    "aac",
    "flac",
    "ogg",
    "oga",
    "opus",
    "wav",
    "wma",
    "mka", // Documents.
    "pdf",
    "epub",
    "mobi",
    "djvu",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "ppt",
    "pptx",
    "odt",
    "ods",
    "odp", // Pictures.
    "jpg",
    "jpeg",
    "png",
    "gif",
    "webp",
    "avif",
    "heic",
    "tif",
    "tiff",
    "bmp",
    "psd",
    "raw",
    // Fonts, data, torrents.
    "ttf",
    "otf",
    "woff2",
    "sqlite",
    "db",
    "torrent",
    "gguf",
    "safetensors",
    "parquet",
];

/// Content types of web pages.
const PAGE_TYPES: &[&str] = &["text/html", "application/xhtml+xml"];

/// How a web page's text starts (after white space and a byte order mark), lower case.
const PAGE_STARTS: &[&[u8]] = &[
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<title",
    b"<meta",
];

/// True when a file named `name` can never be a web page (its extension says so).
pub fn name_promises_a_file(name: &str) -> bool {
    let Some((_, extension)) = name.rsplit_once('.') else {
        return false;
    };
    let extension = extension.trim().to_ascii_lowercase();
    NOT_A_PAGE.contains(&extension.as_str())
}

/// The media type of a `Content-Type` value when it is a web page's (`text/html`, ...).
pub fn page_type(content_type: &str) -> Option<String> {
    let media = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    PAGE_TYPES.contains(&media.as_str()).then_some(media)
}

/// True for a video stream's media type: an HLS playlist's (`application/vnd.apple.mpegurl`
/// and the older `application/x-mpegURL`; not `audio/mpegurl`, which radio `.m3u` lists use
/// too) or a DASH manifest's (`application/dash+xml`).
pub fn is_stream_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    matches!(
        essence.as_str(),
        "application/vnd.apple.mpegurl" | "application/x-mpegurl" | "application/dash+xml"
    )
}

/// True for a `.torrent` file's media type (`application/x-bittorrent`).
pub fn is_torrent_type(content_type: &str) -> bool {
    content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .eq_ignore_ascii_case("application/x-bittorrent")
}

/// True when the first bytes of a body read like HTML (a page sent under a generic type).
pub fn starts_like_a_page(first_bytes: &[u8]) -> bool {
    let text = first_bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(first_bytes);
    let start = text
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(text.len());
    let text = &text[start..];
    PAGE_STARTS
        .iter()
        .any(|page| text.len() >= page.len() && text[..page.len()].eq_ignore_ascii_case(page))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_promise_a_file() {
        for name in [
            "release.zip",
            "tool-1.2.tar.gz",
            "Ubuntu.ISO",
            "setup.exe",
            "film.mp4",
            "paper.pdf",
            "pkg_1.0_amd64.deb",
        ] {
            assert!(name_promises_a_file(name), "{name}");
        }
        for name in [
            "index.html",
            "page.php",
            "download",
            "notes.txt",
            "data.json",
            "feed.xml",
            "",
            "zip",
        ] {
            assert!(!name_promises_a_file(name), "{name}");
        }
    }

    #[test]
    fn page_types() {
        assert_eq!(
            page_type("text/html; charset=utf-8").as_deref(),
            Some("text/html")
        );
        assert_eq!(
            page_type(" Application/XHTML+XML").as_deref(),
            Some("application/xhtml+xml")
        );
        assert_eq!(page_type("application/zip"), None);
        assert_eq!(page_type("application/octet-stream"), None);
        assert_eq!(page_type("text/plain"), None);
        assert_eq!(page_type(""), None);
    }

    #[test]
    fn bodies_that_start_like_a_page() {
        assert!(starts_like_a_page(b"<!DOCTYPE html>\n<html>"));
        assert!(starts_like_a_page(b"\xEF\xBB\xBF  \r\n<HTML lang=en>"));
        assert!(starts_like_a_page(b"<head><title>Sign in"));
        assert!(!starts_like_a_page(b"PK\x03\x04"));
        assert!(!starts_like_a_page(b"%PDF-1.7"));
        assert!(!starts_like_a_page(b"<?xml version"));
        assert!(!starts_like_a_page(b"<ht"));
        assert!(!starts_like_a_page(b""));
    }
}
