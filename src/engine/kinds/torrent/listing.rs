//! A torrent's files as the user chooses among them before it starts (the Add dialog, and
//! RPC's `getFiles` of a torrent not yet running).

/// One file of a torrent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TorrentFile {
    /// Its path inside the torrent, parts joined by `/` (each part made safe).
    pub path: String,
    /// Its size in bytes.
    pub size: u64,
}

/// What a torrent holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TorrentListing {
    /// Its name (of its folder, when it has several files).
    pub name: String,
    /// Its info hash (40 hex digits).
    pub info_hash: String,
    /// Its files, in the torrent's order (a file's place is its number when choosing).
    pub files: Vec<TorrentFile>,
}

/// The most files a selection may name (a range like 1-1000000000 is not a list to build).
const MOST_SELECTED: usize = 100_000;

impl TorrentListing {
    /// The files `text` names, as aria2's `select-file` takes them: numbers from 1 and
    /// ranges, separated by commas ("1,3-5"); each file's place from 0. `None` when it is
    /// not such a list.
    pub fn parse_selection(text: &str) -> Option<Vec<usize>> {
        let mut chosen = std::collections::BTreeSet::new();
        for part in text.split(',').map(str::trim) {
            let (first, last) = match part.split_once('-') {
                Some((first, last)) => (
                    first.trim().parse::<usize>().ok()?,
                    last.trim().parse::<usize>().ok()?,
                ),
                None => {
                    let one = part.parse::<usize>().ok()?;
                    (one, one)
                }
            };
            if first == 0 || last < first || last - first >= MOST_SELECTED {
                return None;
            }
            chosen.extend((first - 1)..last);
            if chosen.len() > MOST_SELECTED {
                return None;
            }
        }
        Some(chosen.into_iter().collect())
    }

    /// Bytes of all its files.
    pub fn size(&self) -> u64 {
        self.files.iter().map(|file| file.size).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selection_is_read_as_aria2_writes_it() {
        assert_eq!(
            TorrentListing::parse_selection("1,3-5"),
            Some(vec![0, 2, 3, 4])
        );
        assert_eq!(TorrentListing::parse_selection(" 2 , 2 "), Some(vec![1]));
        assert_eq!(TorrentListing::parse_selection("0"), None);
        assert_eq!(TorrentListing::parse_selection("3-1"), None);
        assert_eq!(TorrentListing::parse_selection("a"), None);
        assert_eq!(TorrentListing::parse_selection(""), None);
        assert_eq!(TorrentListing::parse_selection("1-999999999999"), None);
    }
}
