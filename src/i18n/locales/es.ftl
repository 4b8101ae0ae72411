# Haul en español.
toolbar-add = Añadir
toolbar-add-hint = Añadir enlaces (Ctrl+N)
toolbar-pause-all = Pausar todo
toolbar-pause-all-hint = Pausar todas las descargas
toolbar-resume-all = Reanudar todo
toolbar-resume-all-hint = Reanudar las descargas en pausa
toolbar-retry-failed = Reintentar fallidas
toolbar-retry-failed-hint = Volver a intentar todas las descargas fallidas
toolbar-clear-finished = Quitar terminadas
toolbar-clear-finished-hint = Quitar de la lista las descargas terminadas (los archivos se quedan)
toolbar-clear-failed = Quitar fallidas
toolbar-clear-failed-hint = Quitar de la lista las descargas fallidas
toolbar-settings = Preferencias
toolbar-details = Detalles
toolbar-details-hint = Mostrar los detalles de la descarga seleccionada
column-name = Nombre
column-size = Tamaño
column-progress = Progreso
column-speed = Velocidad
column-time-left = Tiempo restante
column-added = Añadida
column-status = Estado
settings-title = Preferencias
settings-general = General
settings-categories = Categorías
settings-queues = Colas
settings-speed-schedule = Horario de velocidad
settings-desktop = Escritorio
settings-remote = Control remoto
settings-language = Idioma
settings-language-system = Como el sistema ({ $language })
dialog-save = Guardar
dialog-cancel = Cancelar
list-empty-title = Todavía no hay descargas
list-empty-hint = Pegue enlaces en cualquier lugar con Ctrl+V, pulse Ctrl+N o Añadir,
    o suelte aquí enlaces, texto con enlaces o listas de enlaces.
downloads-count = { $count ->
    [one] { $count } descarga
   *[other] { $count } descargas
}
status-active = { $count } activas
status-waiting = { $count } en espera
status-finished = { $count } terminadas
status-failed = { $count } fallidas
status-free = { $size } libres
status-limit = (límite { $speed })
status-progress = { $percent } % de { $total }
status-progress-left = { $percent } % de { $total }, faltan { $time }
tab-all = Todas
tab-active = Activas
tab-waiting = En espera
tab-finished = Terminadas
tab-failed = Fallidas
filter-label = Filtro
filter-hint = nombre o enlace (Ctrl+F)
category-any = Cualquier tipo
queue-all = Todas las colas
row-waiting = En espera
row-connecting = Conectando
row-downloading = Descargando
row-saving = Guardando
row-finding-checksum = Buscando una suma de comprobación…
row-verifying = Verificando… { $percent } %
row-waiting-for = En espera: { $reason }
row-retrying = Reintento en { $seconds } s: { $reason }
row-paused = En pausa
row-paused-because = En pausa: { $reason }
row-finished = Terminada
row-failed = Falló: { $reason }
row-cancelled = Cancelada

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
scheduled-speed-pauses = En espera: el horario de velocidad está en pausa ahora
scheduled-at = Programada: empieza a las { $time }
scheduled-on = Programada: empieza el { $day } a las { $time }
scheduled-passed = Programada: su franja única ya pasó

## Notices
notice-queue-done = Todas las descargas de { $queue } han terminado.
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
notice-started-over = { $path } vino de otro enlace y es un archivo distinto de este, así que empieza de nuevo en el mismo lugar.
notice-control-unreadable = No se pudo leer el registro de la descarga sin terminar { $path }, así que se conservó como { $kept }; los bytes del archivo parcial se comparan con el servidor antes de usar ninguno.
notice-partial-set-aside = Una descarga sin terminar en { $path } no coincidía con el archivo del servidor, así que se conservó como { $kept } y la descarga empieza de nuevo.

## Links that could not be used
link-scheme = los enlaces { $scheme } no son compatibles (solo http y https)
link-invalid = no es un enlace válido ({ $detail })
link-no-host = el enlace no tiene host
link-checksum-option = no es una suma de comprobación para el enlace de arriba (use checksum=sha-256=HEX)
link-add-scheme = añada http:// o https:// para usarlo como enlace
link-add-scheme-to = añada http:// o https:// para usarlo como enlace ({ $link })
link-spaces = un enlace no puede contener espacios; escríbalos como %20
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

## The command line
cli-try-help = Pruebe 'haul get --help' para más información.
cli-skipped = omitido { $what }
cli-no-usable-links = no hay enlaces utilizables
cli-interrupted = interrumpido; ejecute el mismo comando otra vez para reanudar
cli-folder-is-file = { $path } es un archivo, no una carpeta; elija otra con -d
cli-cannot-create-folder = no se puede crear la carpeta de descargas { $path } ({ $detail })
cli-free-space-and-rerun = { $reason }; libere espacio y ejecute el mismo comando otra vez
cli-failed = falló: { $name }: { $reason } ({ $link })
cli-no-links = no se indicó ningún enlace
cli-cannot-read = no se puede leer { $path } ({ $detail })
cli-output-one-link = -o/--output necesita exactamente un enlace
cli-output-a-name = -o/--output recibe un nombre de archivo; use -d para la carpeta
cli-bad-sha256 = --sha256 necesita 64 dígitos hexadecimales
cli-bad-checksum = --checksum necesita sha-256=HEX, sha-512=HEX, sha-1=HEX o md5=HEX con el número correcto de dígitos hexadecimales
cli-checksum-one-link = --sha256 y --checksum necesitan exactamente un enlace
cli-not-a-link = '{ $text }': no es un enlace
cli-quoted-problem = '{ $text }': { $reason }
cli-waiting = en espera: { $reason } ({ $name })
cli-saved = guardado { $path } ({ $size })
cli-already-downloaded = ya descargado: { $path } ({ $size })
cli-more-already-downloaded = ... y { $count } más ya descargados
cli-summary-saved = { $count } guardados ({ $size })
cli-summary-already = { $count } ya descargados
cli-summary-failed = { $count } fallidos
cli-summary-unfinished = { $count } sin terminar
cli-summary = { $count } enlaces: { $parts }
cli-time-left = quedan { $time }
cli-no-home = no se encuentra la carpeta personal; defina HOME
daemon-already-running = Haul ya se está ejecutando con la lista de { $path } (una ventana u otro servicio); ciérrelo primero
daemon-no-inbox = los enlaces abiertos con Haul no pueden llegar a este servicio: { $detail }
daemon-listening = escuchando JSON-RPC en { $address }, los archivos van a { $path }
daemon-not-stopped = algunas descargas no se detuvieron a tiempo; se reanudarán la próxima vez
daemon-needs-secret = se necesita un secreto: --rpc-secret SECRETO, --rpc-secret-file ARCHIVO o ${ $variable } (los clientes lo envían como "token:SECRETO")
daemon-needs-window = los enlaces de una página web para elegir necesitan la ventana; omitidos
browser-wrote = { $browser }: escrito { $path }
browser-installed = La extensión de assets/browser/ ya puede comunicarse con Haul ({ $path }) (cárguela desempaquetada; vea el README).
browser-removed = eliminado { $path }
browser-nothing-to-remove = nada que eliminar

## The settings file
settings-unreadable = No se pudo leer la configuración ({ $detail }); se usan los valores predeterminados: { $path }
settings-bad-limit = speed_limit { $detail }; no se aplica ningún límite hasta que se corrija
settings-problems = En la configuración ({ $path }): { $problems }.
settings-invalid = El archivo de configuración no es válido y no se modificó; se usan los valores predeterminados hasta que se corrija. { $path }: { $detail }
settings-unknown-key = '{ $key }' no es una opción que Haul conozca
settings-unknown-key-near = '{ $key }' no es una opción que Haul conozca (¿quiso decir { $near }?)
settings-out-of-range = { $setting } está fuera de { $range }; se usa { $used }
rate-not-a-rate = '{ $text }' no es una velocidad como 500K o 2M
rate-not-positive = '{ $text }' debe ser una velocidad positiva
word-or = o

## Add dialog
add-title = Añadir descargas
add-links = Enlaces
add-save-to = Guardar en
add-choose-folder = Elegir…
add-start-paused = Empezar en pausa
add-queue = Cola
add-ctrl-enter = Ctrl+Intro añade
add-clipboard-holds = { $count ->
    [one] El portapapeles contiene { $count } enlace.
   *[other] El portapapeles contiene { $count } enlaces.
}
add-use-clipboard = { $count ->
    [one] Usar el enlace del portapapeles
   *[other] Usar los { $count } enlaces del portapapeles
}
add-continue-unfinished = Continuar { $name } sin terminar ({ $have }) con este enlace, si da el mismo archivo
add-button-add = { $count ->
    [one] Añadir { $count } descarga
   *[other] Añadir { $count } descargas
}
add-button-continue = { $count ->
    [one] Continuar { $count } descarga
   *[other] Continuar { $count } descargas
}
add-button-both = Añadir { $add }, continuar { $continue }
add-already-here = { $count ->
    [one] { $count } enlace ya está aquí y se omite a menos que lo marque:
   *[other] { $count } enlaces ya están aquí y se omiten a menos que los marque:
}
add-in-list = { $link }: ya está en la lista ({ $status })
add-downloaded = { $link }: ya descargado en { $path }
add-downloaded-on = { $link }: ya descargado el { $day } en { $path }
add-no-links-yet = Aún no hay enlaces
add-no-valid-links = No se encontraron enlaces válidos
add-links-found = { $count ->
    [one] { $count } enlace encontrado
   *[other] { $count } enlaces encontrados
}
add-with-checksums = { $count ->
    [one] { $summary }, { $count } con suma de comprobación
   *[other] { $summary }, { $count } con sumas de comprobación
}
link-problem-line = Línea { $line }: { $reason }: { $text }
add-problems = { $count ->
    [one] { $count } problema (omitido):
   *[other] { $count } problemas (omitidos):
}
and-more = … y { $count } más

## Details panel
details-pieces = { $count ->
    [one] { $done } de { $total } aquí; { $count } conexión trabajando
   *[other] { $done } de { $total } aquí; { $count } conexiones trabajando
}
details-speed-peak = Últimos { $time } — pico { $speed }
details-select = Seleccione una descarga para ver sus detalles.
details-why-slow = Por qué va lenta: { $why }
details-file = Archivo
details-folder = Carpeta
details-link = Enlace
details-from-page = Desde la página
details-led-to = Llevó a
details-server = Servidor
details-modified = Modificado
details-size = Tamaño
details-size-unknown = { $size } (tamaño desconocido)
details-added = Añadido
details-finished = Terminado
details-limit = Límite
details-checksum = Suma de comprobación
details-copy-path = Copiar ruta
details-checksum-damaged = dañado: { $algorithm } debería ser { $expected } pero es { $actual } (los bytes se guardan junto al archivo como .damaged)
details-checksum-verified = verificado: { $algorithm } { $value } de { $kind ->
    [given] la indicada
    [header] la cabecera { $name } del servidor
   *[file] { $name }
}
details-checksum-given = { $algorithm } { $value } (se comprueba al terminar la descarga)
details-connections = Conexiones: { $open } de { $wanted }
details-the-end = el final
details-connection = { $number }. { $from } a { $to }, en { $at } — { $speed }
details-retries = Reintentos
details-failed-times = { $count ->
    [one] Ha fallado { $count } vez hasta ahora.
   *[other] Ha fallado { $count } veces hasta ahora.
}
details-attempt = { $time } — intento { $attempt }: { $reason }
why-free-slot = { $count ->
    [one] Esperando un hueco libre: { $count } descarga a la vez (Preferencias).
   *[other] Esperando un hueco libre: { $count } descargas a la vez (Preferencias).
}
why-not-downloading = No descarga: { $reason }.
why-host-limit-reached = Esperando una conexión: se alcanzó su límite de conexiones por host (Preferencias).
why-own-limit = Su límite de velocidad para esta descarga ({ $speed }).
why-overall-limit = Su límite de velocidad general ({ $speed }), compartido por todas las descargas.
why-disk = El disco: escribir ocupa el { $percent } % del tiempo.
why-server-accepts = { $count ->
    [one] Por ahora el servidor solo le acepta { $count } conexión.
   *[other] Por ahora el servidor solo le acepta { $count } conexiones.
}
why-no-parallel = El servidor no entrega partes del archivo, así que una sola conexión lo descarga todo.
why-host-limit = Su límite de conexiones por host: { $open } de { $wanted } conexiones abiertas (Preferencias).
why-per-connection = El servidor envía a cada conexión unos { $speed }: limita la velocidad por conexión.

## Row actions and menus
action-pause = Pausar
action-resume = Reanudar
action-retry = Reintentar
action-cancel = Cancelar
action-open = Abrir
action-show-in-folder = Mostrar en la carpeta
action-remove = Quitar de la lista
action-change-link = Cambiar enlace…
action-start-over = Empezar de nuevo
action-download-again = Descargar de nuevo
column-sort-by = Ordenar por { $column }
list-nothing-here = No hay descargas aquí
list-nothing-matches = Nada en esta pestaña coincide con el filtro.
menu-speed-limit = Límite de velocidad…
menu-copy-link = Copiar enlace
menu-move-up = Subir
menu-move-down = Bajar
menu-move-top = Mover al principio
menu-move-bottom = Mover al final
menu-move-to-queue = Mover a la cola
notice-retrying-one = Reintentando { $name }
notice-retrying = { $count ->
    [one] Reintentando { $count } descarga
   *[other] Reintentando { $count } descargas
}
notice-cannot-open = No se pudo abrir { $name }: { $problem }.
notice-cannot-show = No se pudo mostrar { $name } en un gestor de archivos: { $problem }.
undo-cancelled = Cancelado: { $what }
undo-removed = Quitado de la lista: { $what }
undo-sentence = { $done }.
undo-sentence-partial = { $count ->
    [one] { $done }; su archivo parcial ({ $size }) se eliminará.
   *[other] { $done }; sus archivos parciales ({ $size }) se eliminarán.
}
row-failed-again = Falló de nuevo: { $reason }
row-verified = Verificado ({ $algorithm } de { $source })
row-link-expired = { $status } — puede que el enlace haya caducado: cambie el enlace
row-limited = { $status } · limitado a { $speed }
row-added-at = Añadido { $time }
notice-undo-too-late = Ya es tarde para deshacerlo; los archivos ya se eliminaron.
the-download = la descarga
notice-new-link = Nuevo enlace para { $name }: comprobando que es el mismo archivo
notice-new-link-refused = No se usó el nuevo enlace: { $reason }

## Settings pages
settings-download-folder = Carpeta de descargas
settings-jobs = Descargas simultáneas
settings-connections-per-file = Conexiones por archivo
settings-connections-per-server = Conexiones por servidor
settings-overall-limit = Límite de velocidad general
settings-no-limit = ninguno
settings-limit-hint = por segundo, p. ej. 500K o 2M
settings-attempts = Intentos antes de rendirse
settings-stall-timeout = Esperar a un servidor callado
settings-connect-timeout = Esperar una conexión
settings-retry-delay = Espera máxima entre reintentos
unit-seconds = s
settings-notifications = Notificaciones
settings-notifications-check = Avisarme cuando las descargas terminen o fallen
settings-checksums = Sumas de comprobación
settings-checksums-check = Buscar sumas publicadas y verificar los archivos
settings-checksums-hint = SHA256SUMS junto al archivo, o NOMBRE.sha256
settings-colours = Colores
settings-colours-system = Como el escritorio
settings-colours-light = Claro
settings-colours-dark = Oscuro
when-done-nothing = Nada
when-done-quit = Salir de Haul
when-done-suspend = Suspender
when-done-hibernate = Hibernar
when-done-power-off = Apagar
when-done-command = Ejecutar un comando
when-done-command-hint = comando
queues-intro = Cada cola ejecuta su propio número de descargas a la vez, a su propia velocidad y con su horario si lo tiene. Mueva las descargas entre colas desde su menú.
queues-new = Nueva cola
queues-when-all-done = Cuando terminen todas las descargas
queues-keep-awake = Mantener el equipo despierto mientras haya descargas
queues-at-once = a la vez
queues-limit = límite
queues-remove = Quitar esta cola
queues-when-done = Al terminar
queues-on-schedule = Ejecutar { $queue } según un horario
queues-starts-at = Empieza a las
queues-stops-at = termina a las
queues-weekly = cada semana
queues-once = una vez
queues-on-days = Días
queues-every-day = (todos los días)
categories-intro = Los archivos van a la carpeta de su categoría cuando le asigna una (dentro de la carpeta de descargas salvo que empiece por / o ~/). Vacío: la carpeta de descargas.
categories-file-types = Tipos de archivo
categories-hosts = Hosts
categories-new = Nueva categoría
categories-name-of = Nombre de la categoría { $number }
categories-other-rule = lo que ninguna regla recoge
categories-types-of = Tipos de archivo de { $category }
categories-any-host = cualquiera
categories-hosts-of = Hosts de { $category }
categories-download-folder = carpeta de descargas
categories-folder-of = Carpeta de { $category }
categories-choose-folder = Elegir una carpeta
categories-choose-folder-for = Elegir una carpeta para { $category }
categories-remove = Quitar esta categoría
categories-remove-named = Quitar { $category }

## Folder chooser
folders-intro = Este escritorio no tiene diálogo de carpetas, así que elija la carpeta aquí: escriba o pegue una ruta, o recorra las carpetas de abajo.
folders-up = Subir
folders-reading = Leyendo la carpeta…
folders-none-inside = No hay carpetas dentro.
folders-use = Usar esta carpeta
folders-missing = Esta carpeta no existe.
folders-forbidden = No tiene permiso para leer esta carpeta.
folders-is-file = Esto es un archivo, no una carpeta.
folders-unreadable = No se puede leer esta carpeta.

## Dropping
drop-not-text = { $name } no es un archivo de texto; se omitió.
drop-too-large = { $name } ocupa más de { $size }; solo se leyó el principio.
drop-no-links = { $name } no contiene enlaces.
drop-problem = { $name }, { $problem }
drop-unreadable = No se pudo leer { $name }: { $detail }.
drop-is-folder = es una carpeta
drop-check = Podrá revisarlos antes de añadirlos.
drop-title = Suelte para añadir enlaces
drop-reads = Haul lee los enlaces de lo que suelte. { $check }
drop-reads-files = { $count ->
    [one] Haul lee los enlaces de este archivo. { $check }
   *[other] Haul lee los enlaces de estos { $count } archivos. { $check }
}
drop-title-links = { $count ->
    [one] Suelte para añadir { $count } enlace
   *[other] Suelte para añadir { $count } enlaces
}
drop-title-files = { $files ->
    [one] Suelte para añadir los enlaces de este archivo
   *[other] Suelte para añadir los enlaces de estos { $files } archivos
}
drop-title-both = Suelte para añadir { $count ->
    [one] { $count } enlace
   *[other] { $count } enlaces
} y los enlaces de { $files ->
    [one] este archivo
   *[other] estos { $files } archivos
}
drop-nothing = No hay enlaces en lo que está arrastrando
drop-nothing-detail = Haul acepta enlaces web, texto con enlaces y archivos de listas de enlaces (.txt, .csv, .html).

## When everything is done
then-quit = Haul se cerrará en { $seconds } s.
then-quit-now = Salir ahora
then-suspend = El equipo se suspenderá en { $seconds } s.
then-suspend-now = Suspender ahora
then-hibernate = El equipo hibernará en { $seconds } s.
then-hibernate-now = Hibernar ahora
then-power-off = El equipo se apagará en { $seconds } s.
then-power-off-now = Apagar ahora
then-command = Su comando se ejecutará en { $seconds } s.
then-command-now = Ejecutarlo ahora
then-nothing = No pasará nada en { $seconds } s.
then-close = Cerrar

## Remote control settings
remote-enable = Permitir que otros programas controlen Haul (JSON-RPC de aria2: AriaNg, aria2p, scripts)
remote-enable-hint = Pueden añadir, pausar y quitar descargas. Cada llamada debe llevar el secreto.
remote-this-computer = la dirección de este equipo
remote-port = Puerto
remote-address = Dirección
remote-secret = Secreto
remote-new-secret = Nuevo secreto
remote-origins = Páginas web permitidas
remote-needs-secret = Hace falta un secreto; sin él no se escucha nada.
remote-listen-all = Accesible desde otros equipos (escuchar en todas las direcciones de red)
remote-listen-all-hint = Desactivado: solo los programas de este equipo pueden conectarse. Las páginas web se rechazan salvo que estén en la lista (la dirección desde la que se abre AriaNg).

## Tray and speed limit
tray-show = Mostrar Haul
tray-add-from-clipboard = Añadir desde el portapapeles
tray-quit = Salir
limit-none = Sin límite
limit-title = Límite de velocidad
limit-intro = { $count ->
    [one] Limitar esta descarga a una velocidad como 500K o 2M por segundo.
   *[other] Limitar estas { $count } descargas a una velocidad como 500K o 2M por segundo.
}
limit-example = p. ej. 2M
limit-per-second = por segundo
dialog-apply = Aplicar
drag-too-large = Los datos arrastrados ocupan más de { $size }; solo se leyó el principio.
drag-not-local = { $name } no es un archivo de este equipo; se omitió.
drag-cut-character = El texto arrastrado terminó a mitad de un carácter.
link-new = Nuevo enlace
link-use = Usar este enlace
link-not-http = Eso no es un enlace http o https.
link-one-only = Pegue un solo enlace.
power-failed = No se pudo { $action ->
    [suspend] suspender
    [hibernate] hibernar
   *[power-off] apagar
}: { $reason }
when-done-command-failed = El comando para cuando terminen las descargas falló ({ $status }): { $command }
when-done-command-not-run = El comando para cuando terminen las descargas no pudo ejecutarse ({ $detail }): { $command }
keep-awake-why = { $count ->
    [one] Descargando { $count } archivo
   *[other] Descargando { $count } archivos
}
power-no-logind = el servicio de energía del sistema (logind) no respondió: { $detail }
power-not-allowed = el sistema no permite a este usuario { $action ->
    [suspend] suspender
    [hibernate] hibernar
   *[power-off] apagar
} (respondió "{ $answer }")

## Desktop settings
desktop-tray-present = Su escritorio muestra Haul en la bandeja.
desktop-no-tray = Ahora ninguna bandeja muestra Haul en este escritorio: cerrar la ventana sale del programa.
desktop-close-to-tray = Al cerrar la ventana, Haul sigue descargando en la bandeja
desktop-autostart = Iniciar Haul con el escritorio (oculto en la bandeja)
desktop-clipboard = Ofrecer los enlaces de descarga que copie (nunca los añade solo)
desktop-clipboard-hint = Haul mira el portapapeles mientras se ejecuta. En Wayland solo ve lo que se copió con su ventana en primer plano.

## Remove dialog
remove-title = ¿Quitar { $what } de la lista?
remove-partial-stays = { $count ->
    [one] El archivo parcial se queda en el disco, así que si añade el mismo enlace de nuevo continuará donde se quedó.
   *[other] Los archivos parciales se quedan en el disco, así que si añade los mismos enlaces de nuevo continuarán donde se quedaron.
}
remove-finished-stay = Los archivos terminados siempre se quedan.
remove-delete-partial = { $count ->
    [one] Eliminar también el archivo parcial ({ $size })
   *[other] Eliminar también los { $count } archivos parciales ({ $size })
}
remove-button = Quitar
remove-keep = Dejar en la lista

## Speed schedule
grid-enable = Seguir un horario semanal de velocidad
grid-limited-hours = Horas limitadas:
grid-no-rate = (sin velocidad: las horas limitadas van a tope)
grid-full = velocidad máxima
grid-limited = limitada
grid-paused = en pausa
grid-hint = — haga clic en una hora para cambiarla, arrastre para pintar

## Quitting, notices, undo
quit-title = Todavía hay descargas en curso
quit-text = { $count ->
    [one] { $count } descarga sigue en curso. Si sale ahora, se detendrá y continuará donde se quedó la próxima vez que abra Haul.
   *[other] { $count } descargas siguen en curso. Si sale ahora, se detendrán y continuarán donde se quedaron la próxima vez que abra Haul.
}
quit-keep = Seguir descargando
quit-later = Salir y reanudar después
dismiss = Descartar
engine-not-started = Haul no pudo iniciar su motor de descargas
undo = Deshacer
undo-within = deshacer en { $seconds } s
folder-dialog-title = Elegir una carpeta de descargas
window-not-opened = no se pudo abrir la ventana: { $detail }
notice-path-copied = Ruta copiada

## Notifications
notify-finished-one = Descarga terminada
notify-finished = { $count ->
    [one] { $count } descarga terminada
   *[other] { $count } descargas terminadas
}
notify-failed-one = { $name } falló
notify-failed = { $count ->
    [one] { $count } descarga fallida
   *[other] { $count } descargas fallidas
}
notify-mixed = { $finished ->
    [one] { $finished } descarga terminada
   *[other] { $finished } descargas terminadas
}, { $failed } fallidas
notify-failed-names = Fallidas: { $names }
notify-and-more = { $names } y { $count } más
notify-link-copied = { $count ->
    [one] Se copió un enlace de descarga
   *[other] Se copiaron { $count } enlaces de descarga
}
drag-not-handed-over = el programa desde el que se arrastraron los enlaces no los entregó
drag-timed-out = los datos arrastrados no llegaron en { $seconds } segundos
notice-launch-link-skipped = Se omitió un enlace con el que se abrió Haul: { $problem }
notice-autostart-failed = No se pudo cambiar la entrada de inicio automático ({ $detail }): { $path }
tray-nothing = Nada que descargar
title-downloading = { $count } descargando
filter-clear = Borrar el filtro
setup-other-window = otra ventana de Haul la usa
setup-list-not-kept = No se puede conservar la lista de descargas ({ $why }), así que las descargas de esta ventana no se guardarán: { $path }
setup-no-inbox = Los enlaces abiertos con Haul no llegan a esta ventana mientras se ejecuta: { $detail }
setup-folder-not-created = No se puede crear la carpeta de descargas ({ $detail }): { $path }. Elija otra en Preferencias.
desktop-no-application = ningún programa de este equipo está configurado para abrirlo
desktop-no-file-manager = ningún gestor de archivos respondió
desktop-no-notifications = no hay servicio de notificaciones: { $detail }
settings-not-applied = No se pudo aplicar las nuevas preferencias: { $detail }
settings-not-written = No se pudo guardar las preferencias ({ $detail }): { $path }

## Built-in categories and the main queue
category-videos = Vídeos
category-music = Música
category-pictures = Imágenes
category-documents = Documentos
category-archives = Archivos comprimidos
category-programs = Programas
category-other = Otros
queue-main = Principal

## Command-line help
help-usage = Uso
help-options = Opciones
help-arguments = Argumentos
help-commands = Órdenes
help-help = Mostrar la ayuda
help-version = Mostrar la versión
help-about = Haul: un gestor de descargas rápido y cuidadoso.
help-urls = Enlaces que se añaden al abrir la ventana.
help-hidden = Iniciar oculto en la bandeja (si la hay), como al iniciarse con el escritorio.
help-get-about = Descargar sin ventana y salir (0: todo terminado, 1: algo falló, 2: uso incorrecto).
help-get-dir = Carpeta para los archivos (por defecto: la carpeta de descargas configurada).
help-get-output = Nombre del archivo (solo con un enlace).
help-get-input = Leer enlaces de un archivo ('-' para la entrada estándar), con el mismo analizador que al arrastrar y soltar.
help-get-jobs = Descargas a la vez.
help-get-connections = Conexiones por archivo.
help-get-limit = Límite de velocidad general, p. ej. 500K, 2M (bytes por segundo).
help-get-sha256 = Verificar el archivo terminado con este SHA-256 (64 dígitos hexadecimales).
help-get-checksum = Verificar el archivo terminado con esta suma: sha-256=HEX, sha-512=HEX, sha-1=HEX o md5=HEX.
help-get-no_checksum_discovery = No buscar sumas publicadas (NOMBRE.sha256, SHA256SUMS, ...) junto a los archivos.
help-get-again = Descargar una copia nueva aunque el mismo archivo del mismo enlace ya esté en la carpeta (se guarda como NOMBRE (1)); sin esta opción, ese archivo se deja como está.
help-get-quiet = Sin progreso (los fallos se siguen informando).
help-get-urls = Enlaces a descargar (se expanden rangos al estilo de aria2 como file[01-10].jpg).
help-daemon-about = Ejecutar sin ventana, controlado por el JSON-RPC de aria2 (AriaNg, aria2p...).
help-daemon-dir = Carpeta para los archivos (por defecto: la carpeta de descargas configurada).
help-daemon-port = El puerto de la API JSON-RPC.
help-daemon-listen_all = Escuchar en todas las direcciones de red, no solo en la de bucle local de este equipo.
help-daemon-secret = El secreto que debe llevar cada llamada (también desde $HAUL_RPC_SECRET o --rpc-secret-file).
help-daemon-secret_file = Un archivo cuya primera línea es el secreto.
help-daemon-allow_origins = Un origen de página web al que se permite llamar, p. ej. http://ariang.example:8080 (repetible).
help-browser-about = Conectar Haul con la extensión del navegador (vea assets/browser).
help-browser-install-about = Escribir los manifiestos del host de mensajería nativa para Firefox, Chrome, Chromium, Brave, Vivaldi y Edge, apuntando a este programa.
help-browser-uninstall-about = Quitarlos.
row-with-note = { $status } ({ $note })
