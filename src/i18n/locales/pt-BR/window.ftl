# Haul's window in Brazilian Portuguese: the toolbar, the list, rows, details, dialogs and notices.
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
settings-network = Rede
settings-torrents = Torrents
network-proxy = Proxy
network-proxy-system = O proxy da área de trabalho
network-proxy-system-hint = http_proxy, https_proxy, all_proxy e no_proxy quando definidas (como o curl as lê); senão, a configuração de proxy da área de trabalho, incluindo arquivos PAC.
network-proxy-none = Sem proxy
network-proxy-manual = Este proxy:
network-proxy-address = Endereço
network-proxy-except = Exceto para
settings-proxy-error = Proxy (na página Rede): { $error }
network-logins = Logins
network-logins-netrc = Os logins de ~/.netrc são usados para seus hosts (quando só você pode ler o arquivo).
network-logins-keyring = Os logins que o Haul lembra ficam no chaveiro da área de trabalho.
network-logins-file = Não há chaveiro aqui: os logins que o Haul lembra ficam no arquivo próprio dele, legível só por você.
torrents-peers = Encontrar pares
torrents-dht = Encontrar pares pela DHT
torrents-trackers = Pedir pares aos trackers dos torrents
torrents-pex = Trocar pares com outros pares (PEX)
torrents-upnp = Deixar os pares chegarem ao Haul pelo roteador (UPnP)
torrents-port = Porta pela qual os pares chegam ao Haul (0: qualquer livre)
torrents-network-hint = Vale quando nenhum torrent estiver em andamento ou pausado, ou no próximo início do Haul.
torrents-sharing = Compartilhar
torrents-upload-limit = Limite de envio, todos os torrents (0: nenhum)
torrents-seed-ratio = Semear até enviar tantas vezes o tamanho
torrents-seed-minutes = ou por no máximo (0: sem limite de tempo)
torrents-sharing-hint = Com ambos em 0, um torrent concluído não é semeado. Semear não atrasa o "ao terminar".
network-certificates = Certificados
network-ca-file = Confiar também nas autoridades de
network-trusted = Confiável para { $host }: SHA-256 { $sha256 }
network-trusted-remove = Deixar de confiar neste certificado para { $host }
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
row-waiting = Aguardando
row-connecting = Conectando
row-downloading = Baixando
row-saving = Salvando
row-finding-checksum = Procurando um checksum…
row-verifying = Verificando… { $percent }%
row-waiting-for = Aguardando: { $reason }
row-retrying = Nova tentativa em { $seconds } s: { $reason }
row-paused = Pausado
row-paused-because = Pausado: { $reason }
row-finished = Concluído
row-failed = Falhou: { $reason }
row-cancelled = Cancelado

## Add dialog
add-title = Adicionar downloads
add-links = Links
add-save-to = Salvar em
add-choose-folder = Escolher…
add-start-paused = Começar pausado
add-quality = Qualidade do vídeo
add-quality-best = A melhor
add-quality-worst = A menor
add-quality-at-most = Até { $lines }p
add-video-pages = Páginas de vídeo: baixar com yt-dlp
add-video-pages-hint = Para links de páginas com um vídeo (links do YouTube, Vimeo e afins já são tratados assim).
add-torrent-reading = Lendo os arquivos do torrent (os de um magnet vêm dos seus pares)…
add-torrent-unknown = Não é possível listar os arquivos do torrent ({ $reason }); todos serão baixados.
add-torrent-files = { $name }: { $chosen } de { $count } arquivos, { $size }
add-torrent-all = Todos
add-torrent-none = Nenhum
add-torrent-more = …e mais { $count } (escolhidos conforme os botões acima)
add-advanced = Avançado: o que os pedidos enviam
add-referer = Referer
add-user-agent = User-Agent
add-cookie = Cookie
add-header-lines = Outros cabeçalhos
add-remember-site = Lembrar para estes sites (sem o cookie)
notice-link-not-added = Um link não foi adicionado: { $reason }
add-queue = Fila
add-ctrl-enter = Ctrl+Enter adiciona
add-clipboard-holds = { $count ->
    [one] A área de transferência tem { $count } link.
   *[other] A área de transferência tem { $count } links.
}
add-use-clipboard = { $count ->
    [one] Usar o link da área de transferência
   *[other] Usar os { $count } links da área de transferência
}
add-continue-unfinished = Continuar { $name } inacabado ({ $have }) com este link, se ele trouxer o mesmo arquivo
add-button-add = { $count ->
    [one] Adicionar { $count } download
   *[other] Adicionar { $count } downloads
}
add-button-continue = { $count ->
    [one] Continuar { $count } download
   *[other] Continuar { $count } downloads
}
add-button-both = Adicionar { $add }, continuar { $continue }
add-already-here = { $count ->
    [one] { $count } link já está aqui e será ignorado, a menos que você o marque:
   *[other] { $count } links já estão aqui e serão ignorados, a menos que você os marque:
}
add-in-list = { $link }: já está na lista ({ $status })
add-downloaded = { $link }: já baixado como { $path }
add-downloaded-on = { $link }: já baixado em { $day } como { $path }
add-no-links-yet = Nenhum link ainda
add-no-valid-links = Nenhum link válido encontrado
add-links-found = { $count ->
    [one] { $count } link encontrado
   *[other] { $count } links encontrados
}
add-with-checksums = { $count ->
    [one] { $summary }, { $count } com checksum
   *[other] { $summary }, { $count } com checksums
}
link-problem-line = Linha { $line }: { $reason }: { $text }
add-use-whole-link = Usar o link inteiro
add-problems = { $count ->
    [one] { $count } problema (ignorado):
   *[other] { $count } problemas (ignorados):
}
and-more = … e mais { $count }

## Details panel
details-pieces = { $count ->
    [one] { $done } de { $total } aqui; { $count } conexão trabalhando
   *[other] { $done } de { $total } aqui; { $count } conexões trabalhando
}
details-speed-peak = Últimos { $time } — pico { $speed }
details-select = Selecione um download para ver os detalhes.
details-why-slow = Por que está lento: { $why }
details-file = Arquivo
details-folder = Pasta
details-link = Link
details-from-page = Da página
details-led-to = Levou a
details-resolution = Resolução
details-duration = Duração
details-segments = Segmentos
details-segments-of = { $done } de { $total }
details-info-hash = Hash de informação
details-peers = Pares
details-peers-of = { $peers } conectados ({ $seeds } com tudo), { $seen } conhecidos
details-uploaded = Enviado
details-copy-magnet = Copiar link magnet
details-ratio = Proporção
details-files = Arquivos ({ $count })
details-peer-list = Pares ({ $count })
details-peer = { $address } · { $client } · ↓ { $down } · ↑ { $up }
details-trackers = Trackers ({ $count })
details-tracker = { $address }: { $state }
details-tracker-asking = perguntando…
details-tracker-working = funcionando, { $seeds } seeds, { $downloading } baixando, { $finished } concluídos
details-tracker-no-scrape = não informa números
details-tracker-timed-out = sem resposta
details-tracker-unreachable = não alcançado
details-tracker-said = diz “{ $said }”
details-tracker-bad-answer = responde, mas não como um tracker
details-tracker-not-through-proxy = não consultado: UDP não passa pelo proxy
details-tracker-unknown-kind = não é um endereço de tracker que o Haul possa consultar
details-tracker-off = não consultado: trackers desativados nas Configurações
details-server = Servidor
details-modified = Modificado
details-size = Tamanho
details-size-unknown = { $size } (tamanho desconhecido)
details-added = Adicionado
details-finished = Concluído
details-limit = Limite
details-checksum = Checksum
details-copy-path = Copiar caminho
details-checksum-damaged = danificado: { $algorithm } deveria ser { $expected } mas é { $actual } (os bytes ficam ao lado do arquivo como .damaged)
details-checksum-verified = verificado: { $algorithm } { $value } de { $kind ->
    [given] o informado
    [header] o cabeçalho { $name } do servidor
   *[file] { $name }
}
details-checksum-given = { $algorithm } { $value } (verificado ao concluir o download)
details-connections = Conexões: { $open } de { $wanted }
details-the-end = o fim
details-connection = { $number }. { $from } a { $to }, em { $at } — { $speed }
details-retries = Novas tentativas
details-failed-times = { $count ->
    [one] Falhou { $count } vez até agora.
   *[other] Falhou { $count } vezes até agora.
}
details-attempt = { $time } — tentativa { $attempt }: { $reason }
why-free-slot = { $count ->
    [one] Aguardando uma vaga: { $count } download por vez (Configurações).
   *[other] Aguardando uma vaga: { $count } downloads por vez (Configurações).
}
why-not-downloading = Não está baixando: { $reason }.
why-host-limit-reached = Aguardando uma conexão: seu limite de conexões por host foi atingido (Configurações).
why-own-limit = Seu limite de velocidade para este download ({ $speed }).
why-queue-limit = O limite da fila { $queue } ({ $speed }), dividido entre os downloads dela.
why-overall-limit = Seu limite geral de velocidade ({ $speed }), dividido por todos os downloads.
why-disk = O disco: gravar leva { $percent }% do tempo.
why-server-accepts = { $count ->
    [one] Por enquanto o servidor aceita só { $count } conexão sua.
   *[other] Por enquanto o servidor aceita só { $count } conexões suas.
}
why-no-parallel = O servidor não entrega partes do arquivo, então uma só conexão baixa tudo.
why-host-limit = Seu limite de conexões por host: { $open } de { $wanted } conexões abertas (Configurações).
why-per-connection = O servidor envia cerca de { $speed } a cada conexão: ele limita a velocidade por conexão.
why-line-full = O servidor ou a linha dá a este download cerca de { $speed } no total: mais conexões não foram mais rápidas.

## Row actions and menus
action-pause = Pausar
action-resume = Retomar
action-retry = Tentar de novo
action-cancel = Cancelar
action-open = Abrir
action-show-in-folder = Mostrar na pasta
action-remove = Remover da lista
action-change-link = Alterar link…
action-log-in = Entrar…
action-trust-certificate = Confiar neste certificado…
action-stop-seeding = Parar de semear
row-seeding = Semeando (proporção { $ratio } de { $goal })
row-seeding-for = Semeando (proporção { $ratio }, faltam { $left })
row-seeding-until-stopped = Semeando (proporção { $ratio }, até ser parado)
trust-title = Confiar no certificado de { $host }?
trust-fingerprint = A impressão digital SHA-256 dele (compare com a que o responsável pelo servidor lhe der):
trust-warning = Confie nele só se souber que é o do servidor: qualquer um entre você e o servidor pode mostrar um certificado próprio. Ele vale só para este host e fica nas configurações.
trust-confirm = Confiar para { $host }
login-title = Entrar em { $host }
login-realm = Pede um login para "{ $realm }".
login-user = Usuário
login-password = Senha
login-remember = Lembrar para este site
login-proxy-remember = Lembrar para este proxy
login-proxy-title = Entrar no proxy { $proxy }
login-proxy-kept = O login fica no endereço do proxy, em Configurações > Rede.
login-submit = Entrar
notice-login-kept-keyring = O login deste site fica guardado no chaveiro da área de trabalho.
notice-login-kept-file = O login deste site fica no arquivo próprio do Haul (não há chaveiro aqui), legível só por você.
action-start-over = Recomeçar
action-download-again = Baixar de novo
column-sort-by = Ordenar por { $column }
list-nothing-here = Nenhum download aqui
list-nothing-matches = Nada nesta aba corresponde ao filtro.
menu-speed-limit = Limite de velocidade…
menu-copy-link = Copiar link
menu-move-up = Mover para cima
menu-move-down = Mover para baixo
menu-move-top = Mover para o topo
menu-move-bottom = Mover para o fim
menu-move-to-queue = Mover para a fila
notice-retrying-one = Tentando de novo { $name }
notice-retrying = { $count ->
    [one] Tentando de novo { $count } download
   *[other] Tentando de novo { $count } downloads
}
notice-opening = Abrindo { $name }…
notice-showing = Mostrando { $name } na pasta…
notice-cannot-open = Não foi possível abrir { $name }: { $problem }.
notice-cannot-show = Não foi possível mostrar { $name } em um gerenciador de arquivos: { $problem }.
undo-cancelled = Cancelado: { $what }
undo-removed = Removido da lista: { $what }
undo-sentence = { $done }.
undo-sentence-partial = { $count ->
    [one] { $done }; o arquivo parcial ({ $size }) será excluído.
   *[other] { $done }; os arquivos parciais ({ $size }) serão excluídos.
}
row-failed-again = Falhou de novo: { $reason }
row-verified = Verificado ({ $algorithm } de { $source })
row-link-expired = { $status } — o link pode ter expirado: altere o link
row-limited = { $status } · limitado a { $speed }
row-torrent-peers = { $status } · { $peers ->
    [one] { $peers } par
   *[other] { $peers } pares
} ({ $seeds ->
    [one] { $seeds } seed
   *[other] { $seeds } seeds
})
row-torrent-sending = { $status } · ↑ { $speed }
row-added-at = Adicionado { $time }
notice-undo-too-late = É tarde demais para desfazer; os arquivos já foram excluídos.
the-download = o download
notice-new-link = Novo link para { $name }: verificando se é o mesmo arquivo
notice-new-link-refused = O novo link não foi usado: { $reason }

## Dropping
drop-not-text = { $name } não é um arquivo de texto; foi ignorado.
drop-too-large = { $name } é maior que { $size }; só o começo foi lido.
drop-no-links = { $name } não contém links.
drop-problem = { $name }, { $problem }
drop-unreadable = Não foi possível ler { $name }: { $detail }.
drop-is-folder = é uma pasta
drop-check = Você pode conferi-los antes de serem adicionados.
drop-title = Solte para adicionar links
drop-reads = O Haul lê os links do que você soltar. { $check }
drop-reads-files = { $count ->
    [one] O Haul lê os links deste arquivo. { $check }
   *[other] O Haul lê os links destes { $count } arquivos. { $check }
}
drop-title-links = { $count ->
    [one] Solte para adicionar { $count } link
   *[other] Solte para adicionar { $count } links
}
drop-title-files = { $files ->
    [one] Solte para adicionar os links deste arquivo
   *[other] Solte para adicionar os links destes { $files } arquivos
}
drop-title-both = Solte para adicionar { $count ->
    [one] { $count } link
   *[other] { $count } links
} e os links { $files ->
    [one] deste arquivo
   *[other] destes { $files } arquivos
}
drop-nothing = Nenhum link no que você está arrastando
drop-nothing-detail = O Haul aceita links da web, texto com links e arquivos de listas de links (.txt, .csv, .html).

## When everything is done
then-quit = O Haul será fechado em { $seconds } s.
then-quit-now = Sair agora
then-suspend = O computador será suspenso em { $seconds } s.
then-suspend-now = Suspender agora
then-hibernate = O computador vai hibernar em { $seconds } s.
then-hibernate-now = Hibernar agora
then-power-off = O computador será desligado em { $seconds } s.
then-power-off-now = Desligar agora
then-command = Seu comando será executado em { $seconds } s.
then-command-now = Executar agora
then-nothing = Nada acontece em { $seconds } s.
then-close = Fechar

## Tray and speed limit
tray-show = Mostrar o Haul
tray-add-from-clipboard = Adicionar da área de transferência
tray-quit = Sair
limit-none = Sem limite
limit-title = Limite de velocidade
limit-intro = { $count ->
    [one] Limitar este download a uma velocidade como 500K ou 2M por segundo.
   *[other] Limitar estes { $count } downloads a uma velocidade como 500K ou 2M por segundo.
}
limit-example = ex.: 2M
limit-per-second = por segundo
dialog-apply = Aplicar
drag-too-large = Os dados arrastados são maiores que { $size }; só o começo foi lido.
drag-not-local = { $name } não é um arquivo deste computador; foi ignorado.
drag-cut-character = O texto arrastado terminou no meio de um caractere.
link-new = Novo link
link-use = Usar este link
link-not-http = Isso não é um link http ou https.
link-one-only = Cole apenas um link.
power-failed = Não foi possível { $action ->
    [suspend] suspender
    [hibernate] hibernar
   *[power-off] desligar
}: { $reason }
when-done-command-failed = O comando para quando os downloads terminarem falhou ({ $status }): { $command }
when-done-command-not-run = O comando para quando os downloads terminarem não pôde ser executado ({ $detail }): { $command }
keep-awake-why = { $count ->
    [one] Baixando { $count } arquivo
   *[other] Baixando { $count } arquivos
}
power-no-logind = o serviço de energia do sistema (logind) não respondeu: { $detail }
power-not-allowed = o sistema não permite que este usuário { $action ->
    [suspend] suspenda
    [hibernate] hiberne
   *[power-off] desligue
} o computador (resposta: "{ $answer }")

## Remove dialog
remove-title = Remover { $what } da lista?
remove-partial-stays = { $count ->
    [one] O arquivo parcial fica no disco, então adicionar o mesmo link de novo continua de onde parou.
   *[other] Os arquivos parciais ficam no disco, então adicionar os mesmos links de novo continua de onde pararam.
}
remove-finished-stay = Arquivos concluídos sempre ficam.
remove-delete-partial = { $count ->
    [one] Excluir também o arquivo parcial ({ $size })
   *[other] Excluir também os { $count } arquivos parciais ({ $size })
}
remove-button = Remover
remove-keep = Manter na lista

## Quitting, notices, undo
quit-title = Ainda há downloads em andamento
quit-text = { $count ->
    [one] { $count } download ainda está em andamento. Se você sair agora, ele para e continua de onde parou na próxima vez que abrir o Haul.
   *[other] { $count } downloads ainda estão em andamento. Se você sair agora, eles param e continuam de onde pararam na próxima vez que abrir o Haul.
}
quit-keep = Continuar baixando
quit-later = Sair e retomar depois
dismiss = Dispensar
engine-not-started = O Haul não conseguiu iniciar o mecanismo de downloads
undo = Desfazer
undo-within = desfazer em { $seconds } s
folder-dialog-title = Escolher uma pasta de downloads
window-not-opened = não foi possível abrir a janela: { $detail }
notice-path-copied = Caminho copiado
notice-magnet-copied = Link magnet copiado

## Notifications
notify-finished-one = Download concluído
notify-finished = { $count ->
    [one] { $count } download concluído
   *[other] { $count } downloads concluídos
}
notify-failed-one = { $name } falhou
notify-failed = { $count ->
    [one] { $count } download falhou
   *[other] { $count } downloads falharam
}
notify-mixed = { $finished ->
    [one] { $finished } download concluído
   *[other] { $finished } downloads concluídos
}, { $failed } com falha
notify-failed-names = Com falha: { $names }
notify-and-more = { $names } e mais { $count }
notify-link-copied = { $count ->
    [one] Um link de download foi copiado
   *[other] { $count } links de download foram copiados
}
drag-not-handed-over = o programa de onde os links foram arrastados não os entregou
drag-timed-out = os dados arrastados não chegaram em { $seconds } segundos
notice-launch-link-skipped = Um link com que o Haul foi aberto foi ignorado: { $problem }
notice-autostart-failed = Não foi possível alterar a entrada de início automático ({ $detail }): { $path }
tray-nothing = Nada para baixar
title-downloading = { $count } baixando
filter-clear = Limpar o filtro
setup-other-window = outra janela do Haul a usa
setup-list-not-kept = A lista de downloads não pode ser guardada ({ $why }), então os downloads desta janela não serão salvos: { $path }
setup-no-inbox = Links abertos com o Haul não chegam a esta janela enquanto ela estiver aberta: { $detail }
setup-folder-not-created = Não foi possível criar a pasta de downloads ({ $detail }): { $path }. Escolha outra nas Configurações.
desktop-no-application = nenhum programa deste computador está configurado para abri-lo
desktop-no-answer = nada respondeu em { $seconds } segundos
desktop-no-file-manager = nenhum gerenciador de arquivos respondeu
desktop-login-not-saved = Não foi possível salvar o login: { $detail }
desktop-no-notifications = sem serviço de notificações: { $detail }
settings-not-applied = Não foi possível aplicar as novas configurações: { $detail }
settings-not-written = Não foi possível salvar as configurações ({ $detail }): { $path }
row-with-note = { $status } ({ $note })
drop-failed = Não foi possível ler os links soltos: { $reason }.
notice-from-browser = Do navegador: { $what }
link-new-for = Novo link para { $name }
remote-not-started = Outros programas não podem controlar o Haul: { $reason }.
drag-not-utf8 = O texto arrastado não é UTF-8 válido; os caracteres que não puderam ser lidos foram substituídos.
drag-not-utf16 = O texto arrastado não é UTF-16 válido; os caracteres que não puderam ser lidos foram substituídos.
drop-dialog-open = Os links soltos não foram adicionados porque outro diálogo está aberto; feche-o e solte-os de novo.
link-new-intro = Cole o novo link do arquivo (por exemplo, um novo da página de onde você o pegou). O download continua com os bytes que já tem se o novo link trouxer o mesmo arquivo.
add-links-hint = Cole ou digite links, um por linha. Texto com links também funciona, assim como intervalos como photo[001-120].jpg.
