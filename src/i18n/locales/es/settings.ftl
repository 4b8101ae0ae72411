# Haul's Settings pages in Spanish.
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
queues-proxy = Proxy
queues-proxy-hint = el proxy de la configuración (o none, system, una dirección)
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

## Desktop settings
desktop-tray-present = Su escritorio muestra Haul en la bandeja.
desktop-no-tray = Ahora ninguna bandeja muestra Haul en este escritorio: cerrar la ventana sale del programa.
desktop-close-to-tray = Al cerrar la ventana, Haul sigue descargando en la bandeja
desktop-autostart = Iniciar Haul con el escritorio (oculto en la bandeja)
desktop-clipboard = Ofrecer los enlaces de descarga que copie (nunca los añade solo)
desktop-clipboard-hint = Haul mira el portapapeles mientras se ejecuta. En Wayland solo ve lo que se copió con su ventana en primer plano.

## Speed schedule
grid-enable = Seguir un horario semanal de velocidad
grid-limited-hours = Horas limitadas:
grid-limited-hint = p. ej. 500K
grid-no-rate = (sin velocidad: las horas limitadas van a tope)
grid-full = velocidad máxima
grid-limited = limitada
grid-paused = en pausa
grid-hint = — haga clic en una hora para cambiarla, arrastre para pintar
settings-limit-error = Límite de velocidad: { $error }
settings-unsaved = Ha cambiado ajustes: Guardar los conserva, Cancelar los descarta.
