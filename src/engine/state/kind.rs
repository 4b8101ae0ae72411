//! What sort of thing a row downloads, and its files as every front end lists them. A row is
//! an HTTP file or a stream (a playlist of segments, joined into one file); torrents (many
//! files) come as a further kind. The queue, limits, scheduler, undo, the window and the remote control read
//! only what is here and in the row, so they never ask which kind a row is; the engine's
//! `kinds` table is the one place that does.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// The kind of download a row is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// One file from an HTTP(S) link, in ranges over as many connections as pay off.
    #[default]
    Http,
    /// A video stream (an HLS playlist or a DASH manifest), saved as one file in the row's
    /// quality.
    Stream,
    /// A web page with a video on it, handed to yt-dlp (which knows the sites).
    Page,
    /// A torrent: a magnet link or a `.torrent` file, through librqbit.
    Torrent,
}

impl Kind {
    /// The kind a row saved before kinds existed has, and the one the saved list leaves out.
    pub fn is_http(&self) -> bool {
        *self == Kind::Http
    }

    /// The kind a link says it is: a playlist (`.m3u8`) or a DASH manifest (`.mpd`) is a
    /// stream; a video on a site known for them (YouTube, Vimeo, ...) is a page for yt-dlp;
    /// anything else is a file until its server says otherwise.
    pub fn of_link(url: &url::Url) -> Kind {
        let path = url.path().to_ascii_lowercase();
        if url.scheme() == "magnet" || path.ends_with(".torrent") {
            Kind::Torrent
        } else if path.ends_with(".m3u8") || path.ends_with(".mpd") {
            Kind::Stream
        } else if is_video_page(url) {
            Kind::Page
        } else {
            Kind::Http
        }
    }
}

/// A video's page on a site people download videos from, by its link's shape (a site's
/// other pages, its pictures and files stay files).
fn is_video_page(url: &url::Url) -> bool {
    let Some(host) = url.host_str().map(str::to_ascii_lowercase) else {
        return false;
    };
    let on = |site: &str| host == site || host.ends_with(&format!(".{site}"));
    let path = url.path();
    let numbered = |prefix: &str| {
        path.strip_prefix(prefix)
            .and_then(|rest| rest.split('/').next())
            .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
    };
    (on("youtube.com")
        && (path == "/watch" || path.starts_with("/shorts/") || path.starts_with("/live/")))
        || (on("youtu.be") && path.len() > 1)
        || (on("vimeo.com") && numbered("/"))
        || (on("dailymotion.com") && path.starts_with("/video/"))
        || (on("twitch.tv") && numbered("/videos/"))
}

/// Which variant of a stream is taken.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Quality {
    /// The highest resolution (then bit rate).
    #[default]
    Best,
    /// The lowest.
    Worst,
    /// The highest at most this many lines high (`720p`); the lowest when all are higher.
    AtMost(u32),
}

impl Quality {
    /// The default, which the saved list leaves out.
    pub fn is_best(&self) -> bool {
        *self == Quality::Best
    }

    /// `best`, `worst`, `720p` or `720`.
    pub fn parse(text: &str) -> Option<Quality> {
        let text = text.trim().to_ascii_lowercase();
        match text.as_str() {
            "best" | "" => Some(Quality::Best),
            "worst" => Some(Quality::Worst),
            other => {
                let lines = other.strip_suffix('p').unwrap_or(other);
                lines.parse().ok().filter(|&n| n > 0).map(Quality::AtMost)
            }
        }
    }
}

impl std::fmt::Display for Quality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Quality::Best => f.write_str("best"),
            Quality::Worst => f.write_str("worst"),
            Quality::AtMost(lines) => write!(f, "{lines}p"),
        }
    }
}

impl From<Quality> for String {
    fn from(quality: Quality) -> String {
        quality.to_string()
    }
}

impl TryFrom<String> for Quality {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Quality::parse(&text).ok_or_else(|| format!("'{text}' is not a quality"))
    }
}

/// One file of a download, as lists of files show it (aria2's `getFiles`, the details).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileOf {
    /// Where it is or will be, once its name is known.
    pub path: Option<PathBuf>,
    /// Its size, when known.
    pub length: Option<u64>,
    /// Bytes of it on hand.
    pub done: u64,
    /// Whether it is being downloaded (a torrent's files can be left out).
    pub selected: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(link: &str) -> Kind {
        Kind::of_link(&url::Url::parse(link).expect("url"))
    }

    #[test]
    fn a_link_says_what_kind_it_is() {
        assert_eq!(
            kind("https://cdn.example/live/master.M3U8?token=1"),
            Kind::Stream
        );
        assert_eq!(kind("https://cdn.example/show/manifest.mpd"), Kind::Stream);
        assert_eq!(
            kind("https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
            Kind::Page
        );
        assert_eq!(kind("https://youtu.be/dQw4w9WgXcQ"), Kind::Page);
        assert_eq!(kind("https://vimeo.com/76979871"), Kind::Page);
        assert_eq!(kind("https://www.twitch.tv/videos/123456"), Kind::Page);
        assert_eq!(kind("https://www.youtube.com/about"), Kind::Http);
        assert_eq!(kind("https://vimeo.com/about"), Kind::Http);
        assert_eq!(kind("https://notyoutube.com/watch"), Kind::Http);
        assert_eq!(kind("https://example.org/file.iso"), Kind::Http);
    }

    #[test]
    fn qualities_read_and_print_the_same() {
        for text in ["best", "worst", "720p"] {
            assert_eq!(
                Quality::parse(text).map(|q| q.to_string()).as_deref(),
                Some(text)
            );
        }
        assert_eq!(Quality::parse("1080"), Some(Quality::AtMost(1080)));
        assert_eq!(Quality::parse("0p"), None);
        assert_eq!(Quality::parse("sharp"), None);
    }
}
