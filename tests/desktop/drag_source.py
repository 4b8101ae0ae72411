#!/usr/bin/python3
"""A real GTK 3 drag source for the end-to-end drop tests.

    drag_source.py X Y text TEXT          offers TEXT as text (UTF8_STRING, text/plain, STRING, ...)
    drag_source.py X Y link URL           offers URL as a browser does: text/x-moz-url (UTF-16),
                                          text/uri-list, _NETSCAPE_URL and plain text
    drag_source.py X Y files PATH...      offers local files as a file manager does (text/uri-list)

It opens a small window at X, Y with a label to drag from, prints "ready" once it is shown,
prints every type the target asks for, and "end" plus whether the drop was accepted when the
drag is over; then it exits. The test moves the real pointer with xdotool.
"""

import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("Gdk", "3.0")
from gi.repository import Gdk, GLib, Gtk  # noqa: E402

x, y, mode, payload = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4:]

window = Gtk.Window(title="drag source")
window.set_decorated(False)
window.move(x, y)
window.set_default_size(200, 120)
box = Gtk.EventBox()
box.add(Gtk.Label(label="DRAG ME"))
window.add(box)

targets = Gtk.TargetList.new([])
if mode == "text":
    targets.add_text_targets(0)
elif mode == "link":
    for index, name in enumerate(["text/x-moz-url", "text/uri-list", "_NETSCAPE_URL"]):
        targets.add(Gdk.Atom.intern(name, False), 0, index + 1)
    targets.add_text_targets(0)
elif mode == "files":
    targets.add_uri_targets(0)
else:
    sys.exit(f"unknown mode {mode}")
box.drag_source_set(Gdk.ModifierType.BUTTON1_MASK, [], Gdk.DragAction.COPY)
box.drag_source_set_target_list(targets)


def on_get(_widget, _context, selection, info, _time):
    target = selection.get_target().name()
    print(f"asked {target}", flush=True)
    if mode == "text":
        selection.set_text(payload[0], -1)
    elif mode == "files":
        selection.set_uris(["file://" + path for path in payload])
    elif info == 1:  # text/x-moz-url: link and title, UTF-16
        selection.set(selection.get_target(), 8, (payload[0] + "\nA link").encode("utf-16-le"))
    elif info in (2, 3):
        selection.set(selection.get_target(), 8, (payload[0] + "\r\n").encode())
    else:
        selection.set_text(payload[0], -1)


def on_end(_widget, context):
    print("end", flush=True)
    GLib.timeout_add(300, Gtk.main_quit)


def on_failed(_widget, _context, result):
    print(f"failed {result}", flush=True)
    return False


box.connect("drag-data-get", on_get)
box.connect("drag-end", on_end)
box.connect("drag-failed", on_failed)
window.connect("map-event", lambda *_: print("ready", flush=True))
window.connect("destroy", Gtk.main_quit)
window.show_all()
GLib.timeout_add_seconds(60, Gtk.main_quit)
Gtk.main()
