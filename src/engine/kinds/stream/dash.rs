//! DASH manifests (static MPDs) as Haul reads them: each representation's segments from a
//! SegmentTemplate (by number or by time), a SegmentList or a SegmentBase (one file), with
//! BaseURLs at every level. A track is the same list of segments an HLS media playlist gives,
//! so fetching, resuming and joining are the same. Protected (DRM) and live (dynamic)
//! manifests are refused in words.

use roxmltree::{Document, Node};
use url::Url;

use super::hls::{ByteRange, Init, Key, Media, Segment};
use crate::engine::stream_problem::StreamProblem;

/// Most segments one representation may have (a runaway template is not followed).
const MOST_SEGMENTS: u64 = 100_000;

/// One representation Haul can fetch.
#[derive(Clone, Debug, PartialEq)]
pub struct Representation {
    /// Its `id`.
    pub id: String,
    /// `video` or `audio` (others are skipped).
    pub video: bool,
    /// Bits per second.
    pub bandwidth: u64,
    /// Width and height (video).
    pub resolution: Option<(u32, u32)>,
    /// Its segments.
    pub media: Media,
}

/// Whether `text` looks like an MPD.
pub fn looks_like_mpd(text: &[u8]) -> bool {
    let head = &text[..text.len().min(2048)];
    String::from_utf8_lossy(head).contains("<MPD")
}

/// The video and audio representations of the first period of the MPD `text` at `base`.
pub fn parse(text: &str, base: &Url) -> Result<Vec<Representation>, StreamProblem> {
    let doc = Document::parse(text).map_err(|_| StreamProblem::NotAPlaylist)?;
    let mpd = doc.root_element();
    if mpd.tag_name().name() != "MPD" {
        return Err(StreamProblem::NotAPlaylist);
    }
    if mpd.attribute("type") == Some("dynamic") {
        return Err(StreamProblem::LiveDash);
    }
    let total = mpd
        .attribute("mediaPresentationDuration")
        .and_then(iso_duration);
    let base = base_of(mpd, base);
    let period = child(mpd, "Period").ok_or(StreamProblem::Empty)?;
    let period_total = period
        .attribute("duration")
        .and_then(iso_duration)
        .or(total);
    let base = base_of(period, &base);
    let mut found = Vec::new();
    for set in children(period, "AdaptationSet") {
        let set_base = base_of(set, &base);
        for rep in children(set, "Representation") {
            if let Some(protection) =
                child(set, "ContentProtection").or_else(|| child(rep, "ContentProtection"))
            {
                return Err(StreamProblem::Protected {
                    method: protection
                        .attribute("schemeIdUri")
                        .unwrap_or("DRM")
                        .to_owned(),
                });
            }
            let kind = attr(rep, set, "contentType")
                .or_else(|| attr(rep, set, "mimeType").and_then(|m| m.split('/').next()))
                .unwrap_or_default();
            let video = match kind {
                "video" => true,
                "audio" => false,
                _ => continue,
            };
            let id = rep.attribute("id").unwrap_or_default().to_owned();
            let bandwidth = rep
                .attribute("bandwidth")
                .and_then(|b| b.parse().ok())
                .unwrap_or(0);
            let resolution = match (attr(rep, set, "width"), attr(rep, set, "height")) {
                (Some(w), Some(h)) => w.parse().ok().zip(h.parse().ok()),
                _ => None,
            };
            let rep_base = base_of(rep, &set_base);
            let vars = Vars { id: &id, bandwidth };
            let segments = segments_of(rep, set, period, &rep_base, &vars, period_total)?;
            if segments.is_empty() {
                continue;
            }
            found.push(Representation {
                id,
                video,
                bandwidth,
                resolution,
                media: Media {
                    segments,
                    ended: true,
                    target_duration: 0.0,
                    first_sequence: 0,
                    title: None,
                },
            });
        }
    }
    if found.is_empty() {
        return Err(StreamProblem::Empty);
    }
    Ok(found)
}

struct Vars<'a> {
    id: &'a str,
    bandwidth: u64,
}

fn child<'a, 'b>(node: Node<'a, 'b>, name: &str) -> Option<Node<'a, 'b>> {
    node.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
}

fn children<'a, 'b>(node: Node<'a, 'b>, name: &'static str) -> impl Iterator<Item = Node<'a, 'b>> {
    node.children()
        .filter(move |c| c.is_element() && c.tag_name().name() == name)
}

/// An attribute of the representation, else of its adaptation set.
fn attr<'a>(rep: Node<'a, '_>, set: Node<'a, '_>, name: &str) -> Option<&'a str> {
    rep.attribute(name).or_else(|| set.attribute(name))
}

/// `node`'s BaseURL resolved against `base` (or `base`).
fn base_of(node: Node, base: &Url) -> Url {
    child(node, "BaseURL")
        .and_then(|b| b.text())
        .and_then(|text| base.join(text.trim()).ok())
        .unwrap_or_else(|| base.clone())
}

/// The segments of `rep`, from the first segment description found, nearest first.
fn segments_of(
    rep: Node,
    set: Node,
    period: Node,
    base: &Url,
    vars: &Vars,
    total: Option<f64>,
) -> Result<Vec<Segment>, StreamProblem> {
    for level in [rep, set, period] {
        if let Some(template) = child(level, "SegmentTemplate") {
            return Ok(from_template(template, base, vars, total));
        }
        if let Some(list) = child(level, "SegmentList") {
            return Ok(from_list(list, base));
        }
        if let Some(segment_base) = child(level, "SegmentBase") {
            return Ok(whole_file(segment_base, base, total));
        }
    }
    // Only a BaseURL: the representation is one file.
    Ok(vec![segment(
        base.clone(),
        total.unwrap_or(0.0),
        None,
        None,
        0,
    )])
}

fn segment(
    uri: Url,
    duration: f64,
    range: Option<ByteRange>,
    init: Option<Init>,
    sequence: u64,
) -> Segment {
    Segment {
        uri,
        duration,
        range,
        key: Key::None,
        init,
        sequence,
    }
}

fn from_template(template: Node, base: &Url, vars: &Vars, total: Option<f64>) -> Vec<Segment> {
    let timescale = template
        .attribute("timescale")
        .and_then(|t| t.parse::<f64>().ok())
        .filter(|t| *t > 0.0)
        .unwrap_or(1.0);
    let start = template
        .attribute("startNumber")
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or(1);
    let init = template
        .attribute("initialization")
        .and_then(|pattern| base.join(&fill(pattern, vars, None, None)).ok())
        .map(|uri| Init { uri, range: None });
    let media = template.attribute("media").unwrap_or_default();
    let mut segments = Vec::new();
    if let Some(timeline) = child(template, "SegmentTimeline") {
        let mut time = 0u64;
        let mut number = start;
        for s in children(timeline, "S") {
            if let Some(t) = s.attribute("t").and_then(|t| t.parse().ok()) {
                time = t;
            }
            let d: u64 = s.attribute("d").and_then(|d| d.parse().ok()).unwrap_or(0);
            let repeats: i64 = s.attribute("r").and_then(|r| r.parse().ok()).unwrap_or(0);
            // r = -1 repeats to the end of the period; bounded by the period's length.
            let count = if repeats < 0 {
                total.map_or(1, |total| {
                    (((total * timescale) - time as f64) / d.max(1) as f64)
                        .ceil()
                        .max(1.0) as u64
                })
            } else {
                repeats as u64 + 1
            };
            for _ in 0..count.min(MOST_SEGMENTS) {
                if let Ok(uri) = base.join(&fill(media, vars, Some(number), Some(time))) {
                    segments.push(segment(
                        uri,
                        d as f64 / timescale,
                        None,
                        init.clone(),
                        number,
                    ));
                }
                time += d;
                number += 1;
                if segments.len() as u64 >= MOST_SEGMENTS {
                    return segments;
                }
            }
        }
        return segments;
    }
    let Some(duration) = template
        .attribute("duration")
        .and_then(|d| d.parse::<f64>().ok())
        .filter(|d| *d > 0.0)
    else {
        return segments;
    };
    let each = duration / timescale;
    let count = total
        .map_or(1, |total| (total / each).ceil().max(1.0) as u64)
        .min(MOST_SEGMENTS);
    for n in 0..count {
        let number = start + n;
        let time = (n as f64 * duration) as u64;
        if let Ok(uri) = base.join(&fill(media, vars, Some(number), Some(time))) {
            let length = total.map_or(each, |total| (total - n as f64 * each).min(each));
            segments.push(segment(uri, length, None, init.clone(), number));
        }
    }
    segments
}

fn from_list(list: Node, base: &Url) -> Vec<Segment> {
    let timescale = list
        .attribute("timescale")
        .and_then(|t| t.parse::<f64>().ok())
        .filter(|t| *t > 0.0)
        .unwrap_or(1.0);
    let each = list
        .attribute("duration")
        .and_then(|d| d.parse::<f64>().ok())
        .unwrap_or(0.0)
        / timescale;
    let init = child(list, "Initialization").map(|i| {
        let uri = i
            .attribute("sourceURL")
            .and_then(|u| base.join(u).ok())
            .unwrap_or_else(|| base.clone());
        Init {
            uri,
            range: i.attribute("range").and_then(range),
        }
    });
    children(list, "SegmentURL")
        .enumerate()
        .map(|(n, s)| {
            let uri = s
                .attribute("media")
                .and_then(|u| base.join(u).ok())
                .unwrap_or_else(|| base.clone());
            segment(
                uri,
                each,
                s.attribute("mediaRange").and_then(range),
                init.clone(),
                n as u64,
            )
        })
        .collect()
}

/// A SegmentBase representation is one file: fetched whole (its index is not needed).
fn whole_file(_segment_base: Node, base: &Url, total: Option<f64>) -> Vec<Segment> {
    vec![segment(base.clone(), total.unwrap_or(0.0), None, None, 0)]
}

/// `first-last` as a byte range.
fn range(text: &str) -> Option<ByteRange> {
    let (first, last) = text.trim().split_once('-')?;
    let first: u64 = first.trim().parse().ok()?;
    let last: u64 = last.trim().parse().ok()?;
    (last >= first).then(|| ByteRange {
        offset: first,
        length: last - first + 1,
    })
}

/// A template with `$RepresentationID$`, `$Number$` (and `$Number%05d$`), `$Bandwidth$`,
/// `$Time$` and `$$` filled in.
fn fill(pattern: &str, vars: &Vars, number: Option<u64>, time: Option<u64>) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(start) = rest.find('$') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('$') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let token = &after[..end];
        let (name, format) = match token.split_once('%') {
            Some((name, format)) => (name, Some(format)),
            None => (token, None),
        };
        let value = match name {
            "" => Some("$".to_owned()),
            "RepresentationID" => Some(vars.id.to_owned()),
            "Number" => number.map(|n| padded(n, format)),
            "Bandwidth" => Some(padded(vars.bandwidth, format)),
            "Time" => time.map(|t| padded(t, format)),
            _ => None,
        };
        match value {
            Some(value) => out.push_str(&value),
            None => out.push_str(&rest[start..start + end + 2]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// `value` printed as `%0Nd` says.
fn padded(value: u64, format: Option<&str>) -> String {
    let width = format
        .and_then(|f| f.strip_prefix('0'))
        .and_then(|f| f.strip_suffix('d'))
        .and_then(|w| w.parse::<usize>().ok())
        .unwrap_or(0);
    format!("{value:0width$}")
}

/// An ISO 8601 duration as MPDs write it (`PT1H2M3.5S`, `P1DT2H`), in seconds.
fn iso_duration(text: &str) -> Option<f64> {
    let rest = text.trim().strip_prefix('P')?;
    let (days, time) = match rest.split_once('T') {
        Some((days, time)) => (days, time),
        None => (rest, ""),
    };
    let mut seconds = 0.0;
    let mut number = String::new();
    for c in days.chars() {
        match c {
            'D' => seconds += number.parse::<f64>().ok()? * 86_400.0,
            'Y' | 'M' | 'W' => return None,
            _ => {
                number.push(c);
                continue;
            }
        }
        number.clear();
    }
    for c in time.chars() {
        let unit = match c {
            'H' => 3600.0,
            'M' => 60.0,
            'S' => 1.0,
            _ => {
                number.push(c);
                continue;
            }
        };
        seconds += number.parse::<f64>().ok()? * unit;
        number.clear();
    }
    Some(seconds)
}

#[cfg(test)]
mod tests;
