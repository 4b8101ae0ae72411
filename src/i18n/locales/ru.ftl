# Haul по-русски.
toolbar-add = Добавить
toolbar-add-hint = Добавить ссылки (Ctrl+N)
toolbar-pause-all = Приостановить все
toolbar-pause-all-hint = Приостановить все загрузки
toolbar-resume-all = Возобновить все
toolbar-resume-all-hint = Возобновить приостановленные загрузки
toolbar-retry-failed = Повторить неудачные
toolbar-retry-failed-hint = Попробовать снова все неудавшиеся загрузки
toolbar-clear-finished = Убрать завершённые
toolbar-clear-finished-hint = Убрать завершённые загрузки из списка (файлы останутся)
toolbar-clear-failed = Убрать неудачные
toolbar-clear-failed-hint = Убрать неудавшиеся загрузки из списка
toolbar-settings = Настройки
toolbar-details = Подробности
toolbar-details-hint = Показать подробности выбранной загрузки
column-name = Имя
column-size = Размер
column-progress = Ход
column-speed = Скорость
column-time-left = Осталось
column-added = Добавлено
column-status = Состояние
settings-title = Настройки
settings-general = Общие
settings-categories = Категории
settings-queues = Очереди
settings-speed-schedule = Расписание скорости
settings-desktop = Рабочий стол
settings-remote = Удалённое управление
settings-language = Язык
settings-language-system = Как в системе ({ $language })
dialog-save = Сохранить
dialog-cancel = Отмена
list-empty-title = Загрузок пока нет
list-empty-hint = Вставьте ссылки где угодно через Ctrl+V, нажмите Ctrl+N или «Добавить»,
    или перетащите сюда ссылки, текст со ссылками или списки ссылок.
downloads-count = { $count ->
    [one] { $count } загрузка
    [few] { $count } загрузки
   *[many] { $count } загрузок
}
status-active = активных: { $count }
status-waiting = в очереди: { $count }
status-finished = завершено: { $count }
status-failed = с ошибкой: { $count }
status-free = свободно { $size }
status-limit = (лимит { $speed })
status-progress = { $percent }% из { $total }
status-progress-left = { $percent }% из { $total }, осталось { $time }
tab-all = Все
tab-active = Активные
tab-waiting = Ожидают
tab-finished = Завершённые
tab-failed = С ошибкой
filter-label = Фильтр
filter-hint = имя или ссылка (Ctrl+F)
category-any = Любой тип
queue-all = Все очереди
