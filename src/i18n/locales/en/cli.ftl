# Haul's command line in English: messages, the settings file's problems and --help.
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
