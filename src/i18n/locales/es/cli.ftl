# Haul's command line in Spanish: messages, the settings file's problems and --help.
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
