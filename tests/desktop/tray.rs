//! The tray, for real: Haul registers its StatusNotifierItem with a stand-in watcher on a
//! private session bus; the test plays the tray host (reads the tooltip, clicks menu entries
//! through com.canonical.dbusmenu) and closes the window as a window manager would. Without
//! a watcher, closing the window quits as it always did.

use std::collections::HashMap;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ClientMessageEvent, ConnectionExt, EventMask};
use zbus::zvariant::{OwnedValue, Value};

use super::bus::PrivateBus;
use super::support::server::{Route, TestServer};
use super::support::xsession::XSession;
use super::support::{data, wait_until};
use super::{HaulWindow, haul_command};

/// The stand-in StatusNotifierWatcher: records who registers.
struct Watcher {
    items: Arc<Mutex<Vec<String>>>,
}

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    fn register_status_notifier_item(&self, service: &str) {
        self.items.lock().expect("items").push(service.to_owned());
    }
    fn register_status_notifier_host(&self, _service: &str) {}
    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        self.items.lock().expect("items").clone()
    }
    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }
    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }
}

/// A private session bus, with the stand-in watcher when asked for.
struct Bus {
    bus: PrivateBus,
    address: String,
    items: Arc<Mutex<Vec<String>>>,
    _watcher: Option<zbus::blocking::Connection>,
}

impl Bus {
    fn start(with_watcher: bool) -> Option<Self> {
        let bus = PrivateBus::start()?;
        let items = Arc::new(Mutex::new(Vec::new()));
        let watcher = with_watcher.then(|| {
            let watcher = Watcher {
                items: Arc::clone(&items),
            };
            bus.serve(
                "org.kde.StatusNotifierWatcher",
                "/StatusNotifierWatcher",
                watcher,
            )
        });
        Some(Self {
            address: bus.address.clone(),
            bus,
            items,
            _watcher: watcher,
        })
    }

    fn client(&self) -> zbus::blocking::Connection {
        self.bus.connect()
    }
}

/// A StatusNotifierItem's tooltip: icon name, icon pixmaps, title, text.
type ToolTip = (String, Vec<(i32, i32, Vec<u8>)>, String, String);
/// A dbusmenu entry: id, properties, children.
type MenuNode = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);

/// The tray host's side: the item Haul registered.
struct Item {
    connection: zbus::blocking::Connection,
    service: String,
}

impl Item {
    fn tooltip(&self) -> String {
        let proxy = zbus::blocking::Proxy::new(
            &self.connection,
            self.service.as_str(),
            "/StatusNotifierItem",
            "org.kde.StatusNotifierItem",
        )
        .expect("item proxy");
        let (_, _, title, text): ToolTip = proxy.get_property("ToolTip").expect("tooltip");
        format!("{title}: {text}")
    }

    fn menu(&self) -> zbus::blocking::Proxy<'static> {
        zbus::blocking::Proxy::new(
            &self.connection,
            self.service.clone(),
            "/MenuBar",
            "com.canonical.dbusmenu",
        )
        .expect("menu proxy")
    }

    /// Every menu entry's label and id, submenus included.
    fn entries(&self) -> HashMap<String, i32> {
        let (_, layout): (u32, MenuNode) = self
            .menu()
            .call("GetLayout", &(0i32, -1i32, Vec::<String>::new()))
            .expect("layout");
        let mut found = HashMap::new();
        collect(&layout.2, &mut found);
        found
    }

    fn click(&self, label: &str) {
        let id = *self
            .entries()
            .get(label)
            .unwrap_or_else(|| panic!("no menu entry {label}: {:?}", self.entries()));
        let _: () = self
            .menu()
            .call("Event", &(id, "clicked", Value::from(0i32), 0u32))
            .expect("click");
    }
}

fn collect(children: &[OwnedValue], found: &mut HashMap<String, i32>) {
    for child in children {
        collect_one(&Value::from(child.try_clone().expect("clone")), found);
    }
}

/// One dbusmenu entry `(ia{sv}av)`, maybe inside a variant, and its children.
fn collect_one(entry: &Value<'_>, found: &mut HashMap<String, i32>) {
    let entry = match entry {
        Value::Value(inner) => inner.as_ref(),
        other => other,
    };
    let Value::Structure(structure) = entry else {
        return;
    };
    let fields = structure.fields();
    let (Some(Value::I32(id)), Some(Value::Dict(props)), Some(Value::Array(kids))) =
        (fields.first(), fields.get(1), fields.get(2))
    else {
        return;
    };
    let props: HashMap<String, OwnedValue> =
        HashMap::try_from(props.try_clone().expect("clone")).unwrap_or_default();
    if let Some(label) = props
        .get("label")
        .and_then(|v| String::try_from(v.try_clone().expect("clone")).ok())
    {
        found.insert(label, *id);
    }
    for kid in kids.iter() {
        collect_one(kid, found);
    }
}

/// Asks the window to close, as a window manager does (WM_DELETE_WINDOW).
fn close_window(x: &XSession, window: &str) {
    let (connection, _) = x11rb::connect(Some(x.display())).expect("X connection");
    let id: u32 = window.trim().parse().expect("window id");
    let atom = |name: &[u8]| {
        connection
            .intern_atom(false, name)
            .expect("atom")
            .reply()
            .expect("atom")
            .atom
    };
    let (protocols, delete) = (atom(b"WM_PROTOCOLS"), atom(b"WM_DELETE_WINDOW"));
    let event = ClientMessageEvent::new(32, id, protocols, [delete, x11rb::CURRENT_TIME, 0, 0, 0]);
    connection
        .send_event(false, id, EventMask::NO_EVENT, event)
        .expect("send");
    connection.flush().expect("flush");
}

/// Asks the window to close until `done` holds (up to five times, two seconds each): a close
/// that lands while the window is still starting or being shown may go unseen on a loaded
/// machine, and a person would click again. True when `done` held.
fn close_until(x: &XSession, id: &str, mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..5 {
        std::thread::sleep(Duration::from_millis(500));
        close_window(x, id);
        let asked = std::time::Instant::now();
        while asked.elapsed() < Duration::from_secs(2) {
            if done() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    done()
}

fn visible_windows(x: &XSession, pid: u32) -> usize {
    x.xdotool(&["search", "--onlyvisible", "--pid", &pid.to_string()])
        .lines()
        .count()
}

#[test]
fn with_a_tray_closing_hides_the_window_and_the_menu_drives_haul() {
    let Some(x) = XSession::start() else { return };
    let Some(bus) = Bus::start(true) else { return };
    let home = tempfile::tempdir().expect("temp dir");
    let server = TestServer::start();
    server.route(
        "/tray.iso",
        Route::file(data(4_000_000, 1400)).throttle(200_000),
    );
    let child = haul_command(&x, home.path())
        .arg(server.url("/tray.iso"))
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .stderr(Stdio::piped())
        .spawn()
        .expect("start haul");
    let mut window = HaulWindow::from_child(child);
    let id = window.wait_for_window(&x);
    let service = wait_until(Duration::from_secs(20), "the tray item", || {
        bus.items.lock().expect("items").first().cloned()
    });
    let item = Item {
        connection: bus.client(),
        service,
    };
    wait_until(Duration::from_secs(20), "progress in the tooltip", || {
        item.tooltip().contains("1 downloading").then_some(())
    });

    // Closing hides the window; Haul and the download go on.
    close_window(&x, &id);
    wait_until(Duration::from_secs(10), "the window hidden", || {
        (visible_windows(&x, window.pid()) == 0).then_some(())
    });
    std::thread::sleep(Duration::from_millis(500));
    assert!(window.is_running(), "closed to the tray: {}", window.log());
    assert!(item.tooltip().contains("downloading"), "{}", item.tooltip());

    // The menu works while hidden: a speed-limit preset is kept as the overall limit.
    item.click("1.00 MiB/s");
    let settings = home.path().join("config/haul/haul.toml");
    wait_until(Duration::from_secs(10), "the limit saved", || {
        std::fs::read_to_string(&settings)
            .ok()?
            .contains("speed_limit = \"1M\"")
            .then_some(())
    });
    item.click("Pause all");
    // A paused download waits, as the window's tabs and status bar count it.
    wait_until(Duration::from_secs(10), "paused", || {
        let tooltip = item.tooltip();
        (tooltip.contains("1 waiting") && !tooltip.contains("downloading")).then_some(())
    });
    item.click("Show Haul");
    wait_until(Duration::from_secs(10), "the window back", || {
        (visible_windows(&x, window.pid()) > 0).then_some(())
    });
    // Hidden again, Haul opened again from the menu brings it back too. A close that lands
    // while the window is still being shown may go unseen on a loaded machine: asked again,
    // as a person would click again.
    let hidden = close_until(&x, &id, || visible_windows(&x, window.pid()) == 0);
    assert!(hidden, "the window hides again: {}", window.log());
    let again = haul_command(&x, home.path())
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .status()
        .expect("open haul again");
    assert!(again.success(), "handed over to the running Haul");
    wait_until(Duration::from_secs(10), "the window back again", || {
        (visible_windows(&x, window.pid()) > 0).then_some(())
    });
    item.click("Quit");
    wait_until(Duration::from_secs(15), "Haul quit", || {
        (!window.is_running()).then_some(())
    });
}

#[test]
fn without_a_tray_closing_the_window_quits() {
    let Some(x) = XSession::start() else { return };
    let Some(bus) = Bus::start(false) else { return };
    let home = tempfile::tempdir().expect("temp dir");
    let child = haul_command(&x, home.path())
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .stderr(Stdio::piped())
        .spawn()
        .expect("start haul");
    let mut window = HaulWindow::from_child(child);
    let id = window.wait_for_window(&x);
    // The window reads its input once it drew its first frame; on a loaded machine that may
    // take a while, so the close is asked again, as a person would click again.
    window.wait_for_log("no tray", Duration::from_secs(20));
    close_until(&x, &id, || !window.is_running());
    wait_until(Duration::from_secs(15), "Haul quit", || {
        (!window.is_running()).then_some(())
    });
}

#[test]
fn hidden_in_the_tray_an_idle_haul_uses_no_cpu() {
    let Some(x) = XSession::start() else { return };
    let Some(bus) = Bus::start(true) else { return };
    let (home, _apart) = super::idle::quiet_home();
    let child = haul_command(&x, home.path())
        .arg("--hidden")
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .stderr(Stdio::piped())
        .spawn()
        .expect("start haul");
    let window = HaulWindow::from_child(child);
    wait_until(Duration::from_secs(30), "the tray item", || {
        bus.items.lock().expect("items").first().cloned()
    });
    let ticks = super::idle::ticks_while_idle(&window);
    assert!(
        ticks <= super::idle::IDLE_TICKS,
        "hidden in the tray, Haul used {ticks} ticks in {:?}: {}",
        super::idle::IDLE_FOR,
        window.log()
    );
}
