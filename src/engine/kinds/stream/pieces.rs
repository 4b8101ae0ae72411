//! A stream's tracks as pieces to fetch (segments, and init sections once each) and as the
//! files each track is joined from, in playing order. Piece files are named by track and
//! index, so a resume finds the same names.

use std::collections::HashMap;

use url::Url;

use super::fetch::Piece;
use super::hls::{self, Key};
use super::join::TrackFiles;
use super::parts::Parts;
use super::plan::Track;

/// The pieces of every track, and each track's files in playing order.
pub(super) fn pieces_of(
    tracks: &[Track],
    parts: &Parts,
    keys: &HashMap<Url, [u8; 16]>,
) -> (Vec<Piece>, Vec<TrackFiles>) {
    let mut pieces = Vec::new();
    let mut files = Vec::new();
    for track in tracks {
        let mut order = Vec::new();
        let mut inits: Vec<&hls::Init> = Vec::new();
        let mut last_init: Option<usize> = None;
        for (index, segment) in track.media.segments.iter().enumerate() {
            if let Some(init) = &segment.init {
                let at = match inits.iter().position(|known| *known == init) {
                    Some(at) => at,
                    None => {
                        inits.push(init);
                        let at = inits.len() - 1;
                        let path = parts.piece(&format!("{}-init{at}.seg", track.label));
                        pieces.push(Piece {
                            url: init.uri.clone(),
                            range: init.range,
                            key: None,
                            path,
                        });
                        at
                    }
                };
                if last_init != Some(at) {
                    order.push(parts.piece(&format!("{}-init{at}.seg", track.label)));
                    last_init = Some(at);
                }
            }
            let key = match (&segment.key, segment.iv()) {
                (Key::Aes128 { uri, .. }, Some(iv)) => keys.get(uri).map(|key| (*key, iv)),
                _ => None,
            };
            let path = parts.piece(&format!("{}{index:06}.seg", track.label));
            order.push(path.clone());
            pieces.push(Piece {
                url: segment.uri.clone(),
                range: segment.range,
                key,
                path,
            });
        }
        files.push(TrackFiles {
            label: track.label.clone(),
            pieces: order,
            fmp4: !inits.is_empty(),
        });
    }
    (pieces, files)
}
