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

## Add dialog
add-title = Downloads hinzufügen
add-links = Links
add-save-to = Speichern in
add-choose-folder = Auswählen…
add-start-paused = Angehalten beginnen
add-queue = Warteschlange
add-ctrl-enter = Strg+Eingabe fügt hinzu
add-clipboard-holds = { $count ->
    [one] Die Zwischenablage enthält { $count } Link.
   *[other] Die Zwischenablage enthält { $count } Links.
}
add-use-clipboard = { $count ->
    [one] Link aus der Zwischenablage verwenden
   *[other] Die { $count } Links aus der Zwischenablage verwenden
}
add-continue-unfinished = Das unfertige { $name } ({ $have }) mit diesem Link fortsetzen, wenn er dieselbe Datei liefert
add-button-add = { $count ->
    [one] { $count } Download hinzufügen
   *[other] { $count } Downloads hinzufügen
}
add-button-continue = { $count ->
    [one] { $count } Download fortsetzen
   *[other] { $count } Downloads fortsetzen
}
add-button-both = { $add } hinzufügen, { $continue } fortsetzen
add-already-here = { $count ->
    [one] { $count } Link ist schon vorhanden und wird übersprungen, außer Sie haken ihn an:
   *[other] { $count } Links sind schon vorhanden und werden übersprungen, außer Sie haken sie an:
}
add-in-list = { $link }: schon in der Liste ({ $status })
add-downloaded = { $link }: bereits heruntergeladen nach { $path }
add-downloaded-on = { $link }: am { $day } bereits heruntergeladen nach { $path }
add-no-links-yet = Noch keine Links
add-no-valid-links = Keine gültigen Links gefunden
add-links-found = { $count ->
    [one] { $count } Link gefunden
   *[other] { $count } Links gefunden
}
add-with-checksums = { $count ->
    [one] { $summary }, { $count } mit Prüfsumme
   *[other] { $summary }, { $count } mit Prüfsummen
}
link-problem-line = Zeile { $line }: { $reason }: { $text }
add-problems = { $count ->
    [one] { $count } Problem (übersprungen):
   *[other] { $count } Probleme (übersprungen):
}
and-more = … und { $count } weitere

## Details panel
details-pieces = { $count ->
    [one] { $done } von { $total } da; { $count } Verbindung arbeitet
   *[other] { $done } von { $total } da; { $count } Verbindungen arbeiten
}
details-speed-peak = Letzte { $time } — Spitze { $speed }
details-select = Wählen Sie einen Download, um seine Details zu sehen.
details-why-slow = Warum langsam: { $why }
details-file = Datei
details-folder = Ordner
details-link = Link
details-from-page = Von Seite
details-led-to = Führte zu
details-server = Server
details-modified = Geändert
details-size = Größe
details-size-unknown = { $size } (Größe unbekannt)
details-added = Hinzugefügt
details-finished = Fertig
details-limit = Begrenzung
details-checksum = Prüfsumme
details-copy-path = Pfad kopieren
details-checksum-damaged = beschädigt: { $algorithm } sollte { $expected } sein, ist aber { $actual } (die Bytes liegen als .damaged neben der Datei)
details-checksum-verified = geprüft: { $algorithm } { $value } aus { $kind ->
    [given] der angegebenen
    [header] dem Header { $name } des Servers
   *[file] { $name }
}
details-checksum-given = { $algorithm } { $value } (wird nach dem Download geprüft)
details-connections = Verbindungen: { $open } von { $wanted }
details-the-end = Ende
details-connection = { $number }. { $from } bis { $to }, bei { $at } — { $speed }
details-retries = Wiederholungen
details-failed-times = { $count ->
    [one] Bisher { $count }-mal fehlgeschlagen.
   *[other] Bisher { $count }-mal fehlgeschlagen.
}
details-attempt = { $time } — Versuch { $attempt }: { $reason }
why-free-slot = { $count ->
    [one] Wartet auf einen freien Platz: { $count } Download läuft gleichzeitig (Einstellungen).
   *[other] Wartet auf einen freien Platz: { $count } Downloads laufen gleichzeitig (Einstellungen).
}
why-not-downloading = Lädt nicht: { $reason }.
why-host-limit-reached = Wartet auf eine Verbindung: Ihre Grenze für Verbindungen pro Host ist erreicht (Einstellungen).
why-own-limit = Ihre Begrenzung für diesen Download ({ $speed }).
why-overall-limit = Ihre Gesamtbegrenzung ({ $speed }), die sich alle Downloads teilen.
why-disk = Der Datenträger: Schreiben braucht { $percent } % der Zeit.
why-server-accepts = { $count ->
    [one] Der Server nimmt von Ihnen vorerst nur { $count } Verbindung an.
   *[other] Der Server nimmt von Ihnen vorerst nur { $count } Verbindungen an.
}
why-no-parallel = Der Server liefert keine Teile der Datei, daher holt eine Verbindung alles.
why-host-limit = Ihre Grenze für Verbindungen pro Host: { $open } von { $wanted } Verbindungen sind offen (Einstellungen).
why-per-connection = Der Server sendet jeder Verbindung etwa { $speed }: er begrenzt die Geschwindigkeit pro Verbindung.

## Row actions and menus
action-pause = Anhalten
action-resume = Fortsetzen
action-retry = Erneut versuchen
action-cancel = Abbrechen
action-open = Öffnen
action-show-in-folder = Im Ordner anzeigen
action-remove = Aus der Liste entfernen
action-change-link = Link ändern…
action-start-over = Neu beginnen
action-download-again = Erneut herunterladen
column-sort-by = Nach { $column } sortieren
list-nothing-here = Hier keine Downloads
list-nothing-matches = Nichts in diesem Reiter passt zum Filter.
menu-speed-limit = Geschwindigkeitsbegrenzung…
menu-copy-link = Link kopieren
menu-move-up = Nach oben
menu-move-down = Nach unten
menu-move-top = Ganz nach oben
menu-move-bottom = Ganz nach unten
menu-move-to-queue = In Warteschlange verschieben
notice-retrying-one = { $name } wird erneut versucht
notice-retrying = { $count ->
    [one] { $count } Download wird erneut versucht
   *[other] { $count } Downloads werden erneut versucht
}
notice-cannot-open = { $name } konnte nicht geöffnet werden: { $problem }.
notice-cannot-show = { $name } konnte nicht in einer Dateiverwaltung gezeigt werden: { $problem }.
undo-cancelled = { $what } abgebrochen
undo-removed = { $what } aus der Liste entfernt
undo-sentence = { $done }.
undo-sentence-partial = { $count ->
    [one] { $done }; die Teildatei ({ $size }) wird gelöscht.
   *[other] { $done }; die Teildateien ({ $size }) werden gelöscht.
}
row-failed-again = Erneut fehlgeschlagen: { $reason }
row-verified = Geprüft ({ $algorithm } aus { $source })
row-link-expired = { $status } — der Link ist vielleicht abgelaufen: Link ändern
row-limited = { $status } · begrenzt auf { $speed }
row-added-at = Hinzugefügt { $time }
notice-undo-too-late = Zum Rückgängigmachen ist es zu spät; die Dateien wurden schon gelöscht.
the-download = den Download
notice-new-link = Neuer Link für { $name }: es wird geprüft, ob es dieselbe Datei ist
notice-new-link-refused = Der neue Link wurde nicht verwendet: { $reason }

## Settings pages
settings-download-folder = Download-Ordner
settings-jobs = Gleichzeitige Downloads
settings-connections-per-file = Verbindungen pro Datei
settings-connections-per-server = Verbindungen pro Server
settings-overall-limit = Gesamtbegrenzung
settings-no-limit = keine
settings-limit-hint = pro Sekunde, z. B. 500K oder 2M
settings-attempts = Versuche vor dem Aufgeben
settings-stall-timeout = Auf einen stillen Server warten
settings-connect-timeout = Auf eine Verbindung warten
settings-retry-delay = Längste Pause zwischen Versuchen
unit-seconds = s
settings-notifications = Benachrichtigungen
settings-notifications-check = Melden, wenn Downloads fertig sind oder fehlschlagen
settings-checksums = Prüfsummen
settings-checksums-check = Veröffentlichte Prüfsummen suchen und Dateien prüfen
settings-checksums-hint = SHA256SUMS neben der Datei oder NAME.sha256
settings-colours = Farben
settings-colours-system = Wie der Desktop
settings-colours-light = Hell
settings-colours-dark = Dunkel
when-done-nothing = Nichts
when-done-quit = Haul beenden
when-done-suspend = Bereitschaft
when-done-hibernate = Ruhezustand
when-done-power-off = Ausschalten
when-done-command = Befehl ausführen
when-done-command-hint = Befehl
queues-intro = Jede Warteschlange führt ihre eigene Zahl an Downloads gleichzeitig aus, mit ihrer eigenen Geschwindigkeit und nach ihrem Zeitplan, falls sie einen hat. Downloads verschieben Sie über ihr Menü.
queues-new = Neue Warteschlange
queues-when-all-done = Wenn alle Downloads fertig sind
queues-keep-awake = Computer wach halten, solange Downloads laufen
queues-at-once = gleichzeitig
queues-limit = Begrenzung
queues-remove = Diese Warteschlange entfernen
queues-when-done = Wenn fertig
queues-on-schedule = { $queue } nach Zeitplan ausführen
queues-starts-at = Beginnt um
queues-stops-at = endet um
queues-weekly = jede Woche
queues-once = einmal
queues-on-days = An
queues-every-day = (jeden Tag)
categories-intro = Dateien landen im Ordner ihrer Kategorie, wenn Sie ihr einen geben (im Download-Ordner, außer er beginnt mit / oder ~/). Leer: der Download-Ordner.
categories-file-types = Dateitypen
categories-hosts = Hosts
categories-new = Neue Kategorie
categories-name-of = Name der Kategorie { $number }
categories-other-rule = was keine Regel erfasst
categories-types-of = Dateitypen von { $category }
categories-any-host = alle
categories-hosts-of = Hosts von { $category }
categories-download-folder = Download-Ordner
categories-folder-of = Ordner von { $category }
categories-choose-folder = Ordner auswählen
categories-choose-folder-for = Ordner für { $category } auswählen
categories-remove = Diese Kategorie entfernen
categories-remove-named = { $category } entfernen

## Folder chooser
folders-intro = Dieser Desktop hat keinen Ordnerdialog, wählen Sie den Ordner daher hier: Pfad eingeben oder einfügen, oder sich unten durch die Ordner bewegen.
folders-up = Nach oben
folders-reading = Ordner wird gelesen…
folders-none-inside = Keine Ordner darin.
folders-use = Diesen Ordner verwenden
folders-missing = Diesen Ordner gibt es nicht.
folders-forbidden = Sie dürfen diesen Ordner nicht lesen.
folders-is-file = Das ist eine Datei, kein Ordner.
folders-unreadable = Dieser Ordner kann nicht gelesen werden.

## Dropping
drop-not-text = { $name } ist keine Textdatei; sie wurde übersprungen.
drop-too-large = { $name } ist größer als { $size }; nur der Anfang wurde gelesen.
drop-no-links = { $name } enthält keine Links.
drop-problem = { $name }, { $problem }
drop-unreadable = { $name } konnte nicht gelesen werden: { $detail }.
drop-is-folder = es ist ein Ordner
drop-check = Sie können sie prüfen, bevor sie hinzugefügt werden.
drop-title = Ablegen, um Links hinzuzufügen
drop-reads = Haul liest die Links in dem, was Sie ablegen. { $check }
drop-reads-files = { $count ->
    [one] Haul liest die Links in dieser Datei. { $check }
   *[other] Haul liest die Links in diesen { $count } Dateien. { $check }
}
drop-title-links = { $count ->
    [one] Ablegen, um { $count } Link hinzuzufügen
   *[other] Ablegen, um { $count } Links hinzuzufügen
}
drop-title-files = { $files ->
    [one] Ablegen, um die Links in dieser Datei hinzuzufügen
   *[other] Ablegen, um die Links in diesen { $files } Dateien hinzuzufügen
}
drop-title-both = Ablegen, um { $count ->
    [one] { $count } Link
   *[other] { $count } Links
} und die Links in { $files ->
    [one] dieser Datei
   *[other] diesen { $files } Dateien
} hinzuzufügen
drop-nothing = Keine Links in dem, was Sie ziehen
drop-nothing-detail = Haul nimmt Web-Links, Text mit Links darin und Linklisten-Dateien (.txt, .csv, .html).

## When everything is done
then-quit = Haul wird in { $seconds } s beendet.
then-quit-now = Jetzt beenden
then-suspend = Der Computer geht in { $seconds } s in Bereitschaft.
then-suspend-now = Jetzt Bereitschaft
then-hibernate = Der Computer geht in { $seconds } s in den Ruhezustand.
then-hibernate-now = Jetzt Ruhezustand
then-power-off = Der Computer schaltet sich in { $seconds } s aus.
then-power-off-now = Jetzt ausschalten
then-command = Ihr Befehl läuft in { $seconds } s.
then-command-now = Jetzt ausführen
then-nothing = In { $seconds } s passiert nichts.
then-close = Schließen

## Remote control settings
remote-enable = Anderen Programmen die Steuerung von Haul erlauben (JSON-RPC von aria2: AriaNg, aria2p, Skripte)
remote-enable-hint = Sie können Downloads hinzufügen, anhalten und entfernen. Jeder Aufruf muss das Geheimnis mitschicken.
remote-this-computer = Adresse dieses Computers
remote-port = Port
remote-address = Adresse
remote-secret = Geheimnis
remote-new-secret = Neues Geheimnis
remote-origins = Erlaubte Webseiten
remote-needs-secret = Ein Geheimnis ist nötig; ohne eines wird nicht gelauscht.
remote-listen-all = Von anderen Computern erreichbar (auf allen Netzwerkadressen lauschen)
remote-listen-all-hint = Aus: nur Programme auf diesem Computer können sich verbinden. Webseiten werden abgewiesen, außer sie stehen oben (die Adresse, von der AriaNg geöffnet wird).

## Tray and speed limit
tray-show = Haul zeigen
tray-add-from-clipboard = Aus der Zwischenablage hinzufügen
tray-quit = Beenden
limit-none = Keine Begrenzung
limit-title = Geschwindigkeitsbegrenzung
limit-intro = { $count ->
    [one] Diesen Download auf eine Geschwindigkeit wie 500K oder 2M pro Sekunde begrenzen.
   *[other] Diese { $count } Downloads auf eine Geschwindigkeit wie 500K oder 2M pro Sekunde begrenzen.
}
limit-example = z. B. 2M
limit-per-second = pro Sekunde
dialog-apply = Anwenden
drag-too-large = Die gezogenen Daten sind größer als { $size }; nur der Anfang wurde gelesen.
drag-not-local = { $name } ist keine Datei auf diesem Computer; sie wurde übersprungen.
drag-cut-character = Der gezogene Text endete mitten in einem Zeichen.
link-new = Neuer Link
link-use = Diesen Link verwenden
link-not-http = Das ist kein http- oder https-Link.
link-one-only = Fügen Sie nur einen Link ein.
power-failed = { $action ->
    [suspend] Bereitschaft
    [hibernate] Ruhezustand
   *[power-off] Ausschalten
} nicht möglich: { $reason }
when-done-command-failed = Der Befehl für fertige Downloads ist fehlgeschlagen ({ $status }): { $command }
when-done-command-not-run = Der Befehl für fertige Downloads konnte nicht laufen ({ $detail }): { $command }
keep-awake-why = { $count ->
    [one] Lädt { $count } Datei herunter
   *[other] Lädt { $count } Dateien herunter
}
power-no-logind = der Energiedienst des Systems (logind) hat nicht geantwortet: { $detail }
power-not-allowed = das System erlaubt diesem Benutzer { $action ->
    [suspend] die Bereitschaft
    [hibernate] den Ruhezustand
   *[power-off] das Ausschalten
} nicht (Antwort: "{ $answer }")

## Desktop settings
desktop-tray-present = Ihr Desktop zeigt Haul im Infobereich.
desktop-no-tray = Auf diesem Desktop zeigt gerade kein Infobereich Haul: Schließen des Fensters beendet Haul.
desktop-close-to-tray = Beim Schließen des Fensters lädt Haul im Infobereich weiter
desktop-autostart = Haul mit dem Desktop starten (im Infobereich versteckt)
desktop-clipboard = Kopierte Download-Links anbieten (fügt nie selbst hinzu)
desktop-clipboard-hint = Haul sieht sich die Zwischenablage an, solange es läuft. Unter Wayland sieht es nur, was kopiert wurde, während sein Fenster vorn ist.

## Remove dialog
remove-title = { $what } aus der Liste entfernen?
remove-partial-stays = { $count ->
    [one] Die Teildatei bleibt auf dem Datenträger; wenn Sie denselben Link erneut hinzufügen, geht es dort weiter, wo es aufgehört hat.
   *[other] Die Teildateien bleiben auf dem Datenträger; wenn Sie dieselben Links erneut hinzufügen, geht es dort weiter, wo es aufgehört hat.
}
remove-finished-stay = Fertige Dateien bleiben immer.
remove-delete-partial = { $count ->
    [one] Auch die Teildatei löschen ({ $size })
   *[other] Auch die { $count } Teildateien löschen ({ $size })
}
remove-button = Entfernen
remove-keep = In der Liste lassen

## Speed schedule
grid-enable = Einem wöchentlichen Geschwindigkeitsplan folgen
grid-limited-hours = Begrenzte Stunden:
grid-no-rate = (keine Rate: begrenzte Stunden laufen voll)
grid-full = volle Geschwindigkeit
grid-limited = begrenzt
grid-paused = angehalten
grid-hint = — Stunde anklicken zum Ändern, ziehen zum Malen

## Quitting, notices, undo
quit-title = Downloads laufen noch
quit-text = { $count ->
    [one] { $count } Download läuft noch. Wenn Sie jetzt beenden, hält er an und geht beim nächsten Öffnen von Haul dort weiter, wo er aufgehört hat.
   *[other] { $count } Downloads laufen noch. Wenn Sie jetzt beenden, halten sie an und gehen beim nächsten Öffnen von Haul dort weiter, wo sie aufgehört haben.
}
quit-keep = Weiter herunterladen
quit-later = Beenden und später fortsetzen
dismiss = Ausblenden
engine-not-started = Haul konnte seine Download-Engine nicht starten
undo = Rückgängig
undo-within = rückgängig innerhalb von { $seconds } s
folder-dialog-title = Download-Ordner auswählen
window-not-opened = das Fenster konnte nicht geöffnet werden: { $detail }
notice-path-copied = Pfad kopiert

## Notifications
notify-finished-one = Download fertig
notify-finished = { $count ->
    [one] { $count } Download fertig
   *[other] { $count } Downloads fertig
}
notify-failed-one = { $name } fehlgeschlagen
notify-failed = { $count ->
    [one] { $count } Download fehlgeschlagen
   *[other] { $count } Downloads fehlgeschlagen
}
notify-mixed = { $finished ->
    [one] { $finished } Download fertig
   *[other] { $finished } Downloads fertig
}, { $failed } fehlgeschlagen
notify-failed-names = Fehlgeschlagen: { $names }
notify-and-more = { $names } und { $count } weitere
notify-link-copied = { $count ->
    [one] Ein Download-Link wurde kopiert
   *[other] { $count } Download-Links wurden kopiert
}
drag-not-handed-over = das Programm, aus dem die Links gezogen wurden, hat sie nicht übergeben
drag-timed-out = die gezogenen Daten kamen nicht innerhalb von { $seconds } Sekunden an
notice-launch-link-skipped = Ein Link, mit dem Haul geöffnet wurde, wurde übersprungen: { $problem }
notice-autostart-failed = Der Autostart-Eintrag konnte nicht geändert werden ({ $detail }): { $path }
tray-nothing = Nichts herunterzuladen
title-downloading = { $count } laden
filter-clear = Filter leeren
setup-other-window = ein anderes Haul-Fenster verwendet sie
setup-list-not-kept = Die Download-Liste kann nicht gespeichert werden ({ $why }), daher werden die Downloads dieses Fensters nicht gesichert: { $path }
setup-no-inbox = Mit Haul geöffnete Links erreichen dieses Fenster nicht, solange es läuft: { $detail }
setup-folder-not-created = Der Download-Ordner kann nicht angelegt werden ({ $detail }): { $path }. Wählen Sie in den Einstellungen einen anderen.
desktop-no-application = kein Programm auf diesem Computer ist zum Öffnen eingerichtet
desktop-no-file-manager = keine Dateiverwaltung hat geantwortet
desktop-no-notifications = kein Benachrichtigungsdienst: { $detail }
settings-not-applied = Die neuen Einstellungen konnten nicht angewendet werden: { $detail }
settings-not-written = Die Einstellungen konnten nicht gespeichert werden ({ $detail }): { $path }

## Built-in categories and the main queue
category-videos = Videos
category-music = Musik
category-pictures = Bilder
category-documents = Dokumente
category-archives = Archive
category-programs = Programme
category-other = Sonstiges
queue-main = Haupt

## Command-line help
help-usage = Aufruf
help-options = Optionen
help-arguments = Argumente
help-commands = Befehle
help-help = Hilfe anzeigen
help-version = Version anzeigen
help-about = Haul: ein schneller, sorgfältiger Download-Manager.
help-urls = Links, die beim Öffnen des Fensters hinzugefügt werden.
help-hidden = Versteckt im Infobereich starten (wo es einen gibt), wie beim Start mit dem Desktop.
help-get-about = Ohne Fenster herunterladen, dann beenden (0: alles fertig, 1: etwas fehlgeschlagen, 2: falscher Aufruf).
help-get-dir = Ordner für die Dateien (Standard: der eingestellte Download-Ordner).
help-get-output = Dateiname (nur bei einem Link).
help-get-input = Links aus einer Datei lesen ('-' für die Standardeingabe), mit demselben Parser wie beim Ziehen und Ablegen.
help-get-jobs = Gleichzeitige Downloads.
help-get-connections = Verbindungen pro Datei.
help-get-limit = Gesamtbegrenzung, z. B. 500K, 2M (Bytes pro Sekunde).
help-get-sha256 = Die fertige Datei gegen diese SHA-256 prüfen (64 Hexadezimalziffern).
help-get-checksum = Die fertige Datei gegen diese Prüfsumme prüfen: sha-256=HEX, sha-512=HEX, sha-1=HEX oder md5=HEX.
help-get-no_checksum_discovery = Nicht nach veröffentlichten Prüfsummen (NAME.sha256, SHA256SUMS, ...) neben den Dateien suchen.
help-get-again = Eine frische Kopie laden, auch wenn dieselbe Datei vom selben Link schon im Ordner liegt (sie wird als NAME (1) gespeichert); ohne diese Option bleibt eine solche Datei, wie sie ist.
help-get-quiet = Kein Fortschritt (Fehler werden trotzdem gemeldet).
help-get-urls = Herunterzuladende Links (Bereiche im Stil von aria2 wie file[01-10].jpg werden erweitert).
help-daemon-about = Ohne Fenster laufen, gesteuert über das JSON-RPC von aria2 (AriaNg, aria2p...).
help-daemon-dir = Ordner für die Dateien (Standard: der eingestellte Download-Ordner).
help-daemon-port = Der Port der JSON-RPC-Schnittstelle.
help-daemon-listen_all = Auf allen Netzwerkadressen lauschen, nicht nur auf der Loopback-Adresse dieses Computers.
help-daemon-secret = Das Geheimnis, das jeder Aufruf mitschicken muss (auch aus $HAUL_RPC_SECRET oder --rpc-secret-file).
help-daemon-secret_file = Eine Datei, deren erste Zeile das Geheimnis ist.
help-daemon-allow_origins = Ein Webseiten-Ursprung, der aufrufen darf, z. B. http://ariang.example:8080 (mehrfach möglich).
help-browser-about = Haul mit der Browser-Erweiterung verbinden (siehe assets/browser).
help-browser-install-about = Die Manifeste des Native-Messaging-Hosts für Firefox, Chrome, Chromium, Brave, Vivaldi und Edge schreiben, die auf dieses Programm zeigen.
help-browser-uninstall-about = Sie wieder entfernen.
row-with-note = { $status } ({ $note })
