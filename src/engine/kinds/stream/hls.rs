//! HLS playlists (RFC 8216) as Haul reads them: a master playlist's variants and alternative
//! audio, and a media playlist's segments with their byte ranges, keys and init sections.
//! Unknown tags are skipped, as players do; what cannot be a playlist is a typed problem.

use url::Url;

/// Why a text is not a playlist Haul can follow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlaylistProblem {
    /// It does not start with `#EXTM3U`.
    NotAPlaylist,
    /// A master playlist without a variant, or a media playlist without a segment.
    Empty,
}

/// A playlist: a master one offers variants, a media one lists segments.
#[derive(Clone, Debug, PartialEq)]
pub enum Playlist {
    /// Variants of one stream.
    Master(Master),
    /// The segments of one track.
    Media(Media),
}

/// A master playlist.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Master {
    /// The variants (`EXT-X-STREAM-INF`), as listed.
    pub variants: Vec<Variant>,
    /// Alternative audio (`EXT-X-MEDIA:TYPE=AUDIO`).
    pub audio: Vec<Rendition>,
}

/// One variant of a master playlist.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    /// Its media playlist.
    pub uri: Url,
    /// Peak bits per second.
    pub bandwidth: u64,
    /// Width and height.
    pub resolution: Option<(u32, u32)>,
    /// Its codecs, as the playlist names them.
    pub codecs: Option<String>,
    /// The group of alternative audio it plays with.
    pub audio_group: Option<String>,
}

/// An alternative audio rendition.
#[derive(Clone, Debug, PartialEq)]
pub struct Rendition {
    /// Its group.
    pub group: String,
    /// Its name.
    pub name: String,
    /// Its language.
    pub language: Option<String>,
    /// The player's default.
    pub default: bool,
    /// Its media playlist (none: the audio is in the variant's own segments).
    pub uri: Option<Url>,
}

/// A media playlist.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Media {
    /// Its segments, in order.
    pub segments: Vec<Segment>,
    /// `EXT-X-ENDLIST`: no segment will be added (else it is live).
    pub ended: bool,
    /// The longest segment, in seconds (how often a live playlist is read again).
    pub target_duration: f64,
    /// The sequence number of the first segment.
    pub first_sequence: u64,
    /// `#EXT-X-PLAYLIST-TYPE`'s title or none.
    pub title: Option<String>,
}

impl Media {
    /// The stream's length in seconds.
    pub fn duration(&self) -> f64 {
        self.segments.iter().map(|s| s.duration).sum()
    }
}

/// Bytes of a resource: `length` from `offset`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ByteRange {
    /// The first byte.
    pub offset: u64,
    /// How many.
    pub length: u64,
}

impl ByteRange {
    /// The `Range` header value.
    pub fn header(&self) -> String {
        format!(
            "bytes={}-{}",
            self.offset,
            self.offset + self.length.saturating_sub(1)
        )
    }
}

/// How a segment is encrypted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    /// Not at all.
    None,
    /// AES-128 CBC with PKCS#7 padding, the key at `uri`; the IV given, else the sequence
    /// number.
    Aes128 {
        /// Where the 16-byte key is.
        uri: Url,
        /// The IV, when the playlist gives one.
        iv: Option<[u8; 16]>,
    },
    /// A method Haul does not decrypt (SAMPLE-AES, DRM key systems).
    Other(String),
}

/// A segment's init section (`EXT-X-MAP`): fMP4's header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Init {
    /// Where it is.
    pub uri: Url,
    /// Which bytes of it.
    pub range: Option<ByteRange>,
}

/// One segment.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// Where it is.
    pub uri: Url,
    /// Seconds.
    pub duration: f64,
    /// Which bytes of `uri`, when it is a part of a bigger file.
    pub range: Option<ByteRange>,
    /// Its encryption.
    pub key: Key,
    /// Its init section.
    pub init: Option<Init>,
    /// Its sequence number.
    pub sequence: u64,
}

impl Segment {
    /// The IV it is decrypted with.
    pub fn iv(&self) -> Option<[u8; 16]> {
        match &self.key {
            Key::Aes128 { iv: Some(iv), .. } => Some(*iv),
            Key::Aes128 { iv: None, .. } => Some(u128::from(self.sequence).to_be_bytes()),
            _ => None,
        }
    }
}

/// Whether `text` looks like a playlist (its first line).
pub fn looks_like_playlist(text: &[u8]) -> bool {
    let text = text.strip_prefix(b"\xef\xbb\xbf").unwrap_or(text);
    text.starts_with(b"#EXTM3U")
}

/// Reads `text`, a playlist at `base`.
pub fn parse(text: &str, base: &Url) -> Result<Playlist, PlaylistProblem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    if lines
        .next()
        .is_none_or(|first| !first.starts_with("#EXTM3U"))
    {
        return Err(PlaylistProblem::NotAPlaylist);
    }
    let lines: Vec<&str> = lines.collect();
    if lines.iter().any(|l| l.starts_with("#EXT-X-STREAM-INF")) {
        let master = master(&lines, base);
        if master.variants.is_empty() {
            return Err(PlaylistProblem::Empty);
        }
        return Ok(Playlist::Master(master));
    }
    let media = media(&lines, base);
    if media.segments.is_empty() && media.ended {
        return Err(PlaylistProblem::Empty);
    }
    Ok(Playlist::Media(media))
}

fn master(lines: &[&str], base: &Url) -> Master {
    let mut master = Master::default();
    let mut pending: Option<Vec<(String, String)>> = None;
    for line in lines {
        if let Some(rest) = line.strip_prefix("#EXT-X-STREAM-INF:") {
            pending = Some(attributes(rest));
        } else if let Some(rest) = line.strip_prefix("#EXT-X-MEDIA:") {
            let attrs = attributes(rest);
            if get(&attrs, "TYPE") != Some("AUDIO") {
                continue;
            }
            master.audio.push(Rendition {
                group: get(&attrs, "GROUP-ID").unwrap_or_default().to_owned(),
                name: get(&attrs, "NAME").unwrap_or_default().to_owned(),
                language: get(&attrs, "LANGUAGE").map(str::to_owned),
                default: get(&attrs, "DEFAULT") == Some("YES"),
                uri: get(&attrs, "URI").and_then(|u| base.join(u).ok()),
            });
        } else if line.starts_with('#') {
            continue;
        } else if let Some(attrs) = pending.take()
            && let Ok(uri) = base.join(line)
        {
            master.variants.push(Variant {
                uri,
                bandwidth: get(&attrs, "BANDWIDTH")
                    .and_then(|b| b.parse().ok())
                    .unwrap_or(0),
                resolution: get(&attrs, "RESOLUTION").and_then(|r| {
                    let (w, h) = r.split_once(['x', 'X'])?;
                    Some((w.parse().ok()?, h.parse().ok()?))
                }),
                codecs: get(&attrs, "CODECS").map(str::to_owned),
                audio_group: get(&attrs, "AUDIO").map(str::to_owned),
            });
        }
    }
    master
}

fn media(lines: &[&str], base: &Url) -> Media {
    let mut media = Media::default();
    let mut duration = None;
    let mut range: Option<(u64, Option<u64>)> = None;
    let mut key = Key::None;
    let mut init = None;
    let mut next_offset: Option<(Url, u64)> = None;
    let mut sequence = 0;
    for line in lines {
        if let Some(rest) = line.strip_prefix("#EXTINF:") {
            let number = rest.split(',').next().unwrap_or_default().trim();
            duration = Some(number.parse::<f64>().unwrap_or(0.0).max(0.0));
        } else if let Some(rest) = line.strip_prefix("#EXT-X-TARGETDURATION:") {
            media.target_duration = rest.trim().parse().unwrap_or(0.0);
        } else if let Some(rest) = line.strip_prefix("#EXT-X-MEDIA-SEQUENCE:") {
            media.first_sequence = rest.trim().parse().unwrap_or(0);
            sequence = media.first_sequence;
        } else if let Some(rest) = line.strip_prefix("#EXT-X-BYTERANGE:") {
            range = byte_range(rest);
        } else if let Some(rest) = line.strip_prefix("#EXT-X-KEY:") {
            key = key_of(&attributes(rest), base);
        } else if let Some(rest) = line.strip_prefix("#EXT-X-MAP:") {
            let attrs = attributes(rest);
            init = get(&attrs, "URI")
                .and_then(|u| base.join(u).ok())
                .map(|uri| Init {
                    uri,
                    range: get(&attrs, "BYTERANGE")
                        .and_then(byte_range)
                        .map(|(length, offset)| ByteRange {
                            offset: offset.unwrap_or(0),
                            length,
                        }),
                });
        } else if *line == "#EXT-X-ENDLIST" {
            media.ended = true;
        } else if let Some(rest) = line.strip_prefix("#EXT-X-SESSION-DATA:") {
            let attrs = attributes(rest);
            if get(&attrs, "DATA-ID").is_some_and(|id| id.ends_with(".title")) {
                media.title = get(&attrs, "VALUE").map(str::to_owned);
            }
        } else if line.starts_with('#') {
            continue;
        } else if let Ok(uri) = base.join(line) {
            let range = range.take().map(|(length, offset)| {
                let offset = offset.unwrap_or_else(|| match &next_offset {
                    Some((last, end)) if *last == uri => *end,
                    _ => 0,
                });
                ByteRange { offset, length }
            });
            next_offset = range.map(|r| (uri.clone(), r.offset + r.length));
            media.segments.push(Segment {
                uri,
                duration: duration.take().unwrap_or(0.0),
                range,
                key: key.clone(),
                init: init.clone(),
                sequence,
            });
            sequence += 1;
        }
    }
    media
}

/// `<length>[@<offset>]`.
fn byte_range(text: &str) -> Option<(u64, Option<u64>)> {
    let (length, offset) = match text.trim().split_once('@') {
        Some((length, offset)) => (length, Some(offset.trim().parse().ok()?)),
        None => (text.trim(), None),
    };
    Some((length.trim().parse().ok()?, offset))
}

fn key_of(attrs: &[(String, String)], base: &Url) -> Key {
    match get(attrs, "METHOD").unwrap_or("NONE") {
        "NONE" => Key::None,
        "AES-128" => {
            let Some(uri) = get(attrs, "URI").and_then(|u| base.join(u).ok()) else {
                return Key::Other("AES-128 without a key".into());
            };
            let iv = get(attrs, "IV").and_then(|iv| {
                let hex = iv.strip_prefix("0x").or_else(|| iv.strip_prefix("0X"))?;
                u128::from_str_radix(hex, 16).ok().map(u128::to_be_bytes)
            });
            Key::Aes128 { uri, iv }
        }
        other => Key::Other(other.to_owned()),
    }
}

/// An attribute list: `NAME=value,NAME="quoted, with commas"`.
fn attributes(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let Some((name, after)) = rest.split_once('=') else {
            break;
        };
        let (value, after) = if let Some(quoted) = after.strip_prefix('"') {
            match quoted.split_once('"') {
                Some((value, after)) => (value, after),
                None => (quoted, ""),
            }
        } else {
            match after.split_once(',') {
                Some((value, after)) => (value, after),
                None => (after, ""),
            }
        };
        found.push((name.trim().to_owned(), value.trim().to_owned()));
        rest = after.trim_start_matches(',').trim();
    }
    found
}

fn get<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

#[cfg(test)]
mod tests;
