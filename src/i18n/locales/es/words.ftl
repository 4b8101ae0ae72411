# Haul's words for amounts, dates, reasons and notices in Spanish, shared by the window and the command line.
## Amounts and dates
number-decimal = ,
unit-b = B
unit-kib = KiB
unit-mib = MiB
unit-gib = GiB
unit-tib = TiB
unit-pib = PiB
unit-per-second = /s
size-exact = { $bytes } bytes
duration-over-day = > 1 día
month-1 = ene
month-2 = feb
month-3 = mar
month-4 = abr
month-5 = may
month-6 = jun
month-7 = jul
month-8 = ago
month-9 = sept
month-10 = oct
month-11 = nov
month-12 = dic
weekday-mon = lun
weekday-tue = mar
weekday-wed = mié
weekday-thu = jue
weekday-fri = vie
weekday-sat = sáb
weekday-sun = dom
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
date-full = { $day } { $month } { $year }, { $time }

## Why a download failed, waits or is slow
tls-no-roots = no hay autoridades de certificación de confianza en este equipo (¿está instalado ca-certificates?)
tls-unknown-issuer = certificado no fiable (no lo firma una autoridad en la que confíe este equipo)
tls-expired = certificado caducado
tls-not-valid-yet = certificado aún no válido (¿está bien el reloj de este equipo?)
tls-wrong-host = certificado para otro nombre de host
tls-revoked = certificado revocado
tls-bad-signature = certificado con una firma que no coincide
tls-other-certificate = certificado no aceptado: { $detail }
tls-handshake = falló la conexión segura: { $detail }
reason-http-status = el servidor respondió { $code } { $phrase }
reason-connect-failed = no se pudo conectar: { $detail }
reason-stalled = el servidor dejó de enviar datos durante { $seconds } s
reason-connection-lost = se perdió la conexión: { $detail }
reason-truncated = la conexión se cerró tras { $received } de { $expected } bytes
reason-invalid-answer = el servidor envió una respuesta no válida: { $detail }
reason-no-content-range = el servidor envió una parte del archivo sin decir cuál
reason-unasked-partial = el servidor envió una parte del archivo que no se había pedido
reason-unexpected-status = el servidor respondió con un estado inesperado ({ $code })
proxy-not-an-address = el proxy «{ $text }» no es una dirección
proxy-unsupported-scheme = no se pueden usar proxies del tipo «{ $scheme }» (Haul habla http, https, socks4 y socks5)
proxy-unreachable = no se pudo usar el proxy { $proxy }: { $detail }
proxy-login-wanted = el proxy { $proxy } pide un inicio de sesión (indíquelo en la dirección: usuario:contraseña@host)
proxy-login-refused = el proxy { $proxy } rechazó el inicio de sesión
login-wanted = { $host } pide un inicio de sesión
login-wanted-for = { $host } pide un inicio de sesión para «{ $realm }»
login-refused = { $host } no aceptó el inicio de sesión
reason-no-connection = no se pudo abrir ninguna conexión con el servidor
reason-connection-closed = el servidor cerró la conexión antes de que el archivo estuviera completo
reason-more-than-announced = el servidor envió más datos de los anunciados
reason-no-body = el servidor respondió sin el archivo
reason-no-partial-file = el archivo parcial no estaba abierto (un fallo de Haul: inténtelo de nuevo)
reason-not-http = la respuesta del servidor no es HTTP válido ({ $detail })
reason-keeps-changing = el archivo no deja de cambiar en el servidor
reason-disk-full = el disco está lleno
reason-disk-full-needs = el disco está lleno; faltan { $size }
reason-disk-write = no se pudo escribir { $path }: { $detail }
reason-disk-read = no se pudo leer { $path }: { $detail }
checksum-source-given = la indicada
reason-checksum-source = dañado: { $algorithm } no coincide con { $kind ->
    [given] la indicada
    [header] la de la cabecera { $name } del servidor
   *[file] la de { $name }
}
reason-checksum-values = dañado: { $algorithm } es { $actual }, no { $expected }
reason-other-file-sizes = el nuevo enlace da otro archivo: { $new } en lugar de { $old }
reason-other-file = el nuevo enlace da otro archivo (sus bytes son distintos)
reason-web-page = el servidor envió una página web en lugar de { $name }: suele ser una página de inicio de sesión o de error
reason-web-page-about = el servidor envió una página web ({ $about }) en lugar de { $name }: suele ser una página de inicio de sesión o de error
reason-no-file = el servidor no envió ningún archivo
reason-names-taken = todos los nombres como { $name } están ocupados en { $folder }
reason-no-thread = no se pudo iniciar un hilo de trabajo: { $detail }
reason-password-lost = no se guardó la contraseña del enlace; añada el enlace de nuevo
reason-other-haul = otro Haul está descargando este archivo
reason-then-free-space = { $reason }; libere espacio y luego reanude
speed-server-allows = { $count ->
    [one] el servidor permite { $count } conexión
   *[other] el servidor permite { $count } conexiones
}
speed-no-parallel = el servidor no admite conexiones paralelas
connections-added = { $from } -> { $to } conexiones: el servidor limita cada una a { $speed }
connections-added-faster = { $from } -> { $to } conexiones: la descarga fue más rápida con cada paso
connections-remembered = { $to } conexiones desde el principio: tantas dieron resultado antes con este servidor
connections-not-faster = { $tried } conexiones no fueron más rápidas que { $than } (unos { $speed } en total): el servidor o la línea limita la descarga entera
scheduled-speed-pauses = En espera: el horario de velocidad está en pausa ahora
scheduled-at = Programada: empieza a las { $time }
scheduled-on = Programada: empieza el { $day } a las { $time }
scheduled-passed = Programada: su franja única ya pasó

## Notices
notice-queue-done = Todas las descargas de { $queue } han terminado.
notice-queue-failed = Todas las descargas de { $queue } fallaron: lo que debía pasar al terminar no se hizo.
notice-all-failed = Todas las descargas fallaron: lo que debía pasar al terminar no se hizo.
notice-all-done = Todas las descargas han terminado.
notice-saved-unreadable = No se pudo leer { $what ->
    [passwords] las contraseñas guardadas
   *[list] la lista de descargas guardada
} ({ $problem }). Se conservó como { $path } y Haul se inició sin ella.
notice-saved-unreadable-kept = No se pudo leer { $what ->
    [passwords] las contraseñas guardadas
   *[list] la lista de descargas guardada
} ({ $problem }) ni apartarla ({ $error }): { $path }
notice-saved-link-invalid = Se quitó una descarga guardada porque su enlace no es válido ({ $problem }): { $link }
notice-list-not-saved = No se pudo guardar la lista de descargas ({ $problem }): { $path }
notice-netrc-readable = No se usan los inicios de sesión de { $path }: otros pueden leer el archivo (chmod 600 { $path }).
notice-netrc-unreadable = No se pudo leer { $path }: { $detail }
notice-ca-file-empty = Las autoridades de certificación de { $path } no se usan: el archivo no contiene ningún certificado PEM.
notice-ca-file-unreadable = Las autoridades de certificación de { $path } no se usan: { $detail }
notice-started-over = { $path } vino de otro enlace y es un archivo distinto de este, así que empieza de nuevo en el mismo lugar.
notice-control-unreadable = No se pudo leer el registro de la descarga sin terminar { $path }, así que se conservó como { $kept }; los bytes del archivo parcial se comparan con el servidor antes de usar ninguno.
notice-partial-set-aside = Una descarga sin terminar en { $path } no coincidía con el archivo del servidor, así que se conservó como { $kept } y la descarga empieza de nuevo.

## Links that could not be used
link-scheme = los enlaces { $scheme } no son compatibles (solo http y https)
link-invalid = no es un enlace válido ({ $detail })
link-no-host = el enlace no tiene host
link-bad-magnet = el enlace magnet no nombra ningún torrent (sin hash xt=urn:btih:)
link-checksum-option = no es una suma de comprobación para el enlace de arriba (use checksum=sha-256=HEX)
link-add-scheme = añada http:// o https:// para usarlo como enlace
link-add-scheme-to = añada http:// o https:// para usarlo como enlace ({ $link })
link-spaces = un enlace no puede contener espacios; escríbalos como %20
link-space-cut = puede que un espacio haya cortado este enlace; el enlace entero sería { $link }
link-too-many = más de { $count } enlaces; se omitió el resto
link-problem = línea { $line }: { $reason }: { $text }
range-too-many = el rango genera demasiados enlaces (más de { $count })
range-zero-step = el paso de un rango debe ser al menos 1
range-step-too-large = el paso de un rango es demasiado grande
range-number-too-large = un número del rango es demasiado grande
range-backwards = el rango [{ $range }] va hacia atrás
range-too-many-digits = un número del rango tiene más de { $count } dígitos
add-bad-checksum = una suma SHA-256 tiene 64 dígitos hexadecimales
engine-no-client = no se pudo preparar el cliente HTTP: { $detail }

## Built-in categories and the main queue
category-videos = Vídeos
category-music = Música
category-pictures = Imágenes
category-documents = Documentos
category-archives = Archivos comprimidos
category-programs = Programas
category-other = Otros
queue-main = Principal
percent = { $value } %
number-group = .
stream-not-a-playlist = el enlace no es una lista de reproducción de vídeo
stream-empty = la lista de reproducción no tiene nada que descargar
stream-protected = el vídeo está protegido ({ $method }); Haul no descarga streams con DRM
stream-bad-key = un segmento no se descifra con la clave de la lista
stream-needs-ffmpeg = hace falta ffmpeg para unir las pistas de vídeo y audio (instálelo, p. ej. apt install ffmpeg, y reintente); las pistas se guardan en { $kept }
stream-join-failed = ffmpeg no pudo unir las pistas: { $detail }
speed-recording-live = grabando en directo; Pausa guarda lo grabado
stream-live-dash = el enlace es un stream DASH en directo; Haul guarda vídeos DASH que no son en directo
stream-no-yt-dlp = hace falta yt-dlp para las páginas de vídeo: instálelo (pipx install yt-dlp, o el paquete yt-dlp del sistema) y reintente
stream-yt-dlp-failed = yt-dlp no pudo obtener el vídeo: { $said }
torrent-failed = el torrent falló: { $said }
