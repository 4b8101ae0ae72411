//! File names: where they come from (Content-Disposition, the link) and how they are made safe.
//!
//! A server controls the name it suggests, so every name is reduced to a bare file name that
//! cannot escape the download folder, hide itself, or collide with a device name on Windows.

use percent_encoding::percent_decode_str;
use url::Url;

/// Used when neither the server nor the link suggests a usable name.
pub const FALLBACK_NAME: &str = "download";

/// Longest name we produce, in bytes, leaving room for ` (123)` and the `.part` suffix within
/// the 255-byte limit of common file systems.
const MAX_NAME_BYTES: usize = 200;

/// The name suggested by a `Content-Disposition` header, preferring `filename*` (RFC 6266).
pub fn name_from_content_disposition(header: &str) -> Option<String> {
    let mut plain = None;
    let mut extended = None;
    for (key, value) in disposition_params(header) {
        match key.to_ascii_lowercase().as_str() {
            "filename*" => extended = extended.or_else(|| decode_ext_value(&value)),
            "filename" => plain = plain.or(Some(value)),
            _ => {}
        }
    }
    extended
        .or(plain)
        .map(|raw| sanitize(&raw))
        .filter(|name| name != FALLBACK_NAME)
}

/// The last non-empty path segment of the link, percent-decoded.
pub fn name_from_url(url: &Url) -> Option<String> {
    let segment = url.path_segments()?.rev().find(|s| !s.is_empty())?;
    let decoded = percent_decode_str(segment).decode_utf8_lossy();
    let name = sanitize(&decoded);
    (name != FALLBACK_NAME).then_some(name)
}

/// Reduces any text to a safe bare file name; never returns an empty string.
///
/// Path separators, `..`, drive letters, control characters and characters Windows forbids
/// are removed or replaced; leading dots (hidden files) and trailing dots and spaces are
/// trimmed; Windows device names get a `_`; the length is capped at a character boundary,
/// keeping the extension.
pub fn sanitize(raw: &str) -> String {
    // Only the last component counts: "../../etc/passwd" and "C:\evil\x.exe" become
    // "passwd" and "x.exe".
    let last = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    let last = match last.split_once(':') {
        // A drive letter such as "C:x.exe".
        Some((drive, rest)) if drive.len() == 1 => rest,
        _ => last,
    };
    let mut name: String = last
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| match c {
            '<' | '>' | ':' | '"' | '|' | '?' | '*' => '_',
            other => other,
        })
        .collect();
    name = name
        .trim_start_matches(|c: char| c == '.' || c.is_whitespace())
        .trim_end_matches(|c: char| c == '.' || c.is_whitespace())
        .to_owned();
    if name.is_empty() {
        return FALLBACK_NAME.to_owned();
    }
    if is_windows_device_name(&name) {
        let (stem, ext) = split_extension(&name);
        name = format!("{stem}_{ext}");
    }
    cap_length(&name)
}

/// Splits `name` into stem and extension (with its dot), treating `.tar.gz`-style pairs as one.
pub fn split_extension(name: &str) -> (&str, &str) {
    let Some(dot) = name.rfind('.').filter(|&i| i > 0) else {
        return (name, "");
    };
    let stem = &name[..dot];
    if let Some(tar) = stem.len().checked_sub(4)
        && tar > 0
        && stem
            .get(tar..)
            .is_some_and(|end| end.eq_ignore_ascii_case(".tar"))
    {
        return (&name[..tar], &name[tar..]);
    }
    (stem, &name[dot..])
}

/// The video a stream's playlist `name` becomes: `show.m3u8` → `show.mp4` (a generic
/// playlist name such as `index` or `master` stays, numbered if taken).
pub fn video_name(name: &str) -> String {
    with_extension(name, "mp4")
}

/// `name` with its extension replaced by `extension` (without a dot).
pub fn with_extension(name: &str, extension: &str) -> String {
    let (stem, _) = split_extension(name);
    let stem = if stem.is_empty() { "video" } else { stem };
    format!("{stem}.{extension}")
}

/// Candidates tried when a name is taken: `a.txt`, `a (1).txt`, ... `a (999).txt`.
pub const MAX_NAME_ATTEMPTS: u32 = 1000;

/// The names to try, in order, for a file that wants to be called `name`.
pub fn candidates(name: &str) -> impl Iterator<Item = String> + '_ {
    (0..MAX_NAME_ATTEMPTS).map(move |attempt| numbered(name, attempt))
}

/// The name to try for the `attempt`-th time: `name`, then `stem (1).ext`, `stem (2).ext`, ...
pub fn numbered(name: &str, attempt: u32) -> String {
    if attempt == 0 {
        return name.to_owned();
    }
    let (stem, ext) = split_extension(name);
    format!("{stem} ({attempt}){ext}")
}

fn is_windows_device_name(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end();
    let upper = stem.to_ascii_uppercase();
    matches!(upper.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((upper.starts_with("COM") || upper.starts_with("LPT"))
            && upper.len() == 4
            && upper.as_bytes()[3].is_ascii_digit())
}

fn cap_length(name: &str) -> String {
    if name.len() <= MAX_NAME_BYTES {
        return name.to_owned();
    }
    let (stem, ext) = split_extension(name);
    let ext = if ext.len() <= 20 { ext } else { "" };
    let mut cut = MAX_NAME_BYTES - ext.len();
    while !stem.is_char_boundary(cut.min(stem.len())) {
        cut -= 1;
    }
    format!("{}{ext}", &stem[..cut.min(stem.len())])
}

/// Splits `attachment; filename="a;b.txt"; filename*=UTF-8''a.txt` into its parameters,
/// honouring quoted strings and backslash escapes.
fn disposition_params(header: &str) -> Vec<(String, String)> {
    let mut params = Vec::new();
    let mut rest = match header.split_once(';') {
        Some((_disposition_type, rest)) => rest,
        None => return params,
    };
    loop {
        rest = rest.trim_start_matches([' ', '\t', ';']);
        if rest.is_empty() {
            break;
        }
        let Some(eq) = rest.find('=') else { break };
        let key = rest[..eq].trim().to_owned();
        rest = rest[eq + 1..].trim_start();
        let value;
        if let Some(quoted) = rest.strip_prefix('"') {
            let mut out = String::new();
            let mut chars = quoted.char_indices();
            let mut end = quoted.len();
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => {
                        if let Some((_, escaped)) = chars.next() {
                            out.push(escaped);
                        }
                    }
                    '"' => {
                        end = i + 1;
                        break;
                    }
                    other => out.push(other),
                }
            }
            value = out;
            rest = &quoted[end.min(quoted.len())..];
        } else {
            let end = rest.find(';').unwrap_or(rest.len());
            value = rest[..end].trim().to_owned();
            rest = &rest[end..];
        }
        params.push((key, value));
    }
    params
}

/// Decodes an RFC 8187 `charset'language'percent-encoded` value (UTF-8 or ISO-8859-1).
fn decode_ext_value(value: &str) -> Option<String> {
    let mut parts = value.splitn(3, '\'');
    let charset = parts.next()?;
    let _language = parts.next()?;
    let encoded = parts.next()?;
    let bytes: Vec<u8> = percent_decode_str(encoded).collect();
    if charset.eq_ignore_ascii_case("utf-8") {
        String::from_utf8(bytes).ok()
    } else if charset.eq_ignore_ascii_case("iso-8859-1") {
        Some(bytes.iter().map(|&b| char::from(b)).collect())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        Url::parse(text).expect("test URL")
    }

    #[test]
    fn prefers_extended_filename() {
        let header = "attachment; filename=\"plain.txt\"; filename*=UTF-8''%E2%82%AC%20rates.txt";
        assert_eq!(
            name_from_content_disposition(header).as_deref(),
            Some("€ rates.txt")
        );
    }

    #[test]
    fn quoted_names_with_semicolons_and_escapes() {
        let header = r#"attachment; filename="a;b \"c\".txt""#;
        assert_eq!(
            name_from_content_disposition(header).as_deref(),
            Some("a;b _c_.txt")
        );
        assert_eq!(
            name_from_content_disposition("attachment; filename=report.pdf").as_deref(),
            Some("report.pdf")
        );
        assert_eq!(
            name_from_content_disposition("attachment; filename*=iso-8859-1'en'%A3%20rates.txt")
                .as_deref(),
            Some("£ rates.txt")
        );
    }

    #[test]
    fn hostile_disposition_names_stay_bare() {
        for (header, expected) in [
            ("attachment; filename=\"../../etc/passwd\"", "passwd"),
            ("attachment; filename=\"..\\\\..\\\\win.ini\"", "win.ini"),
            (
                "attachment; filename=\"C:\\\\Windows\\\\evil.exe\"",
                "evil.exe",
            ),
            ("attachment; filename=\"/abs/path.sh\"", "path.sh"),
            ("attachment; filename=\".bashrc\"", "bashrc"),
            ("attachment; filename=\"CON.txt\"", "CON_.txt"),
            ("attachment; filename=\"a\u{0}b\nc.txt\"", "abc.txt"),
        ] {
            assert_eq!(
                name_from_content_disposition(header).as_deref(),
                Some(expected),
                "{header}"
            );
        }
        assert_eq!(
            name_from_content_disposition("attachment; filename=\"..\""),
            None
        );
        assert_eq!(name_from_content_disposition("inline"), None);
    }

    #[test]
    fn names_from_links() {
        assert_eq!(
            name_from_url(&url("http://h/dir/My%20File.iso?x=1#y")).as_deref(),
            Some("My File.iso")
        );
        assert_eq!(
            name_from_url(&url("http://h/dir/sub/")).as_deref(),
            Some("sub")
        );
        assert_eq!(name_from_url(&url("http://h/")), None);
        assert_eq!(name_from_url(&url("http://h/%2e%2e")), None);
        assert_eq!(
            name_from_url(&url("http://h/a%2F..%2F..%2Fetc%2Fpasswd")).as_deref(),
            Some("passwd")
        );
    }

    #[test]
    fn sanitize_never_empty_and_capped() {
        assert_eq!(sanitize(""), FALLBACK_NAME);
        assert_eq!(sanitize(" . . "), FALLBACK_NAME);
        assert_eq!(sanitize("trailing. . "), "trailing");
        assert_eq!(sanitize("lpt1"), "lpt1_");
        assert_eq!(sanitize("com10.txt"), "com10.txt");
        let long = format!("{}.zip", "é".repeat(300));
        let capped = sanitize(&long);
        assert!(capped.len() <= MAX_NAME_BYTES);
        assert!(capped.ends_with(".zip"));
    }

    #[test]
    fn numbered_names_keep_extensions() {
        assert_eq!(numbered("a.txt", 0), "a.txt");
        assert_eq!(numbered("a.txt", 1), "a (1).txt");
        assert_eq!(numbered("linux.tar.gz", 2), "linux (2).tar.gz");
        assert_eq!(numbered("README", 3), "README (3)");
        assert_eq!(numbered(".tar.gz", 1), ".tar (1).gz");
    }
}
