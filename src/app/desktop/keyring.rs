//! Site logins the user asked Haul to remember, kept in the desktop's Secret Service (GNOME
//! Keyring, KWallet) over D-Bus, as browsers keep theirs; where no Secret Service runs, in a
//! file only its owner can read (`logins.json` in Haul's data folder), and Settings says so.
//! Each login is one item: attributes `application=haul`, `site`, `user`; the secret is the
//! password. Blocking calls: the window makes them from background tasks.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use zbus::blocking::Connection;
use zbus::zvariant::{OwnedObjectPath, OwnedValue, Value};

use crate::engine::net::login::Login;

const SERVICE: &str = "org.freedesktop.secrets";
const SERVICE_PATH: &str = "/org/freedesktop/secrets";
const DEFAULT_COLLECTION: &str = "/org/freedesktop/secrets/aliases/default";

/// Where remembered logins are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoginKept {
    /// In the desktop's Secret Service.
    Keyring,
    /// In Haul's own file, readable by its owner only.
    File,
}

/// A secret as the Secret Service passes it: session, parameters, value, content type.
type Secret = (OwnedObjectPath, Vec<u8>, Vec<u8>, String);

/// The Secret Service on `connection`, when one runs there.
pub struct Keyring {
    connection: Connection,
    session: OwnedObjectPath,
}

impl Keyring {
    /// The Secret Service of the session bus, if one answers.
    pub fn open() -> Option<Self> {
        Self::on(Connection::session().ok()?)
    }

    /// The Secret Service on `connection`, if one answers (a plain session: the bus is the
    /// user's own, as libsecret's callers use it).
    pub fn on(connection: Connection) -> Option<Self> {
        let reply = connection
            .call_method(
                Some(SERVICE),
                SERVICE_PATH,
                Some("org.freedesktop.Secret.Service"),
                "OpenSession",
                &("plain", Value::from("")),
            )
            .ok()?;
        let (_, session): (OwnedValue, OwnedObjectPath) = reply.body().deserialize().ok()?;
        Some(Self {
            connection,
            session,
        })
    }

    /// Every login Haul saved: site and login.
    pub fn logins(&self) -> zbus::Result<Vec<(String, Login)>> {
        let attributes = HashMap::from([("application", "haul")]);
        let reply = self.service("SearchItems", &(attributes,))?;
        let (unlocked, _locked): (Vec<OwnedObjectPath>, Vec<OwnedObjectPath>) =
            reply.body().deserialize()?;
        if unlocked.is_empty() {
            return Ok(Vec::new());
        }
        let reply = self.service("GetSecrets", &(&unlocked, &self.session))?;
        let secrets: HashMap<OwnedObjectPath, Secret> = reply.body().deserialize()?;
        let mut found = Vec::new();
        for (item, (_, _, value, _)) in secrets {
            let reply = self.connection.call_method(
                Some(SERVICE),
                item.as_str(),
                Some("org.freedesktop.DBus.Properties"),
                "Get",
                &("org.freedesktop.Secret.Item", "Attributes"),
            )?;
            let attributes: OwnedValue = reply.body().deserialize()?;
            let attributes: HashMap<String, String> =
                HashMap::try_from(attributes).unwrap_or_default();
            if let (Some(site), Some(user)) = (attributes.get("site"), attributes.get("user")) {
                let password = String::from_utf8_lossy(&value).into_owned();
                found.push((
                    site.clone(),
                    Login {
                        user: user.clone(),
                        password,
                    },
                ));
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(found)
    }

    /// Saves `login` for `site`, replacing the one saved before (a keyring replaces only an
    /// item with the very same attributes, and the user name is one of them).
    pub fn save(&self, site: &str, login: &Login) -> zbus::Result<()> {
        let same_site = HashMap::from([("application", "haul"), ("site", site)]);
        let reply = self.service("SearchItems", &(same_site,))?;
        let (unlocked, locked): (Vec<OwnedObjectPath>, Vec<OwnedObjectPath>) =
            reply.body().deserialize()?;
        for item in unlocked.iter().chain(&locked) {
            self.connection.call_method(
                Some(SERVICE),
                item.as_str(),
                Some("org.freedesktop.Secret.Item"),
                "Delete",
                &(),
            )?;
        }
        let attributes: HashMap<&str, &str> = HashMap::from([
            ("application", "haul"),
            ("site", site),
            ("user", login.user.as_str()),
        ]);
        let label = format!("Haul: {} at {site}", login.user);
        let properties: HashMap<&str, Value<'_>> = HashMap::from([
            ("org.freedesktop.Secret.Item.Label", Value::from(label)),
            (
                "org.freedesktop.Secret.Item.Attributes",
                Value::from(attributes),
            ),
        ]);
        let secret: Secret = (
            self.session.clone(),
            Vec::new(),
            login.password.as_bytes().to_vec(),
            "text/plain".to_owned(),
        );
        self.connection.call_method(
            Some(SERVICE),
            DEFAULT_COLLECTION,
            Some("org.freedesktop.Secret.Collection"),
            "CreateItem",
            &(properties, secret, true),
        )?;
        Ok(())
    }

    fn service<B>(&self, method: &str, body: &B) -> zbus::Result<zbus::Message>
    where
        B: serde::Serialize + zbus::zvariant::DynamicType,
    {
        self.connection.call_method(
            Some(SERVICE),
            SERVICE_PATH,
            Some("org.freedesktop.Secret.Service"),
            method,
            body,
        )
    }
}

/// Logins in Haul's own file, where no Secret Service runs.
#[derive(Default, Serialize, Deserialize)]
struct LoginFile {
    logins: Vec<SavedLogin>,
}

#[derive(Serialize, Deserialize)]
struct SavedLogin {
    site: String,
    user: String,
    password: String,
}

/// The file of `data_dir` logins go to without a Secret Service.
pub fn login_file(data_dir: &Path) -> PathBuf {
    data_dir.join("logins.json")
}

/// The logins in `path` (none when there is no file or it cannot be read).
pub fn file_logins(path: &Path) -> Vec<(String, Login)> {
    let Ok(bytes) = std::fs::read(path) else {
        return Vec::new();
    };
    let file: LoginFile = serde_json::from_slice(&bytes).unwrap_or_default();
    file.logins
        .into_iter()
        .map(|saved| {
            (
                saved.site,
                Login {
                    user: saved.user,
                    password: saved.password,
                },
            )
        })
        .collect()
}

/// Saves `login` for `site` in `path` (readable by its owner only).
pub fn save_to_file(path: &Path, site: &str, login: &Login) -> std::io::Result<()> {
    let mut logins = file_logins(path);
    logins.retain(|(kept, _)| kept != site);
    logins.push((site.to_owned(), login.clone()));
    let file = LoginFile {
        logins: logins
            .into_iter()
            .map(|(site, login)| SavedLogin {
                site,
                user: login.user,
                password: login.password,
            })
            .collect(),
    };
    crate::engine::files::fsutil::write_private_json(path, &file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn without_a_keyring_logins_go_to_a_file_only_its_owner_reads() {
        let dir = tempfile::tempdir().expect("dir");
        let path = login_file(dir.path());
        let ann = Login {
            user: "ann".into(),
            password: "s3cret".into(),
        };
        save_to_file(&path, "https://a.example:443", &ann).expect("saved");
        let bob = Login {
            user: "bob".into(),
            password: "pw".into(),
        };
        save_to_file(&path, "https://a.example:443", &bob).expect("saved again");
        save_to_file(&path, "http://b.example:80", &ann).expect("saved");
        let mode = std::fs::metadata(&path).expect("file").permissions().mode();
        assert_eq!(mode & 0o077, 0, "readable by its owner only");
        assert_eq!(
            file_logins(&path),
            vec![
                ("https://a.example:443".to_owned(), bob),
                ("http://b.example:80".to_owned(), ann)
            ]
        );
        assert!(file_logins(&dir.path().join("none.json")).is_empty());
    }
}
