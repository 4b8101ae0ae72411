# Haul's window in German: the toolbar, the list, rows, details, dialogs and notices.
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
settings-network = Netzwerk
settings-torrents = Torrents
network-proxy = Proxy
network-proxy-system = Der Proxy des Desktops
network-proxy-system-hint = http_proxy, https_proxy, all_proxy und no_proxy, wenn sie gesetzt sind (wie curl sie liest), sonst die Proxy-Einstellung des Desktops, PAC-Dateien eingeschlossen.
network-proxy-none = Kein Proxy
network-proxy-manual = Dieser Proxy:
network-proxy-address = Adresse
network-proxy-except = Nicht für
settings-proxy-error = Proxy (Seite Netzwerk): { $error }
network-logins = Anmeldungen
network-logins-netrc = Anmeldungen aus ~/.netrc werden für ihre Hosts verwendet (wenn nur Sie die Datei lesen können).
network-logins-keyring = Anmeldungen, die Haul sich merken soll, liegen im Schlüsselbund des Desktops.
network-logins-file = Hier läuft kein Schlüsselbund: Anmeldungen, die Haul sich merken soll, liegen in Hauls eigener Datei, nur für Sie lesbar.
torrents-peers = Peers finden
torrents-dht = Peers über das DHT finden
torrents-trackers = Die Tracker der Torrents nach Peers fragen
torrents-pex = Peers mit anderen Peers austauschen (PEX)
torrents-upnp = Peers über den Router zu Haul lassen (UPnP)
torrents-port = Port, über den Peers Haul erreichen (0: ein freier)
torrents-network-hint = Gilt, sobald kein Torrent mehr läuft oder pausiert ist, spätestens beim nächsten Start von Haul.
torrents-sharing = Teilen
torrents-upload-limit = Upload-Limit, alle Torrents (0: keins)
torrents-seed-ratio = Verteilen, bis das So-oft-Fache der Größe gesendet ist
torrents-seed-minutes = oder höchstens (0: ohne Zeitgrenze)
torrents-sharing-hint = Sind beide 0, wird ein fertiger Torrent nicht verteilt. Verteilen hält „Wenn fertig“ nicht auf.
network-certificates = Zertifikate
network-ca-file = Auch den Stellen vertrauen in
network-trusted = Vertraut für { $host }: SHA-256 { $sha256 }
network-trusted-remove = Diesem Zertifikat für { $host } nicht mehr vertrauen
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

## Add dialog
add-title = Downloads hinzufügen
add-links = Links
add-save-to = Speichern in
add-choose-folder = Auswählen…
add-start-paused = Angehalten beginnen
add-quality = Videoqualität
add-quality-best = Beste
add-quality-worst = Kleinste
add-quality-at-most = Bis { $lines }p
add-video-pages = Videoseiten: mit yt-dlp holen
add-video-pages-hint = Für Links zu Seiten mit einem Video (Links zu YouTube, Vimeo und ähnlichen werden ohnehin so behandelt).
add-torrent-reading = Die Dateien des Torrents werden gelesen (die eines Magnet-Links kommen von seinen Peers)…
add-torrent-unknown = Die Dateien des Torrents lassen sich nicht auflisten ({ $reason }); alle werden geladen.
add-torrent-files = { $name }: { $chosen } von { $count } Dateien, { $size }
add-torrent-all = Alle
add-torrent-none = Keine
add-torrent-more = …und { $count } weitere (gewählt wie mit den Knöpfen oben)
add-advanced = Erweitert: was die Anfragen mitsenden
add-referer = Referer
add-user-agent = User-Agent
add-cookie = Cookie
add-header-lines = Weitere Kopfzeilen
add-remember-site = Für diese Seiten merken (ohne Cookie)
notice-link-not-added = Ein Link wurde nicht hinzugefügt: { $reason }
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
add-use-whole-link = Ganzen Link verwenden
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
details-resolution = Auflösung
details-duration = Länge
details-segments = Segmente
details-segments-of = { $done } von { $total }
details-info-hash = Info-Hash
details-peers = Peers
details-peers-of = { $peers } verbunden ({ $seeds } mit allem), { $seen } bekannt
details-uploaded = Gesendet
details-copy-magnet = Magnet-Link kopieren
details-ratio = Verhältnis
details-files = Dateien ({ $count })
details-peer-list = Peers ({ $count })
details-peer = { $address } · { $client } · ↓ { $down } · ↑ { $up }
details-trackers = Tracker ({ $count })
details-tracker = { $address }: { $state }
details-tracker-asking = wird gefragt …
details-tracker-working = erreichbar, { $seeds } Seeds, { $downloading } laden, { $finished } fertig
details-tracker-no-scrape = nennt keine Zahlen
details-tracker-timed-out = keine Antwort
details-tracker-unreachable = nicht erreicht
details-tracker-said = meldet „{ $said }“
details-tracker-bad-answer = antwortet, aber nicht wie ein Tracker
details-tracker-not-through-proxy = nicht gefragt: UDP geht nicht über den Proxy
details-tracker-unknown-kind = keine Tracker-Adresse, die Haul fragen kann
details-tracker-off = nicht gefragt: Tracker sind in den Einstellungen aus
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
why-queue-limit = Das Limit der Warteschlange { $queue } ({ $speed }), geteilt von ihren Downloads.
why-overall-limit = Ihre Gesamtbegrenzung ({ $speed }), die sich alle Downloads teilen.
why-disk = Der Datenträger: Schreiben braucht { $percent } % der Zeit.
why-server-accepts = { $count ->
    [one] Der Server nimmt von Ihnen vorerst nur { $count } Verbindung an.
   *[other] Der Server nimmt von Ihnen vorerst nur { $count } Verbindungen an.
}
why-no-parallel = Der Server liefert keine Teile der Datei, daher holt eine Verbindung alles.
why-host-limit = Ihre Grenze für Verbindungen pro Host: { $open } von { $wanted } Verbindungen sind offen (Einstellungen).
why-per-connection = Der Server sendet jeder Verbindung etwa { $speed }: er begrenzt die Geschwindigkeit pro Verbindung.
why-line-full = Der Server oder die Leitung gibt diesem Download insgesamt etwa { $speed }: mehr Verbindungen waren nicht schneller.

## Row actions and menus
action-pause = Anhalten
action-resume = Fortsetzen
action-retry = Erneut versuchen
action-cancel = Abbrechen
action-open = Öffnen
action-show-in-folder = Im Ordner anzeigen
action-remove = Aus der Liste entfernen
action-change-link = Link ändern…
action-log-in = Anmelden…
action-trust-certificate = Diesem Zertifikat vertrauen…
action-stop-seeding = Verteilen beenden
row-seeding = Wird verteilt (Verhältnis { $ratio } von { $goal })
row-seeding-for = Wird verteilt (Verhältnis { $ratio }, noch { $left })
row-seeding-until-stopped = Wird verteilt (Verhältnis { $ratio }, bis es angehalten wird)
trust-title = Dem Zertifikat von { $host } vertrauen?
trust-fingerprint = Sein SHA-256-Fingerabdruck (vergleichen Sie ihn mit dem, den Ihnen der Betreiber des Servers nennt):
trust-warning = Vertrauen Sie ihm nur, wenn Sie wissen, dass es das des Servers ist: Jeder zwischen Ihnen und dem Server kann ein eigenes Zertifikat zeigen. Es gilt nur für diesen Host und wird in den Einstellungen gespeichert.
trust-confirm = Für { $host } vertrauen
login-title = Bei { $host } anmelden
login-realm = Verlangt wird eine Anmeldung für „{ $realm }“.
login-user = Benutzername
login-password = Passwort
login-remember = Für diese Seite merken
login-proxy-remember = Für diesen Proxy merken
login-proxy-title = Beim Proxy { $proxy } anmelden
login-proxy-kept = Die Anmeldung wird in der Adresse des Proxys unter Einstellungen > Netzwerk gespeichert.
login-submit = Anmelden
notice-login-kept-keyring = Die Anmeldung für diese Seite liegt im Schlüsselbund des Desktops.
notice-login-kept-file = Die Anmeldung für diese Seite liegt in Hauls eigener Datei (hier läuft kein Schlüsselbund), nur für Sie lesbar.
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
notice-opening = { $name } wird geöffnet …
notice-showing = { $name } wird im Ordner gezeigt …
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
row-torrent-peers = { $status } · { $peers ->
    [one] { $peers } Peer
   *[other] { $peers } Peers
} ({ $seeds ->
    [one] { $seeds } Seed
   *[other] { $seeds } Seeds
})
row-torrent-sending = { $status } · ↑ { $speed }
row-added-at = Hinzugefügt { $time }
notice-undo-too-late = Zum Rückgängigmachen ist es zu spät; die Dateien wurden schon gelöscht.
the-download = den Download
notice-new-link = Neuer Link für { $name }: es wird geprüft, ob es dieselbe Datei ist
notice-new-link-refused = Der neue Link wurde nicht verwendet: { $reason }

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
notice-magnet-copied = Magnet-Link kopiert

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
title-downloading = { $count } aktiv
filter-clear = Filter leeren
setup-other-window = ein anderes Haul-Fenster verwendet sie
setup-list-not-kept = Die Download-Liste kann nicht gespeichert werden ({ $why }), daher werden die Downloads dieses Fensters nicht gesichert: { $path }
setup-no-inbox = Mit Haul geöffnete Links erreichen dieses Fenster nicht, solange es läuft: { $detail }
setup-folder-not-created = Der Download-Ordner kann nicht angelegt werden ({ $detail }): { $path }. Wählen Sie in den Einstellungen einen anderen.
desktop-no-application = kein Programm auf diesem Computer ist zum Öffnen eingerichtet
desktop-no-answer = innerhalb von { $seconds } Sekunden hat nichts geantwortet
desktop-no-file-manager = keine Dateiverwaltung hat geantwortet
desktop-login-not-saved = Die Anmeldung konnte nicht gespeichert werden: { $detail }
desktop-no-notifications = kein Benachrichtigungsdienst: { $detail }
settings-not-applied = Die neuen Einstellungen konnten nicht angewendet werden: { $detail }
settings-not-written = Die Einstellungen konnten nicht gespeichert werden ({ $detail }): { $path }
row-with-note = { $status } ({ $note })
drop-failed = Die abgelegten Links konnten nicht gelesen werden: { $reason }.
notice-from-browser = Vom Browser: { $what }
link-new-for = Neuer Link für { $name }
remote-not-started = Andere Programme können Haul nicht steuern: { $reason }.
drag-not-utf8 = Der gezogene Text ist kein gültiges UTF-8; unlesbare Zeichen wurden ersetzt.
drag-not-utf16 = Der gezogene Text ist kein gültiges UTF-16; unlesbare Zeichen wurden ersetzt.
drop-dialog-open = Die abgelegten Links wurden nicht hinzugefügt, weil ein anderer Dialog offen ist; schließen Sie ihn und legen Sie sie erneut ab.
link-new-intro = Fügen Sie den neuen Link der Datei ein (zum Beispiel einen frischen von der Seite, von der Sie sie haben). Der Download geht mit den vorhandenen Bytes weiter, wenn der neue Link dieselbe Datei liefert.
add-links-hint = Links einfügen oder eintippen, einen pro Zeile. Text mit Links darin geht auch, ebenso Bereiche wie photo[001-120].jpg.
