# Haul's window in Spanish: the toolbar, the list, rows, details, dialogs and notices.
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
settings-network = Red
settings-torrents = Torrents
network-proxy = Proxy
network-proxy-system = El proxy del escritorio
network-proxy-system-hint = http_proxy, https_proxy, all_proxy y no_proxy si están definidas (como las lee curl); si no, el ajuste de proxy del escritorio, incluidos los archivos PAC.
network-proxy-none = Sin proxy
network-proxy-manual = Este proxy:
network-proxy-address = Dirección
network-proxy-except = Excepto para
settings-proxy-error = Proxy (en la página Red): { $error }
network-logins = Inicios de sesión
network-logins-netrc = Los inicios de sesión de ~/.netrc se usan para sus hosts (si solo usted puede leer el archivo).
network-logins-keyring = Los inicios de sesión que Haul recuerda se guardan en el llavero del escritorio.
network-logins-file = Aquí no hay llavero: los inicios de sesión que Haul recuerda se guardan en su propio archivo, legible solo por usted.
torrents-peers = Encontrar pares
torrents-dht = Encontrar pares mediante la DHT
torrents-trackers = Preguntar a los trackers de los torrents
torrents-pex = Intercambiar pares con otros pares (PEX)
torrents-upnp = Dejar que los pares lleguen a Haul por el router (UPnP)
torrents-port = Puerto por el que los pares llegan a Haul (0: uno libre)
torrents-network-hint = Se aplica cuando ningún torrent esté en curso ni en pausa, o al próximo arranque de Haul.
torrents-sharing = Compartir
torrents-upload-limit = Límite de subida, todos los torrents (0: ninguno)
torrents-seed-ratio = Compartir hasta enviar tantas veces el tamaño
torrents-seed-minutes = o como mucho (0: sin límite de tiempo)
torrents-sharing-hint = Con ambos a 0, un torrent terminado no se comparte. Compartir no retrasa «al terminar».
network-certificates = Certificados
network-ca-file = Confiar también en las autoridades de
network-trusted = De confianza para { $host }: SHA-256 { $sha256 }
network-trusted-remove = Dejar de confiar en este certificado para { $host }
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

## Add dialog
add-title = Añadir descargas
add-links = Enlaces
add-save-to = Guardar en
add-choose-folder = Elegir…
add-start-paused = Empezar en pausa
add-quality = Calidad del vídeo
add-quality-best = La mejor
add-quality-worst = La más pequeña
add-quality-at-most = Hasta { $lines }p
add-video-pages = Páginas de vídeo: con yt-dlp
add-video-pages-hint = Para enlaces a páginas con un vídeo (los de YouTube, Vimeo y similares se tratan así de todos modos).
add-torrent-reading = Leyendo los archivos del torrent (los de un magnet llegan de sus pares)…
add-torrent-unknown = No se pueden listar los archivos del torrent ({ $reason }); se descargarán todos.
add-torrent-files = { $name }: { $chosen } de { $count } archivos, { $size }
add-torrent-all = Todos
add-torrent-none = Ninguno
add-torrent-more = …y { $count } más (elegidos según los botones de arriba)
add-advanced = Avanzado: lo que envían las peticiones
add-referer = Referer
add-user-agent = User-Agent
add-cookie = Cookie
add-header-lines = Otras cabeceras
add-remember-site = Recordar para estos sitios (sin la cookie)
notice-link-not-added = No se añadió un enlace: { $reason }
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
add-use-whole-link = Usar el enlace entero
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
details-resolution = Resolución
details-duration = Duración
details-segments = Segmentos
details-segments-of = { $done } de { $total }
details-info-hash = Hash de información
details-peers = Pares
details-peers-of = { $peers } conectados ({ $seeds } con todo), { $seen } conocidos
details-uploaded = Enviado
details-copy-magnet = Copiar enlace magnet
details-ratio = Ratio
details-files = Archivos ({ $count })
details-peer-list = Pares ({ $count })
details-peer = { $address } · { $client } · ↓ { $down } · ↑ { $up }
details-trackers = Trackers ({ $count })
details-tracker = { $address }: { $state }
details-tracker-asking = preguntando…
details-tracker-working = funciona, { $seeds } semillas, { $downloading } descargando, { $finished } completadas
details-tracker-no-scrape = no da cifras
details-tracker-timed-out = sin respuesta
details-tracker-unreachable = no se pudo contactar
details-tracker-said = dice «{ $said }»
details-tracker-bad-answer = responde, pero no como un tracker
details-tracker-not-through-proxy = no consultado: UDP no pasa por el proxy
details-tracker-unknown-kind = no es una dirección de tracker que Haul pueda consultar
details-tracker-off = no consultado: los trackers están desactivados en Ajustes
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
why-queue-limit = El límite de la cola { $queue } ({ $speed }), compartido por sus descargas.
why-overall-limit = Su límite de velocidad general ({ $speed }), compartido por todas las descargas.
why-disk = El disco: escribir ocupa el { $percent } % del tiempo.
why-server-accepts = { $count ->
    [one] Por ahora el servidor solo le acepta { $count } conexión.
   *[other] Por ahora el servidor solo le acepta { $count } conexiones.
}
why-no-parallel = El servidor no entrega partes del archivo, así que una sola conexión lo descarga todo.
why-host-limit = Su límite de conexiones por host: { $open } de { $wanted } conexiones abiertas (Preferencias).
why-per-connection = El servidor envía a cada conexión unos { $speed }: limita la velocidad por conexión.
why-line-full = El servidor o la línea da a esta descarga unos { $speed } en total: más conexiones no fueron más rápidas.

## Row actions and menus
action-pause = Pausar
action-resume = Reanudar
action-retry = Reintentar
action-cancel = Cancelar
action-open = Abrir
action-show-in-folder = Mostrar en la carpeta
action-remove = Quitar de la lista
action-change-link = Cambiar enlace…
action-log-in = Iniciar sesión…
action-trust-certificate = Confiar en este certificado…
action-stop-seeding = Dejar de compartir
row-seeding = Compartiendo (ratio { $ratio } de { $goal })
row-seeding-for = Compartiendo (ratio { $ratio }, quedan { $left })
row-seeding-until-stopped = Compartiendo (ratio { $ratio }, hasta que se detenga)
trust-title = ¿Confiar en el certificado de { $host }?
trust-fingerprint = Su huella SHA-256 (compárela con la que le dé el responsable del servidor):
trust-warning = Confíe en él solo si sabe que es el del servidor: cualquiera entre usted y el servidor puede mostrar un certificado propio. Se confía solo para este host y se guarda en la configuración.
trust-confirm = Confiar para { $host }
login-title = Iniciar sesión en { $host }
login-realm = Pide un inicio de sesión para «{ $realm }».
login-user = Usuario
login-password = Contraseña
login-remember = Recordar para este sitio
login-proxy-remember = Recordar para este proxy
login-proxy-title = Iniciar sesión en el proxy { $proxy }
login-proxy-kept = El inicio de sesión se guarda en la dirección del proxy, en Configuración > Red.
login-submit = Iniciar sesión
notice-login-kept-keyring = El inicio de sesión de este sitio se guarda en el llavero del escritorio.
notice-login-kept-file = El inicio de sesión de este sitio se guarda en el archivo propio de Haul (aquí no hay llavero), legible solo por usted.
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
notice-opening = Abriendo { $name }…
notice-showing = Mostrando { $name } en su carpeta…
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
row-torrent-peers = { $status } · { $peers ->
    [one] { $peers } par
   *[other] { $peers } pares
} ({ $seeds ->
    [one] { $seeds } semilla
   *[other] { $seeds } semillas
})
row-torrent-sending = { $status } · ↑ { $speed }
row-added-at = Añadido { $time }
notice-undo-too-late = Ya es tarde para deshacerlo; los archivos ya se eliminaron.
the-download = la descarga
notice-new-link = Nuevo enlace para { $name }: comprobando que es el mismo archivo
notice-new-link-refused = No se usó el nuevo enlace: { $reason }

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
notice-magnet-copied = Enlace magnet copiado

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
desktop-no-answer = nada respondió en { $seconds } segundos
desktop-no-file-manager = ningún gestor de archivos respondió
desktop-login-not-saved = No se pudo guardar el inicio de sesión: { $detail }
desktop-no-notifications = no hay servicio de notificaciones: { $detail }
settings-not-applied = No se pudo aplicar las nuevas preferencias: { $detail }
settings-not-written = No se pudo guardar las preferencias ({ $detail }): { $path }
row-with-note = { $status } ({ $note })
drop-failed = No se pudieron leer los enlaces soltados: { $reason }.
notice-from-browser = Desde el navegador: { $what }
link-new-for = Nuevo enlace para { $name }
remote-not-started = Otros programas no pueden controlar Haul: { $reason }.
drag-not-utf8 = El texto arrastrado no es UTF-8 válido; los caracteres que no se pudieron leer se reemplazaron.
drag-not-utf16 = El texto arrastrado no es UTF-16 válido; los caracteres que no se pudieron leer se reemplazaron.
drop-dialog-open = Los enlaces soltados no se añadieron porque hay otro diálogo abierto; ciérrelo y suéltelos de nuevo.
link-new-intro = Pegue el nuevo enlace del archivo (por ejemplo, uno recién obtenido de la página de donde lo sacó). La descarga continúa con los bytes que tiene si el nuevo enlace da el mismo archivo.
add-links-hint = Pegue o escriba enlaces, uno por línea. También sirve texto con enlaces y rangos como photo[001-120].jpg.
