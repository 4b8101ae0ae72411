# Haul's words for amounts, dates, reasons and notices in Brazilian Portuguese, shared by the window and the command line.
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
reason-no-content-range = o servidor enviou uma parte do arquivo sem dizer qual
reason-unasked-partial = o servidor enviou uma parte do arquivo que não foi pedida
reason-unexpected-status = o servidor respondeu com um status inesperado ({ $code })
proxy-not-an-address = o proxy "{ $text }" não é um endereço
proxy-unsupported-scheme = proxies do tipo "{ $scheme }" não podem ser usados (o Haul fala http, https, socks4 e socks5)
proxy-unreachable = não foi possível usar o proxy { $proxy }: { $detail }
proxy-login-wanted = o proxy { $proxy } pede um login (informe-o no endereço: usuário:senha@host)
proxy-login-refused = o proxy { $proxy } recusou o login
login-wanted = { $host } pede um login
login-wanted-for = { $host } pede um login para "{ $realm }"
login-refused = { $host } não aceitou o login
reason-no-connection = não foi possível abrir nenhuma conexão com o servidor
reason-connection-closed = o servidor fechou a conexão antes de o arquivo estar completo
reason-more-than-announced = o servidor enviou mais dados do que anunciou
reason-no-body = o servidor respondeu sem o arquivo
reason-no-partial-file = o arquivo parcial não estava aberto (uma falha do Haul: tente de novo)
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
connections-added-faster = { $from } -> { $to } conexões: o download ficou mais rápido a cada passo
connections-remembered = { $to } conexões desde o início: tantas valeram a pena antes com este servidor
connections-not-faster = { $tried } conexões não foram mais rápidas que { $than } (cerca de { $speed } no total): o servidor ou a linha limita o download inteiro
scheduled-speed-pauses = Aguardando: o agendamento de velocidade está pausado agora
scheduled-at = Agendado: começa às { $time }
scheduled-on = Agendado: começa { $day } às { $time }
scheduled-passed = Agendado: a janela única já passou

## Notices
notice-queue-done = Todos os downloads de { $queue } foram concluídos.
notice-queue-failed = Todos os downloads em { $queue } falharam: o que devia acontecer ao terminar não aconteceu.
notice-all-failed = Todos os downloads falharam: o que devia acontecer ao terminar não aconteceu.
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
notice-netrc-readable = Os logins em { $path } não são usados: outros podem ler o arquivo (chmod 600 { $path }).
notice-netrc-unreadable = Não foi possível ler { $path }: { $detail }
notice-ca-file-empty = As autoridades certificadoras em { $path } não são usadas: o arquivo não contém nenhum certificado PEM.
notice-ca-file-unreadable = As autoridades certificadoras em { $path } não são usadas: { $detail }
notice-started-over = { $path } veio de outro link e é um arquivo diferente deste, então recomeça no mesmo lugar.
notice-control-unreadable = Não foi possível ler o registro do download inacabado { $path }, então ele foi guardado como { $kept }; os bytes do arquivo parcial são comparados com o servidor antes de qualquer uso.
notice-partial-set-aside = Um download inacabado em { $path } não correspondia ao arquivo do servidor, então foi guardado como { $kept } e o download recomeça.

## Links that could not be used
link-scheme = links { $scheme } não são suportados (apenas http e https)
link-invalid = não é um link válido ({ $detail })
link-no-host = o link não tem host
link-bad-magnet = o link magnet não indica nenhum torrent (sem hash xt=urn:btih:)
link-checksum-option = não é um checksum para o link acima (use checksum=sha-256=HEX)
link-add-scheme = adicione http:// ou https:// para usar isto como link
link-add-scheme-to = adicione http:// ou https:// para usar isto como link ({ $link })
link-spaces = um link não pode conter espaços; escreva-os como %20
link-space-cut = talvez um espaço tenha cortado este link; o link inteiro seria { $link }
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

## Built-in categories and the main queue
category-videos = Vídeos
category-music = Músicas
category-pictures = Imagens
category-documents = Documentos
category-archives = Compactados
category-programs = Programas
category-other = Outros
queue-main = Principal
percent = { $value }%
number-group = .
stream-not-a-playlist = o link não é uma playlist de vídeo
stream-empty = a playlist não tem nada para baixar
stream-protected = o vídeo é protegido ({ $method }); o Haul não baixa streams com DRM
stream-bad-key = um segmento não é decifrado com a chave da playlist
stream-needs-ffmpeg = o ffmpeg é necessário para juntar as faixas de vídeo e áudio (instale-o, p. ex. apt install ffmpeg, e tente de novo); as faixas ficam em { $kept }
stream-join-failed = o ffmpeg não conseguiu juntar as faixas: { $detail }
speed-recording-live = gravando ao vivo; Pausar salva o que foi gravado
stream-live-dash = o link é um stream DASH ao vivo; o Haul salva vídeos DASH que não são ao vivo
stream-no-yt-dlp = o yt-dlp é necessário para páginas de vídeo: instale-o (pipx install yt-dlp, ou o pacote yt-dlp do sistema) e tente de novo
stream-yt-dlp-failed = o yt-dlp não conseguiu obter o vídeo: { $said }
torrent-failed = o torrent falhou: { $said }
