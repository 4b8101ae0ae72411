//! A private D-Bus bus for the stand-in desktop services (given to Haul as its session or
//! system bus), stopped when dropped; `None` (a skip) where dbus-daemon is missing.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// A running private bus.
pub struct PrivateBus {
    daemon: Child,
    /// Its address, for `DBUS_SESSION_BUS_ADDRESS` or `DBUS_SYSTEM_BUS_ADDRESS`.
    pub address: String,
}

impl PrivateBus {
    /// Starts one (skipped where dbus-daemon is missing, except on CI).
    pub fn start() -> Option<Self> {
        if Command::new("dbus-daemon")
            .arg("--version")
            .output()
            .is_err()
        {
            assert!(
                std::env::var_os("CI").is_none(),
                "dbus-daemon is missing on CI"
            );
            eprintln!("SKIPPED: needs dbus-daemon (apt-get install dbus)");
            return None;
        }
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start dbus-daemon");
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().expect("stdout"))
            .read_line(&mut address)
            .expect("bus address");
        Some(Self {
            daemon,
            address: address.trim().to_owned(),
        })
    }

    /// A new connection to it.
    pub fn connect(&self) -> zbus::blocking::Connection {
        zbus::blocking::connection::Builder::address(self.address.as_str())
            .expect("address")
            .build()
            .expect("connect")
    }

    /// A connection to it serving `object` at `path` under the well-known `name`.
    pub fn serve<T: zbus::object_server::Interface>(
        &self,
        name: &str,
        path: &str,
        object: T,
    ) -> zbus::blocking::Connection {
        zbus::blocking::connection::Builder::address(self.address.as_str())
            .expect("address")
            .name(name.to_owned())
            .expect("name")
            .serve_at(path.to_owned(), object)
            .expect("serve")
            .build()
            .expect("stand-in service")
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}
