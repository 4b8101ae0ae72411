//! Checksums: what a finished file is verified against, and where that came from.
//!
//! A download is verified against the first strong digest found, in order: one the user gave
//! (`--sha256`, `--checksum`, the Add dialog, a hash in a link list), the response headers
//! (`Repr-Digest`, `Digest`, `X-Checksum-Sha256`/`-Sha1`, `x-goog-hash`; see [`headers`]), a
//! sidecar beside the file (`NAME.sha256`, ...), a sums file in the same folder
//! (`SHA256SUMS`, ...; see [`discovery`] and [`sums`]). SHA-1 and MD5 count only when nothing
//! stronger was found. A mismatch fails the download as damaged; the bytes never appear under
//! the download's name.

pub mod asker;
pub mod discovery;
pub mod headers;
mod host_looks;
pub mod sums;

use std::fmt;

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use sha2::Digest as _;

/// A hash function a digest is made with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Algorithm {
    /// SHA-256.
    Sha256,
    /// SHA-512.
    Sha512,
    /// SHA-1 (weak: used only when nothing stronger is offered).
    Sha1,
    /// MD5 (weak: used only when nothing stronger is offered).
    Md5,
}

impl Algorithm {
    /// Every algorithm, strongest first.
    pub const ALL: [Algorithm; 4] = [
        Algorithm::Sha512,
        Algorithm::Sha256,
        Algorithm::Sha1,
        Algorithm::Md5,
    ];

    /// Its usual name: "SHA-256".
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Sha256 => "SHA-256",
            Algorithm::Sha512 => "SHA-512",
            Algorithm::Sha1 => "SHA-1",
            Algorithm::Md5 => "MD5",
        }
    }

    /// Length of its digest in hex digits.
    pub fn hex_len(self) -> usize {
        match self {
            Algorithm::Sha256 => 64,
            Algorithm::Sha512 => 128,
            Algorithm::Sha1 => 40,
            Algorithm::Md5 => 32,
        }
    }

    /// True for the ones collisions cannot be made for today.
    pub fn is_strong(self) -> bool {
        matches!(self, Algorithm::Sha256 | Algorithm::Sha512)
    }

    /// The algorithm a name such as `sha-256`, `SHA256` or `md5` stands for.
    pub fn from_name(name: &str) -> Option<Self> {
        let plain: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match plain.as_str() {
            "sha256" => Some(Algorithm::Sha256),
            "sha512" => Some(Algorithm::Sha512),
            "sha1" => Some(Algorithm::Sha1),
            "md5" => Some(Algorithm::Md5),
            _ => None,
        }
    }

    /// A fresh hasher.
    pub fn hasher(self) -> Hasher {
        match self {
            Algorithm::Sha256 => Hasher::Sha256(sha2::Sha256::new()),
            Algorithm::Sha512 => Hasher::Sha512(sha2::Sha512::new()),
            Algorithm::Sha1 => Hasher::Sha1(sha1::Sha1::new()),
            Algorithm::Md5 => Hasher::Md5(md5::Md5::new()),
        }
    }
}

/// An expected digest.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Checksum {
    /// The hash function.
    pub algorithm: Algorithm,
    /// The digest in lowercase hex.
    pub hex: String,
}

impl Checksum {
    /// A checksum from hex digits, when they are the right number for `algorithm`.
    pub fn from_hex(algorithm: Algorithm, hex: &str) -> Option<Self> {
        let hex = hex.trim();
        (hex.len() == algorithm.hex_len() && hex.bytes().all(|b| b.is_ascii_hexdigit())).then(
            || Self {
                algorithm,
                hex: hex.to_ascii_lowercase(),
            },
        )
    }

    /// A checksum from base64 (as headers send them).
    pub fn from_base64(algorithm: Algorithm, text: &str) -> Option<Self> {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(text.trim())
            .ok()?;
        Self::from_hex(algorithm, &to_hex(&bytes))
    }

    /// Reads the typed forms `sha-256=HEX`, `sha256:HEX`, `md5=HEX`, and a bare hex digest
    /// (its length tells SHA-256 from SHA-512, SHA-1 and MD5).
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if let Some((name, hex)) = text.split_once(['=', ':']) {
            return Self::from_hex(Algorithm::from_name(name)?, hex);
        }
        Algorithm::ALL
            .into_iter()
            .find(|a| a.hex_len() == text.len())
            .and_then(|a| Self::from_hex(a, text))
    }
}

impl fmt::Display for Checksum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}={}",
            self.algorithm.name().to_ascii_lowercase(),
            self.hex
        )
    }
}

/// Where an expected digest came from.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "name", rename_all = "snake_case")]
pub enum Source {
    /// The user gave it.
    Given,
    /// A response header (its name).
    Header(String),
    /// A file beside the download (its name).
    Sidecar(String),
    /// A sums file in the same folder (its name).
    SumsFile(String),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Given => f.write_str("the one given"),
            Source::Header(name) => write!(f, "the server's {name} header"),
            Source::Sidecar(name) | Source::SumsFile(name) => f.write_str(name),
        }
    }
}

/// A digest a download should have, and where it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expected {
    /// The digest.
    pub checksum: Checksum,
    /// Its source.
    pub source: Source,
}

/// The best of several expected digests: the first strong one, else the first.
pub fn best(candidates: impl IntoIterator<Item = Expected>) -> Option<Expected> {
    let mut first = None;
    for expected in candidates {
        if expected.checksum.algorithm.is_strong() {
            return Some(expected);
        }
        first.get_or_insert(expected);
    }
    first
}

/// A running hash.
#[derive(Clone)]
pub enum Hasher {
    /// SHA-256.
    Sha256(sha2::Sha256),
    /// SHA-512.
    Sha512(sha2::Sha512),
    /// SHA-1.
    Sha1(sha1::Sha1),
    /// MD5.
    Md5(md5::Md5),
}

impl Hasher {
    /// Adds bytes.
    pub fn update(&mut self, bytes: &[u8]) {
        match self {
            Hasher::Sha256(h) => h.update(bytes),
            Hasher::Sha512(h) => h.update(bytes),
            Hasher::Sha1(h) => h.update(bytes),
            Hasher::Md5(h) => h.update(bytes),
        }
    }

    /// The digest in lowercase hex.
    pub fn finish_hex(self) -> String {
        match self {
            Hasher::Sha256(h) => to_hex(&h.finalize()),
            Hasher::Sha512(h) => to_hex(&h.finalize()),
            Hasher::Sha1(h) => to_hex(&h.finalize()),
            Hasher::Md5(h) => to_hex(&h.finalize()),
        }
    }
}

impl fmt::Debug for Hasher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Hasher")
    }
}

/// Bytes as lowercase hex.
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_forms_and_their_algorithms() {
        let hex = "a".repeat(64);
        assert_eq!(
            Checksum::parse(&format!("sha-256={hex}")),
            Checksum::from_hex(Algorithm::Sha256, &hex)
        );
        assert_eq!(
            Checksum::parse(&format!("SHA256:{}", hex.to_uppercase())),
            Checksum::from_hex(Algorithm::Sha256, &hex)
        );
        assert_eq!(
            Checksum::parse(&"b".repeat(32)).map(|c| c.algorithm),
            Some(Algorithm::Md5)
        );
        assert_eq!(Checksum::parse("sha-256=abc"), None, "too short");
        assert_eq!(Checksum::parse(&format!("crc32={hex}")), None);
        assert_eq!(
            Checksum::from_base64(Algorithm::Md5, "1B2M2Y8AsgTpgAmY7PhCfg==").map(|c| c.hex),
            Some("d41d8cd98f00b204e9800998ecf8427e".to_owned())
        );
    }

    #[test]
    fn strong_digests_win_and_hashers_agree() {
        let weak = Expected {
            checksum: Checksum::parse(&"c".repeat(40)).expect("sha-1"),
            source: Source::Header("X-Checksum-Sha1".into()),
        };
        let strong = Expected {
            checksum: Checksum::parse(&"d".repeat(64)).expect("sha-256"),
            source: Source::SumsFile("SHA256SUMS".into()),
        };
        assert_eq!(best([weak.clone(), strong.clone()]), Some(strong));
        assert_eq!(best([weak.clone()]), Some(weak));
        let mut hasher = Algorithm::Sha256.hasher();
        hasher.update(b"abc");
        assert_eq!(
            hasher.finish_hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let mut md5 = Algorithm::Md5.hasher();
        md5.update(b"");
        assert_eq!(md5.finish_hex(), "d41d8cd98f00b204e9800998ecf8427e");
    }
}
