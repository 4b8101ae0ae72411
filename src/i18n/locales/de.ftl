# Haul auf Deutsch.
toolbar-add = Hinzufügen
toolbar-add-hint = Links hinzufügen (Strg+N)
toolbar-pause-all = Alle anhalten
toolbar-pause-all-hint = Alle Downloads anhalten
toolbar-resume-all = Alle fortsetzen
toolbar-resume-all-hint = Angehaltene Downloads fortsetzen
toolbar-retry-failed = Fehlgeschlagene wiederholen
toolbar-retry-failed-hint = Alle fehlgeschlagenen Downloads erneut versuchen
toolbar-clear-finished = Fertige entfernen
toolbar-clear-finished-hint = Fertige Downloads aus der Liste entfernen (die Dateien bleiben)
toolbar-clear-failed = Fehlgeschlagene entfernen
toolbar-clear-failed-hint = Fehlgeschlagene Downloads aus der Liste entfernen
toolbar-settings = Einstellungen
toolbar-details = Details
toolbar-details-hint = Details des ausgewählten Downloads zeigen
column-name = Name
column-size = Größe
column-progress = Fortschritt
column-speed = Geschwindigkeit
column-time-left = Restzeit
column-added = Hinzugefügt
column-status = Status
settings-title = Einstellungen
settings-general = Allgemein
settings-categories = Kategorien
settings-queues = Warteschlangen
settings-speed-schedule = Geschwindigkeitsplan
settings-desktop = Desktop
settings-remote = Fernsteuerung
settings-language = Sprache
settings-language-system = Wie das System ({ $language })
dialog-save = Speichern
dialog-cancel = Abbrechen
list-empty-title = Noch keine Downloads
list-empty-hint = Links überall mit Strg+V einfügen, Strg+N oder Hinzufügen drücken,
    oder Links, Text mit Links oder Linklisten hierher ziehen.
downloads-count = { $count ->
    [one] { $count } Download
   *[other] { $count } Downloads
}
status-active = { $count } aktiv
status-waiting = { $count } wartend
status-finished = { $count } fertig
status-failed = { $count } fehlgeschlagen
status-free = { $size } frei
status-limit = (Limit { $speed })
status-progress = { $percent } % von { $total }
status-progress-left = { $percent } % von { $total }, noch { $time }
tab-all = Alle
tab-active = Aktiv
tab-waiting = Wartend
tab-finished = Fertig
tab-failed = Fehlgeschlagen
filter-label = Filter
filter-hint = Name oder Link (Strg+F)
category-any = Alle Arten
queue-all = Alle Warteschlangen
row-waiting = Wartet
row-connecting = Verbindet
row-downloading = Lädt herunter
row-saving = Speichert
row-finding-checksum = Sucht eine Prüfsumme…
row-verifying = Prüft… { $percent } %
row-waiting-for = Wartet: { $reason }
row-retrying = Neuer Versuch in { $seconds } s: { $reason }
row-paused = Angehalten
row-paused-because = Angehalten: { $reason }
row-finished = Fertig
row-failed = Fehlgeschlagen: { $reason }
row-cancelled = Abgebrochen

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
scheduled-speed-pauses = Wartend: der Geschwindigkeitsplan pausiert gerade
scheduled-at = Geplant: beginnt um { $time }
scheduled-on = Geplant: beginnt { $day } { $time }
scheduled-passed = Geplant: sein einmaliges Zeitfenster ist vorbei

## Notices
notice-queue-done = Alle Downloads in { $queue } sind fertig.
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
notice-started-over = { $path } stammt von einem anderen Link und ist eine andere Datei als diese, daher beginnt der Download an derselben Stelle neu.
notice-control-unreadable = Die Aufzeichnung des unfertigen Downloads { $path } war nicht lesbar und wurde als { $kept } aufbewahrt; die Bytes der Teildatei werden mit dem Server verglichen, bevor etwas davon verwendet wird.
notice-partial-set-aside = Ein unfertiger Download in { $path } passte nicht zur Datei des Servers; er wurde als { $kept } aufbewahrt und der Download beginnt neu.

## Links that could not be used
link-scheme = { $scheme }-Links werden nicht unterstützt (nur http und https)
link-invalid = kein gültiger Link ({ $detail })
link-no-host = der Link hat keinen Host
link-checksum-option = keine Prüfsumme für den Link darüber (checksum=sha-256=HEX verwenden)
link-add-scheme = http:// oder https:// voranstellen, um dies als Link zu verwenden
link-add-scheme-to = http:// oder https:// voranstellen, um dies als Link zu verwenden ({ $link })
link-spaces = ein Link darf keine Leerzeichen enthalten; schreiben Sie sie als %20
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

## The command line
cli-try-help = Mehr dazu mit 'haul get --help'.
cli-skipped = übersprungen: { $what }
cli-no-usable-links = keine verwendbaren Links
cli-interrupted = unterbrochen; führen Sie denselben Befehl erneut aus, um fortzusetzen
cli-folder-is-file = { $path } ist eine Datei, kein Ordner; wählen Sie mit -d einen anderen
cli-cannot-create-folder = der Download-Ordner { $path } kann nicht angelegt werden ({ $detail })
cli-free-space-and-rerun = { $reason }; geben Sie Speicherplatz frei und führen Sie denselben Befehl erneut aus
cli-failed = fehlgeschlagen: { $name }: { $reason } ({ $link })
cli-no-links = keine Links angegeben
cli-cannot-read = { $path } kann nicht gelesen werden ({ $detail })
cli-output-one-link = -o/--output braucht genau einen Link
cli-output-a-name = -o/--output nimmt einen Dateinamen; den Ordner wählen Sie mit -d
cli-bad-sha256 = --sha256 braucht 64 Hexadezimalziffern
cli-bad-checksum = --checksum braucht sha-256=HEX, sha-512=HEX, sha-1=HEX oder md5=HEX mit der richtigen Anzahl Hexadezimalziffern
cli-checksum-one-link = --sha256 und --checksum brauchen genau einen Link
cli-not-a-link = '{ $text }': kein Link
cli-quoted-problem = '{ $text }': { $reason }
cli-waiting = wartet: { $reason } ({ $name })
cli-saved = gespeichert: { $path } ({ $size })
cli-already-downloaded = bereits heruntergeladen: { $path } ({ $size })
cli-more-already-downloaded = ... und { $count } weitere bereits heruntergeladen
cli-summary-saved = { $count } gespeichert ({ $size })
cli-summary-already = { $count } bereits heruntergeladen
cli-summary-failed = { $count } fehlgeschlagen
cli-summary-unfinished = { $count } nicht fertig
cli-summary = { $count } Links: { $parts }
cli-time-left = noch { $time }
cli-no-home = der Home-Ordner ist nicht zu finden; setzen Sie HOME
daemon-already-running = Haul läuft bereits mit der Liste in { $path } (ein Fenster oder ein anderer Dienst); schließen Sie es zuerst
daemon-no-inbox = mit Haul geöffnete Links erreichen diesen Dienst nicht: { $detail }
daemon-listening = wartet auf JSON-RPC unter { $address }, Dateien landen in { $path }
daemon-not-stopped = einige Downloads hielten nicht rechtzeitig an; sie werden beim nächsten Mal fortgesetzt
daemon-needs-secret = ein Geheimnis ist nötig: --rpc-secret GEHEIMNIS, --rpc-secret-file DATEI oder ${ $variable } (Clients senden es als "token:GEHEIMNIS")
daemon-needs-window = Links einer Webseite zur Auswahl brauchen das Fenster; übersprungen
browser-wrote = { $browser }: { $path } geschrieben
browser-installed = Haul ({ $path }) ist jetzt von der Erweiterung in assets/browser/ erreichbar (entpackt laden; siehe README).
browser-removed = { $path } entfernt
browser-nothing-to-remove = nichts zu entfernen

## The settings file
settings-unreadable = Die Einstellungen konnten nicht gelesen werden ({ $detail }); es gelten die Standardwerte: { $path }
settings-bad-limit = speed_limit { $detail }; bis zur Korrektur gilt keine Begrenzung
settings-problems = In den Einstellungen ({ $path }): { $problems }.
settings-invalid = Die Einstellungsdatei ist ungültig und blieb unverändert; bis zur Korrektur gelten die Standardwerte. { $path }: { $detail }
settings-unknown-key = '{ $key }' ist keine Einstellung, die Haul kennt
settings-unknown-key-near = '{ $key }' ist keine Einstellung, die Haul kennt (meinten Sie { $near }?)
settings-out-of-range = { $setting } liegt außerhalb von { $range }; { $used } wird verwendet
rate-not-a-rate = '{ $text }' ist keine Rate wie 500K oder 2M
rate-not-positive = '{ $text }' muss eine positive Rate sein
word-or = oder
