# Haul's Settings pages in English.
## Settings pages
settings-download-folder = Download folder
settings-jobs = Simultaneous downloads
settings-connections-per-file = Connections per file
settings-connections-per-server = Connections per server
settings-overall-limit = Overall speed limit
settings-no-limit = none
settings-limit-hint = per second, e.g. 500K or 2M
settings-attempts = Attempts before giving up
settings-stall-timeout = Wait for a silent server
settings-connect-timeout = Wait for a connection
settings-retry-delay = Longest wait between retries
unit-seconds = s
settings-notifications = Notifications
settings-notifications-check = Tell me when downloads finish or fail
settings-checksums = Checksums
settings-checksums-check = Look for published checksums and verify files
settings-checksums-hint = SHA256SUMS beside the file, or NAME.sha256
settings-colours = Colours
settings-colours-system = Like the desktop
settings-colours-light = Light
settings-colours-dark = Dark
when-done-nothing = Nothing
when-done-quit = Quit Haul
when-done-suspend = Suspend
when-done-hibernate = Hibernate
when-done-power-off = Power off
when-done-command = Run a command
when-done-command-hint = command
queues-intro = Each queue runs its own number of downloads at once, at its own speed, and on its schedule if it has one. Move downloads between queues from their menu.
queues-new = New queue
queues-when-all-done = When every download is done
queues-keep-awake = Keep the computer awake while downloads run
queues-at-once = at once
queues-limit = limit
queues-proxy = Proxy
queues-proxy-hint = the settings' proxy (or none, system, an address)
queues-remove = Remove this queue
queues-when-done = When done
queues-on-schedule = Run { $queue } on a schedule
queues-starts-at = Starts at
queues-stops-at = stops at
queues-weekly = every week
queues-once = once
queues-on-days = On
queues-every-day = (every day)
categories-intro = Files go to their category's folder when you give it one (inside the download folder unless it starts with / or ~/). Empty: the download folder.
categories-file-types = File types
categories-hosts = Hosts
categories-new = New category
categories-name-of = Name of category { $number }
categories-other-rule = what no rule claims
categories-types-of = File types of { $category }
categories-any-host = any
categories-hosts-of = Hosts of { $category }
categories-download-folder = download folder
categories-folder-of = Folder of { $category }
categories-choose-folder = Choose a folder
categories-choose-folder-for = Choose a folder for { $category }
categories-remove = Remove this category
categories-remove-named = Remove { $category }

## Folder chooser
folders-intro = This desktop has no folder dialog, so choose the folder here: type or paste a path, or step through the folders below.
folders-up = Up
folders-reading = Reading the folder…
folders-none-inside = No folders inside.
folders-use = Use this folder
folders-missing = This folder does not exist.
folders-forbidden = You may not read this folder.
folders-is-file = This is a file, not a folder.
folders-unreadable = This folder cannot be read.

## Remote control settings
remote-enable = Let other programs control Haul (aria2's JSON-RPC: AriaNg, aria2p, scripts)
remote-enable-hint = They can add, pause and remove downloads. Every call must carry the secret.
remote-this-computer = this computer's address
remote-port = Port
remote-address = Address
remote-secret = Secret
remote-new-secret = New secret
remote-origins = Web pages allowed
remote-needs-secret = A secret is needed; without one nothing listens.
remote-listen-all = Reachable from other computers (listen on every network address)
remote-listen-all-hint = Off: only programs on this computer can connect. Web pages are refused unless listed above (the address AriaNg is opened from).

## Desktop settings
desktop-tray-present = Your desktop shows Haul in the tray.
desktop-no-tray = No tray shows Haul on this desktop now: closing the window quits.
desktop-close-to-tray = Closing the window keeps Haul downloading in the tray
desktop-autostart = Start Haul with the desktop (hidden in the tray)
desktop-clipboard = Offer download links I copy (never adds by itself)
desktop-clipboard-hint = Haul looks at the clipboard while it runs. On Wayland it can only see what was copied while its window is in front.

## Speed schedule
grid-enable = Follow a weekly speed schedule
grid-limited-hours = Limited hours:
grid-limited-hint = e.g. 500K
grid-no-rate = (no rate: limited hours run full)
grid-full = full speed
grid-limited = limited
grid-paused = paused
grid-hint = — click an hour to change it, drag to paint
settings-limit-error = Speed limit: { $error }
settings-unsaved = You changed settings: Save keeps them, Cancel drops them.
