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
