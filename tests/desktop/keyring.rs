//! Site logins kept in the desktop's Secret Service, against a stand-in Secret Service on a
//! private session bus (a plain session, items with attributes, as GNOME Keyring answers):
//! a saved login is read back, a second one for the same site replaces the first, and other
//! programs' items are left out.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use haul::app::keyring::Keyring;
use haul::engine::net::login::Login;
use zbus::object_server::ObjectServer;
use zbus::zvariant::{ObjectPath, OwnedObjectPath, OwnedValue, Value};

use super::bus::PrivateBus;

type Secret = (OwnedObjectPath, Vec<u8>, Vec<u8>, String);

/// What the stand-in keeps: item path -> (attributes, secret).
#[derive(Clone, Default)]
struct Store(Arc<Mutex<Vec<Kept>>>, Arc<std::sync::atomic::AtomicUsize>);

/// One item: its path, attributes and secret.
type Kept = (String, HashMap<String, String>, Vec<u8>);

struct Service {
    store: Store,
}

#[zbus::interface(name = "org.freedesktop.Secret.Service")]
impl Service {
    fn open_session(
        &self,
        algorithm: &str,
        _input: Value<'_>,
    ) -> zbus::fdo::Result<(OwnedValue, OwnedObjectPath)> {
        if algorithm != "plain" {
            return Err(zbus::fdo::Error::NotSupported(algorithm.to_owned()));
        }
        let path = OwnedObjectPath::try_from("/org/freedesktop/secrets/session/1").expect("path");
        Ok((OwnedValue::from(0u32), path))
    }

    fn search_items(
        &self,
        attributes: HashMap<String, String>,
    ) -> (Vec<OwnedObjectPath>, Vec<OwnedObjectPath>) {
        let store = self.store.0.lock().expect("store");
        let found = store
            .iter()
            .filter(|(_, kept, _)| attributes.iter().all(|(k, v)| kept.get(k) == Some(v)))
            .filter_map(|(path, _, _)| OwnedObjectPath::try_from(path.as_str()).ok())
            .collect();
        (found, Vec::new())
    }

    fn get_secrets(
        &self,
        items: Vec<OwnedObjectPath>,
        session: OwnedObjectPath,
    ) -> HashMap<OwnedObjectPath, Secret> {
        let store = self.store.0.lock().expect("store");
        items
            .into_iter()
            .filter_map(|item| {
                let (_, _, value) = store.iter().find(|(path, _, _)| path == item.as_str())?;
                Some((
                    item,
                    (
                        session.clone(),
                        Vec::new(),
                        value.clone(),
                        "text/plain".to_owned(),
                    ),
                ))
            })
            .collect()
    }
}

struct Collection {
    store: Store,
}

#[zbus::interface(name = "org.freedesktop.Secret.Collection")]
impl Collection {
    async fn create_item(
        &self,
        properties: HashMap<String, OwnedValue>,
        secret: Secret,
        replace: bool,
        #[zbus(object_server)] server: &ObjectServer,
    ) -> zbus::fdo::Result<(OwnedObjectPath, OwnedObjectPath)> {
        let attributes: HashMap<String, String> = properties
            .get("org.freedesktop.Secret.Item.Attributes")
            .and_then(|value| HashMap::try_from(value.try_clone().ok()?).ok())
            .unwrap_or_default();
        let path = {
            let mut store = self.store.0.lock().expect("store");
            // As a keyring does: only an item with the very same attributes is replaced.
            if replace {
                store.retain(|(_, kept, _)| kept != &attributes);
            }
            let made = self
                .store
                .1
                .fetch_add(1, std::sync::atomic::Ordering::SeqCst)
                + 1;
            let path = format!("/org/freedesktop/secrets/collection/login/{made}");
            store.push((path.clone(), attributes.clone(), secret.2));
            path
        };
        let item = Item {
            attributes,
            path: path.clone(),
            store: self.store.clone(),
        };
        server
            .at(path.as_str(), item)
            .await
            .map_err(|err| zbus::fdo::Error::Failed(err.to_string()))?;
        Ok((
            OwnedObjectPath::try_from(path).expect("path"),
            OwnedObjectPath::from(ObjectPath::from_static_str_unchecked("/")),
        ))
    }
}

struct Item {
    attributes: HashMap<String, String>,
    path: String,
    store: Store,
}

#[zbus::interface(name = "org.freedesktop.Secret.Item")]
impl Item {
    fn delete(&self) -> OwnedObjectPath {
        self.store
            .0
            .lock()
            .expect("store")
            .retain(|(path, _, _)| *path != self.path);
        OwnedObjectPath::from(ObjectPath::from_static_str_unchecked("/"))
    }

    #[zbus(property)]
    fn attributes(&self) -> HashMap<String, String> {
        self.attributes.clone()
    }
}

#[test]
fn logins_are_kept_in_the_secret_service_and_read_back() {
    let Some(bus) = PrivateBus::start() else {
        return;
    };
    let store = Store::default();
    // Another program's item: never one of Haul's logins.
    store.0.lock().expect("store").push((
        "/org/freedesktop/secrets/collection/login/0".into(),
        HashMap::from([("application".into(), "firefox".into())]),
        b"theirs".to_vec(),
    ));
    let _service = zbus::blocking::connection::Builder::address(bus.address.as_str())
        .expect("address")
        .name("org.freedesktop.secrets")
        .expect("name")
        .serve_at(
            "/org/freedesktop/secrets",
            Service {
                store: store.clone(),
            },
        )
        .expect("service")
        .serve_at(
            "/org/freedesktop/secrets/aliases/default",
            Collection {
                store: store.clone(),
            },
        )
        .expect("collection")
        .build()
        .expect("stand-in Secret Service");
    let keyring = Keyring::on(bus.connect()).expect("the Secret Service answers");
    assert!(keyring.logins().expect("read").is_empty());
    let site = "https://files.example:443";
    let ann = Login {
        user: "ann".into(),
        password: "s3cret".into(),
    };
    keyring.save(site, &ann).expect("saved");
    assert_eq!(
        keyring.logins().expect("read"),
        vec![(site.to_owned(), ann)]
    );
    let bob = Login {
        user: "bob".into(),
        password: "pw".into(),
    };
    keyring.save(site, &bob).expect("saved");
    assert_eq!(
        keyring.logins().expect("read"),
        vec![(site.to_owned(), bob)]
    );
    // Without a Secret Service on the bus, there is no keyring (the file is used instead).
    drop(_service);
    assert!(Keyring::on(bus.connect()).is_none());
}
