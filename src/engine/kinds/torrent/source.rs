//! What a torrent row's link gives librqbit: a magnet (with the peers its `x.pe` parameters
//! name, BEP 9), or a `.torrent` file's bytes (a `file:` link, read here).

use std::net::SocketAddr;

use url::Url;

/// A torrent to add.
pub(super) enum Source {
    /// A magnet link, and the peers it names.
    Magnet {
        link: String,
        peers: Vec<SocketAddr>,
    },
    /// A `.torrent` file's contents.
    File(Vec<u8>),
    /// A `.torrent` file on the web (fetched with Haul's own client: see [`fetch`]).
    Web(String),
}

/// The source `url` names; `Err` with what the system said when a file cannot be read.
pub(super) fn of(url: &Url) -> Result<Source, String> {
    match url.scheme() {
        "magnet" => {
            let peers = url
                .query_pairs()
                .filter(|(name, _)| name == "x.pe")
                .filter_map(|(_, value)| value.parse().ok())
                .collect();
            Ok(Source::Magnet {
                link: url.as_str().to_owned(),
                peers,
            })
        }
        "file" => {
            let path = url
                .to_file_path()
                .map_err(|()| format!("{url} is not a file"))?;
            std::fs::read(&path)
                .map(Source::File)
                .map_err(|err| format!("{}: {err}", path.display()))
        }
        _ => Ok(Source::Web(url.as_str().to_owned())),
    }
}

/// The largest `.torrent` fetched (a torrent of 100,000 files is about 10 MB).
const MOST_TORRENT_BYTES: usize = 16 * 1024 * 1024;

/// A `.torrent` on the web, fetched through Haul's client (its proxy, and the browser's
/// cookies and Referer when a browser handed the link over): its bytes, or why not.
pub(super) async fn fetch(
    client: &reqwest::Client,
    link: &str,
    from_browser: Option<&crate::engine::from_browser::FromBrowser>,
) -> Result<Vec<u8>, String> {
    let url = Url::parse(link).map_err(|err| err.to_string())?;
    let mut request = client.get(url.clone());
    if let Some(context) = from_browser {
        request = context.apply(request, &url, &url);
    }
    let mut answer = request.send().await.map_err(|err| err.to_string())?;
    if !answer.status().is_success() {
        return Err(format!("the server answered {}", answer.status()));
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = answer.chunk().await.map_err(|err| err.to_string())? {
        bytes.extend_from_slice(&chunk);
        if bytes.len() > MOST_TORRENT_BYTES {
            return Err("the .torrent is larger than 16 MiB".to_owned());
        }
    }
    Ok(bytes)
}

/// The info hash (40 hex digits) a magnet link names, if it is one that names a hash.
pub(crate) fn magnet_hash(link: &url::Url) -> Option<String> {
    librqbit::Magnet::parse(link.as_str())
        .ok()?
        .as_id20()
        .map(|id| id.as_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_magnets_peers_are_read() {
        let url = Url::parse(
            "magnet:?xt=urn:btih:cab507494d02ebb1178b38f2e9d7be299c86b862&x.pe=127.0.0.1:6881&x.pe=bad",
        )
        .expect("url");
        let Ok(Source::Magnet { peers, .. }) = of(&url) else {
            panic!("a magnet");
        };
        assert_eq!(
            peers,
            vec!["127.0.0.1:6881".parse::<SocketAddr>().expect("addr")]
        );
    }
}
