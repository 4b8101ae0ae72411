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
