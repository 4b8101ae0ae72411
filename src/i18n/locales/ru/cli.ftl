# Haul's command line in Russian: messages, the settings file's problems and --help.
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
