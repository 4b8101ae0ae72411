# Haul's Settings pages in Brazilian Portuguese.
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
queues-proxy = Proxy
queues-proxy-hint = o proxy das configurações (ou none, system, um endereço)
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

## Desktop settings
desktop-tray-present = Seu desktop mostra o Haul na bandeja.
desktop-no-tray = Nenhuma bandeja mostra o Haul neste desktop agora: fechar a janela encerra o programa.
desktop-close-to-tray = Ao fechar a janela, o Haul continua baixando na bandeja
desktop-autostart = Iniciar o Haul com o desktop (oculto na bandeja)
desktop-clipboard = Oferecer links de download que eu copiar (nunca adiciona sozinho)
desktop-clipboard-hint = O Haul observa a área de transferência enquanto está aberto. No Wayland, só vê o que foi copiado com a janela dele em primeiro plano.

## Speed schedule
grid-enable = Seguir um agendamento semanal de velocidade
grid-limited-hours = Horas limitadas:
grid-limited-hint = ex.: 500K
grid-no-rate = (sem taxa: as horas limitadas rodam no máximo)
grid-full = velocidade máxima
grid-limited = limitada
grid-paused = pausada
grid-hint = — clique em uma hora para mudar, arraste para pintar
settings-limit-error = Limite de velocidade: { $error }
settings-unsaved = Você mudou configurações: Salvar as mantém, Cancelar as descarta.
