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
