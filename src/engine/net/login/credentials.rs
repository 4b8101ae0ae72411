//! A user name and password, and the login a link carries.

use url::Url;

/// A user name and password.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Login {
    /// The user name.
    pub user: String,
    /// The password.
    pub password: String,
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Login({}, ***)", self.user)
    }
}

impl Login {
    /// The login a link carries (`https://user:password@host/...`), percent-decoded.
    pub fn of_link(url: &Url) -> Option<Self> {
        if url.username().is_empty() {
            return None;
        }
        let decode = |text: &str| {
            percent_encoding::percent_decode_str(text)
                .decode_utf8_lossy()
                .into_owned()
        };
        Some(Login {
            user: decode(url.username()),
            password: decode(url.password().unwrap_or_default()),
        })
    }
}
