//! Masks secrets carried in links so they never reach logs, the screen or saved files.
//!
//! A link such as `https://user:hunter2@host/file` keeps its user name (useful to tell two
//! accounts apart) but shows `***` for the password.

use url::Url;

/// The URL as text with any password replaced by `***`.
pub fn redacted_url(url: &Url) -> String {
    if url.password().is_none() {
        return url.as_str().to_owned();
    }
    let mut masked = url.clone();
    // Setting a password only fails for URLs that cannot carry one, and this one already does.
    if masked.set_password(Some("***")).is_err() {
        return format!("{}://{}", url.scheme(), url.host_str().unwrap_or(""));
    }
    masked.as_str().to_owned()
}

/// True when the URL carries a password that must not be written out in clear text.
pub fn has_secret(url: &Url) -> bool {
    url.password().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_password_keeps_user() {
        let url = Url::parse("https://alice:hunter2@example.com/a.iso").expect("valid");
        let shown = redacted_url(&url);
        assert_eq!(shown, "https://alice:***@example.com/a.iso");
        assert!(!shown.contains("hunter2"));
        assert!(has_secret(&url));
    }

    #[test]
    fn leaves_plain_links_alone() {
        let url = Url::parse("http://example.com/a b").expect("valid");
        assert_eq!(redacted_url(&url), "http://example.com/a%20b");
        assert!(!has_secret(&url));
    }
}
