# Haul's Settings pages in Russian.
## Settings pages
settings-download-folder = Папка загрузок
settings-jobs = Одновременных загрузок
settings-connections-per-file = Соединений на файл
settings-connections-per-server = Соединений на сервер
settings-overall-limit = Общее ограничение скорости
settings-no-limit = нет
settings-limit-hint = в секунду, например 500K или 2M
settings-attempts = Попыток до отказа
settings-stall-timeout = Ждать молчащий сервер
settings-connect-timeout = Ждать соединения
settings-retry-delay = Наибольшая пауза между попытками
unit-seconds = с
settings-notifications = Уведомления
settings-notifications-check = Сообщать, когда загрузки завершаются или завершаются с ошибкой
settings-checksums = Контрольные суммы
settings-checksums-check = Искать опубликованные контрольные суммы и проверять файлы
settings-checksums-hint = SHA256SUMS рядом с файлом или ИМЯ.sha256
settings-colours = Цвета
settings-colours-system = Как в системе
settings-colours-light = Светлые
settings-colours-dark = Тёмные
when-done-nothing = Ничего
when-done-quit = Выйти из Haul
when-done-suspend = Ждущий режим
when-done-hibernate = Гибернация
when-done-power-off = Выключить
when-done-command = Выполнить команду
when-done-command-hint = команда
queues-intro = Каждая очередь выполняет своё число загрузок одновременно, со своей скоростью и по своему расписанию, если оно есть. Перемещайте загрузки между очередями через их меню.
queues-new = Новая очередь
queues-when-all-done = Когда все загрузки завершены
queues-keep-awake = Не давать компьютеру засыпать, пока идут загрузки
queues-at-once = одновременно
queues-limit = ограничение
queues-proxy = Прокси
queues-proxy-hint = прокси из настроек (или none, system, адрес)
queues-remove = Удалить эту очередь
queues-when-done = По завершении
queues-on-schedule = Запускать { $queue } по расписанию
queues-starts-at = Начало в
queues-stops-at = конец в
queues-weekly = каждую неделю
queues-once = один раз
queues-on-days = Дни
queues-every-day = (каждый день)
categories-intro = Файлы попадают в папку своей категории, если она задана (внутри папки загрузок, если путь не начинается с / или ~/). Пусто — папка загрузок.
categories-file-types = Типы файлов
categories-hosts = Хосты
categories-new = Новая категория
categories-name-of = Название категории { $number }
categories-other-rule = то, что не подошло ни под одно правило
categories-types-of = Типы файлов: { $category }
categories-any-host = любые
categories-hosts-of = Хосты: { $category }
categories-download-folder = папка загрузок
categories-folder-of = Папка: { $category }
categories-choose-folder = Выбрать папку
categories-choose-folder-for = Выбрать папку для { $category }
categories-remove = Удалить эту категорию
categories-remove-named = Удалить { $category }

## Folder chooser
folders-intro = На этом рабочем столе нет диалога выбора папки, поэтому выберите папку здесь: введите или вставьте путь либо пройдите по папкам ниже.
folders-up = Вверх
folders-reading = Чтение папки…
folders-none-inside = Вложенных папок нет.
folders-use = Использовать эту папку
folders-missing = Такой папки нет.
folders-forbidden = У вас нет прав на чтение этой папки.
folders-is-file = Это файл, а не папка.
folders-unreadable = Эту папку не удаётся прочитать.

## Remote control settings
remote-enable = Разрешить другим программам управлять Haul (JSON-RPC aria2: AriaNg, aria2p, скрипты)
remote-enable-hint = Они смогут добавлять, приостанавливать и удалять загрузки. Каждый вызов должен содержать секрет.
remote-this-computer = адрес этого компьютера
remote-port = Порт
remote-address = Адрес
remote-secret = Секрет
remote-new-secret = Новый секрет
remote-origins = Разрешённые веб-страницы
remote-needs-secret = Нужен секрет; без него ничего не принимается.
remote-listen-all = Доступно с других компьютеров (слушать на всех сетевых адресах)
remote-listen-all-hint = Выключено: подключаться могут только программы на этом компьютере. Веб-страницы отклоняются, если их нет в списке выше (адрес, с которого открыт AriaNg).

## Desktop settings
desktop-tray-present = Ваш рабочий стол показывает Haul в трее.
desktop-no-tray = Сейчас на этом рабочем столе нет трея для Haul: закрытие окна завершает программу.
desktop-close-to-tray = При закрытии окна Haul продолжает загрузку в трее
desktop-autostart = Запускать Haul вместе с рабочим столом (скрыто в трее)
desktop-clipboard = Предлагать скопированные ссылки на загрузку (сам ничего не добавляет)
desktop-clipboard-hint = Haul следит за буфером обмена, пока работает. В Wayland он видит только то, что скопировано, пока его окно на переднем плане.

## Speed schedule
grid-enable = Следовать недельному расписанию скорости
grid-limited-hours = Часы с ограничением:
grid-limited-hint = напр. 500K
grid-no-rate = (скорость не задана: часы с ограничением идут на полной)
grid-full = полная скорость
grid-limited = ограничено
grid-paused = пауза
grid-hint = — щёлкните час, чтобы изменить, проведите, чтобы закрасить
settings-limit-error = Ограничение скорости: { $error }
settings-unsaved = Вы изменили настройки: «Сохранить» оставит их, «Отмена» отбросит.
