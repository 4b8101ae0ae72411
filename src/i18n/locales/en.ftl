# Haul's words in English: the source every other language translates.
toolbar-add = Add
toolbar-add-hint = Add links (Ctrl+N)
toolbar-pause-all = Pause all
toolbar-pause-all-hint = Pause every download
toolbar-resume-all = Resume all
toolbar-resume-all-hint = Resume paused downloads
toolbar-retry-failed = Retry failed
toolbar-retry-failed-hint = Try every failed download again
toolbar-clear-finished = Clear finished
toolbar-clear-finished-hint = Remove finished downloads from the list (the files stay)
toolbar-clear-failed = Clear failed
toolbar-clear-failed-hint = Remove failed downloads from the list
toolbar-settings = Settings
toolbar-details = Details
toolbar-details-hint = Show details of the selected download
column-name = Name
column-size = Size
column-progress = Progress
column-speed = Speed
column-time-left = Time left
column-added = Added
column-status = Status
settings-title = Settings
settings-general = General
settings-categories = Categories
settings-queues = Queues
settings-speed-schedule = Speed schedule
settings-desktop = Desktop
settings-remote = Remote control
settings-language = Language
settings-language-system = Like the system ({ $language })
dialog-save = Save
dialog-cancel = Cancel
list-empty-title = No downloads yet
list-empty-hint = Paste links anywhere with Ctrl+V, press Ctrl+N or Add,
    or drop links, text with links, or link-list files here.
downloads-count = { $count ->
    [one] { $count } download
   *[other] { $count } downloads
}
status-active = { $count } active
status-waiting = { $count } waiting
status-finished = { $count } finished
status-failed = { $count } failed
status-free = { $size } free
status-limit = (limit { $speed })
status-progress = { $percent }% of { $total }
status-progress-left = { $percent }% of { $total }, { $time } left
tab-all = All
tab-active = Active
tab-waiting = Waiting
tab-finished = Finished
tab-failed = Failed
filter-label = Filter
filter-hint = name or link (Ctrl+F)
category-any = Any kind
queue-all = All queues
