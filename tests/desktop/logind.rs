//! Power through systemd-logind, against a stand-in logind on a private bus (given to Haul as
//! its system bus): the power calls (after asking whether they are allowed), a refusal in
//! words, and the `sleep` inhibitor the window holds only while a download runs.

use std::io::Read;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use haul::app::{KeepAwake, PowerAction, PowerError, power_on};

use super::bus::PrivateBus;
use super::support::server::{Route, TestServer};
use super::support::xsession::XSession;
use super::support::{data, wait_until};
use super::{HaulWindow, haul_command};

/// What the stand-in logind was asked, in order.
#[derive(Clone, Default)]
struct Calls(Arc<Mutex<Vec<String>>>);

impl Calls {
    fn push(&self, call: String) {
        self.0.lock().expect("calls").push(call);
    }

    fn all(&self) -> Vec<String> {
        self.0.lock().expect("calls").clone()
    }
}

struct Logind {
    calls: Calls,
    /// What `Can*` answers.
    allowed: String,
}

#[zbus::interface(name = "org.freedesktop.login1.Manager")]
impl Logind {
    fn can_power_off(&self) -> String {
        self.calls.push("CanPowerOff".into());
        self.allowed.clone()
    }
    fn can_suspend(&self) -> String {
        self.calls.push("CanSuspend".into());
        self.allowed.clone()
    }
    fn can_hibernate(&self) -> String {
        self.calls.push("CanHibernate".into());
        self.allowed.clone()
    }
    fn power_off(&self, interactive: bool) {
        self.calls.push(format!("PowerOff({interactive})"));
    }
    fn suspend(&self, interactive: bool) {
        self.calls.push(format!("Suspend({interactive})"));
    }
    fn hibernate(&self, interactive: bool) {
        self.calls.push(format!("Hibernate({interactive})"));
    }
    /// Hands out one end of a socket pair and notes when every copy of it is closed (the inhibitor
    /// let go), as logind does.
    fn inhibit(&self, what: &str, who: &str, why: &str, mode: &str) -> zbus::zvariant::OwnedFd {
        self.calls
            .push(format!("Inhibit({what}, {who}, {why}, {mode})"));
        let (mut reader, writer) = std::os::unix::net::UnixStream::pair().expect("socket pair");
        let calls = self.calls.clone();
        std::thread::spawn(move || {
            let mut buffer = [0; 16];
            while reader.read(&mut buffer).is_ok_and(|n| n > 0) {}
            calls.push("released".into());
        });
        zbus::zvariant::OwnedFd::from(std::os::fd::OwnedFd::from(writer))
    }
}

/// A private bus with the stand-in logind on it; both gone when dropped.
struct Bus {
    bus: PrivateBus,
    address: String,
    calls: Calls,
    _service: zbus::blocking::Connection,
}

impl Bus {
    fn start(allowed: &str) -> Option<Self> {
        let bus = PrivateBus::start()?;
        let calls = Calls::default();
        let logind = Logind {
            calls: calls.clone(),
            allowed: allowed.to_owned(),
        };
        let service = bus.serve("org.freedesktop.login1", "/org/freedesktop/login1", logind);
        Some(Self {
            address: bus.address.clone(),
            bus,
            calls,
            _service: service,
        })
    }

    fn client(&self) -> zbus::blocking::Connection {
        self.bus.connect()
    }
}

#[test]
fn power_actions_ask_logind_first_and_a_refusal_is_said() {
    let Some(bus) = Bus::start("yes") else { return };
    let client = bus.client();
    power_on(&client, PowerAction::PowerOff).expect("power off");
    power_on(&client, PowerAction::Suspend).expect("suspend");
    power_on(&client, PowerAction::Hibernate).expect("hibernate");
    assert_eq!(
        bus.calls.all(),
        [
            "CanPowerOff",
            "PowerOff(true)",
            "CanSuspend",
            "Suspend(true)",
            "CanHibernate",
            "Hibernate(true)"
        ]
    );
    drop(bus);

    let Some(bus) = Bus::start("no") else { return };
    let refused = power_on(&bus.client(), PowerAction::PowerOff).expect_err("refused");
    assert!(matches!(refused, PowerError::NotAllowed { .. }));
    assert_eq!(
        refused.to_string(),
        "the system does not allow this user to power off (it said \"no\")"
    );
    assert_eq!(bus.calls.all(), ["CanPowerOff"], "not asked to do it");
}

#[test]
fn the_sleep_inhibitor_is_held_until_let_go() {
    let Some(bus) = Bus::start("yes") else { return };
    let awake = KeepAwake::default();
    awake
        .set_on(&bus.client(), Some("Downloading 3 files"))
        .expect("inhibit");
    awake
        .set_on(&bus.client(), Some("Downloading 2 files"))
        .expect("kept");
    assert!(awake.is_held());
    assert_eq!(
        bus.calls.all(),
        ["Inhibit(sleep, Haul, Downloading 3 files, block)"],
        "one inhibitor, kept"
    );
    awake.set(None).expect("let go");
    wait_until(Duration::from_secs(5), "the inhibitor let go", || {
        bus.calls
            .all()
            .contains(&"released".to_owned())
            .then_some(())
    });
}

#[test]
fn the_window_keeps_the_computer_awake_only_while_downloading() {
    let Some(x) = XSession::start() else { return };
    let Some(bus) = Bus::start("yes") else { return };
    let home = tempfile::tempdir().expect("temp dir");
    let server = TestServer::start();
    server.route(
        "/awake.iso",
        Route::file(data(600_000, 1300)).throttle(300_000),
    );
    let child = haul_command(&x, home.path())
        .arg(server.url("/awake.iso"))
        .env("DBUS_SYSTEM_BUS_ADDRESS", &bus.address)
        .stderr(Stdio::piped())
        .spawn()
        .expect("start haul");
    let mut window = HaulWindow::from_child(child);
    window.wait_for_window(&x);
    wait_until(Duration::from_secs(20), "the inhibitor", || {
        bus.calls
            .all()
            .contains(&"Inhibit(sleep, Haul, Downloading 1 file, block)".to_owned())
            .then_some(())
    });
    wait_until(Duration::from_secs(30), "the file", || {
        home.path().join("out/awake.iso").exists().then_some(())
    });
    wait_until(Duration::from_secs(15), "the inhibitor let go", || {
        bus.calls
            .all()
            .contains(&"released".to_owned())
            .then_some(())
    });
    assert!(window.is_running(), "Haul keeps running: {}", window.log());
}
