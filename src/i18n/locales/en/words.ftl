# Haul's words for amounts, dates, reasons and notices in English, shared by the window and the command line.
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
reason-no-content-range = the server sent part of the file without saying which part
reason-unasked-partial = the server sent a part of the file that was not asked for
reason-unexpected-status = the server answered with an unexpected status ({ $code })
proxy-not-an-address = the proxy "{ $text }" is not an address
proxy-unsupported-scheme = proxies of the kind "{ $scheme }" cannot be used (Haul speaks http, https, socks4 and socks5)
proxy-unreachable = the proxy { $proxy } could not be used: { $detail }
proxy-login-wanted = the proxy { $proxy } wants a login (give it in the address: user:password@host)
proxy-login-refused = the proxy { $proxy } refused the login
login-wanted = { $host } wants a login
login-wanted-for = { $host } wants a login for "{ $realm }"
login-refused = { $host } did not accept the login
reason-no-connection = no connection to the server could be opened
reason-connection-closed = the server closed the connection before the file was complete
reason-more-than-announced = the server sent more data than it announced
reason-no-body = the server answered without the file
reason-no-partial-file = the partial file was not open (a fault in Haul: try again)
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
connections-added-faster = { $from } -> { $to } connections: the download got faster with each step
connections-remembered = { $to } connections from the start: as many paid off with this server before
connections-not-faster = { $tried } connections were no faster than { $than } (about { $speed } in all): the server or the line limits the whole download
scheduled-speed-pauses = Waiting: the speed schedule pauses now
scheduled-at = Scheduled: starts at { $time }
scheduled-on = Scheduled: starts { $day } { $time }
scheduled-passed = Scheduled: its one-time window has passed

## Notices
notice-queue-done = Every download in { $queue } is done.
notice-queue-failed = Every download in { $queue } failed: what was to happen when they are done did not happen.
notice-all-failed = Every download failed: what was to happen when they are done did not happen.
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
notice-netrc-readable = The logins in { $path } are not used: others can read the file (chmod 600 { $path }).
notice-netrc-unreadable = { $path } could not be read: { $detail }
notice-ca-file-empty = The certificate authorities in { $path } are not used: it holds no PEM certificate.
notice-ca-file-unreadable = The certificate authorities in { $path } are not used: { $detail }
notice-started-over = { $path } came from another link and is another file than this one, so it starts over in place.
notice-control-unreadable = The record of the unfinished download { $path } could not be read, so it was kept as { $kept }; the partial file's bytes are compared with the server before any is used.
notice-partial-set-aside = An unfinished download at { $path } did not match the server's file, so it was kept as { $kept } and the download starts over.

## Links that could not be used
link-scheme = { $scheme } links are not supported (only http and https)
link-invalid = not a valid link ({ $detail })
link-no-host = the link has no host
link-bad-magnet = the magnet link names no torrent (no xt=urn:btih: hash)
link-checksum-option = not a checksum for the link above (use checksum=sha-256=HEX)
link-add-scheme = add http:// or https:// to use this as a link
link-add-scheme-to = add http:// or https:// to use this as a link ({ $link })
link-spaces = a link cannot contain spaces; write them as %20
link-space-cut = a space may have cut this link short; the whole link would be { $link }
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

## Built-in categories and the main queue
category-videos = Videos
category-music = Music
category-pictures = Pictures
category-documents = Documents
category-archives = Archives
category-programs = Programs
category-other = Other
queue-main = Main
percent = { $value }%
number-group = ,
stream-not-a-playlist = the link is not a video playlist
stream-empty = the playlist lists nothing to download
stream-protected = the video is protected ({ $method }); Haul does not download DRM-protected streams
stream-bad-key = a segment does not decrypt with the playlist's key
stream-needs-ffmpeg = ffmpeg is needed to join the video and audio tracks (install it, e.g. apt install ffmpeg, then retry); the tracks are kept in { $kept }
stream-join-failed = ffmpeg could not join the tracks: { $detail }
speed-recording-live = recording live; Pause saves what is recorded
stream-live-dash = the link is a live DASH stream; Haul saves DASH videos that are not live
stream-no-yt-dlp = yt-dlp is needed for video pages: install it (pipx install yt-dlp, or your system's yt-dlp package), then retry
stream-yt-dlp-failed = yt-dlp could not get the video: { $said }
torrent-failed = the torrent failed: { $said }
