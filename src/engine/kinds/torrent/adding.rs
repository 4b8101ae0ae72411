//! Adding a torrent to the shared session: its metadata first (at once for a file, from the
//! peers for a magnet), checked for names that cannot be written safely, then the torrent
//! itself into a folder of its own when it has several files, with the files the user chose.
//! The same metadata step lists a torrent's files for the Add dialog.

use std::collections::HashSet;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use librqbit::{
    AddTorrent, AddTorrentOptions, AddTorrentResponse, ByteBufOwned, ListOnlyResponse, Session,
    ValidatedTorrentMetaV1Info,
};

use super::listing::{TorrentFile, TorrentListing};
use super::source::Source;

/// A torrent running in the session.
pub(super) struct Added {
    pub session: Arc<Session>,
    pub handle: Arc<librqbit::ManagedTorrent>,
}

/// What the run asks of the torrent it adds.
pub(super) struct Wanted {
    /// The download folder (a torrent of several files gets a folder of its own in it).
    pub dir: PathBuf,
    /// The files chosen (`None`: all).
    pub only_files: Option<Vec<usize>>,
    /// Its own download limit.
    pub limit: Option<std::num::NonZeroU32>,
}

/// The torrent's metadata, from `source`.
pub(super) async fn metadata(
    session: &Arc<Session>,
    source: Source,
) -> Result<ListOnlyResponse, String> {
    let (add, peers) = match source {
        Source::Magnet { link, peers } => (AddTorrent::Url(link.into()), peers),
        Source::Web(link) => (AddTorrent::Url(link.into()), Vec::new()),
        Source::File(bytes) => (AddTorrent::TorrentFileBytes(bytes.into()), Vec::new()),
    };
    let listed = session
        .add_torrent(
            add,
            Some(AddTorrentOptions {
                list_only: true,
                initial_peers: (!peers.is_empty()).then_some(peers),
                ..Default::default()
            }),
        )
        .await
        .map_err(|err| format!("{err:#}"))?;
    let AddTorrentResponse::ListOnly(listed) = listed else {
        return Err("the torrent was not listed".to_owned());
    };
    check_files(&listed.info)?;
    Ok(listed)
}

/// Adds (or finds again, after a pause or a restart) the torrent `listed` describes, and
/// sets it going.
pub(super) async fn add(
    session: Arc<Session>,
    listed: ListOnlyResponse,
    extra_peers: Vec<SocketAddr>,
    wanted: Wanted,
) -> Result<Added, String> {
    let folder = folder_of(&listed.info, &wanted.dir);
    let mut peers = extra_peers;
    peers.extend(listed.seen_peers.iter().copied());
    let file_count = listed.info.iter_file_lengths().count();
    let only_files = wanted
        .only_files
        .map(|files| {
            files
                .into_iter()
                .filter(|&f| f < file_count)
                .collect::<Vec<_>>()
        })
        .filter(|files| !files.is_empty());
    let options = AddTorrentOptions {
        output_folder: Some(folder.display().to_string()),
        // Its own files, continued after a pause or a quit (their pieces are checked).
        overwrite: true,
        initial_peers: (!peers.is_empty()).then_some(peers),
        only_files: only_files.clone(),
        ratelimits: librqbit::limits::LimitsConfig {
            download_bps: wanted.limit,
            upload_bps: None,
        },
        ..Default::default()
    };
    let response = session
        .add_torrent(
            AddTorrent::TorrentFileBytes(listed.torrent_bytes.clone()),
            Some(options),
        )
        .await
        .map_err(|err| format!("{err:#}"))?;
    let handle = match response {
        AddTorrentResponse::Added(_, handle) => handle,
        AddTorrentResponse::AlreadyManaged(_, handle) => {
            // Found again (after a pause, or remembered from an earlier run): it takes the
            // files chosen now (its own limit stays the one it was added with: librqbit
            // fixes a torrent's limits when it is added).
            let chosen: HashSet<usize> = match only_files {
                Some(files) => files.into_iter().collect(),
                None => (0..file_count).collect(),
            };
            if handle
                .only_files()
                .map(|f| f.into_iter().collect::<HashSet<_>>())
                != Some(chosen.clone())
            {
                let _ = session.update_only_files(&handle, &chosen).await;
            }
            handle
        }
        AddTorrentResponse::ListOnly(_) => return Err("the torrent was only listed".to_owned()),
    };
    if handle.is_paused() {
        session
            .unpause(&handle)
            .await
            .map_err(|err| format!("{err:#}"))?;
    }
    Ok(Added { session, handle })
}

/// Adds the torrent `source` names to the shared session (made now if it is the first) for
/// row `id`, and sets it going.
pub(super) async fn into_swarm(
    resources: Arc<crate::engine::resources::Resources>,
    id: crate::engine::state::DownloadId,
    source: Source,
    extra_peers: Vec<SocketAddr>,
    wanted: Wanted,
) -> Result<Added, String> {
    let peer_settings = resources.tuning().peers;
    // Held until the torrent is in the session: it is not retired meanwhile.
    let (session, _busy) = resources
        .swarm
        .session(&peer_settings, wanted.dir.clone())
        .await?;
    let listed = metadata(&session, source).await?;
    resources.swarm.remember(id, listed.info_hash);
    let hash = listed.info_hash.as_string();
    resources.swarm.keep_metadata(&hash, &listed.torrent_bytes);
    resources.swarm.offer_known_pieces(&hash);
    add(session, listed, extra_peers, wanted).await
}

/// The files `listed` holds, for the user to choose from.
pub(super) fn listing(listed: &ListOnlyResponse) -> TorrentListing {
    let info = &listed.info;
    let files = info
        .iter_file_details()
        .map(|file| TorrentFile {
            path: super::facts::safe_path(file.filename.iter_components()),
            size: file.len,
        })
        .collect();
    TorrentListing {
        name: info
            .name()
            .map(|name| crate::engine::files::naming::sanitize(&name))
            .unwrap_or_default(),
        info_hash: listed.info_hash.as_string(),
        files,
    }
}

/// Where the torrent's files go: a folder named after it when it has several.
pub(super) fn folder_of<B: librqbit::ByteBufT>(
    info: &ValidatedTorrentMetaV1Info<B>,
    dir: &Path,
) -> PathBuf {
    let several = info.info().files.is_some();
    let name = info
        .name()
        .map(|n| crate::engine::files::naming::sanitize(&n))
        .unwrap_or_default();
    if several && !name.is_empty() {
        dir.join(&name)
    } else {
        dir.to_path_buf()
    }
}

/// Most files a torrent may have: beyond it the list alone would hold a lot of memory, and
/// no torrent people download has as many.
const MOST_FILES: usize = 100_000;
/// Longest name of one file or folder (what Linux file systems take).
const LONGEST_NAME: usize = 255;

/// Refuses a torrent whose files could not be written safely under their names (librqbit
/// itself refuses `..`, separators inside a name and nameless files): too many files, a name
/// too long for the disk, or one with control characters.
fn check_files(info: &ValidatedTorrentMetaV1Info<ByteBufOwned>) -> Result<(), String> {
    for (count, file) in info.iter_file_details().enumerate() {
        if count >= MOST_FILES {
            return Err(format!("it has more than {MOST_FILES} files"));
        }
        for part in file.filename.iter_components() {
            if part.len() > LONGEST_NAME || part.chars().any(char::is_control) || part == "." {
                let shown: String = part.chars().filter(|c| !c.is_control()).take(40).collect();
                return Err(format!("a file name cannot be written safely ({shown}…)"));
            }
        }
    }
    Ok(())
}
