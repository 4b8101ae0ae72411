//! Which tracks a stream is made of: the playlist at the link read, a master playlist's
//! variant chosen by quality (with its alternative audio, when it has some), and each
//! track's media playlist; or a DASH manifest's video representation chosen the same way,
//! with its best audio. Saved in the parts folder so that a resume takes the same
//! variant.

use url::Url;

use super::dash::{self, Representation};
use super::hls::{self, Master, Media, Playlist, PlaylistProblem, Variant};
use super::parts::{SavedPlan, SavedTrack};
use crate::engine::state::Quality;
use crate::engine::stream_problem::StreamProblem;

/// One track, ready to fetch.
#[derive(Clone, Debug)]
pub(super) struct Track {
    /// `v` (video or the only track) or `a` (separate audio).
    pub label: String,
    /// Its segments.
    pub media: Media,
}

/// The tracks of a stream, read from its saved plan.
pub(super) fn tracks_of(plan: &SavedPlan) -> Result<Vec<Track>, StreamProblem> {
    plan.tracks
        .iter()
        .map(|saved| {
            let url = Url::parse(&saved.url).map_err(|_| StreamProblem::NotAPlaylist)?;
            if let Some(id) = &saved.representation {
                let media = dash::parse(&saved.text, &url)?
                    .into_iter()
                    .find(|rep| &rep.id == id)
                    .ok_or(StreamProblem::Empty)?
                    .media;
                return Ok(Track {
                    label: saved.label.clone(),
                    media,
                });
            }
            match hls::parse(&saved.text, &url) {
                Ok(Playlist::Media(media)) => Ok(Track {
                    label: saved.label.clone(),
                    media,
                }),
                Ok(Playlist::Master(_)) | Err(PlaylistProblem::NotAPlaylist) => {
                    Err(StreamProblem::NotAPlaylist)
                }
                Err(PlaylistProblem::Empty) => Err(StreamProblem::Empty),
            }
        })
        .collect()
}

/// What a master playlist leads to: the media playlists to read, by label.
pub(super) struct Chosen {
    pub playlists: Vec<(String, Url)>,
    pub resolution: Option<(u32, u32)>,
}

/// The variant `quality` takes of `master`, and its separate audio when it has any (the
/// default rendition of its group, else the first with a playlist).
pub(super) fn choose(master: &Master, quality: Quality) -> Result<Chosen, StreamProblem> {
    let variant = pick(&master.variants, quality).ok_or(StreamProblem::Empty)?;
    let mut playlists = vec![("v".to_owned(), variant.uri.clone())];
    if let Some(group) = &variant.audio_group {
        let in_group = || master.audio.iter().filter(|r| &r.group == group);
        let audio = in_group()
            .find(|r| r.default && r.uri.is_some())
            .or_else(|| in_group().find(|r| r.uri.is_some()));
        if let Some(uri) = audio.and_then(|r| r.uri.clone()) {
            playlists.push(("a".to_owned(), uri));
        }
    }
    Ok(Chosen {
        playlists,
        resolution: variant.resolution,
    })
}

/// What a choice between variants looks at: (height, bandwidth), highest first.
trait Ranked {
    fn rank(&self) -> (u32, u64);
}

impl Ranked for Variant {
    fn rank(&self) -> (u32, u64) {
        (self.resolution.map_or(0, |(_, h)| h), self.bandwidth)
    }
}

impl Ranked for &Representation {
    fn rank(&self) -> (u32, u64) {
        (self.resolution.map_or(0, |(_, h)| h), self.bandwidth)
    }
}

fn pick<T: Ranked>(variants: &[T], quality: Quality) -> Option<&T> {
    match quality {
        Quality::Best => variants.iter().max_by_key(|v| v.rank()),
        Quality::Worst => variants.iter().min_by_key(|v| v.rank()),
        Quality::AtMost(lines) => variants
            .iter()
            .filter(|v| v.rank().0 > 0 && v.rank().0 <= lines)
            .max_by_key(|v| v.rank())
            .or_else(|| variants.iter().min_by_key(|v| v.rank())),
    }
}

/// The plan of a DASH manifest `text` at `url`: the video representation `quality` takes and
/// the best audio one (the highest bit rate).
pub(super) fn choose_dash(
    text: &str,
    url: &Url,
    quality: Quality,
) -> Result<SavedPlan, StreamProblem> {
    let reps = dash::parse(text, url)?;
    let videos: Vec<&Representation> = reps.iter().filter(|r| r.video).collect();
    let video = pick(&videos, quality).copied();
    let audio = reps.iter().filter(|r| !r.video).max_by_key(|r| r.bandwidth);
    let mut tracks = Vec::new();
    for (label, rep) in [("v", video), ("a", audio)] {
        if let Some(rep) = rep {
            tracks.push(SavedTrack {
                label: label.to_owned(),
                url: url.to_string(),
                text: text.to_owned(),
                representation: Some(rep.id.clone()),
            });
        }
    }
    Ok(SavedPlan {
        tracks,
        resolution: video.and_then(|v| v.resolution),
    })
}

/// The saved form of tracks read now.
pub(super) fn saved(
    texts: Vec<(String, Url, String)>,
    resolution: Option<(u32, u32)>,
) -> SavedPlan {
    SavedPlan {
        tracks: texts
            .into_iter()
            .map(|(label, url, text)| SavedTrack {
                label,
                url: url.to_string(),
                text,
                representation: None,
            })
            .collect(),
        resolution,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variant(height: u32, bandwidth: u64) -> Variant {
        Variant {
            uri: Url::parse(&format!("https://h/{height}.m3u8")).expect("url"),
            bandwidth,
            resolution: Some((height * 16 / 9, height)),
            codecs: None,
            audio_group: None,
        }
    }

    #[test]
    fn quality_picks_the_variant_a_user_expects() {
        let variants = [variant(360, 800), variant(1080, 5000), variant(720, 2500)];
        let height = |q| pick(&variants, q).and_then(|v| v.resolution).map(|r| r.1);
        assert_eq!(height(Quality::Best), Some(1080));
        assert_eq!(height(Quality::Worst), Some(360));
        assert_eq!(height(Quality::AtMost(720)), Some(720));
        assert_eq!(height(Quality::AtMost(719)), Some(360));
        // Lower than every variant: the lowest, not nothing.
        assert_eq!(height(Quality::AtMost(144)), Some(360));
    }
}
