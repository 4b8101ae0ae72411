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
duration-over-day = > 1 dia
month-1 = jan
month-2 = fev
month-3 = mar
month-4 = abr
month-5 = mai
month-6 = jun
month-7 = jul
month-8 = ago
month-9 = set
month-10 = out
month-11 = nov
month-12 = dez
weekday-mon = seg
weekday-tue = ter
weekday-wed = qua
weekday-thu = qui
weekday-fri = sex
weekday-sat = sáb
weekday-sun = dom
date-day-month = { $day } de { $month }
date-day-month-year = { $day } de { $month } de { $year }
date-full = { $day } de { $month } de { $year }, { $time }

## Why a download failed, waits or is slow
tls-no-roots = nenhuma autoridade certificadora confiável neste computador (o ca-certificates está instalado?)
tls-unknown-issuer = certificado não confiável (não assinado por uma autoridade em que este computador confia)
tls-expired = certificado expirado
tls-not-valid-yet = certificado ainda não válido (o relógio deste computador está certo?)
tls-wrong-host = certificado de outro nome de host
tls-revoked = certificado revogado
tls-bad-signature = certificado com uma assinatura que não confere
tls-other-certificate = certificado não aceito: { $detail }
tls-handshake = falha na conexão segura: { $detail }
reason-http-status = o servidor respondeu { $code } { $phrase }
reason-connect-failed = não foi possível conectar: { $detail }
reason-stalled = o servidor parou de enviar dados por { $seconds } s
reason-connection-lost = conexão perdida: { $detail }
reason-truncated = conexão encerrada após { $received } de { $expected } bytes
reason-invalid-answer = o servidor enviou uma resposta inválida: { $detail }
reason-not-http = a resposta do servidor não é HTTP válido ({ $detail })
reason-keeps-changing = o arquivo não para de mudar no servidor
reason-disk-full = o disco está cheio
reason-disk-full-needs = o disco está cheio; faltam { $size }
reason-disk-write = não foi possível gravar { $path }: { $detail }
reason-disk-read = não foi possível ler { $path }: { $detail }
checksum-source-given = a informada
reason-checksum-source = danificado: { $algorithm } não confere com { $kind ->
    [given] a informada
    [header] a do cabeçalho { $name } do servidor
   *[file] a de { $name }
}
reason-checksum-values = danificado: { $algorithm } é { $actual }, não { $expected }
reason-other-file-sizes = o novo link traz outro arquivo: { $new } em vez de { $old }
reason-other-file = o novo link traz outro arquivo (os bytes são diferentes)
reason-web-page = o servidor enviou uma página da web em vez de { $name }: geralmente uma página de login ou de erro
reason-web-page-about = o servidor enviou uma página da web ({ $about }) em vez de { $name }: geralmente uma página de login ou de erro
reason-no-file = o servidor não enviou nenhum arquivo
reason-names-taken = todos os nomes como { $name } já existem em { $folder }
reason-no-thread = não foi possível iniciar uma thread de trabalho: { $detail }
reason-password-lost = a senha do link não foi guardada; adicione o link novamente
reason-other-haul = outro Haul está baixando este arquivo
reason-then-free-space = { $reason }; libere espaço e depois retome
speed-server-allows = { $count ->
    [one] o servidor permite { $count } conexão
   *[other] o servidor permite { $count } conexões
}
speed-no-parallel = o servidor não aceita conexões paralelas
connections-added = { $from } -> { $to } conexões: o servidor limita cada uma a { $speed }
scheduled-speed-pauses = Aguardando: o agendamento de velocidade está pausado agora
scheduled-at = Agendado: começa às { $time }
scheduled-on = Agendado: começa { $day } às { $time }
scheduled-passed = Agendado: a janela única já passou

## Notices
notice-queue-done = Todos os downloads de { $queue } foram concluídos.
notice-all-done = Todos os downloads foram concluídos.
notice-saved-unreadable = Não foi possível ler { $what ->
    [passwords] as senhas salvas
   *[list] a lista de downloads salva
} ({ $problem }). Ela foi guardada como { $path } e o Haul iniciou sem ela.
notice-saved-unreadable-kept = Não foi possível ler { $what ->
    [passwords] as senhas salvas
   *[list] a lista de downloads salva
} ({ $problem }) nem colocá-la de lado ({ $error }): { $path }
notice-saved-link-invalid = Um download salvo foi removido porque o link é inválido ({ $problem }): { $link }
notice-list-not-saved = Não foi possível salvar a lista de downloads ({ $problem }): { $path }
notice-started-over = { $path } veio de outro link e é um arquivo diferente deste, então recomeça no mesmo lugar.
notice-control-unreadable = Não foi possível ler o registro do download inacabado { $path }, então ele foi guardado como { $kept }; os bytes do arquivo parcial são comparados com o servidor antes de qualquer uso.
notice-partial-set-aside = Um download inacabado em { $path } não correspondia ao arquivo do servidor, então foi guardado como { $kept } e o download recomeça.

## Links that could not be used
link-scheme = links { $scheme } não são suportados (apenas http e https)
link-invalid = não é um link válido ({ $detail })
link-no-host = o link não tem host
link-checksum-option = não é um checksum para o link acima (use checksum=sha-256=HEX)
link-add-scheme = adicione http:// ou https:// para usar isto como link
link-add-scheme-to = adicione http:// ou https:// para usar isto como link ({ $link })
link-spaces = um link não pode conter espaços; escreva-os como %20
link-too-many = mais de { $count } links; o restante foi ignorado
link-problem = linha { $line }: { $reason }: { $text }
range-too-many = o intervalo gera links demais (mais de { $count })
range-zero-step = o passo de um intervalo deve ser pelo menos 1
range-step-too-large = o passo de um intervalo é grande demais
range-number-too-large = um número do intervalo é grande demais
range-backwards = o intervalo [{ $range }] está invertido
range-too-many-digits = um número do intervalo tem mais de { $count } dígitos
add-bad-checksum = um checksum SHA-256 tem 64 dígitos hexadecimais
engine-no-client = não foi possível configurar o cliente HTTP: { $detail }

## The command line
cli-try-help = Tente 'haul get --help' para mais informações.
cli-skipped = ignorado { $what }
cli-no-usable-links = nenhum link utilizável
cli-interrupted = interrompido; execute o mesmo comando de novo para retomar
cli-folder-is-file = { $path } é um arquivo, não uma pasta; escolha outra com -d
cli-cannot-create-folder = não foi possível criar a pasta de downloads { $path } ({ $detail })
cli-free-space-and-rerun = { $reason }; libere espaço e execute o mesmo comando de novo
cli-failed = falhou: { $name }: { $reason } ({ $link })
cli-no-links = nenhum link informado
cli-cannot-read = não foi possível ler { $path } ({ $detail })
cli-output-one-link = -o/--output precisa de exatamente um link
cli-output-a-name = -o/--output recebe um nome de arquivo; use -d para a pasta
cli-bad-sha256 = --sha256 precisa de 64 dígitos hexadecimais
cli-bad-checksum = --checksum precisa de sha-256=HEX, sha-512=HEX, sha-1=HEX ou md5=HEX com o número certo de dígitos hexadecimais
cli-checksum-one-link = --sha256 e --checksum precisam de exatamente um link
cli-not-a-link = '{ $text }': não é um link
cli-quoted-problem = '{ $text }': { $reason }
cli-waiting = aguardando: { $reason } ({ $name })
cli-saved = salvo { $path } ({ $size })
cli-already-downloaded = já baixado: { $path } ({ $size })
cli-more-already-downloaded = ... e mais { $count } já baixados
cli-summary-saved = { $count } salvos ({ $size })
cli-summary-already = { $count } já baixados
cli-summary-failed = { $count } com falha
cli-summary-unfinished = { $count } não concluídos
cli-summary = { $count } links: { $parts }
cli-time-left = faltam { $time }
cli-no-home = não foi possível encontrar a pasta pessoal; defina HOME
daemon-already-running = O Haul já está em execução com a lista em { $path } (uma janela ou outro serviço); feche-o primeiro
daemon-no-inbox = links abertos com o Haul não conseguem chegar a este serviço: { $detail }
daemon-listening = aguardando JSON-RPC em { $address }, os arquivos vão para { $path }
daemon-not-stopped = alguns downloads não pararam a tempo; eles serão retomados da próxima vez
daemon-needs-secret = é preciso um segredo: --rpc-secret SEGREDO, --rpc-secret-file ARQUIVO ou ${ $variable } (os clientes o enviam como "token:SEGREDO")
daemon-needs-window = links de uma página da web para escolher precisam da janela; ignorados
browser-wrote = { $browser }: gravado { $path }
browser-installed = A extensão em assets/browser/ agora pode se comunicar com o Haul ({ $path }) (carregue-a sem compactação; veja o README).
browser-removed = removido { $path }
browser-nothing-to-remove = nada para remover

## The settings file
settings-unreadable = Não foi possível ler as configurações ({ $detail }); usando os padrões: { $path }
settings-bad-limit = speed_limit { $detail }; nenhum limite vale até que seja corrigido
settings-problems = Nas configurações ({ $path }): { $problems }.
settings-invalid = O arquivo de configurações é inválido e não foi alterado; usando os padrões até que seja corrigido. { $path }: { $detail }
settings-unknown-key = '{ $key }' não é uma configuração que o Haul conheça
settings-unknown-key-near = '{ $key }' não é uma configuração que o Haul conheça (você quis dizer { $near }?)
settings-out-of-range = { $setting } está fora de { $range }; usando { $used }
rate-not-a-rate = '{ $text }' não é uma taxa como 500K ou 2M
rate-not-positive = '{ $text }' deve ser uma taxa positiva
word-or = ou

## Add dialog
add-title = Adicionar downloads
add-links = Links
add-save-to = Salvar em
add-choose-folder = Escolher…
add-start-paused = Começar pausado
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
add-downloaded = { $link }: já baixado em { $path }
add-downloaded-on = { $link }: já baixado em { $day } para { $path }
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
why-overall-limit = Seu limite geral de velocidade ({ $speed }), dividido por todos os downloads.
why-disk = O disco: gravar leva { $percent }% do tempo.
why-server-accepts = { $count ->
    [one] Por enquanto o servidor aceita só { $count } conexão sua.
   *[other] Por enquanto o servidor aceita só { $count } conexões suas.
}
why-no-parallel = O servidor não entrega partes do arquivo, então uma só conexão baixa tudo.
why-host-limit = Seu limite de conexões por host: { $open } de { $wanted } conexões abertas (Configurações).
why-per-connection = O servidor envia cerca de { $speed } a cada conexão: ele limita a velocidade por conexão.

## Row actions and menus
action-pause = Pausar
action-resume = Retomar
action-retry = Tentar de novo
action-cancel = Cancelar
action-open = Abrir
action-show-in-folder = Mostrar na pasta
action-remove = Remover da lista
action-change-link = Alterar link…
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
row-added-at = Adicionado { $time }
notice-undo-too-late = É tarde demais para desfazer; os arquivos já foram excluídos.
the-download = o download
notice-new-link = Novo link para { $name }: verificando se é o mesmo arquivo
notice-new-link-refused = O novo link não foi usado: { $reason }

## Settings pages
settings-download-folder = Pasta de downloads
settings-jobs = Downloads simultâneos
settings-connections-per-file = Conexões por arquivo
settings-connections-per-server = Conexões por servidor
settings-overall-limit = Limite geral de velocidade
settings-no-limit = nenhum
settings-limit-hint = por segundo, ex.: 500K ou 2M
settings-attempts = Tentativas antes de desistir
settings-stall-timeout = Esperar por um servidor calado
settings-connect-timeout = Esperar por uma conexão
settings-retry-delay = Maior espera entre tentativas
unit-seconds = s
settings-notifications = Notificações
settings-notifications-check = Avisar quando downloads terminarem ou falharem
settings-checksums = Checksums
settings-checksums-check = Procurar checksums publicados e verificar os arquivos
settings-checksums-hint = SHA256SUMS ao lado do arquivo, ou NOME.sha256
settings-colours = Cores
settings-colours-system = Como o desktop
settings-colours-light = Claro
settings-colours-dark = Escuro
when-done-nothing = Nada
when-done-quit = Sair do Haul
when-done-suspend = Suspender
when-done-hibernate = Hibernar
when-done-power-off = Desligar
when-done-command = Executar um comando
when-done-command-hint = comando
queues-intro = Cada fila executa seu próprio número de downloads ao mesmo tempo, na sua própria velocidade e no seu agendamento, se tiver um. Mova downloads entre filas pelo menu deles.
queues-new = Nova fila
queues-when-all-done = Quando todos os downloads terminarem
queues-keep-awake = Manter o computador acordado enquanto houver downloads
queues-at-once = ao mesmo tempo
queues-limit = limite
queues-remove = Remover esta fila
queues-when-done = Ao terminar
queues-on-schedule = Executar { $queue } em um agendamento
queues-starts-at = Começa às
queues-stops-at = para às
queues-weekly = toda semana
queues-once = uma vez
queues-on-days = Dias
queues-every-day = (todo dia)
categories-intro = Os arquivos vão para a pasta da categoria quando você define uma (dentro da pasta de downloads, a menos que comece com / ou ~/). Vazio: a pasta de downloads.
categories-file-types = Tipos de arquivo
categories-hosts = Hosts
categories-new = Nova categoria
categories-name-of = Nome da categoria { $number }
categories-other-rule = o que nenhuma regra pega
categories-types-of = Tipos de arquivo de { $category }
categories-any-host = qualquer
categories-hosts-of = Hosts de { $category }
categories-download-folder = pasta de downloads
categories-folder-of = Pasta de { $category }
categories-choose-folder = Escolher uma pasta
categories-choose-folder-for = Escolher uma pasta para { $category }
categories-remove = Remover esta categoria
categories-remove-named = Remover { $category }

## Folder chooser
folders-intro = Este desktop não tem diálogo de pastas, então escolha a pasta aqui: digite ou cole um caminho, ou navegue pelas pastas abaixo.
folders-up = Acima
folders-reading = Lendo a pasta…
folders-none-inside = Nenhuma pasta dentro.
folders-use = Usar esta pasta
folders-missing = Esta pasta não existe.
folders-forbidden = Você não tem permissão para ler esta pasta.
folders-is-file = Isto é um arquivo, não uma pasta.
folders-unreadable = Não é possível ler esta pasta.

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

## Remote control settings
remote-enable = Permitir que outros programas controlem o Haul (JSON-RPC do aria2: AriaNg, aria2p, scripts)
remote-enable-hint = Eles podem adicionar, pausar e remover downloads. Toda chamada precisa levar o segredo.
remote-this-computer = o endereço deste computador
remote-port = Porta
remote-address = Endereço
remote-secret = Segredo
remote-new-secret = Novo segredo
remote-origins = Páginas da web permitidas
remote-needs-secret = É preciso um segredo; sem ele nada fica escutando.
remote-listen-all = Acessível de outros computadores (escutar em todos os endereços de rede)
remote-listen-all-hint = Desligado: só programas deste computador podem conectar. Páginas da web são recusadas, a menos que estejam listadas acima (o endereço de onde o AriaNg é aberto).

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

## Desktop settings
desktop-tray-present = Seu desktop mostra o Haul na bandeja.
desktop-no-tray = Nenhuma bandeja mostra o Haul neste desktop agora: fechar a janela encerra o programa.
desktop-close-to-tray = Ao fechar a janela, o Haul continua baixando na bandeja
desktop-autostart = Iniciar o Haul com o desktop (oculto na bandeja)
desktop-clipboard = Oferecer links de download que eu copiar (nunca adiciona sozinho)
desktop-clipboard-hint = O Haul observa a área de transferência enquanto está aberto. No Wayland, só vê o que foi copiado com a janela dele em primeiro plano.

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

## Speed schedule
grid-enable = Seguir um agendamento semanal de velocidade
grid-limited-hours = Horas limitadas:
grid-no-rate = (sem taxa: as horas limitadas rodam no máximo)
grid-full = velocidade máxima
grid-limited = limitada
grid-paused = pausada
grid-hint = — clique em uma hora para mudar, arraste para pintar

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
desktop-no-file-manager = nenhum gerenciador de arquivos respondeu
desktop-no-notifications = sem serviço de notificações: { $detail }
settings-not-applied = Não foi possível aplicar as novas configurações: { $detail }
settings-not-written = Não foi possível salvar as configurações ({ $detail }): { $path }

## Built-in categories and the main queue
category-videos = Vídeos
category-music = Músicas
category-pictures = Imagens
category-documents = Documentos
category-archives = Compactados
category-programs = Programas
category-other = Outros
queue-main = Principal

## Command-line help
help-usage = Uso
help-options = Opções
help-arguments = Argumentos
help-commands = Comandos
help-help = Mostrar a ajuda
help-version = Mostrar a versão
help-about = Haul: um gerenciador de downloads rápido e cuidadoso.
help-urls = Links a adicionar quando a janela abrir.
help-hidden = Iniciar oculto na bandeja (onde houver), como ao iniciar com o desktop.
help-get-about = Baixar sem janela e sair (0: tudo concluído, 1: algo falhou, 2: uso incorreto).
help-get-dir = Pasta para os arquivos (padrão: a pasta de downloads configurada).
help-get-output = Nome do arquivo (apenas um link).
help-get-input = Ler links de um arquivo ('-' para a entrada padrão), com o mesmo analisador de arrastar e soltar.
help-get-jobs = Downloads ao mesmo tempo.
help-get-connections = Conexões por arquivo.
help-get-limit = Limite geral de velocidade, ex.: 500K, 2M (bytes por segundo).
help-get-sha256 = Verificar o arquivo concluído com este SHA-256 (64 dígitos hexadecimais).
help-get-checksum = Verificar o arquivo concluído com este checksum: sha-256=HEX, sha-512=HEX, sha-1=HEX ou md5=HEX.
help-get-no_checksum_discovery = Não procurar checksums publicados (NOME.sha256, SHA256SUMS, ...) ao lado dos arquivos.
help-get-again = Baixar uma cópia nova mesmo quando o mesmo arquivo do mesmo link já está na pasta (salva como NOME (1)); sem isso, o arquivo fica como está.
help-get-quiet = Sem progresso (falhas continuam sendo informadas).
help-get-urls = Links a baixar (intervalos no estilo do aria2, como file[01-10].jpg, são expandidos).
help-daemon-about = Executar sem janela, controlado pelo JSON-RPC do aria2 (AriaNg, aria2p...).
help-daemon-dir = Pasta para os arquivos (padrão: a pasta de downloads configurada).
help-daemon-port = A porta da API JSON-RPC.
help-daemon-listen_all = Escutar em todos os endereços de rede, não só no loopback deste computador.
help-daemon-secret = O segredo que toda chamada precisa levar (também de $HAUL_RPC_SECRET ou --rpc-secret-file).
help-daemon-secret_file = Um arquivo cuja primeira linha é o segredo.
help-daemon-allow_origins = Uma origem de página da web com permissão para chamar, ex.: http://ariang.example:8080 (pode repetir).
help-browser-about = Conectar o Haul à extensão do navegador (veja assets/browser).
help-browser-install-about = Gravar os manifestos do host de mensagens nativas para Firefox, Chrome, Chromium, Brave, Vivaldi e Edge, apontando para este programa.
help-browser-uninstall-about = Removê-los.
row-with-note = { $status } ({ $note })
