//! Why a stream (a video playlist) could not be saved, by kind: the words are the front
//! ends' (see `describe`).

use serde::{Deserialize, Serialize};

/// What went wrong with a stream.
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum StreamProblem {
    /// The link's answer is not a playlist.
    #[error("the link is not a playlist")]
    NotAPlaylist,
    /// The playlist lists nothing to download.
    #[error("the playlist is empty")]
    Empty,
    /// A live DASH manifest (`type="dynamic"`): only static ones are saved.
    #[error("live DASH streams are not saved")]
    LiveDash,
    /// Its segments are encrypted in a way Haul does not decrypt (DRM).
    #[error("the stream is protected ({method})")]
    Protected {
        /// The playlist's method (SAMPLE-AES, a key system).
        method: String,
    },
    /// A decryption key is not a 16-byte AES-128 key, or a segment does not decrypt with it.
    #[error("a segment does not decrypt with its key")]
    BadKey,
    /// The tracks must be muxed (separate audio) and ffmpeg is not installed; the tracks are
    /// kept in `kept`.
    #[error("ffmpeg is needed to join the tracks")]
    NeedsFfmpeg {
        /// The folder that keeps the downloaded tracks.
        kept: String,
    },
    /// A video page was to go to yt-dlp, and it is not installed.
    #[error("yt-dlp is not installed")]
    NoYtDlp,
    /// yt-dlp could not fetch the video; what it said.
    #[error("yt-dlp: {said}")]
    YtDlpFailed {
        /// Its error line (without `ERROR: `).
        said: String,
    },
    /// The torrent could not be added or failed; what librqbit said.
    #[error("the torrent failed: {said}")]
    TorrentFailed {
        /// Its words.
        said: String,
    },
    /// ffmpeg could not join the tracks.
    #[error("ffmpeg could not join the tracks: {detail}")]
    JoinFailed {
        /// What ffmpeg said (its last line).
        detail: String,
    },
}
