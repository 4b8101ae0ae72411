# Haul's command line in Simplified Chinese: messages, the settings file's problems and --help.
## The command line
cli-try-help = 运行 'haul get --help' 了解更多信息。
cli-skipped = 已跳过 { $what }
cli-no-usable-links = 没有可用的链接
cli-interrupted = 已中断；再次运行同一命令即可继续
cli-folder-is-file = { $path } 是文件而不是文件夹；请用 -d 另选一个
cli-cannot-create-folder = 无法创建下载文件夹 { $path }（{ $detail }）
cli-free-space-and-rerun = { $reason }；请释放一些空间后再次运行同一命令
cli-failed = 失败：{ $name }：{ $reason }（{ $link }）
cli-no-links = 没有给出链接
cli-cannot-read = 无法读取 { $path }（{ $detail }）
cli-output-one-link = -o/--output 只能用于一个链接
cli-output-a-name = -o/--output 接受文件名；文件夹请用 -d
cli-bad-sha256 = --sha256 需要 64 位十六进制数字
cli-bad-checksum = --checksum 需要 sha-256=HEX、sha-512=HEX、sha-1=HEX 或 md5=HEX，且十六进制位数正确
cli-checksum-one-link = --sha256 和 --checksum 只能用于一个链接
cli-not-a-link = '{ $text }'：不是链接
cli-quoted-problem = '{ $text }'：{ $reason }
cli-waiting = 等待中：{ $reason }（{ $name }）
cli-saved = 已保存 { $path }（{ $size }）
cli-already-downloaded = 已下载过：{ $path }（{ $size }）
cli-more-already-downloaded = ……另有 { $count } 个已下载过
cli-summary-saved = { $count } 个已保存（{ $size }）
cli-summary-already = { $count } 个已下载过
cli-summary-failed = { $count } 个失败
cli-summary-unfinished = { $count } 个未完成
cli-summary = { $count } 个链接：{ $parts }
cli-time-left = 剩余 { $time }
cli-no-home = 找不到主文件夹；请设置 HOME
daemon-already-running = Haul 已在使用 { $path } 中的列表运行（一个窗口或另一个服务）；请先关闭它
daemon-no-inbox = 用 Haul 打开的链接无法送达此服务：{ $detail }
daemon-listening = 正在 { $address } 上监听 JSON-RPC，文件保存到 { $path }
daemon-not-stopped = 部分下载没有及时停止；下次会继续
daemon-needs-secret = 需要密钥：--rpc-secret 密钥、--rpc-secret-file 文件 或 ${ $variable }（客户端以 "token:密钥" 发送）
daemon-needs-window = 需要从网页中选择的链接必须在窗口中处理；已跳过
browser-wrote = { $browser }：已写入 { $path }
browser-installed = assets/browser/ 中的扩展现在可以连接到 Haul（{ $path }）（以解压方式加载；见 README）。
browser-removed = 已删除 { $path }
browser-nothing-to-remove = 没有需要删除的内容

## The settings file
settings-unreadable = 无法读取设置（{ $detail }）；使用默认值：{ $path }
settings-bad-limit = speed_limit { $detail }；修正之前不限速
settings-problems = 设置中（{ $path }）：{ $problems }。
settings-invalid = 设置文件无效，未做更改；修正之前使用默认值。{ $path }：{ $detail }
settings-unknown-key = '{ $key }' 不是 Haul 认识的设置
settings-unknown-key-near = '{ $key }' 不是 Haul 认识的设置（您是不是想写 { $near }？）
settings-out-of-range = { $setting } 超出 { $range }；将使用 { $used }
rate-not-a-rate = '{ $text }' 不是 500K 或 2M 这样的速率
rate-not-positive = '{ $text }' 必须是正的速率
word-or = 或

## Command-line help
help-usage = 用法
help-options = 选项
help-arguments = 参数
help-commands = 命令
help-help = 显示帮助
help-version = 显示版本
help-about = Haul：快速而细心的下载管理器。
help-urls = 窗口打开时要添加的链接。
help-hidden = 启动时隐藏在托盘中（如果有托盘），如同随桌面启动时一样。
help-get-about = 不打开窗口直接下载，然后退出（0：全部完成，1：有失败，2：用法错误）。
help-get-dir = 文件保存的文件夹（默认：设置中的下载文件夹）。
help-get-output = 文件名（仅限一个链接）。
help-get-input = 从文件读取链接（'-' 表示标准输入），解析方式与拖放相同。
help-get-jobs = 同时下载数。
help-get-connections = 每个文件的连接数。
help-get-limit = 总限速，例如 500K、2M（每秒字节数）。
help-get-sha256 = 用此 SHA-256 校验下载完成的文件（64 位十六进制数字）。
help-get-checksum = 用此校验值校验下载完成的文件：sha-256=HEX、sha-512=HEX、sha-1=HEX 或 md5=HEX。
help-get-no_checksum_discovery = 不在文件旁查找已发布的校验值（文件名.sha256、SHA256SUMS 等）。
help-get-again = 即使文件夹中已有来自同一链接的同一文件，也重新下载一份（保存为 文件名 (1)）；不加此选项时保留原文件不动。
help-get-quiet = 不显示进度（仍会报告失败）。
help-get-urls = 要下载的链接（支持 aria2 风格的范围，如 file[01-10].jpg）。
help-daemon-about = 不打开窗口运行，通过 aria2 的 JSON-RPC 控制（AriaNg、aria2p 等）。
help-daemon-dir = 文件保存的文件夹（默认：设置中的下载文件夹）。
help-daemon-port = JSON-RPC 接口的端口。
help-daemon-listen_all = 在所有网络地址上监听，而不只是本机回环地址。
help-daemon-secret = 每次调用都必须带上的密钥（也可来自 $HAUL_RPC_SECRET 或 --rpc-secret-file）。
help-daemon-secret_file = 第一行为密钥的文件。
help-daemon-allow_origins = 允许调用的网页来源，例如 http://ariang.example:8080（可重复）。
help-browser-about = 将 Haul 连接到浏览器扩展（见 assets/browser）。
help-browser-install-about = 为 Firefox、Chrome、Chromium、Brave、Vivaldi 和 Edge 写入指向此程序的原生消息主机清单。
help-browser-uninstall-about = 删除这些清单。
