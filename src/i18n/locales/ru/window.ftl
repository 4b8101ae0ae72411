# Haul's window in Russian: the toolbar, the list, rows, details, dialogs and notices.
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
settings-network = Сеть
settings-torrents = Торренты
network-proxy = Прокси
network-proxy-system = Прокси рабочего стола
network-proxy-system-hint = http_proxy, https_proxy, all_proxy и no_proxy, если заданы (так, как их читает curl), иначе настройка прокси рабочего стола, включая PAC-файлы.
network-proxy-none = Без прокси
network-proxy-manual = Этот прокси:
network-proxy-address = Адрес
network-proxy-except = Кроме
settings-proxy-error = Прокси (страница «Сеть»): { $error }
network-logins = Данные для входа
network-logins-netrc = Данные из ~/.netrc используются для их хостов (если файл можете читать только вы).
network-logins-keyring = Данные для входа, которые Haul запоминает, хранятся в связке ключей рабочего стола.
network-logins-file = Связки ключей здесь нет: данные для входа, которые Haul запоминает, хранятся в его собственном файле, доступном только вам.
torrents-peers = Поиск пиров
torrents-dht = Искать пиров через DHT
torrents-trackers = Спрашивать пиров у трекеров торрентов
torrents-pex = Обмениваться пирами с другими пирами (PEX)
torrents-upnp = Пускать пиров к Haul через роутер (UPnP)
torrents-port = Порт, на котором пиры находят Haul (0: любой свободный)
torrents-network-hint = Вступает в силу, когда ни один торрент не идёт и не стоит на паузе, или при следующем запуске Haul.
torrents-sharing = Раздача
torrents-upload-limit = Ограничение отдачи, все торренты (0: нет)
torrents-seed-ratio = Раздавать, пока не отдано столько размеров
torrents-seed-minutes = или не дольше (0: без ограничения по времени)
torrents-sharing-hint = Если оба 0, готовый торрент не раздаётся. Раздача не задерживает «по завершении».
network-certificates = Сертификаты
network-ca-file = Также доверять центрам из
network-trusted = Доверенный для { $host }: SHA-256 { $sha256 }
network-trusted-remove = Больше не доверять этому сертификату для { $host }
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
status-progress = { $percent } % из { $total }
status-progress-left = { $percent } % из { $total }, осталось { $time }
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

## Add dialog
add-title = Добавить загрузки
add-links = Ссылки
add-save-to = Сохранить в
add-choose-folder = Выбрать…
add-start-paused = Начать приостановленными
add-quality = Качество видео
add-quality-best = Лучшее
add-quality-worst = Наименьшее
add-quality-at-most = До { $lines }p
add-video-pages = Страницы с видео: через yt-dlp
add-video-pages-hint = Для ссылок на страницы с видео (ссылки на YouTube, Vimeo и подобные и так обрабатываются так).
add-torrent-reading = Читаются файлы торрента (файлы магнет-ссылки приходят от её пиров)…
add-torrent-unknown = Не удаётся получить список файлов торрента ({ $reason }); будут скачаны все.
add-torrent-files = { $name }: { $chosen } из { $count } файлов, { $size }
add-torrent-all = Все
add-torrent-none = Ни одного
add-torrent-more = …и ещё { $count } (выбраны кнопками выше)
add-advanced = Дополнительно: что отправляют запросы
add-referer = Referer
add-user-agent = User-Agent
add-cookie = Cookie
add-header-lines = Другие заголовки
add-remember-site = Запомнить для этих сайтов (без cookie)
notice-link-not-added = Ссылка не добавлена: { $reason }
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
add-use-whole-link = Взять ссылку целиком
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
details-resolution = Разрешение
details-duration = Длительность
details-segments = Сегменты
details-segments-of = { $done } из { $total }
details-info-hash = Info-хеш
details-peers = Пиры
details-peers-of = подключено { $peers } (со всем: { $seeds }), известно { $seen }
details-uploaded = Отдано
details-copy-magnet = Копировать магнет-ссылку
details-ratio = Рейтинг
details-files = Файлы ({ $count })
details-peer-list = Пиры ({ $count })
details-peer = { $address } · { $client } · ↓ { $down } · ↑ { $up }
details-trackers = Трекеры ({ $count })
details-tracker = { $address }: { $state }
details-tracker-asking = запрос…
details-tracker-working = работает: сидов { $seeds }, качают { $downloading }, скачали { $finished }
details-tracker-no-scrape = не сообщает числа
details-tracker-timed-out = нет ответа
details-tracker-unreachable = недоступен
details-tracker-said = сообщает «{ $said }»
details-tracker-bad-answer = отвечает, но не как трекер
details-tracker-not-through-proxy = не опрошен: UDP не идёт через прокси
details-tracker-unknown-kind = адрес не трекера, который Haul может опросить
details-tracker-off = не опрошен: трекеры выключены в настройках
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
why-queue-limit = Ограничение очереди { $queue } ({ $speed }), общее для её загрузок.
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
why-line-full = Сервер или линия даёт этой загрузке всего около { $speed }: больше соединений её не ускорили.

## Row actions and menus
action-pause = Приостановить
action-resume = Продолжить
action-retry = Повторить
action-cancel = Отменить
action-open = Открыть
action-show-in-folder = Показать в папке
action-remove = Убрать из списка
action-change-link = Изменить ссылку…
action-log-in = Войти…
action-trust-certificate = Доверять этому сертификату…
action-stop-seeding = Остановить раздачу
row-seeding = Раздаётся (рейтинг { $ratio } из { $goal })
row-seeding-for = Раздаётся (рейтинг { $ratio }, осталось { $left })
row-seeding-until-stopped = Раздаётся (рейтинг { $ratio }, до остановки)
trust-title = Доверять сертификату { $host }?
trust-fingerprint = Его отпечаток SHA-256 (сравните с тем, что сообщит владелец сервера):
trust-warning = Доверяйте, только если знаете, что он принадлежит серверу: любой между вами и сервером может показать свой сертификат. Доверие действует только для этого хоста и хранится в настройках.
trust-confirm = Доверять для { $host }
login-title = Вход на { $host }
login-realm = Требуется вход для «{ $realm }».
login-user = Имя пользователя
login-password = Пароль
login-remember = Запомнить для этого сайта
login-proxy-remember = Запомнить для этого прокси
login-proxy-title = Вход на прокси { $proxy }
login-proxy-kept = Данные для входа сохраняются в адресе прокси в Настройки > Сеть.
login-submit = Войти
notice-login-kept-keyring = Данные для входа на этот сайт сохранены в связке ключей рабочего стола.
notice-login-kept-file = Данные для входа на этот сайт сохранены в собственном файле Haul (связки ключей здесь нет), читать его можете только вы.
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
notice-opening = Открываю { $name }…
notice-showing = Показываю { $name } в папке…
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
row-torrent-peers = { $status } · { $peers ->
    [one] { $peers } пир
    [few] { $peers } пира
   *[many] { $peers } пиров
} (сидов: { $seeds })
row-torrent-sending = { $status } · ↑ { $speed }
row-added-at = Добавлено { $time }
notice-undo-too-late = Отменить уже нельзя: файлы удалены.
the-download = загрузки
notice-new-link = Новая ссылка для { $name }: проверяем, тот ли это файл
notice-new-link-refused = Новая ссылка не использована: { $reason }

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
notice-magnet-copied = Магнет-ссылка скопирована

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
desktop-no-answer = ничто не ответило за { $seconds } с
desktop-no-file-manager = файловый менеджер не ответил
desktop-login-not-saved = Не удалось сохранить данные для входа: { $detail }
desktop-no-notifications = нет службы уведомлений: { $detail }
settings-not-applied = Не удалось применить новые настройки: { $detail }
settings-not-written = Не удалось сохранить настройки ({ $detail }): { $path }
row-with-note = { $status } ({ $note })
drop-failed = Не удалось прочитать перетащенные ссылки: { $reason }.
notice-from-browser = Из браузера: { $what }
link-new-for = Новая ссылка для { $name }
remote-not-started = Другие программы не могут управлять Haul: { $reason }.
drag-not-utf8 = Перетаскиваемый текст — не корректный UTF-8; нечитаемые символы заменены.
drag-not-utf16 = Перетаскиваемый текст — не корректный UTF-16; нечитаемые символы заменены.
drop-dialog-open = Перетащенные ссылки не добавлены, потому что открыт другой диалог; закройте его и перетащите их снова.
link-new-intro = Вставьте новую ссылку на файл (например, свежую со страницы, откуда вы его брали). Если новая ссылка ведёт к тому же файлу, загрузка продолжится с уже полученными байтами.
add-links-hint = Вставьте или введите ссылки, по одной в строке. Подойдёт и текст со ссылками, и диапазоны вроде photo[001-120].jpg.
