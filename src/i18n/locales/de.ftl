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
checksum-source-header = der aus dem Header { $name } des Servers
reason-checksum-source = beschädigt: { $algorithm } stimmt nicht mit { $source } überein
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
