//! Reading a sums file (`SHA256SUMS`, `checksums.txt`, Fedora's `*-CHECKSUM`, ...) or a sidecar
//! (`NAME.sha256`) for one file name. Both formats people publish are understood: GNU
//! (`hex  name`, `hex *name`) and BSD (`SHA256 (name) = hex`); lines that are neither
//! (comments, a PGP signature around the list) are skipped. A sidecar may hold the bare digest.

use super::{Algorithm, Checksum};

/// The digest listed for `name` in `text`; with `bare_ok` (a sidecar of that one file), a
/// line holding only a digest counts too.
pub fn find(text: &str, name: &str, bare_ok: bool) -> Option<Checksum> {
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(found) = bsd_line(line, name).or_else(|| gnu_line(line, name)) {
            return Some(found);
        }
        if bare_ok && let Some(found) = Checksum::parse(line) {
            return Some(found);
        }
    }
    None
}

/// `SHA256 (name) = hex`.
fn bsd_line(line: &str, name: &str) -> Option<Checksum> {
    let (tag, rest) = line.split_once(" (")?;
    let (listed, hex) = rest.rsplit_once(") = ")?;
    if !same_name(listed, name) {
        return None;
    }
    Checksum::from_hex(Algorithm::from_name(tag)?, hex)
}

/// `hex  name` or `hex *name` (binary mode).
fn gnu_line(line: &str, name: &str) -> Option<Checksum> {
    let (hex, listed) = line.split_once(char::is_whitespace)?;
    let listed = listed.trim_start();
    let listed = listed.strip_prefix('*').unwrap_or(listed);
    if !same_name(listed, name) {
        return None;
    }
    Checksum::parse(hex)
}

/// True when a listed name is the file's (a leading `./` and folders are ignored: sums files
/// list files beside them).
fn same_name(listed: &str, name: &str) -> bool {
    let listed = listed.trim();
    let listed = listed.rsplit('/').next().unwrap_or(listed);
    listed == name
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "1111111111111111111111111111111111111111111111111111111111111111";
    const B: &str = "2222222222222222222222222222222222222222222222222222222222222222";

    #[test]
    fn gnu_and_bsd_lists_with_several_names() {
        let gnu = format!("{A}  other.iso\n{B} *ubuntu.iso\n");
        assert_eq!(
            find(&gnu, "ubuntu.iso", false).map(|c| c.hex),
            Some(B.into())
        );
        assert_eq!(find(&gnu, "missing.iso", false), None);
        let bsd = format!(
            "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n# Fedora-40.iso: 2 bytes\nSHA256 (Fedora-40.iso) = {A}\nSHA256 (Fedora-40.raw) = {B}\n-----BEGIN PGP SIGNATURE-----\nxyz\n"
        );
        let found = find(&bsd, "Fedora-40.iso", false).expect("listed");
        assert_eq!(
            (found.algorithm, found.hex.as_str()),
            (Algorithm::Sha256, A)
        );
        let sha512 = "f".repeat(128);
        let long = format!("{sha512}  ./dist/app.tar.gz\n");
        assert_eq!(
            find(&long, "app.tar.gz", false).map(|c| c.algorithm),
            Some(Algorithm::Sha512)
        );
    }

    #[test]
    fn a_sidecar_may_hold_the_bare_digest() {
        assert_eq!(
            find(&format!("{A}\n"), "x.iso", true).map(|c| c.hex),
            Some(A.into())
        );
        assert_eq!(find(&format!("{A}\n"), "x.iso", false), None);
        assert_eq!(find("no digest here", "x.iso", true), None);
    }
}
