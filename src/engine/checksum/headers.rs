//! Digests a server announces in its response headers: `Repr-Digest` (RFC 9530, the digest of
//! the whole file, whatever range was asked), the older `Digest` (RFC 3230), Artifactory's and
//! Maven Central's `X-Checksum-Sha256` / `X-Checksum-Sha1`, and Google Cloud Storage's
//! `x-goog-hash` (its MD5). Anything malformed is ignored.

use reqwest::header::HeaderMap;

use super::{Algorithm, Checksum, Expected, Source};

/// Every digest the headers announce, in the order they are trusted.
pub fn from_headers(headers: &HeaderMap) -> Vec<Expected> {
    let mut found = Vec::new();
    let values = |name: &str| -> Vec<String> {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_owned)
            .collect()
    };
    let mut add = |checksum: Option<Checksum>, header: &str| {
        if let Some(checksum) = checksum {
            found.push(Expected {
                checksum,
                source: Source::Header(header.to_owned()),
            });
        }
    };
    for value in values("repr-digest") {
        for (name, item) in dictionary(&value) {
            let Some(algorithm) = Algorithm::from_name(name) else {
                continue;
            };
            // A byte sequence is written `:base64:`.
            if let Some(bytes) = item.strip_prefix(':').and_then(|v| v.strip_suffix(':')) {
                add(Checksum::from_base64(algorithm, bytes), "Repr-Digest");
            }
        }
    }
    for value in values("digest") {
        for (name, item) in dictionary(&value) {
            // RFC 3230 names SHA-1 "SHA".
            let algorithm = match name.to_ascii_lowercase().as_str() {
                "sha" => Some(Algorithm::Sha1),
                other => Algorithm::from_name(other),
            };
            if let Some(algorithm) = algorithm {
                add(Checksum::from_base64(algorithm, item), "Digest");
            }
        }
    }
    for (header, algorithm) in [
        ("x-checksum-sha256", Algorithm::Sha256),
        ("x-checksum-sha1", Algorithm::Sha1),
        ("x-checksum-md5", Algorithm::Md5),
    ] {
        for value in values(header) {
            add(Checksum::from_hex(algorithm, &value), &display_name(header));
        }
    }
    for value in values("x-goog-hash") {
        for (name, item) in dictionary(&value) {
            if name.eq_ignore_ascii_case("md5") {
                add(Checksum::from_base64(Algorithm::Md5, item), "x-goog-hash");
            }
        }
    }
    found
}

/// `a=1, b=2` as pairs (values keep their own `=`, as base64 padding does).
fn dictionary(value: &str) -> impl Iterator<Item = (&str, &str)> {
    value
        .split(',')
        .filter_map(|item| item.trim().split_once('='))
        .map(|(name, item)| (name.trim(), item.trim()))
}

fn display_name(header: &str) -> String {
    header
        .split('-')
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).expect("value"));
        }
        map
    }

    // SHA-256 of "abc", in hex and base64.
    const ABC_HEX: &str = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    const ABC_B64: &str = "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=";

    #[test]
    fn reads_each_kind_of_header() {
        let repr = from_headers(&headers(&[(
            "repr-digest",
            &format!("sha-512=:AAAA:, sha-256=:{ABC_B64}:"),
        )]));
        assert_eq!(repr.len(), 1, "a wrong-length sha-512 is ignored: {repr:?}");
        assert_eq!(repr[0].checksum.hex, ABC_HEX);
        assert_eq!(repr[0].source, Source::Header("Repr-Digest".into()));

        let digest = from_headers(&headers(&[("digest", &format!("SHA-256={ABC_B64}"))]));
        assert_eq!(digest[0].checksum.hex, ABC_HEX);

        let artifactory = from_headers(&headers(&[
            (
                "x-checksum-sha1",
                "a9993e364706816aba3e25717850c26c9cd0d89d",
            ),
            ("x-checksum-sha256", ABC_HEX),
        ]));
        assert_eq!(artifactory.len(), 2);
        assert_eq!(
            super::super::best(artifactory).map(|e| e.source),
            Some(Source::Header("X-Checksum-Sha256".into()))
        );

        let google = from_headers(&headers(&[(
            "x-goog-hash",
            "crc32c=n03x6A==, md5=kAFQmDzST7DWlj99KOF/cg==",
        )]));
        assert_eq!(google[0].checksum.algorithm, Algorithm::Md5);
        assert_eq!(google[0].checksum.hex, "900150983cd24fb0d6963f7d28e17f72");

        assert!(from_headers(&headers(&[("digest", "SHA-256=not base64!")])).is_empty());
        assert!(from_headers(&headers(&[("repr-digest", "crc32=:AAAA:")])).is_empty());
    }
}
