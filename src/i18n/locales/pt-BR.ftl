# Haul em português do Brasil.
toolbar-add = Adicionar
toolbar-add-hint = Adicionar links (Ctrl+N)
toolbar-pause-all = Pausar tudo
toolbar-pause-all-hint = Pausar todos os downloads
toolbar-resume-all = Retomar tudo
toolbar-resume-all-hint = Retomar os downloads pausados
toolbar-retry-failed = Tentar falhas de novo
toolbar-retry-failed-hint = Tentar de novo todos os downloads que falharam
toolbar-clear-finished = Limpar concluídos
toolbar-clear-finished-hint = Tirar da lista os downloads concluídos (os arquivos ficam)
toolbar-clear-failed = Limpar falhas
toolbar-clear-failed-hint = Tirar da lista os downloads que falharam
toolbar-settings = Configurações
toolbar-details = Detalhes
toolbar-details-hint = Mostrar os detalhes do download selecionado
column-name = Nome
column-size = Tamanho
column-progress = Progresso
column-speed = Velocidade
column-time-left = Tempo restante
column-added = Adicionado
column-status = Situação
settings-title = Configurações
settings-general = Geral
settings-categories = Categorias
settings-queues = Filas
settings-speed-schedule = Agenda de velocidade
settings-desktop = Área de trabalho
settings-remote = Controle remoto
settings-language = Idioma
settings-language-system = Como o sistema ({ $language })
dialog-save = Salvar
dialog-cancel = Cancelar
list-empty-title = Nenhum download ainda
list-empty-hint = Cole links em qualquer lugar com Ctrl+V, pressione Ctrl+N ou Adicionar,
    ou solte aqui links, texto com links ou listas de links.
downloads-count = { $count ->
    [one] { $count } download
   *[other] { $count } downloads
}
status-active = { $count } ativos
status-waiting = { $count } aguardando
status-finished = { $count } concluídos
status-failed = { $count } com falha
status-free = { $size } livres
status-limit = (limite { $speed })
status-progress = { $percent }% de { $total }
status-progress-left = { $percent }% de { $total }, faltam { $time }
tab-all = Todos
tab-active = Ativos
tab-waiting = Aguardando
tab-finished = Concluídos
tab-failed = Com falha
filter-label = Filtro
filter-hint = nome ou link (Ctrl+F)
category-any = Qualquer tipo
queue-all = Todas as filas
