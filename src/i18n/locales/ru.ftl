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
row-waiting = Ожидает
row-connecting = Подключение
row-downloading = Загрузка
row-saving = Сохранение
row-finding-checksum = Поиск контрольной суммы…
row-verifying = Проверка… { $percent }%
row-waiting-for = Ожидает: { $reason }
row-retrying = Повтор через { $seconds } с: { $reason }
row-paused = Приостановлено
row-paused-because = Приостановлено: { $reason }
row-finished = Завершено
row-failed = Ошибка: { $reason }
row-cancelled = Отменено

## Amounts and dates
number-decimal = ,
unit-b = Б
unit-kib = КиБ
unit-mib = МиБ
unit-gib = ГиБ
unit-tib = ТиБ
unit-pib = ПиБ
unit-per-second = /с
size-exact = { $bytes } байт
duration-over-day = > 1 суток
month-1 = янв.
month-2 = февр.
month-3 = мар.
month-4 = апр.
month-5 = мая
month-6 = июн.
month-7 = июл.
month-8 = авг.
month-9 = сент.
month-10 = окт.
month-11 = нояб.
month-12 = дек.
weekday-mon = пн
weekday-tue = вт
weekday-wed = ср
weekday-thu = чт
weekday-fri = пт
weekday-sat = сб
weekday-sun = вс
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year } г.
date-full = { $day } { $month } { $year } г., { $time }

## Why a download failed, waits or is slow
tls-no-roots = на этом компьютере нет доверенных центров сертификации (установлен ли ca-certificates?)
tls-unknown-issuer = недоверенный сертификат (подписан не тем центром, которому доверяет этот компьютер)
tls-expired = сертификат истёк
tls-not-valid-yet = сертификат ещё не действителен (верно ли идут часы этого компьютера?)
tls-wrong-host = сертификат для другого имени хоста
tls-revoked = сертификат отозван
tls-bad-signature = подпись сертификата не совпадает
tls-other-certificate = сертификат не принят: { $detail }
tls-handshake = не удалось установить защищённое соединение: { $detail }
reason-http-status = сервер ответил { $code } { $phrase }
reason-connect-failed = не удалось подключиться: { $detail }
reason-stalled = сервер не присылал данные { $seconds } с
reason-connection-lost = соединение потеряно: { $detail }
reason-truncated = соединение закрыто после { $received } из { $expected } байт
reason-invalid-answer = сервер прислал неверный ответ: { $detail }
reason-not-http = ответ сервера — не HTTP ({ $detail })
reason-keeps-changing = файл на сервере всё время меняется
reason-disk-full = диск заполнен
reason-disk-full-needs = диск заполнен; нужно ещё { $size }
reason-disk-write = не удалось записать { $path }: { $detail }
reason-disk-read = не удалось прочитать { $path }: { $detail }
checksum-source-given = указанная
reason-checksum-source = файл повреждён: { $algorithm } не совпадает с { $kind ->
    [given] указанной
    [header] суммой из заголовка { $name } сервера
   *[file] суммой из { $name }
}
reason-checksum-values = файл повреждён: { $algorithm } равна { $actual }, а не { $expected }
reason-other-file-sizes = новая ссылка ведёт к другому файлу: { $new } вместо { $old }
reason-other-file = новая ссылка ведёт к другому файлу (байты отличаются)
reason-web-page = сервер прислал веб-страницу вместо { $name }: часто это страница входа или ошибки
reason-web-page-about = сервер прислал веб-страницу ({ $about }) вместо { $name }: часто это страница входа или ошибки
reason-no-file = сервер не прислал файл
reason-names-taken = все имена вида { $name } в { $folder } заняты
reason-no-thread = не удалось запустить рабочий поток: { $detail }
reason-password-lost = пароль ссылки не сохранился; добавьте ссылку снова
reason-other-haul = этот файл загружает другой Haul
reason-then-free-space = { $reason }; освободите место и возобновите
speed-server-allows = { $count ->
    [one] сервер разрешает { $count } соединение
    [few] сервер разрешает { $count } соединения
   *[other] сервер разрешает { $count } соединений
}
speed-no-parallel = сервер не поддерживает параллельные соединения
connections-added = { $from } -> { $to } соединений: сервер ограничивает каждое до { $speed }
scheduled-speed-pauses = Ожидание: сейчас пауза по расписанию скорости
scheduled-at = По расписанию: начнётся в { $time }
scheduled-on = По расписанию: начнётся { $day } в { $time }
scheduled-passed = По расписанию: разовое окно уже прошло

## Notices
notice-queue-done = Все загрузки в { $queue } завершены.
notice-all-done = Все загрузки завершены.
notice-saved-unreadable = Не удалось прочитать { $what ->
    [passwords] сохранённые пароли
   *[list] сохранённый список загрузок
} ({ $problem }). Копия сохранена как { $path }, Haul запущен без неё.
notice-saved-unreadable-kept = Не удалось ни прочитать { $what ->
    [passwords] сохранённые пароли
   *[list] сохранённый список загрузок
} ({ $problem }), ни отложить в сторону ({ $error }): { $path }
notice-saved-link-invalid = Сохранённая загрузка удалена, потому что её ссылка неверна ({ $problem }): { $link }
notice-list-not-saved = Не удалось сохранить список загрузок ({ $problem }): { $path }
notice-started-over = { $path } получен по другой ссылке и это другой файл, поэтому загрузка начинается заново на том же месте.
notice-control-unreadable = Не удалось прочитать запись о незавершённой загрузке { $path }, поэтому она сохранена как { $kept }; байты частичного файла сверяются с сервером перед использованием.
notice-partial-set-aside = Незавершённая загрузка в { $path } не совпала с файлом на сервере, поэтому она сохранена как { $kept }, а загрузка начинается заново.

## Links that could not be used
link-scheme = ссылки { $scheme } не поддерживаются (только http и https)
link-invalid = неверная ссылка ({ $detail })
link-no-host = в ссылке нет хоста
link-checksum-option = это не контрольная сумма для ссылки выше (используйте checksum=sha-256=HEX)
link-add-scheme = добавьте http:// или https://, чтобы это стало ссылкой
link-add-scheme-to = добавьте http:// или https://, чтобы это стало ссылкой ({ $link })
link-spaces = в ссылке не может быть пробелов; пишите их как %20
link-too-many = больше { $count } ссылок; остальные пропущены
link-problem = строка { $line }: { $reason }: { $text }
range-too-many = диапазон даёт слишком много ссылок (больше { $count })
range-zero-step = шаг диапазона должен быть не меньше 1
range-step-too-large = шаг диапазона слишком велик
range-number-too-large = число в диапазоне слишком велико
range-backwards = диапазон [{ $range }] идёт в обратную сторону
range-too-many-digits = в числе диапазона больше { $count } цифр
add-bad-checksum = контрольная сумма SHA-256 состоит из 64 шестнадцатеричных цифр
engine-no-client = не удалось настроить HTTP-клиент: { $detail }

## The command line
cli-try-help = Подробнее: 'haul get --help'.
cli-skipped = пропущено { $what }
cli-no-usable-links = нет подходящих ссылок
cli-interrupted = прервано; запустите ту же команду снова, чтобы продолжить
cli-folder-is-file = { $path } — это файл, а не папка; выберите другую с помощью -d
cli-cannot-create-folder = не удаётся создать папку загрузок { $path } ({ $detail })
cli-free-space-and-rerun = { $reason }; освободите место и запустите ту же команду снова
cli-failed = ошибка: { $name }: { $reason } ({ $link })
cli-no-links = ссылки не указаны
cli-cannot-read = не удаётся прочитать { $path } ({ $detail })
cli-output-one-link = для -o/--output нужна ровно одна ссылка
cli-output-a-name = -o/--output принимает имя файла; папку задаёт -d
cli-bad-sha256 = для --sha256 нужно 64 шестнадцатеричные цифры
cli-bad-checksum = для --checksum нужно sha-256=HEX, sha-512=HEX, sha-1=HEX или md5=HEX с верным числом шестнадцатеричных цифр
cli-checksum-one-link = для --sha256 и --checksum нужна ровно одна ссылка
cli-not-a-link = '{ $text }': не ссылка
cli-quoted-problem = '{ $text }': { $reason }
cli-waiting = ожидание: { $reason } ({ $name })
cli-saved = сохранено { $path } ({ $size })
cli-already-downloaded = уже загружено: { $path } ({ $size })
cli-more-already-downloaded = ... и ещё { $count } уже загружено
cli-summary-saved = сохранено: { $count } ({ $size })
cli-summary-already = уже загружено: { $count }
cli-summary-failed = с ошибкой: { $count }
cli-summary-unfinished = не завершено: { $count }
cli-summary = ссылок: { $count }; { $parts }
cli-time-left = осталось { $time }
cli-no-home = не удаётся найти домашнюю папку; задайте HOME
daemon-already-running = Haul уже работает со списком в { $path } (окно или другая служба); сначала закройте его
daemon-no-inbox = ссылки, открытые через Haul, не дойдут до этой службы: { $detail }
daemon-listening = ожидаю JSON-RPC на { $address }, файлы сохраняются в { $path }
daemon-not-stopped = некоторые загрузки не остановились вовремя; они продолжатся в следующий раз
daemon-needs-secret = нужен секрет: --rpc-secret СЕКРЕТ, --rpc-secret-file ФАЙЛ или ${ $variable } (клиенты передают его как "token:СЕКРЕТ")
daemon-needs-window = для выбора ссылок со страницы нужно окно; пропущено
browser-wrote = { $browser }: записан { $path }
browser-installed = Расширение из assets/browser/ теперь может связаться с Haul ({ $path }) (загрузите его распакованным; см. README).
browser-removed = удалён { $path }
browser-nothing-to-remove = удалять нечего

## The settings file
settings-unreadable = Не удалось прочитать настройки ({ $detail }); используются значения по умолчанию: { $path }
settings-bad-limit = speed_limit { $detail }; ограничение не действует, пока это не исправлено
settings-problems = В настройках ({ $path }): { $problems }.
settings-invalid = Файл настроек неверен и оставлен без изменений; пока он не исправлен, используются значения по умолчанию. { $path }: { $detail }
settings-unknown-key = '{ $key }' — неизвестная Haul настройка
settings-unknown-key-near = '{ $key }' — неизвестная Haul настройка (может быть, { $near }?)
settings-out-of-range = { $setting } вне диапазона { $range }; используется { $used }
rate-not-a-rate = '{ $text }' — не скорость вида 500K или 2M
rate-not-positive = '{ $text }' должна быть положительной скоростью
word-or = или

## Add dialog
add-title = Добавить загрузки
add-links = Ссылки
add-save-to = Сохранить в
add-choose-folder = Выбрать…
add-start-paused = Начать приостановленными
add-queue = Очередь
add-ctrl-enter = Ctrl+Enter — добавить
add-clipboard-holds = { $count ->
    [one] В буфере обмена { $count } ссылка.
    [few] В буфере обмена { $count } ссылки.
   *[other] В буфере обмена { $count } ссылок.
}
add-use-clipboard = { $count ->
    [one] Взять ссылку из буфера обмена
   *[other] Взять ссылки из буфера обмена ({ $count })
}
add-continue-unfinished = Продолжить незавершённый { $name } ({ $have }) по этой ссылке, если она ведёт к тому же файлу
add-button-add = { $count ->
    [one] Добавить { $count } загрузку
    [few] Добавить { $count } загрузки
   *[other] Добавить { $count } загрузок
}
add-button-continue = { $count ->
    [one] Продолжить { $count } загрузку
    [few] Продолжить { $count } загрузки
   *[other] Продолжить { $count } загрузок
}
add-button-both = Добавить { $add }, продолжить { $continue }
add-already-here = { $count ->
    [one] { $count } ссылка уже есть и будет пропущена, если не отметить её:
    [few] { $count } ссылки уже есть и будут пропущены, если не отметить их:
   *[other] { $count } ссылок уже есть и будут пропущены, если не отметить их:
}
add-in-list = { $link }: уже в списке ({ $status })
add-downloaded = { $link }: уже загружено в { $path }
add-downloaded-on = { $link }: уже загружено { $day } в { $path }
add-no-links-yet = Ссылок пока нет
add-no-valid-links = Подходящих ссылок не найдено
add-links-found = { $count ->
    [one] Найдена { $count } ссылка
    [few] Найдено { $count } ссылки
   *[other] Найдено { $count } ссылок
}
add-with-checksums = { $summary }, с контрольной суммой: { $count }
link-problem-line = Строка { $line }: { $reason }: { $text }
add-problems = { $count ->
    [one] { $count } проблема (пропущено):
    [few] { $count } проблемы (пропущено):
   *[other] { $count } проблем (пропущено):
}
and-more = … и ещё { $count }

## Details panel
details-pieces = { $done } из { $total } здесь; соединений в работе: { $count }
details-speed-peak = Последние { $time } — пик { $speed }
details-select = Выберите загрузку, чтобы увидеть подробности.
details-why-slow = Почему медленно: { $why }
details-file = Файл
details-folder = Папка
details-link = Ссылка
details-from-page = Со страницы
details-led-to = Привела к
details-server = Сервер
details-modified = Изменён
details-size = Размер
details-size-unknown = { $size } (размер неизвестен)
details-added = Добавлено
details-finished = Завершено
details-limit = Ограничение
details-checksum = Контрольная сумма
details-copy-path = Копировать путь
details-checksum-damaged = повреждён: { $algorithm } должна быть { $expected }, а равна { $actual } (байты сохранены рядом с файлом как .damaged)
details-checksum-verified = проверено: { $algorithm } { $value } из { $kind ->
    [given] указанной суммы
    [header] заголовка { $name } сервера
   *[file] { $name }
}
details-checksum-given = { $algorithm } { $value } (проверяется по завершении загрузки)
details-connections = Соединения: { $open } из { $wanted }
details-the-end = конца
details-connection = { $number }. с { $from } до { $to }, сейчас { $at } — { $speed }
details-retries = Повторы
details-failed-times = Неудачных попыток пока: { $count }.
details-attempt = { $time } — попытка { $attempt }: { $reason }
why-free-slot = Ожидание свободного места: одновременно загрузок — { $count } (Настройки).
why-not-downloading = Не загружается: { $reason }.
why-host-limit-reached = Ожидание соединения: достигнут ваш предел соединений на хост (Настройки).
why-own-limit = Ваше ограничение скорости для этой загрузки ({ $speed }).
why-overall-limit = Ваше общее ограничение скорости ({ $speed }), общее для всех загрузок.
why-disk = Диск: запись занимает { $percent } % времени.
why-server-accepts = { $count ->
    [one] Сервер пока принимает от вас только { $count } соединение.
    [few] Сервер пока принимает от вас только { $count } соединения.
   *[other] Сервер пока принимает от вас только { $count } соединений.
}
why-no-parallel = Сервер не отдаёт файл частями, поэтому одно соединение загружает всё.
why-host-limit = Ваш предел соединений на хост: открыто { $open } из { $wanted } (Настройки).
why-per-connection = Сервер отдаёт каждому соединению около { $speed }: он ограничивает скорость на соединение.

## Row actions and menus
action-pause = Приостановить
action-resume = Продолжить
action-retry = Повторить
action-cancel = Отменить
action-open = Открыть
action-show-in-folder = Показать в папке
action-remove = Убрать из списка
action-change-link = Изменить ссылку…
action-start-over = Начать заново
action-download-again = Загрузить снова
column-sort-by = Сортировать: { $column }
list-nothing-here = Здесь нет загрузок
list-nothing-matches = Ничто на этой вкладке не подходит под фильтр.
menu-speed-limit = Ограничение скорости…
menu-copy-link = Копировать ссылку
menu-move-up = Выше
menu-move-down = Ниже
menu-move-top = В начало
menu-move-bottom = В конец
menu-move-to-queue = Переместить в очередь
notice-retrying-one = Повтор: { $name }
notice-retrying = Повтор загрузок: { $count }
notice-cannot-open = Не удалось открыть { $name }: { $problem }.
notice-cannot-show = Не удалось показать { $name } в файловом менеджере: { $problem }.
undo-cancelled = Отменено: { $what }
undo-removed = Убрано из списка: { $what }
undo-sentence = { $done }.
undo-sentence-partial = { $count ->
    [one] { $done }; частичный файл ({ $size }) будет удалён.
   *[other] { $done }; частичные файлы ({ $size }) будут удалены.
}
row-failed-again = Снова ошибка: { $reason }
row-verified = Проверено ({ $algorithm } из { $source })
row-link-expired = { $status } — возможно, ссылка устарела: измените ссылку
row-limited = { $status } · ограничено до { $speed }
row-added-at = Добавлено { $time }
notice-undo-too-late = Отменить уже нельзя: файлы удалены.
the-download = загрузки
notice-new-link = Новая ссылка для { $name }: проверяем, тот ли это файл
notice-new-link-refused = Новая ссылка не использована: { $reason }

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

## Dropping
drop-not-text = { $name } — не текстовый файл; пропущен.
drop-too-large = { $name } больше { $size }; прочитано только начало.
drop-no-links = В { $name } нет ссылок.
drop-problem = { $name }, { $problem }
drop-unreadable = Не удалось прочитать { $name }: { $detail }.
drop-is-folder = это папка
drop-check = Перед добавлением их можно проверить.
drop-title = Отпустите, чтобы добавить ссылки
drop-reads = Haul прочитает ссылки в том, что вы отпустите. { $check }
drop-reads-files = { $count ->
    [one] Haul прочитает ссылки в этом файле. { $check }
   *[other] Haul прочитает ссылки в этих файлах ({ $count }). { $check }
}
drop-title-links = { $count ->
    [one] Отпустите, чтобы добавить { $count } ссылку
    [few] Отпустите, чтобы добавить { $count } ссылки
   *[other] Отпустите, чтобы добавить { $count } ссылок
}
drop-title-files = { $files ->
    [one] Отпустите, чтобы добавить ссылки из этого файла
   *[other] Отпустите, чтобы добавить ссылки из этих файлов ({ $files })
}
drop-title-both = Отпустите, чтобы добавить { $count ->
    [one] { $count } ссылку
    [few] { $count } ссылки
   *[other] { $count } ссылок
} и ссылки из { $files ->
    [one] этого файла
   *[other] этих файлов ({ $files })
}
drop-nothing = В перетаскиваемом нет ссылок
drop-nothing-detail = Haul принимает веб-ссылки, текст со ссылками и файлы со списками ссылок (.txt, .csv, .html).

## When everything is done
then-quit = Haul закроется через { $seconds } с.
then-quit-now = Выйти сейчас
then-suspend = Компьютер перейдёт в ждущий режим через { $seconds } с.
then-suspend-now = Ждущий режим сейчас
then-hibernate = Компьютер перейдёт в гибернацию через { $seconds } с.
then-hibernate-now = Гибернация сейчас
then-power-off = Компьютер выключится через { $seconds } с.
then-power-off-now = Выключить сейчас
then-command = Ваша команда запустится через { $seconds } с.
then-command-now = Запустить сейчас
then-nothing = Через { $seconds } с ничего не произойдёт.
then-close = Закрыть

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

## Tray and speed limit
tray-show = Показать Haul
tray-add-from-clipboard = Добавить из буфера обмена
tray-quit = Выйти
limit-none = Без ограничения
limit-title = Ограничение скорости
limit-intro = { $count ->
    [one] Ограничить эту загрузку скоростью вроде 500K или 2M в секунду.
   *[other] Ограничить эти загрузки ({ $count }) скоростью вроде 500K или 2M в секунду.
}
limit-example = например 2M
limit-per-second = в секунду
dialog-apply = Применить
drag-too-large = Перетаскиваемые данные больше { $size }; прочитано только начало.
drag-not-local = { $name } — не файл на этом компьютере; пропущен.
drag-cut-character = Перетаскиваемый текст оборвался посреди символа.
link-new = Новая ссылка
link-use = Использовать эту ссылку
link-not-http = Это не ссылка http или https.
link-one-only = Вставьте только одну ссылку.
power-failed = Не удалось { $action ->
    [suspend] перейти в ждущий режим
    [hibernate] перейти в гибернацию
   *[power-off] выключить компьютер
}: { $reason }
when-done-command-failed = Команда по завершении загрузок завершилась с ошибкой ({ $status }): { $command }
when-done-command-not-run = Команду по завершении загрузок не удалось запустить ({ $detail }): { $command }
keep-awake-why = Загрузка файлов: { $count }
power-no-logind = системная служба питания (logind) не ответила: { $detail }
power-not-allowed = система не разрешает этому пользователю { $action ->
    [suspend] ждущий режим
    [hibernate] гибернацию
   *[power-off] выключение
} (ответ: "{ $answer }")

## Desktop settings
desktop-tray-present = Ваш рабочий стол показывает Haul в трее.
desktop-no-tray = Сейчас на этом рабочем столе нет трея для Haul: закрытие окна завершает программу.
desktop-close-to-tray = При закрытии окна Haul продолжает загрузку в трее
desktop-autostart = Запускать Haul вместе с рабочим столом (скрыто в трее)
desktop-clipboard = Предлагать скопированные ссылки на загрузку (сам ничего не добавляет)
desktop-clipboard-hint = Haul следит за буфером обмена, пока работает. В Wayland он видит только то, что скопировано, пока его окно на переднем плане.

## Remove dialog
remove-title = Убрать { $what } из списка?
remove-partial-stays = { $count ->
    [one] Частичный файл остаётся на диске, поэтому, если снова добавить ту же ссылку, загрузка продолжится с места остановки.
   *[other] Частичные файлы остаются на диске, поэтому, если снова добавить те же ссылки, загрузки продолжатся с места остановки.
}
remove-finished-stay = Завершённые файлы всегда остаются.
remove-delete-partial = { $count ->
    [one] Удалить и частичный файл ({ $size })
   *[other] Удалить и частичные файлы: { $count } ({ $size })
}
remove-button = Убрать
remove-keep = Оставить в списке

## Speed schedule
grid-enable = Следовать недельному расписанию скорости
grid-limited-hours = Часы с ограничением:
grid-no-rate = (скорость не задана: часы с ограничением идут на полной)
grid-full = полная скорость
grid-limited = ограничено
grid-paused = пауза
grid-hint = — щёлкните час, чтобы изменить, проведите, чтобы закрасить

## Quitting, notices, undo
quit-title = Загрузки ещё идут
quit-text = Загрузок ещё идёт: { $count }. Если выйти сейчас, они остановятся и продолжатся с того же места при следующем запуске Haul.
quit-keep = Продолжить загрузку
quit-later = Выйти и продолжить позже
dismiss = Скрыть
engine-not-started = Haul не смог запустить механизм загрузки
undo = Отменить
undo-within = отменить можно ещё { $seconds } с
folder-dialog-title = Выберите папку загрузок
window-not-opened = не удалось открыть окно: { $detail }
notice-path-copied = Путь скопирован

## Notifications
notify-finished-one = Загрузка завершена
notify-finished = Загрузок завершено: { $count }
notify-failed-one = { $name }: ошибка
notify-failed = Загрузок с ошибкой: { $count }
notify-mixed = Завершено: { $finished }, с ошибкой: { $failed }
notify-failed-names = С ошибкой: { $names }
notify-and-more = { $names } и ещё { $count }
notify-link-copied = { $count ->
    [one] Скопирована ссылка на загрузку
   *[other] Скопировано ссылок на загрузку: { $count }
}
drag-not-handed-over = программа, из которой перетащили ссылки, не передала их
drag-timed-out = перетаскиваемые данные не пришли за { $seconds } с
notice-launch-link-skipped = Ссылка, с которой открыли Haul, пропущена: { $problem }
notice-autostart-failed = Не удалось изменить запись автозапуска ({ $detail }): { $path }
tray-nothing = Загружать нечего
title-downloading = загружается: { $count }
filter-clear = Очистить фильтр
setup-other-window = её использует другое окно Haul
setup-list-not-kept = Список загрузок нельзя сохранить ({ $why }), поэтому загрузки этого окна не сохранятся: { $path }
setup-no-inbox = Ссылки, открытые через Haul, не дойдут до этого окна, пока оно работает: { $detail }
setup-folder-not-created = Не удаётся создать папку загрузок ({ $detail }): { $path }. Выберите другую в настройках.
desktop-no-application = на этом компьютере нет программы, настроенной для открытия такого файла
desktop-no-file-manager = файловый менеджер не ответил
desktop-no-notifications = нет службы уведомлений: { $detail }
settings-not-applied = Не удалось применить новые настройки: { $detail }
settings-not-written = Не удалось сохранить настройки ({ $detail }): { $path }

## Built-in categories and the main queue
category-videos = Видео
category-music = Музыка
category-pictures = Изображения
category-documents = Документы
category-archives = Архивы
category-programs = Программы
category-other = Другое
queue-main = Основная

## Command-line help
help-usage = Использование
help-options = Параметры
help-arguments = Аргументы
help-commands = Команды
help-help = Показать справку
help-version = Показать версию
help-about = Haul: быстрый и аккуратный менеджер загрузок.
help-urls = Ссылки, которые добавятся при открытии окна.
help-hidden = Запуститься скрытым в трее (если он есть), как при запуске вместе с рабочим столом.
help-get-about = Загрузить без окна и выйти (0: всё завершено, 1: были ошибки, 2: неверный вызов).
help-get-dir = Папка для файлов (по умолчанию: настроенная папка загрузок).
help-get-output = Имя файла (только для одной ссылки).
help-get-input = Читать ссылки из файла ('-' — стандартный ввод), тем же разбором, что и при перетаскивании.
help-get-jobs = Одновременных загрузок.
help-get-connections = Соединений на файл.
help-get-limit = Общее ограничение скорости, например 500K, 2M (байт в секунду).
help-get-sha256 = Проверить готовый файл по этой SHA-256 (64 шестнадцатеричные цифры).
help-get-checksum = Проверить готовый файл по этой сумме: sha-256=HEX, sha-512=HEX, sha-1=HEX или md5=HEX.
help-get-no_checksum_discovery = Не искать опубликованные контрольные суммы (ИМЯ.sha256, SHA256SUMS, ...) рядом с файлами.
help-get-again = Загрузить свежую копию, даже если тот же файл по той же ссылке уже есть в папке (сохраняется как ИМЯ (1)); без этого такой файл остаётся как есть.
help-get-quiet = Не показывать ход загрузки (об ошибках всё равно сообщается).
help-get-urls = Ссылки для загрузки (диапазоны в стиле aria2, например file[01-10].jpg, раскрываются).
help-daemon-about = Работать без окна под управлением JSON-RPC aria2 (AriaNg, aria2p...).
help-daemon-dir = Папка для файлов (по умолчанию: настроенная папка загрузок).
help-daemon-port = Порт API JSON-RPC.
help-daemon-listen_all = Слушать на всех сетевых адресах, а не только на локальном адресе этого компьютера.
help-daemon-secret = Секрет, который должен быть в каждом вызове (также из $HAUL_RPC_SECRET или --rpc-secret-file).
help-daemon-secret_file = Файл, первая строка которого — секрет.
help-daemon-allow_origins = Источник веб-страницы, которому разрешены вызовы, например http://ariang.example:8080 (можно повторять).
help-browser-about = Подключить Haul к расширению браузера (см. assets/browser).
help-browser-install-about = Записать манифесты хоста native messaging для Firefox, Chrome, Chromium, Brave, Vivaldi и Edge, указывающие на эту программу.
help-browser-uninstall-about = Удалить их.
row-with-note = { $status } ({ $note })
