# Haul's command line in Brazilian Portuguese: messages, the settings file's problems and --help.
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
