//! A user name and password, and the login a link carries.

use url::Url;

/// A user name and password.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
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
    /// `url` carrying this login (`None` for a link that cannot carry one).
    pub fn on_link(&self, url: &Url) -> Option<Url> {
        let mut carried = url.clone();
        carried.set_username(&self.user).ok()?;
        carried
            .set_password((!self.password.is_empty()).then_some(self.password.as_str()))
            .ok()?;
        Some(carried)
    }

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
