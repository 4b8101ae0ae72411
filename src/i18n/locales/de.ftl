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
