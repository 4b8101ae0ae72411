//! Magnet links in text (`magnet:?xt=urn:btih:...`): found wherever links are (they have no
//! `://`), and taken only when they name a torrent by its info hash (a 40-digit hex or
//! 32-character base32 BitTorrent v1 hash, or a v2 multihash).

use url::Url;

/// Every `magnet:?` token in a line, with where it ends (cut at whitespace, quotes and angle
/// brackets, as other links are).
pub(super) fn magnets_in(line: &str) -> Vec<(String, usize)> {
    let lowered = line.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = lowered[from..].find("magnet:?").map(|p| p + from) {
        let end = line[start..]
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`'))
            .map_or(line.len(), |e| e + start);
        found.push((line[start..end].replace("&amp;", "&"), end));
        from = end.max(start + 8);
    }
    found
}

/// The `file:` link of a `.torrent` on this machine, when `text` is one (what a desktop passes
/// when a `.torrent` is opened with Haul, and what a dropped `.torrent` becomes). No disk is
/// read here: a file that cannot be read fails its row with the system's words.
pub(super) fn torrent_file_link(text: &str) -> Option<Url> {
    if !text.to_ascii_lowercase().ends_with(".torrent") {
        return None;
    }
    Url::parse(text).ok().filter(|url| url.scheme() == "file")
}

/// The magnet `text` as a link, when it names a torrent.
pub(super) fn magnet_link(text: &str) -> Option<Url> {
    let url = Url::parse(text).ok()?;
    if url.scheme() != "magnet" {
        return None;
    }
    let names_a_torrent = url.query_pairs().any(|(name, value)| {
        name == "xt"
            && (value.strip_prefix("urn:btih:").is_some_and(is_v1_hash)
                || value.starts_with("urn:btmh:"))
    });
    names_a_torrent.then_some(url)
}

fn is_v1_hash(hash: &str) -> bool {
    (hash.len() == 40 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
        || (hash.len() == 32
            && hash.bytes().all(|b| {
                b.is_ascii_uppercase() || b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b)
            }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magnets_are_found_in_prose_and_checked() {
        let hash = "cab507494d02ebb1178b38f2e9d7be299c86b862";
        let line = format!("get it: <a href=\"magnet:?xt=urn:btih:{hash}&amp;dn=Ubuntu\">here</a>");
        let found = magnets_in(&line);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, format!("magnet:?xt=urn:btih:{hash}&dn=Ubuntu"));
        assert!(magnet_link(&found[0].0).is_some());
        assert!(magnet_link("magnet:?dn=nothing").is_none());
        assert!(magnet_link("magnet:?xt=urn:btih:short").is_none());
        assert!(magnet_link("magnet:?xt=urn:btih:MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U").is_some());
    }
}
