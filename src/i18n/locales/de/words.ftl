# Haul's words for amounts, dates, reasons and notices in German, shared by the window and the command line.
## Amounts and dates
number-decimal = ,
unit-b = B
unit-kib = KiB
unit-mib = MiB
unit-gib = GiB
unit-tib = TiB
unit-pib = PiB
unit-per-second = /s
size-exact = { $bytes } Bytes
duration-over-day = > 1 Tag
month-1 = Jan.
month-2 = Feb.
month-3 = März
month-4 = Apr.
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = Aug.
month-9 = Sept.
month-10 = Okt.
month-11 = Nov.
month-12 = Dez.
weekday-mon = Mo
weekday-tue = Di
weekday-wed = Mi
weekday-thu = Do
weekday-fri = Fr
weekday-sat = Sa
weekday-sun = So
date-day-month = { $day }. { $month }
date-day-month-year = { $day }. { $month } { $year }
date-full = { $day }. { $month } { $year }, { $time }

## Why a download failed, waits or is slow
tls-no-roots = keine vertrauenswürdigen Zertifizierungsstellen auf diesem Computer (ist ca-certificates installiert?)
tls-unknown-issuer = nicht vertrauenswürdiges Zertifikat (nicht von einer Stelle signiert, der dieser Computer vertraut)
tls-expired = abgelaufenes Zertifikat
tls-not-valid-yet = Zertifikat noch nicht gültig (geht die Uhr dieses Computers richtig?)
tls-wrong-host = Zertifikat für einen anderen Hostnamen
tls-revoked = widerrufenes Zertifikat
tls-bad-signature = Zertifikat mit nicht passender Signatur
tls-other-certificate = Zertifikat nicht akzeptiert: { $detail }
tls-handshake = sichere Verbindung fehlgeschlagen: { $detail }
reason-http-status = Server meldet { $code } { $phrase }
reason-connect-failed = keine Verbindung möglich: { $detail }
reason-stalled = der Server hat { $seconds } s lang keine Daten gesendet
reason-connection-lost = Verbindung verloren: { $detail }
reason-truncated = Verbindung nach { $received } von { $expected } Bytes geschlossen
reason-invalid-answer = der Server hat eine ungültige Antwort gesendet: { $detail }
reason-no-content-range = der Server hat einen Teil der Datei gesendet, ohne zu sagen, welchen
reason-unasked-partial = der Server hat einen Teil der Datei gesendet, der nicht angefragt war
reason-unexpected-status = der Server hat mit einem unerwarteten Status geantwortet ({ $code })
proxy-not-an-address = der Proxy „{ $text }“ ist keine Adresse
proxy-unsupported-scheme = Proxys der Art „{ $scheme }“ können nicht verwendet werden (Haul spricht http, https, socks4 und socks5)
proxy-unreachable = der Proxy { $proxy } konnte nicht verwendet werden: { $detail }
proxy-login-wanted = der Proxy { $proxy } verlangt eine Anmeldung (in der Adresse angeben: benutzer:passwort@host)
proxy-login-refused = der Proxy { $proxy } hat die Anmeldung abgelehnt
login-wanted = { $host } verlangt eine Anmeldung
login-wanted-for = { $host } verlangt eine Anmeldung für „{ $realm }“
login-refused = { $host } hat die Anmeldung nicht angenommen
reason-no-connection = es konnte keine Verbindung zum Server geöffnet werden
reason-connection-closed = der Server hat die Verbindung geschlossen, bevor die Datei vollständig war
reason-more-than-announced = der Server hat mehr Daten gesendet als angekündigt
reason-no-body = der Server hat ohne die Datei geantwortet
reason-no-partial-file = die Teildatei war nicht geöffnet (ein Fehler in Haul: erneut versuchen)
reason-not-http = die Antwort des Servers ist kein gültiges HTTP ({ $detail })
reason-keeps-changing = die Datei ändert sich auf dem Server ständig
reason-disk-full = der Datenträger ist voll
reason-disk-full-needs = der Datenträger ist voll; es werden noch { $size } benötigt
reason-disk-write = { $path } konnte nicht geschrieben werden: { $detail }
reason-disk-read = { $path } konnte nicht gelesen werden: { $detail }
checksum-source-given = der angegebenen
reason-checksum-source = beschädigt: { $algorithm } stimmt nicht mit { $kind ->
    [given] der angegebenen
    [header] der aus dem Header { $name } des Servers
   *[file] der aus { $name }
} überein
reason-checksum-values = beschädigt: { $algorithm } ist { $actual }, nicht { $expected }
reason-other-file-sizes = der neue Link liefert eine andere Datei: { $new } statt { $old }
reason-other-file = der neue Link liefert eine andere Datei (ihre Bytes unterscheiden sich)
reason-web-page = der Server hat statt { $name } eine Webseite gesendet: oft eine Anmelde- oder Fehlerseite
reason-web-page-about = der Server hat statt { $name } eine Webseite ({ $about }) gesendet: oft eine Anmelde- oder Fehlerseite
reason-no-file = der Server hat keine Datei gesendet
reason-names-taken = jeder Name wie { $name } ist in { $folder } vergeben
reason-no-thread = ein Arbeits-Thread konnte nicht gestartet werden: { $detail }
reason-password-lost = das Passwort des Links wurde nicht gespeichert; fügen Sie den Link erneut hinzu
reason-other-haul = ein anderes Haul lädt diese Datei herunter
reason-then-free-space = { $reason }; geben Sie Speicherplatz frei und setzen Sie dann fort
speed-server-allows = { $count ->
    [one] der Server erlaubt { $count } Verbindung
   *[other] der Server erlaubt { $count } Verbindungen
}
speed-no-parallel = der Server unterstützt keine parallelen Verbindungen
connections-added = { $from } -> { $to } Verbindungen: der Server begrenzt jede auf { $speed }
connections-added-faster = { $from } -> { $to } Verbindungen: mit jedem Schritt wurde der Download schneller
connections-remembered = { $to } Verbindungen von Anfang an: so viele haben sich bei diesem Server schon einmal gelohnt
connections-not-faster = { $tried } Verbindungen waren nicht schneller als { $than } (insgesamt etwa { $speed }): der Server oder die Leitung begrenzt den ganzen Download
scheduled-speed-pauses = Wartend: der Geschwindigkeitsplan pausiert gerade
scheduled-at = Geplant: beginnt um { $time }
scheduled-on = Geplant: beginnt { $day } { $time }
scheduled-passed = Geplant: sein einmaliges Zeitfenster ist vorbei

## Notices
notice-queue-done = Alle Downloads in { $queue } sind fertig.
notice-queue-failed = Alle Downloads in { $queue } sind fehlgeschlagen: was danach geschehen sollte, ist nicht geschehen.
notice-all-failed = Alle Downloads sind fehlgeschlagen: was danach geschehen sollte, ist nicht geschehen.
notice-all-done = Alle Downloads sind fertig.
notice-saved-unreadable = { $what ->
    [passwords] Die gespeicherten Passwörter konnten
   *[list] Die gespeicherte Download-Liste konnte
} nicht gelesen werden ({ $problem }). Sie wurde als { $path } aufbewahrt und Haul ohne sie gestartet.
notice-saved-unreadable-kept = { $what ->
    [passwords] Die gespeicherten Passwörter konnten
   *[list] Die gespeicherte Download-Liste konnte
} weder gelesen ({ $problem }) noch beiseitegelegt werden ({ $error }): { $path }
notice-saved-link-invalid = Ein gespeicherter Download wurde entfernt, weil sein Link ungültig ist ({ $problem }): { $link }
notice-list-not-saved = Die Download-Liste konnte nicht gespeichert werden ({ $problem }): { $path }
notice-netrc-readable = Die Anmeldungen in { $path } werden nicht verwendet: andere können die Datei lesen (chmod 600 { $path }).
notice-netrc-unreadable = { $path } konnte nicht gelesen werden: { $detail }
notice-ca-file-empty = Die Zertifizierungsstellen in { $path } werden nicht verwendet: Die Datei enthält kein PEM-Zertifikat.
notice-ca-file-unreadable = Die Zertifizierungsstellen in { $path } werden nicht verwendet: { $detail }
notice-started-over = { $path } stammt von einem anderen Link und ist eine andere Datei als diese, daher beginnt der Download an derselben Stelle neu.
notice-control-unreadable = Die Aufzeichnung des unfertigen Downloads { $path } war nicht lesbar und wurde als { $kept } aufbewahrt; die Bytes der Teildatei werden mit dem Server verglichen, bevor etwas davon verwendet wird.
notice-partial-set-aside = Ein unfertiger Download in { $path } passte nicht zur Datei des Servers; er wurde als { $kept } aufbewahrt und der Download beginnt neu.

## Links that could not be used
link-scheme = { $scheme }-Links werden nicht unterstützt (nur http und https)
link-invalid = kein gültiger Link ({ $detail })
link-no-host = der Link hat keinen Host
link-bad-magnet = der Magnet-Link nennt keinen Torrent (kein xt=urn:btih:-Hash)
link-checksum-option = keine Prüfsumme für den Link darüber (checksum=sha-256=HEX verwenden)
link-add-scheme = http:// oder https:// voranstellen, um dies als Link zu verwenden
link-add-scheme-to = http:// oder https:// voranstellen, um dies als Link zu verwenden ({ $link })
link-spaces = ein Link darf keine Leerzeichen enthalten; schreiben Sie sie als %20
link-space-cut = ein Leerzeichen hat diesen Link vielleicht abgeschnitten; der ganze Link wäre { $link }
link-too-many = mehr als { $count } Links; der Rest wurde übersprungen
link-problem = Zeile { $line }: { $reason }: { $text }
range-too-many = der Bereich ergibt zu viele Links (mehr als { $count })
range-zero-step = die Schrittweite eines Bereichs muss mindestens 1 sein
range-step-too-large = die Schrittweite eines Bereichs ist zu groß
range-number-too-large = eine Zahl im Bereich ist zu groß
range-backwards = der Bereich [{ $range }] läuft rückwärts
range-too-many-digits = eine Zahl im Bereich hat mehr als { $count } Ziffern
add-bad-checksum = eine SHA-256-Prüfsumme hat 64 Hexadezimalziffern
engine-no-client = der HTTP-Client konnte nicht eingerichtet werden: { $detail }

## Built-in categories and the main queue
category-videos = Videos
category-music = Musik
category-pictures = Bilder
category-documents = Dokumente
category-archives = Archive
category-programs = Programme
category-other = Sonstiges
queue-main = Haupt
percent = { $value } %
number-group = .
stream-not-a-playlist = der Link ist keine Video-Playlist
stream-empty = die Playlist enthält nichts zum Herunterladen
stream-protected = das Video ist geschützt ({ $method }); Haul lädt keine DRM-geschützten Streams herunter
stream-bad-key = ein Segment lässt sich mit dem Schlüssel der Playlist nicht entschlüsseln
stream-needs-ffmpeg = ffmpeg wird gebraucht, um Video- und Tonspur zusammenzufügen (installieren, z. B. apt install ffmpeg, dann erneut versuchen); die Spuren liegen in { $kept }
stream-join-failed = ffmpeg konnte die Spuren nicht zusammenfügen: { $detail }
speed-recording-live = Livestream wird aufgenommen; Pause speichert das Aufgenommene
stream-live-dash = der Link ist ein Live-DASH-Stream; Haul speichert nur DASH-Videos, die nicht live sind
stream-no-yt-dlp = für Videoseiten wird yt-dlp gebraucht: installieren (pipx install yt-dlp oder das yt-dlp-Paket des Systems), dann erneut versuchen
stream-yt-dlp-failed = yt-dlp konnte das Video nicht holen: { $said }
torrent-failed = der Torrent ist fehlgeschlagen: { $said }
