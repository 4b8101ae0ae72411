//! The categories Haul knows out of the box, by kind of file: extensions and the
//! `Content-Type`s servers send for them.

/// A built-in category: its name, extensions and `Content-Type` prefixes.
pub(super) type Kind = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

/// The built-in categories (by kind of file).
pub(super) const BUILTIN: &[Kind] = &[
    (
        "Videos",
        &[
            "mp4", "mkv", "webm", "avi", "mov", "m4v", "wmv", "flv", "mpg", "mpeg", "ts", "3gp",
            "ogv",
        ],
        &["video/"],
    ),
    (
        "Music",
        &[
            "mp3", "flac", "ogg", "oga", "opus", "m4a", "aac", "wav", "wma", "alac", "aiff",
        ],
        &["audio/"],
    ),
    (
        "Pictures",
        &[
            "jpg", "jpeg", "png", "gif", "webp", "avif", "heic", "bmp", "tif", "tiff", "svg",
            "raw", "psd",
        ],
        &["image/"],
    ),
    (
        "Documents",
        &[
            "pdf", "epub", "mobi", "djvu", "doc", "docx", "odt", "rtf", "txt", "md", "xls", "xlsx",
            "ods", "csv", "ppt", "pptx", "odp",
        ],
        &["application/pdf", "application/epub+zip", "text/plain"],
    ),
    (
        "Archives",
        &[
            "zip", "tar", "gz", "tgz", "tar.gz", "bz2", "tar.bz2", "xz", "tar.xz", "zst",
            "tar.zst", "7z", "rar", "iso", "img", "dmg",
        ],
        &[
            "application/zip",
            "application/gzip",
            "application/x-tar",
            "application/x-7z-compressed",
            "application/vnd.rar",
            "application/x-xz",
            "application/zstd",
        ],
    ),
    (
        "Programs",
        &[
            "deb", "rpm", "appimage", "flatpak", "snap", "exe", "msi", "apk", "jar", "run", "pkg",
        ],
        &[
            "application/vnd.debian.binary-package",
            "application/x-rpm",
            "application/vnd.android.package-archive",
            "application/x-msdownload",
        ],
    ),
];
