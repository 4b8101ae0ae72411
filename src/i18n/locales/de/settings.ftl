# Haul's Settings pages in German.
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
queues-proxy = Proxy
queues-proxy-hint = der Proxy der Einstellungen (oder none, system, eine Adresse)
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

## Desktop settings
desktop-tray-present = Ihr Desktop zeigt Haul im Infobereich.
desktop-no-tray = Auf diesem Desktop zeigt gerade kein Infobereich Haul: Schließen des Fensters beendet Haul.
desktop-close-to-tray = Beim Schließen des Fensters lädt Haul im Infobereich weiter
desktop-autostart = Haul mit dem Desktop starten (im Infobereich versteckt)
desktop-clipboard = Kopierte Download-Links anbieten (fügt nie selbst hinzu)
desktop-clipboard-hint = Haul sieht sich die Zwischenablage an, solange es läuft. Unter Wayland sieht es nur, was kopiert wurde, während sein Fenster vorn ist.

## Speed schedule
grid-enable = Einem wöchentlichen Geschwindigkeitsplan folgen
grid-limited-hours = Begrenzte Stunden:
grid-limited-hint = z. B. 500K
grid-no-rate = (keine Rate: begrenzte Stunden laufen voll)
grid-full = volle Geschwindigkeit
grid-limited = begrenzt
grid-paused = angehalten
grid-hint = — Stunde anklicken zum Ändern, ziehen zum Malen
settings-limit-error = Geschwindigkeitsbegrenzung: { $error }
settings-unsaved = Sie haben Einstellungen geändert: Speichern behält sie, Abbrechen verwirft sie.
