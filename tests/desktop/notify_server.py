#!/usr/bin/python3
"""A stand-in desktop for the end-to-end tests, on a private D-Bus session bus: a notification
server (org.freedesktop.Notifications, with actions), a file manager
(org.freedesktop.FileManager1), and a dock listening for taskbar progress
(com.canonical.Unity.LauncherEntry signals). Every call and signal is appended as one JSON
line to the file named on the command line. With --click ACTION, each notification that offers ACTION gets it "clicked"
a moment after it is shown.

    notify_server.py RECORD_FILE [--click show]
"""

import json
import sys

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

record_path = sys.argv[1]
click = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--click" else None

NOTIFICATIONS = """
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
      <arg type="u" direction="out"/>
    </method>
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
  </interface>
</node>
"""

FILE_MANAGER = """
<node>
  <interface name="org.freedesktop.FileManager1">
    <method name="ShowItems"><arg type="as" direction="in"/><arg type="s" direction="in"/></method>
    <method name="ShowFolders"><arg type="as" direction="in"/><arg type="s" direction="in"/></method>
  </interface>
</node>
"""

bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
next_id = [0]


def record(entry):
    with open(record_path, "a", encoding="utf-8") as out:
        out.write(json.dumps(entry) + "\n")


def emit(signal, params):
    bus.emit_signal(None, "/org/freedesktop/Notifications", "org.freedesktop.Notifications",
                    signal, params)
    return False


def on_notifications(_conn, _sender, _path, _iface, method, params, invocation):
    if method == "Notify":
        app, _replaces, _icon, summary, body, actions, _hints, _timeout = params.unpack()
        next_id[0] += 1
        nid = next_id[0]
        record({"call": "Notify", "app": app, "summary": summary, "body": body,
                "actions": actions})
        invocation.return_value(GLib.Variant("(u)", (nid,)))
        if click and click in actions[0::2]:
            GLib.timeout_add(300, emit, "ActionInvoked", GLib.Variant("(us)", (nid, click)))
            GLib.timeout_add(400, emit, "NotificationClosed", GLib.Variant("(uu)", (nid, 2)))
    elif method == "GetCapabilities":
        invocation.return_value(GLib.Variant("(as)", (["actions", "body"],)))
    elif method == "GetServerInformation":
        invocation.return_value(GLib.Variant("(ssss)", ("test", "haul", "1", "1.2")))
    else:
        invocation.return_value(None)


def on_file_manager(_conn, _sender, _path, _iface, method, params, invocation):
    items, _startup = params.unpack()
    record({"call": method, "items": items})
    invocation.return_value(None)


def on_launcher_update(_conn, _sender, _path, _iface, _signal, params):
    app_uri, properties = params.unpack()
    record({"call": "LauncherUpdate", "app_uri": app_uri, "properties": properties})


bus.signal_subscribe(None, "com.canonical.Unity.LauncherEntry", "Update", None, None,
                     Gio.DBusSignalFlags.NONE, on_launcher_update)

for xml, path, handler in [
    (NOTIFICATIONS, "/org/freedesktop/Notifications", on_notifications),
    (FILE_MANAGER, "/org/freedesktop/FileManager1", on_file_manager),
]:
    info = Gio.DBusNodeInfo.new_for_xml(xml)
    bus.register_object(path, info.interfaces[0], handler, None, None)

owned = []


def acquired(_conn, name):
    owned.append(name)
    if len(owned) == 2:
        print("ready", flush=True)


for name in ["org.freedesktop.Notifications", "org.freedesktop.FileManager1"]:
    Gio.bus_own_name_on_connection(bus, name, Gio.BusNameOwnerFlags.NONE, acquired, None)

GLib.timeout_add_seconds(120, lambda: sys.exit(0))
GLib.MainLoop().run()
