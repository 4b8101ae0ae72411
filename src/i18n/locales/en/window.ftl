# Haul's window in English: the toolbar, the list, rows, details, dialogs and notices.
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
settings-network = Network
settings-torrents = Torrents
network-proxy = Proxy
network-proxy-system = The desktop's proxy
network-proxy-system-hint = http_proxy, https_proxy, all_proxy and no_proxy when they are set (as curl reads them), else the desktop's own proxy setting, PAC files included.
network-proxy-none = No proxy
network-proxy-manual = This proxy:
network-proxy-address = Address
network-proxy-except = Not for
settings-proxy-error = Proxy (on the Network page): { $error }
network-logins = Logins
network-logins-netrc = Logins in ~/.netrc are used for their hosts (when only you can read the file).
network-logins-keyring = Logins you ask Haul to remember are kept in the desktop's keyring.
network-logins-file = No keyring runs here: logins you ask Haul to remember are kept in Haul's own file, readable only by you.
torrents-peers = Finding peers
torrents-dht = Find peers through the DHT
torrents-trackers = Ask the torrents' trackers for peers
torrents-pex = Exchange peers with other peers (PEX)
torrents-upnp = Let peers reach Haul through the router (UPnP)
torrents-port = Port peers reach Haul on (0: any free one)
torrents-network-hint = These take effect once no torrent is running or paused, or when Haul next starts.
torrents-sharing = Sharing
torrents-upload-limit = Upload limit, all torrents (0: none)
torrents-seed-ratio = Seed until sent this many times the size
torrents-seed-minutes = or for at most (0: no time limit)
torrents-sharing-hint = With both 0, a finished torrent is not seeded. Seeding does not hold up 'when done'.
network-certificates = Certificates
network-ca-file = Also trust the authorities in
network-trusted = Trusted for { $host }: SHA-256 { $sha256 }
network-trusted-remove = Stop trusting this certificate for { $host }
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

## Add dialog
add-title = Add downloads
add-links = Links
add-save-to = Save to
add-choose-folder = Choose…
add-start-paused = Start paused
add-quality = Video quality
add-quality-best = Best
add-quality-worst = Smallest
add-quality-at-most = Up to { $lines }p
add-video-pages = Video pages: fetch with yt-dlp
add-video-pages-hint = For links to pages with a video on them (links to YouTube, Vimeo and the like are taken as such anyway).
add-torrent-reading = Reading the torrent's files (a magnet's come from its peers)…
add-torrent-unknown = The torrent's files cannot be listed ({ $reason }); all of them will be fetched.
add-torrent-files = { $name }: { $chosen } of { $count } files, { $size }
add-torrent-all = All
add-torrent-none = None
add-torrent-more = …and { $count } more (chosen as the buttons above say)
add-advanced = Advanced: what the requests carry
add-referer = Referer
add-user-agent = User-Agent
add-cookie = Cookie
add-header-lines = Other headers
add-remember-site = Remember for these sites (not the cookie)
notice-link-not-added = A link was not added: { $reason }
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
add-use-whole-link = Use the whole link
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
details-resolution = Resolution
details-duration = Length
details-segments = Segments
details-segments-of = { $done } of { $total }
details-info-hash = Info hash
details-peers = Peers
details-peers-of = { $peers } connected ({ $seeds } with everything), { $seen } known
details-uploaded = Sent
details-copy-magnet = Copy magnet link
details-ratio = Share ratio
details-files = Files ({ $count })
details-peer-list = Peers ({ $count })
details-peer = { $address } · { $client } · ↓ { $down } · ↑ { $up }
details-trackers = Trackers ({ $count })
details-tracker = { $address }: { $state }
details-tracker-asking = asking…
details-tracker-working = working, { $seeds } seeds, { $downloading } downloading, { $finished } finished
details-tracker-no-scrape = gives no counts
details-tracker-timed-out = no answer
details-tracker-unreachable = not reached
details-tracker-said = says “{ $said }”
details-tracker-bad-answer = answers, but not as a tracker
details-tracker-not-through-proxy = not asked: UDP does not go through the proxy
details-tracker-unknown-kind = not a tracker address Haul can ask
details-tracker-off = not asked: trackers are off in Settings
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
why-queue-limit = The limit of the queue { $queue } ({ $speed }), shared by its downloads.
why-overall-limit = Your overall speed limit ({ $speed }), shared by every download.
why-disk = The disk: writing takes { $percent }% of the time.
why-server-accepts = { $count ->
    [one] The server accepts only { $count } connection from you for now.
   *[other] The server accepts only { $count } connections from you for now.
}
why-no-parallel = The server does not answer parts of the file, so one connection fetches it all.
why-host-limit = Your limit of connections per host: { $open } of { $wanted } connections are open (Settings).
why-per-connection = The server sends each connection about { $speed }: it limits speed per connection.
why-line-full = The server or the line gives this download about { $speed } in all: more connections were no faster.

## Row actions and menus
action-pause = Pause
action-resume = Resume
action-retry = Retry
action-cancel = Cancel
action-open = Open
action-show-in-folder = Show in folder
action-remove = Remove from list
action-change-link = Change link…
action-log-in = Log in…
action-trust-certificate = Trust this certificate…
action-stop-seeding = Stop seeding
row-seeding = Seeding (ratio { $ratio } of { $goal })
row-seeding-for = Seeding (ratio { $ratio }, { $left } left)
row-seeding-until-stopped = Seeding (ratio { $ratio }, until stopped)
trust-title = Trust the certificate of { $host }?
trust-fingerprint = Its SHA-256 fingerprint (compare it with the one the server's owner gives you):
trust-warning = Trust it only if you know it is the server's: anyone between you and the server can show a certificate of their own. It is trusted for this host only, and kept in the settings.
trust-confirm = Trust it for { $host }
login-title = Log in to { $host }
login-realm = It asks for a login to "{ $realm }".
login-user = User name
login-password = Password
login-remember = Remember for this site
login-proxy-remember = Remember for this proxy
login-proxy-title = Log in to the proxy { $proxy }
login-proxy-kept = The login is kept in the proxy's address in Settings > Network.
login-submit = Log in
notice-login-kept-keyring = The login is kept in the desktop's keyring for this site.
notice-login-kept-file = The login is kept for this site in Haul's own file (no keyring runs here), readable only by you.
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
notice-opening = Opening { $name }…
notice-showing = Showing { $name } in its folder…
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
row-torrent-peers = { $status } · { $peers ->
    [one] { $peers } peer
   *[other] { $peers } peers
} ({ $seeds ->
    [one] { $seeds } seed
   *[other] { $seeds } seeds
})
row-torrent-sending = { $status } · ↑ { $speed }
row-added-at = Added { $time }
notice-undo-too-late = It is too late to undo that; the files were already deleted.
the-download = the download
notice-new-link = New link for { $name }: checking it is the same file
notice-new-link-refused = The new link was not used: { $reason }

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
notice-magnet-copied = Magnet link copied

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
desktop-no-answer = nothing answered within { $seconds } seconds
desktop-no-file-manager = no file manager answered
desktop-login-not-saved = The login could not be saved: { $detail }
desktop-no-notifications = no notification service: { $detail }
settings-not-applied = The new settings could not be applied: { $detail }
settings-not-written = The settings could not be saved ({ $detail }): { $path }
row-with-note = { $status } ({ $note })
drop-failed = The dropped links could not be read: { $reason }.
notice-from-browser = From the browser: { $what }
link-new-for = New link for { $name }
remote-not-started = Other programs cannot control Haul: { $reason }.
drag-not-utf8 = The dragged text is not valid UTF-8; characters that could not be read were replaced.
drag-not-utf16 = The dragged text is not valid UTF-16; characters that could not be read were replaced.
drop-dialog-open = The dropped links were not added because another dialog is open; close it and drop them again.
link-new-intro = Paste the file's new link (for example a fresh one from the page you got it from). The download continues with the bytes it has if the new link gives the same file.
add-links-hint = Paste or type links, one per line. Text with links in it works too, and ranges like photo[001-120].jpg.
