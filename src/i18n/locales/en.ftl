# Haul's words in English: the source every other language translates.
toolbar-add = Add
toolbar-add-hint = Add links (Ctrl+N)
toolbar-pause-all = Pause all
toolbar-pause-all-hint = Pause every download
toolbar-resume-all = Resume all
toolbar-resume-all-hint = Resume paused downloads
toolbar-retry-failed = Retry failed
toolbar-retry-failed-hint = Try every failed download again
toolbar-clear-finished = Clear finished
toolbar-clear-finished-hint = Remove finished downloads from the list (the files stay)
toolbar-clear-failed = Clear failed
toolbar-clear-failed-hint = Remove failed downloads from the list
toolbar-settings = Settings
toolbar-details = Details
toolbar-details-hint = Show details of the selected download
column-name = Name
column-size = Size
column-progress = Progress
column-speed = Speed
column-time-left = Time left
column-added = Added
column-status = Status
settings-title = Settings
settings-general = General
settings-categories = Categories
settings-queues = Queues
settings-speed-schedule = Speed schedule
settings-desktop = Desktop
settings-remote = Remote control
settings-language = Language
settings-language-system = Like the system ({ $language })
dialog-save = Save
dialog-cancel = Cancel
list-empty-title = No downloads yet
list-empty-hint = Paste links anywhere with Ctrl+V, press Ctrl+N or Add,
    or drop links, text with links, or link-list files here.
downloads-count = { $count ->
    [one] { $count } download
   *[other] { $count } downloads
}
status-active = { $count } active
status-waiting = { $count } waiting
status-finished = { $count } finished
status-failed = { $count } failed
status-free = { $size } free
status-limit = (limit { $speed })
status-progress = { $percent }% of { $total }
status-progress-left = { $percent }% of { $total }, { $time } left
tab-all = All
tab-active = Active
tab-waiting = Waiting
tab-finished = Finished
tab-failed = Failed
filter-label = Filter
filter-hint = name or link (Ctrl+F)
category-any = Any kind
queue-all = All queues
row-waiting = Waiting
row-connecting = Connecting
row-downloading = Downloading
row-saving = Saving
row-finding-checksum = Looking for a checksum…
row-verifying = Verifying… { $percent }%
row-waiting-for = Waiting: { $reason }
row-retrying = Retrying in { $seconds } s: { $reason }
row-paused = Paused
row-paused-because = Paused: { $reason }
row-finished = Finished
row-failed = Failed: { $reason }
row-cancelled = Cancelled

## Amounts and dates
number-decimal = .
unit-b = B
unit-kib = KiB
unit-mib = MiB
unit-gib = GiB
unit-tib = TiB
unit-pib = PiB
unit-per-second = /s
size-exact = { $bytes } bytes
duration-over-day = > 1 day
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
date-full = { $day } { $month } { $year }, { $time }

## Why a download failed, waits or is slow
tls-no-roots = no trusted certificate authorities on this computer (is ca-certificates installed?)
tls-unknown-issuer = untrusted certificate (not signed by an authority this computer trusts)
tls-expired = expired certificate
tls-not-valid-yet = certificate not valid yet (is this computer's clock right?)
tls-wrong-host = certificate for another host name
tls-revoked = revoked certificate
tls-bad-signature = certificate with a signature that does not match
tls-other-certificate = certificate not accepted: { $detail }
tls-handshake = secure connection failed: { $detail }
reason-http-status = server said { $code } { $phrase }
reason-connect-failed = could not connect: { $detail }
reason-stalled = the server stopped sending data for { $seconds } s
reason-connection-lost = connection lost: { $detail }
reason-truncated = connection closed after { $received } of { $expected } bytes
reason-invalid-answer = the server sent an invalid response: { $detail }
reason-not-http = the server's answer is not valid HTTP ({ $detail })
reason-keeps-changing = the file keeps changing on the server
reason-disk-full = the disk is full
reason-disk-full-needs = the disk is full; { $size } more is needed
reason-disk-write = could not write { $path }: { $detail }
reason-disk-read = could not read { $path }: { $detail }
checksum-source-given = the one given
reason-checksum-source = damaged: { $algorithm } does not match { $kind ->
    [given] the one given
    [header] the one in the server's { $name } header
   *[file] the one in { $name }
}
reason-checksum-values = damaged: { $algorithm } is { $actual }, not { $expected }
reason-other-file-sizes = the new link gives a different file: { $new } instead of { $old }
reason-other-file = the new link gives a different file (its bytes differ)
reason-web-page = the server sent a web page instead of { $name }: often a sign-in or error page
reason-web-page-about = the server sent a web page ({ $about }) instead of { $name }: often a sign-in or error page
reason-no-file = the server sent no file
reason-names-taken = every name like { $name } is taken in { $folder }
reason-no-thread = could not start a worker thread: { $detail }
reason-password-lost = the link's password was not kept; add the link again
reason-other-haul = another Haul is downloading this file
reason-then-free-space = { $reason }; free some space, then resume
speed-server-allows = { $count ->
    [one] the server allows { $count } connection
   *[other] the server allows { $count } connections
}
speed-no-parallel = the server does not support parallel connections
connections-added = { $from } -> { $to } connections: the server limits each one to { $speed }
scheduled-speed-pauses = Waiting: the speed schedule pauses now
scheduled-at = Scheduled: starts at { $time }
scheduled-on = Scheduled: starts { $day } { $time }
scheduled-passed = Scheduled: its one-time window has passed

## Notices
notice-queue-done = Every download in { $queue } is done.
notice-all-done = Every download is done.
notice-saved-unreadable = The saved { $what ->
    [passwords] passwords
   *[list] download list
} could not be read ({ $problem }). It was kept as { $path } and Haul started without it.
notice-saved-unreadable-kept = The saved { $what ->
    [passwords] passwords
   *[list] download list
} could not be read ({ $problem }) or moved aside ({ $error }): { $path }
notice-saved-link-invalid = A saved download was dropped because its link is invalid ({ $problem }): { $link }
notice-list-not-saved = The download list could not be saved ({ $problem }): { $path }
notice-started-over = { $path } came from another link and is another file than this one, so it starts over in place.
notice-control-unreadable = The record of the unfinished download { $path } could not be read, so it was kept as { $kept }; the partial file's bytes are compared with the server before any is used.
notice-partial-set-aside = An unfinished download at { $path } did not match the server's file, so it was kept as { $kept } and the download starts over.

## Links that could not be used
link-scheme = { $scheme } links are not supported (only http and https)
link-invalid = not a valid link ({ $detail })
link-no-host = the link has no host
link-checksum-option = not a checksum for the link above (use checksum=sha-256=HEX)
link-add-scheme = add http:// or https:// to use this as a link
link-add-scheme-to = add http:// or https:// to use this as a link ({ $link })
link-spaces = a link cannot contain spaces; write them as %20
link-too-many = more than { $count } links; the rest were skipped
link-problem = line { $line }: { $reason }: { $text }
range-too-many = the range expands to too many links (more than { $count })
range-zero-step = a range step must be at least 1
range-step-too-large = a range step is too large
range-number-too-large = a range number is too large
range-backwards = the range [{ $range }] runs backwards
range-too-many-digits = a range number is longer than { $count } digits
add-bad-checksum = a SHA-256 checksum is 64 hexadecimal digits
engine-no-client = could not set up the HTTP client: { $detail }

## The command line
cli-try-help = Try 'haul get --help' for more information.
cli-skipped = skipped { $what }
cli-no-usable-links = no usable links
cli-interrupted = interrupted; run the same command again to resume
cli-folder-is-file = { $path } is a file, not a folder; choose another with -d
cli-cannot-create-folder = cannot create the download folder { $path } ({ $detail })
cli-free-space-and-rerun = { $reason }; free some space and run the same command again
cli-failed = failed: { $name }: { $reason } ({ $link })
cli-no-links = no links given
cli-cannot-read = cannot read { $path } ({ $detail })
cli-output-one-link = -o/--output needs exactly one link
cli-output-a-name = -o/--output takes a file name; use -d for the folder
cli-bad-sha256 = --sha256 needs 64 hexadecimal digits
cli-bad-checksum = --checksum needs sha-256=HEX, sha-512=HEX, sha-1=HEX or md5=HEX with the right number of hexadecimal digits
cli-checksum-one-link = --sha256 and --checksum need exactly one link
cli-not-a-link = '{ $text }': not a link
cli-quoted-problem = '{ $text }': { $reason }
cli-waiting = waiting: { $reason } ({ $name })
cli-saved = saved { $path } ({ $size })
cli-already-downloaded = already downloaded: { $path } ({ $size })
cli-more-already-downloaded = ... and { $count } more already downloaded
cli-summary-saved = { $count } saved ({ $size })
cli-summary-already = { $count } already downloaded
cli-summary-failed = { $count } failed
cli-summary-unfinished = { $count } not finished
cli-summary = { $count } links: { $parts }
cli-time-left = { $time } left
cli-no-home = cannot find the home folder; set HOME
daemon-already-running = Haul already runs with the list in { $path } (a window or another daemon); close it first
daemon-no-inbox = links opened with Haul cannot reach this daemon: { $detail }
daemon-listening = listening for JSON-RPC on { $address }, files go to { $path }
daemon-not-stopped = some downloads did not stop in time; they resume next time
daemon-needs-secret = a secret is required: --rpc-secret SECRET, --rpc-secret-file FILE or ${ $variable } (clients send it as "token:SECRET")
daemon-needs-window = links from a web page to choose among need the window; skipped
browser-wrote = { $browser }: wrote { $path }
browser-installed = Haul ({ $path }) can now be reached from the extension in assets/browser/ (load it unpacked; see the README).
browser-removed = removed { $path }
browser-nothing-to-remove = nothing to remove

## The settings file
settings-unreadable = Could not read the settings ({ $detail }); using defaults: { $path }
settings-bad-limit = speed_limit { $detail }; no limit applies until it is fixed
settings-problems = In the settings ({ $path }): { $problems }.
settings-invalid = The settings file is invalid and was left unchanged; using defaults until it is fixed. { $path }: { $detail }
settings-unknown-key = '{ $key }' is not a setting Haul knows
settings-unknown-key-near = '{ $key }' is not a setting Haul knows (did you mean { $near }?)
settings-out-of-range = { $setting } is outside { $range }; { $used } is used
rate-not-a-rate = '{ $text }' is not a rate like 500K or 2M
rate-not-positive = '{ $text }' must be a positive rate
word-or = or

## Add dialog
add-title = Add downloads
add-links = Links
add-save-to = Save to
add-choose-folder = Choose…
add-start-paused = Start paused
add-queue = Queue
add-ctrl-enter = Ctrl+Enter adds
add-clipboard-holds = { $count ->
    [one] The clipboard holds { $count } link.
   *[other] The clipboard holds { $count } links.
}
add-use-clipboard = { $count ->
    [one] Use the clipboard's link
   *[other] Use the clipboard's { $count } links
}
add-continue-unfinished = Continue the unfinished { $name } ({ $have }) with this link, if it gives the same file
add-button-add = { $count ->
    [one] Add { $count } download
   *[other] Add { $count } downloads
}
add-button-continue = { $count ->
    [one] Continue { $count } download
   *[other] Continue { $count } downloads
}
add-button-both = Add { $add }, continue { $continue }
add-already-here = { $count ->
    [one] { $count } link is already here and is skipped unless you tick it:
   *[other] { $count } links are already here and are skipped unless you tick them:
}
add-in-list = { $link }: already in the list ({ $status })
add-downloaded = { $link }: already downloaded to { $path }
add-downloaded-on = { $link }: already downloaded on { $day } to { $path }
add-no-links-yet = No links yet
add-no-valid-links = No valid links found
add-links-found = { $count ->
    [one] { $count } link found
   *[other] { $count } links found
}
add-with-checksums = { $count ->
    [one] { $summary }, { $count } with a checksum
   *[other] { $summary }, { $count } with checksums
}
link-problem-line = Line { $line }: { $reason }: { $text }
add-problems = { $count ->
    [one] { $count } problem (skipped):
   *[other] { $count } problems (skipped):
}
and-more = … and { $count } more

## Details panel
details-pieces = { $count ->
    [one] { $done } of { $total } here; { $count } connection at work
   *[other] { $done } of { $total } here; { $count } connections at work
}
details-speed-peak = Last { $time } — peak { $speed }
details-select = Select a download to see its details.
details-why-slow = Why slow: { $why }
details-file = File
details-folder = Folder
details-link = Link
details-from-page = From page
details-led-to = Led to
details-server = Server
details-modified = Modified
details-size = Size
details-size-unknown = { $size } (size unknown)
details-added = Added
details-finished = Finished
details-limit = Limit
details-checksum = Checksum
details-copy-path = Copy path
details-checksum-damaged = damaged: { $algorithm } should be { $expected } but is { $actual } (the bytes are kept beside the file as .damaged)
details-checksum-verified = verified: { $algorithm } { $value } from { $kind ->
    [given] the one given
    [header] the server's { $name } header
   *[file] { $name }
}
details-checksum-given = { $algorithm } { $value } (checked when the download completes)
details-connections = Connections: { $open } of { $wanted }
details-the-end = the end
details-connection = { $number }. { $from } to { $to }, at { $at } — { $speed }
details-retries = Retries
details-failed-times = { $count ->
    [one] Failed { $count } time so far.
   *[other] Failed { $count } times so far.
}
details-attempt = { $time } — attempt { $attempt }: { $reason }
why-free-slot = { $count ->
    [one] Waiting for a free slot: { $count } download runs at once (Settings).
   *[other] Waiting for a free slot: { $count } downloads run at once (Settings).
}
why-not-downloading = Not downloading: { $reason }.
why-host-limit-reached = Waiting for a connection: your limit of connections per host is reached (Settings).
why-own-limit = Your speed limit for this download ({ $speed }).
why-overall-limit = Your overall speed limit ({ $speed }), shared by every download.
why-disk = The disk: writing takes { $percent }% of the time.
why-server-accepts = { $count ->
    [one] The server accepts only { $count } connection from you for now.
   *[other] The server accepts only { $count } connections from you for now.
}
why-no-parallel = The server does not answer parts of the file, so one connection fetches it all.
why-host-limit = Your limit of connections per host: { $open } of { $wanted } connections are open (Settings).
why-per-connection = The server sends each connection about { $speed }: it limits speed per connection.

## Row actions and menus
action-pause = Pause
action-resume = Resume
action-retry = Retry
action-cancel = Cancel
action-open = Open
action-show-in-folder = Show in folder
action-remove = Remove from list
action-change-link = Change link…
action-start-over = Start over
action-download-again = Download again
column-sort-by = Sort by { $column }
list-nothing-here = No downloads here
list-nothing-matches = Nothing in this tab matches the filter.
menu-speed-limit = Speed limit…
menu-copy-link = Copy link
menu-move-up = Move up
menu-move-down = Move down
menu-move-top = Move to top
menu-move-bottom = Move to bottom
menu-move-to-queue = Move to queue
notice-retrying-one = Retrying { $name }
notice-retrying = { $count ->
    [one] Retrying { $count } download
   *[other] Retrying { $count } downloads
}
notice-cannot-open = { $name } could not be opened: { $problem }.
notice-cannot-show = { $name } could not be shown in a file manager: { $problem }.
undo-cancelled = Cancelled { $what }
undo-removed = Removed { $what } from the list
undo-sentence = { $done }.
undo-sentence-partial = { $count ->
    [one] { $done }; its partial file ({ $size }) will be deleted.
   *[other] { $done }; their partial files ({ $size }) will be deleted.
}
row-failed-again = Failed again: { $reason }
row-verified = Verified ({ $algorithm } from { $source })
row-link-expired = { $status } — the link may have expired: change link
row-limited = { $status } · limited to { $speed }
row-added-at = Added { $time }
notice-undo-too-late = It is too late to undo that; the files were already deleted.
the-download = the download
notice-new-link = New link for { $name }: checking it is the same file
notice-new-link-refused = The new link was not used: { $reason }

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

## Dropping
drop-not-text = { $name } is not a text file; it was skipped.
drop-too-large = { $name } is larger than { $size }; only its beginning was read.
drop-no-links = { $name } holds no links.
drop-problem = { $name }, { $problem }
drop-unreadable = { $name } could not be read: { $detail }.
drop-is-folder = it is a folder
drop-check = You can check them before they are added.
drop-title = Drop to add links
drop-reads = Haul reads the links in what you drop. { $check }
drop-reads-files = { $count ->
    [one] Haul reads the links in this file. { $check }
   *[other] Haul reads the links in these { $count } files. { $check }
}
drop-title-links = { $count ->
    [one] Drop to add { $count } link
   *[other] Drop to add { $count } links
}
drop-title-files = { $files ->
    [one] Drop to add the links in this file
   *[other] Drop to add the links in these { $files } files
}
drop-title-both = Drop to add { $count ->
    [one] { $count } link
   *[other] { $count } links
} and the links in { $files ->
    [one] this file
   *[other] these { $files } files
}
drop-nothing = No links in what you are dragging
drop-nothing-detail = Haul takes web links, text with links in it, and link-list files (.txt, .csv, .html).

## When everything is done
then-quit = Haul quits in { $seconds } s.
then-quit-now = Quit now
then-suspend = The computer suspends in { $seconds } s.
then-suspend-now = Suspend now
then-hibernate = The computer hibernates in { $seconds } s.
then-hibernate-now = Hibernate now
then-power-off = The computer powers off in { $seconds } s.
then-power-off-now = Power off now
then-command = Your command runs in { $seconds } s.
then-command-now = Run it now
then-nothing = Nothing happens in { $seconds } s.
then-close = Close

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

## Tray and speed limit
tray-show = Show Haul
tray-add-from-clipboard = Add from clipboard
tray-quit = Quit
limit-none = No limit
limit-title = Speed limit
limit-intro = { $count ->
    [one] Limit this download to a speed such as 500K or 2M per second.
   *[other] Limit these { $count } downloads to a speed such as 500K or 2M per second.
}
limit-example = e.g. 2M
limit-per-second = per second
dialog-apply = Apply
drag-too-large = The dragged data is larger than { $size }; only its beginning was read.
drag-not-local = { $name } is not a file on this computer; it was skipped.
drag-cut-character = The dragged text ended in the middle of a character.
link-new = New link
link-use = Use this link
link-not-http = That is not an http or https link.
link-one-only = Paste one link only.
power-failed = Could not { $action ->
    [suspend] suspend
    [hibernate] hibernate
   *[power-off] power off
}: { $reason }
when-done-command-failed = The command for when downloads are done failed ({ $status }): { $command }
when-done-command-not-run = The command for when downloads are done could not run ({ $detail }): { $command }
keep-awake-why = { $count ->
    [one] Downloading { $count } file
   *[other] Downloading { $count } files
}
power-no-logind = the system's power service (logind) did not answer: { $detail }
power-not-allowed = the system does not allow this user to { $action ->
    [suspend] suspend
    [hibernate] hibernate
   *[power-off] power off
} (it said "{ $answer }")

## Desktop settings
desktop-tray-present = Your desktop shows Haul in the tray.
desktop-no-tray = No tray shows Haul on this desktop now: closing the window quits.
desktop-close-to-tray = Closing the window keeps Haul downloading in the tray
desktop-autostart = Start Haul with the desktop (hidden in the tray)
desktop-clipboard = Offer download links I copy (never adds by itself)
desktop-clipboard-hint = Haul looks at the clipboard while it runs. On Wayland it can only see what was copied while its window is in front.

## Remove dialog
remove-title = Remove { $what } from the list?
remove-partial-stays = { $count ->
    [one] The partial file stays on disk, so adding the same link again continues where it stopped.
   *[other] The partial files stay on disk, so adding the same links again continues where they stopped.
}
remove-finished-stay = Finished files always stay.
remove-delete-partial = { $count ->
    [one] Also delete the partial file ({ $size })
   *[other] Also delete the { $count } partial files ({ $size })
}
remove-button = Remove
remove-keep = Keep in list

## Speed schedule
grid-enable = Follow a weekly speed schedule
grid-limited-hours = Limited hours:
grid-no-rate = (no rate: limited hours run full)
grid-full = full speed
grid-limited = limited
grid-paused = paused
grid-hint = — click an hour to change it, drag to paint

## Quitting, notices, undo
quit-title = Downloads are still running
quit-text = { $count ->
    [one] { $count } download is still running. If you quit now, it stops and continues where it left off the next time you open Haul.
   *[other] { $count } downloads are still running. If you quit now, they stop and continue where they left off the next time you open Haul.
}
quit-keep = Keep downloading
quit-later = Quit and resume later
dismiss = Dismiss
engine-not-started = Haul could not start its download engine
undo = Undo
undo-within = undo within { $seconds } s
folder-dialog-title = Choose a download folder
window-not-opened = could not open the window: { $detail }
notice-path-copied = Path copied

## Notifications
notify-finished-one = Download finished
notify-finished = { $count ->
    [one] { $count } download finished
   *[other] { $count } downloads finished
}
notify-failed-one = { $name } failed
notify-failed = { $count ->
    [one] { $count } download failed
   *[other] { $count } downloads failed
}
notify-mixed = { $finished ->
    [one] { $finished } download finished
   *[other] { $finished } downloads finished
}, { $failed } failed
notify-failed-names = Failed: { $names }
notify-and-more = { $names } and { $count } more
notify-link-copied = { $count ->
    [one] A download link was copied
   *[other] { $count } download links were copied
}
drag-not-handed-over = the program the links were dragged from did not hand them over
drag-timed-out = the dragged data did not arrive within { $seconds } seconds
notice-launch-link-skipped = A link Haul was opened with was skipped: { $problem }
notice-autostart-failed = The autostart entry could not be changed ({ $detail }): { $path }
tray-nothing = Nothing to download
title-downloading = { $count } downloading
filter-clear = Clear the filter
setup-other-window = another Haul window uses it
setup-list-not-kept = The download list cannot be kept ({ $why }), so this window's downloads will not be saved: { $path }
setup-no-inbox = Links opened with Haul while this window runs cannot reach it: { $detail }
setup-folder-not-created = The download folder cannot be created ({ $detail }): { $path }. Choose another one in Settings.
desktop-no-application = no program on this computer is set up to open it
desktop-no-file-manager = no file manager answered
desktop-no-notifications = no notification service: { $detail }
settings-not-applied = The new settings could not be applied: { $detail }
settings-not-written = The settings could not be saved ({ $detail }): { $path }

## Built-in categories and the main queue
category-videos = Videos
category-music = Music
category-pictures = Pictures
category-documents = Documents
category-archives = Archives
category-programs = Programs
category-other = Other
queue-main = Main

## Command-line help
help-usage = Usage
help-options = Options
help-arguments = Arguments
help-commands = Commands
help-help = Print help
help-version = Print version
help-about = Haul: a fast, careful download manager.
help-urls = Links to add when the window opens.
help-hidden = Start hidden in the tray (where there is one), as when started with the desktop.
help-get-about = Download without a window, then exit (0: all finished, 1: some failed, 2: bad usage).
help-get-dir = Folder for the files (default: the configured download folder).
help-get-output = File name (one link only).
help-get-input = Read links from a file ('-' for stdin), same parser as drag-and-drop.
help-get-jobs = Downloads at the same time.
help-get-connections = Connections per file.
help-get-limit = Overall speed limit, e.g. 500K, 2M (bytes per second).
help-get-sha256 = Verify the finished file against this SHA-256 (64 hex digits).
help-get-checksum = Verify the finished file against this digest: sha-256=HEX, sha-512=HEX, sha-1=HEX or md5=HEX.
help-get-no_checksum_discovery = Do not look for published checksums (NAME.sha256, SHA256SUMS, ...) beside the files.
help-get-again = Download a fresh copy even when the same file from the same link is already in the folder (it is saved as NAME (1)); without it, such a file is left as it is.
help-get-quiet = No progress output (failures are still reported).
help-get-urls = Links to download (aria2-style ranges such as file[01-10].jpg expand).
help-daemon-about = Run without a window, controlled over aria2's JSON-RPC (AriaNg, aria2p...).
help-daemon-dir = Folder for the files (default: the configured download folder).
help-daemon-port = The port of the JSON-RPC API.
help-daemon-listen_all = Listen on every network address, not only this machine's loopback.
help-daemon-secret = The secret every call must carry (also from $HAUL_RPC_SECRET or --rpc-secret-file).
help-daemon-secret_file = A file whose first line is the secret.
help-daemon-allow_origins = A web page origin allowed to call, e.g. http://ariang.example:8080 (repeatable).
help-browser-about = Connect Haul to the browser extension (see assets/browser).
help-browser-install-about = Write the native messaging host manifests for Firefox, Chrome, Chromium, Brave, Vivaldi and Edge, pointing at this binary.
help-browser-uninstall-about = Remove them.
row-with-note = { $status } ({ $note })
