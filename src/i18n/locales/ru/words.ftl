# Haul's words for amounts, dates, reasons and notices in Russian, shared by the window and the command line.
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
reason-no-content-range = сервер прислал часть файла, не указав, какую
reason-unasked-partial = сервер прислал часть файла, которую не запрашивали
reason-unexpected-status = сервер ответил неожиданным статусом ({ $code })
proxy-not-an-address = прокси «{ $text }» не является адресом
proxy-unsupported-scheme = прокси вида «{ $scheme }» использовать нельзя (Haul поддерживает http, https, socks4 и socks5)
proxy-unreachable = не удалось использовать прокси { $proxy }: { $detail }
proxy-login-wanted = прокси { $proxy } требует входа (укажите его в адресе: пользователь:пароль@хост)
proxy-login-refused = прокси { $proxy } не принял данные для входа
login-wanted = { $host } требует входа
login-wanted-for = { $host } требует входа для «{ $realm }»
login-refused = { $host } не принял данные для входа
reason-no-connection = не удалось открыть ни одного соединения с сервером
reason-connection-closed = сервер закрыл соединение до того, как файл был получен целиком
reason-more-than-announced = сервер прислал больше данных, чем объявил
reason-no-body = сервер ответил без файла
reason-no-partial-file = частичный файл не был открыт (ошибка Haul: попробуйте ещё раз)
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
connections-added-faster = { $from } -> { $to } соединений: с каждым шагом загрузка ускорялась
connections-remembered = { $to } соединений с самого начала: столько окупилось с этим сервером раньше
connections-not-faster = { $tried } соединений были не быстрее, чем { $than } (всего около { $speed }): сервер или линия ограничивает загрузку целиком
scheduled-speed-pauses = Ожидание: сейчас пауза по расписанию скорости
scheduled-at = По расписанию: начнётся в { $time }
scheduled-on = По расписанию: начнётся { $day } в { $time }
scheduled-passed = По расписанию: разовое окно уже прошло

## Notices
notice-queue-done = Все загрузки в { $queue } завершены.
notice-queue-failed = Все загрузки в очереди { $queue } завершились ошибкой: то, что должно было произойти по окончании, не выполнено.
notice-all-failed = Все загрузки завершились ошибкой: то, что должно было произойти по окончании, не выполнено.
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
notice-netrc-readable = Данные для входа из { $path } не используются: файл могут читать другие (chmod 600 { $path }).
notice-netrc-unreadable = Не удалось прочитать { $path }: { $detail }
notice-ca-file-empty = Центры сертификации из { $path } не используются: в файле нет сертификатов PEM.
notice-ca-file-unreadable = Центры сертификации из { $path } не используются: { $detail }
notice-started-over = { $path } получен по другой ссылке и это другой файл, поэтому загрузка начинается заново на том же месте.
notice-control-unreadable = Не удалось прочитать запись о незавершённой загрузке { $path }, поэтому она сохранена как { $kept }; байты частичного файла сверяются с сервером перед использованием.
notice-partial-set-aside = Незавершённая загрузка в { $path } не совпала с файлом на сервере, поэтому она сохранена как { $kept }, а загрузка начинается заново.

## Links that could not be used
link-scheme = ссылки { $scheme } не поддерживаются (только http и https)
link-invalid = неверная ссылка ({ $detail })
link-no-host = в ссылке нет хоста
link-bad-magnet = magnet-ссылка не указывает торрент (нет хеша xt=urn:btih:)
link-checksum-option = это не контрольная сумма для ссылки выше (используйте checksum=sha-256=HEX)
link-add-scheme = добавьте http:// или https://, чтобы это стало ссылкой
link-add-scheme-to = добавьте http:// или https://, чтобы это стало ссылкой ({ $link })
link-spaces = в ссылке не может быть пробелов; пишите их как %20
link-space-cut = возможно, пробел обрезал эту ссылку; целиком она была бы { $link }
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

## Built-in categories and the main queue
category-videos = Видео
category-music = Музыка
category-pictures = Изображения
category-documents = Документы
category-archives = Архивы
category-programs = Программы
category-other = Другое
queue-main = Основная
percent = { $value } %
# A narrow no-break space.
number-group = { "\u202F" }
stream-not-a-playlist = ссылка не является видеоплейлистом
stream-empty = в плейлисте нечего скачивать
stream-protected = видео защищено ({ $method }); Haul не скачивает потоки с DRM
stream-bad-key = сегмент не расшифровывается ключом плейлиста
stream-needs-ffmpeg = чтобы соединить видео- и аудиодорожки, нужен ffmpeg (установите его, например apt install ffmpeg, и повторите); дорожки сохранены в { $kept }
stream-join-failed = ffmpeg не смог соединить дорожки: { $detail }
speed-recording-live = идёт запись прямого эфира; пауза сохранит записанное
stream-live-dash = ссылка ведёт на прямой эфир DASH; Haul сохраняет только записанные видео DASH
stream-no-yt-dlp = для страниц с видео нужен yt-dlp: установите его (pipx install yt-dlp или пакет yt-dlp вашей системы) и повторите
stream-yt-dlp-failed = yt-dlp не смог получить видео: { $said }
torrent-failed = торрент не удался: { $said }
