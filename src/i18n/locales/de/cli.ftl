# Haul's command line in German: messages, the settings file's problems and --help.
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
