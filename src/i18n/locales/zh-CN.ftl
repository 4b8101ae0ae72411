# Haul 简体中文。
toolbar-add = 添加
toolbar-add-hint = 添加链接 (Ctrl+N)
toolbar-pause-all = 全部暂停
toolbar-pause-all-hint = 暂停所有下载
toolbar-resume-all = 全部继续
toolbar-resume-all-hint = 继续已暂停的下载
toolbar-retry-failed = 重试失败项
toolbar-retry-failed-hint = 重新尝试所有失败的下载
toolbar-clear-finished = 清除已完成
toolbar-clear-finished-hint = 从列表中移除已完成的下载（文件保留）
toolbar-clear-failed = 清除失败项
toolbar-clear-failed-hint = 从列表中移除失败的下载
toolbar-settings = 设置
toolbar-details = 详情
toolbar-details-hint = 显示所选下载的详情
column-name = 名称
column-size = 大小
column-progress = 进度
column-speed = 速度
column-time-left = 剩余时间
column-added = 添加时间
column-status = 状态
settings-title = 设置
settings-general = 常规
settings-categories = 分类
settings-queues = 队列
settings-speed-schedule = 限速计划
settings-desktop = 桌面
settings-remote = 远程控制
settings-language = 语言
settings-language-system = 跟随系统（{ $language }）
dialog-save = 保存
dialog-cancel = 取消
list-empty-title = 还没有下载
list-empty-hint = 在任意位置按 Ctrl+V 粘贴链接，按 Ctrl+N 或“添加”，
    或将链接、含链接的文本或链接列表文件拖放到这里。
downloads-count = { $count } 个下载
status-active = { $count } 个进行中
status-waiting = { $count } 个等待中
status-finished = { $count } 个已完成
status-failed = { $count } 个失败
status-free = 可用 { $size }
status-limit = （限速 { $speed }）
status-progress = { $percent }%，共 { $total }
status-progress-left = { $percent }%，共 { $total }，剩余 { $time }
tab-all = 全部
tab-active = 进行中
tab-waiting = 等待中
tab-finished = 已完成
tab-failed = 失败
filter-label = 筛选
filter-hint = 名称或链接 (Ctrl+F)
category-any = 所有类型
queue-all = 所有队列
row-waiting = 等待中
row-connecting = 正在连接
row-downloading = 正在下载
row-saving = 正在保存
row-finding-checksum = 正在查找校验和…
row-verifying = 正在校验… { $percent }%
row-waiting-for = 等待中：{ $reason }
row-retrying = { $seconds } 秒后重试：{ $reason }
row-paused = 已暂停
row-paused-because = 已暂停：{ $reason }
row-finished = 已完成
row-failed = 失败：{ $reason }
row-cancelled = 已取消

## Amounts and dates
number-decimal = .
unit-b = B
unit-kib = KiB
unit-mib = MiB
unit-gib = GiB
unit-tib = TiB
unit-pib = PiB
unit-per-second = /s
size-exact = { $bytes } 字节
duration-over-day = > 1 天
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
weekday-mon = 周一
weekday-tue = 周二
weekday-wed = 周三
weekday-thu = 周四
weekday-fri = 周五
weekday-sat = 周六
weekday-sun = 周日
date-day-month = { $month }{ $day }日
date-day-month-year = { $year }年{ $month }{ $day }日
date-full = { $year }年{ $month }{ $day }日 { $time }

## Why a download failed, waits or is slow
tls-no-roots = 此计算机上没有受信任的证书颁发机构（是否已安装 ca-certificates？）
tls-unknown-issuer = 证书不受信任（不是由此计算机信任的机构签发）
tls-expired = 证书已过期
tls-not-valid-yet = 证书尚未生效（此计算机的时钟是否正确？）
tls-wrong-host = 证书属于另一个主机名
tls-revoked = 证书已被吊销
tls-bad-signature = 证书签名不匹配
tls-other-certificate = 证书未被接受：{ $detail }
tls-handshake = 安全连接失败：{ $detail }
reason-http-status = 服务器返回 { $code } { $phrase }
reason-connect-failed = 无法连接：{ $detail }
reason-stalled = 服务器已 { $seconds } 秒没有发送数据
reason-connection-lost = 连接中断：{ $detail }
reason-truncated = 连接在收到 { $received } / { $expected } 字节后关闭
reason-invalid-answer = 服务器发送了无效的响应：{ $detail }
reason-not-http = 服务器的回应不是有效的 HTTP（{ $detail }）
reason-keeps-changing = 服务器上的文件一直在变化
reason-disk-full = 磁盘已满
reason-disk-full-needs = 磁盘已满；还需要 { $size }
reason-disk-write = 无法写入 { $path }：{ $detail }
reason-disk-read = 无法读取 { $path }：{ $detail }
checksum-source-given = 给定的校验值
reason-checksum-source = 已损坏：{ $algorithm } 与{ $kind ->
    [given] 给定的校验值
    [header] 服务器 { $name } 头中的校验值
   *[file] { $name } 中的校验值
}不符
reason-checksum-values = 已损坏：{ $algorithm } 是 { $actual }，而不是 { $expected }
reason-other-file-sizes = 新链接给出的是另一个文件：{ $new } 而不是 { $old }
reason-other-file = 新链接给出的是另一个文件（字节不同）
reason-web-page = 服务器发送的是网页而不是 { $name }：通常是登录页或错误页
reason-web-page-about = 服务器发送的是网页（{ $about }）而不是 { $name }：通常是登录页或错误页
reason-no-file = 服务器没有发送文件
reason-names-taken = { $folder } 中所有类似 { $name } 的名称都已被占用
reason-no-thread = 无法启动工作线程：{ $detail }
reason-password-lost = 链接的密码没有保存；请重新添加链接
reason-other-haul = 另一个 Haul 正在下载此文件
reason-then-free-space = { $reason }；请释放一些空间，然后继续
speed-server-allows = 服务器只允许 { $count } 个连接
speed-no-parallel = 服务器不支持并行连接
connections-added = { $from } -> { $to } 个连接：服务器将每个连接限速为 { $speed }
scheduled-speed-pauses = 等待中：速度计划当前暂停
scheduled-at = 已计划：{ $time } 开始
scheduled-on = 已计划：{ $day } { $time } 开始
scheduled-passed = 已计划：一次性时间段已过

## Notices
notice-queue-done = { $queue } 中的所有下载都已完成。
notice-all-done = 所有下载都已完成。
notice-saved-unreadable = 无法读取保存的{ $what ->
    [passwords] 密码
   *[list] 下载列表
}（{ $problem }）。它已保留为 { $path }，Haul 在没有它的情况下启动。
notice-saved-unreadable-kept = 无法读取保存的{ $what ->
    [passwords] 密码
   *[list] 下载列表
}（{ $problem }），也无法将其移到一旁（{ $error }）：{ $path }
notice-saved-link-invalid = 一个保存的下载因链接无效而被移除（{ $problem }）：{ $link }
notice-list-not-saved = 无法保存下载列表（{ $problem }）：{ $path }
notice-started-over = { $path } 来自另一个链接，是另一个文件，因此在原位置重新开始。
notice-control-unreadable = 无法读取未完成下载 { $path } 的记录，已将其保留为 { $kept }；使用部分文件的任何字节前都会先与服务器比对。
notice-partial-set-aside = { $path } 处的未完成下载与服务器上的文件不符，已保留为 { $kept }，下载重新开始。

## Links that could not be used
link-scheme = 不支持 { $scheme } 链接（仅支持 http 和 https）
link-invalid = 不是有效的链接（{ $detail }）
link-no-host = 链接中没有主机名
link-checksum-option = 这不是上面链接的校验值（请使用 checksum=sha-256=HEX）
link-add-scheme = 加上 http:// 或 https:// 才能作为链接使用
link-add-scheme-to = 加上 http:// 或 https:// 才能作为链接使用（{ $link }）
link-spaces = 链接中不能有空格；请写成 %20
link-too-many = 超过 { $count } 个链接；其余的已跳过
link-problem = 第 { $line } 行：{ $reason }：{ $text }
range-too-many = 该范围展开后的链接过多（超过 { $count } 个）
range-zero-step = 范围的步长至少为 1
range-step-too-large = 范围的步长过大
range-number-too-large = 范围中的数字过大
range-backwards = 范围 [{ $range }] 是倒序的
range-too-many-digits = 范围中的数字超过 { $count } 位
add-bad-checksum = SHA-256 校验值是 64 位十六进制数字
engine-no-client = 无法建立 HTTP 客户端：{ $detail }

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

## Add dialog
add-title = 添加下载
add-links = 链接
add-save-to = 保存到
add-choose-folder = 选择…
add-start-paused = 添加后暂停
add-queue = 队列
add-ctrl-enter = Ctrl+Enter 添加
add-clipboard-holds = 剪贴板中有 { $count } 个链接。
add-use-clipboard = 使用剪贴板中的 { $count } 个链接
add-continue-unfinished = 如果此链接给出的是同一个文件，就用它继续未完成的 { $name }（{ $have }）
add-button-add = 添加 { $count } 个下载
add-button-continue = 继续 { $count } 个下载
add-button-both = 添加 { $add } 个，继续 { $continue } 个
add-already-here = { $count } 个链接已存在，除非勾选，否则将跳过：
add-in-list = { $link }：已在列表中（{ $status }）
add-downloaded = { $link }：已下载到 { $path }
add-downloaded-on = { $link }：已于 { $day } 下载到 { $path }
add-no-links-yet = 还没有链接
add-no-valid-links = 没有找到有效链接
add-links-found = 找到 { $count } 个链接
add-with-checksums = { $summary }，其中 { $count } 个带校验值
link-problem-line = 第 { $line } 行：{ $reason }：{ $text }
add-problems = { $count } 个问题（已跳过）：
and-more = … 另有 { $count } 个

## Details panel
details-pieces = 已有 { $done } / { $total }；{ $count } 个连接在工作
details-speed-peak = 最近 { $time } — 峰值 { $speed }
details-select = 选择一个下载以查看详情。
details-why-slow = 为什么慢：{ $why }
details-file = 文件
details-folder = 文件夹
details-link = 链接
details-from-page = 来源页面
details-led-to = 跳转到
details-server = 服务器
details-modified = 修改时间
details-size = 大小
details-size-unknown = { $size }（大小未知）
details-added = 添加时间
details-finished = 完成时间
details-limit = 限速
details-checksum = 校验值
details-copy-path = 复制路径
details-checksum-damaged = 已损坏：{ $algorithm } 应为 { $expected }，实际为 { $actual }（这些字节以 .damaged 保存在文件旁）
details-checksum-verified = 已校验：{ $algorithm } { $value }，来自{ $kind ->
    [given] 给定的校验值
    [header] 服务器的 { $name } 头
   *[file] { $name }
}
details-checksum-given = { $algorithm } { $value }（下载完成时校验）
details-connections = 连接：{ $open } / { $wanted }
details-the-end = 结尾
details-connection = { $number }. { $from } 到 { $to }，当前 { $at } — { $speed }
details-retries = 重试
details-failed-times = 目前已失败 { $count } 次。
details-attempt = { $time } — 第 { $attempt } 次尝试：{ $reason }
why-free-slot = 等待空位：同时最多运行 { $count } 个下载（设置）。
why-not-downloading = 没有在下载：{ $reason }。
why-host-limit-reached = 等待连接：已达到每个主机的连接上限（设置）。
why-own-limit = 你为此下载设置的限速（{ $speed }）。
why-overall-limit = 你的总限速（{ $speed }），由所有下载共享。
why-disk = 磁盘：写入占用了 { $percent }% 的时间。
why-server-accepts = 服务器目前只接受你的 { $count } 个连接。
why-no-parallel = 服务器不支持分段下载，因此由一个连接下载全部内容。
why-host-limit = 你的每主机连接上限：已打开 { $open } / { $wanted } 个连接（设置）。
why-per-connection = 服务器给每个连接大约 { $speed }：它按连接限速。

## Row actions and menus
action-pause = 暂停
action-resume = 继续
action-retry = 重试
action-cancel = 取消
action-open = 打开
action-show-in-folder = 在文件夹中显示
action-remove = 从列表中移除
action-change-link = 更改链接…
action-start-over = 重新开始
action-download-again = 重新下载
column-sort-by = 按{ $column }排序
list-nothing-here = 这里没有下载
list-nothing-matches = 此标签页中没有符合筛选条件的下载。
menu-speed-limit = 限速…
menu-copy-link = 复制链接
menu-move-up = 上移
menu-move-down = 下移
menu-move-top = 移到顶部
menu-move-bottom = 移到底部
menu-move-to-queue = 移到队列
notice-retrying-one = 正在重试 { $name }
notice-retrying = 正在重试 { $count } 个下载
notice-cannot-open = 无法打开 { $name }：{ $problem }。
notice-cannot-show = 无法在文件管理器中显示 { $name }：{ $problem }。
undo-cancelled = 已取消 { $what }
undo-removed = 已从列表中移除 { $what }
undo-sentence = { $done }。
undo-sentence-partial = { $done }；{ $count } 个部分文件（{ $size }）将被删除。
row-failed-again = 再次失败：{ $reason }
row-verified = 已校验（{ $algorithm }，来自 { $source }）
row-link-expired = { $status } — 链接可能已过期：请更改链接
row-limited = { $status } · 限速 { $speed }
row-added-at = 添加于 { $time }
notice-undo-too-late = 已无法撤销；文件已被删除。
the-download = 该下载
notice-new-link = { $name } 的新链接：正在检查是否为同一文件
notice-new-link-refused = 新链接未被使用：{ $reason }

## Settings pages
settings-download-folder = 下载文件夹
settings-jobs = 同时下载数
settings-connections-per-file = 每个文件的连接数
settings-connections-per-server = 每个服务器的连接数
settings-overall-limit = 总限速
settings-no-limit = 无
settings-limit-hint = 每秒，例如 500K 或 2M
settings-attempts = 放弃前的尝试次数
settings-stall-timeout = 等待无响应的服务器
settings-connect-timeout = 等待连接
settings-retry-delay = 重试之间的最长等待
unit-seconds = 秒
settings-notifications = 通知
settings-notifications-check = 下载完成或失败时通知我
settings-checksums = 校验值
settings-checksums-check = 查找已发布的校验值并校验文件
settings-checksums-hint = 文件旁的 SHA256SUMS 或 文件名.sha256
settings-colours = 颜色
settings-colours-system = 跟随桌面
settings-colours-light = 浅色
settings-colours-dark = 深色
when-done-nothing = 什么也不做
when-done-quit = 退出 Haul
when-done-suspend = 挂起
when-done-hibernate = 休眠
when-done-power-off = 关机
when-done-command = 运行命令
when-done-command-hint = 命令
queues-intro = 每个队列有自己的同时下载数和速度，如有计划则按计划运行。可通过下载的菜单在队列之间移动下载。
queues-new = 新队列
queues-when-all-done = 所有下载完成后
queues-keep-awake = 下载进行时保持计算机唤醒
queues-at-once = 同时
queues-limit = 限速
queues-remove = 删除此队列
queues-when-done = 完成后
queues-on-schedule = 按计划运行 { $queue }
queues-starts-at = 开始于
queues-stops-at = 停止于
queues-weekly = 每周
queues-once = 一次
queues-on-days = 日期
queues-every-day = （每天）
categories-intro = 为分类指定文件夹后，文件会保存到该文件夹（除非以 / 或 ~/ 开头，否则位于下载文件夹内）。留空：下载文件夹。
categories-file-types = 文件类型
categories-hosts = 主机
categories-new = 新分类
categories-name-of = 分类 { $number } 的名称
categories-other-rule = 没有规则匹配的文件
categories-types-of = { $category } 的文件类型
categories-any-host = 任意
categories-hosts-of = { $category } 的主机
categories-download-folder = 下载文件夹
categories-folder-of = { $category } 的文件夹
categories-choose-folder = 选择文件夹
categories-choose-folder-for = 为 { $category } 选择文件夹
categories-remove = 删除此分类
categories-remove-named = 删除 { $category }

## Folder chooser
folders-intro = 此桌面没有文件夹对话框，请在这里选择文件夹：输入或粘贴路径，或在下面逐级浏览。
folders-up = 上一级
folders-reading = 正在读取文件夹…
folders-none-inside = 里面没有文件夹。
folders-use = 使用此文件夹
folders-missing = 此文件夹不存在。
folders-forbidden = 你无权读取此文件夹。
folders-is-file = 这是文件，不是文件夹。
folders-unreadable = 无法读取此文件夹。

## Dropping
drop-not-text = { $name } 不是文本文件；已跳过。
drop-too-large = { $name } 大于 { $size }；只读取了开头部分。
drop-no-links = { $name } 中没有链接。
drop-problem = { $name }，{ $problem }
drop-unreadable = 无法读取 { $name }：{ $detail }。
drop-is-folder = 这是一个文件夹
drop-check = 添加前可以先检查。
drop-title = 松开以添加链接
drop-reads = Haul 会读取你放下的内容中的链接。{ $check }
drop-reads-files = Haul 会读取这 { $count } 个文件中的链接。{ $check }
drop-title-links = 松开以添加 { $count } 个链接
drop-title-files = 松开以添加这 { $files } 个文件中的链接
drop-title-both = 松开以添加 { $count } 个链接和这 { $files } 个文件中的链接
drop-nothing = 拖动的内容中没有链接
drop-nothing-detail = Haul 接受网页链接、包含链接的文本和链接列表文件（.txt、.csv、.html）。

## When everything is done
then-quit = Haul 将在 { $seconds } 秒后退出。
then-quit-now = 立即退出
then-suspend = 计算机将在 { $seconds } 秒后挂起。
then-suspend-now = 立即挂起
then-hibernate = 计算机将在 { $seconds } 秒后休眠。
then-hibernate-now = 立即休眠
then-power-off = 计算机将在 { $seconds } 秒后关机。
then-power-off-now = 立即关机
then-command = 你的命令将在 { $seconds } 秒后运行。
then-command-now = 立即运行
then-nothing = { $seconds } 秒后什么也不会发生。
then-close = 关闭

## Remote control settings
remote-enable = 允许其他程序控制 Haul（aria2 的 JSON-RPC：AriaNg、aria2p、脚本）
remote-enable-hint = 它们可以添加、暂停和删除下载。每次调用都必须带上密钥。
remote-this-computer = 本机地址
remote-port = 端口
remote-address = 地址
remote-secret = 密钥
remote-new-secret = 新密钥
remote-origins = 允许的网页
remote-needs-secret = 需要密钥；没有密钥就不监听。
remote-listen-all = 允许其他计算机访问（在所有网络地址上监听）
remote-listen-all-hint = 关闭时：只有本机上的程序可以连接。网页会被拒绝，除非列在上面（打开 AriaNg 的地址）。

## Tray and speed limit
tray-show = 显示 Haul
tray-add-from-clipboard = 从剪贴板添加
tray-quit = 退出
limit-none = 不限速
limit-title = 限速
limit-intro = 将这 { $count } 个下载限制为每秒 500K 或 2M 之类的速度。
limit-example = 例如 2M
limit-per-second = 每秒
dialog-apply = 应用
drag-too-large = 拖动的数据大于 { $size }；只读取了开头部分。
drag-not-local = { $name } 不是本机上的文件；已跳过。
drag-cut-character = 拖动的文本在一个字符中间结束。
link-new = 新链接
link-use = 使用此链接
link-not-http = 这不是 http 或 https 链接。
link-one-only = 只能粘贴一个链接。
power-failed = 无法{ $action ->
    [suspend] 挂起
    [hibernate] 休眠
   *[power-off] 关机
}：{ $reason }
when-done-command-failed = 下载完成后要运行的命令失败了（{ $status }）：{ $command }
when-done-command-not-run = 下载完成后要运行的命令无法运行（{ $detail }）：{ $command }
keep-awake-why = 正在下载 { $count } 个文件
power-no-logind = 系统电源服务（logind）没有响应：{ $detail }
power-not-allowed = 系统不允许此用户{ $action ->
    [suspend] 挂起
    [hibernate] 休眠
   *[power-off] 关机
}（回答为 "{ $answer }"）

## Desktop settings
desktop-tray-present = 你的桌面在托盘中显示 Haul。
desktop-no-tray = 此桌面当前没有托盘显示 Haul：关闭窗口即退出。
desktop-close-to-tray = 关闭窗口后 Haul 在托盘中继续下载
desktop-autostart = 随桌面启动 Haul（隐藏在托盘中）
desktop-clipboard = 提示我复制的下载链接（从不自动添加）
desktop-clipboard-hint = Haul 运行时会查看剪贴板。在 Wayland 上，它只能看到窗口在前台时复制的内容。

## Remove dialog
remove-title = 从列表中移除 { $what }？
remove-partial-stays = { $count } 个部分文件会留在磁盘上，再次添加相同的链接时会从中断处继续。
remove-finished-stay = 已完成的文件总会保留。
remove-delete-partial = 同时删除 { $count } 个部分文件（{ $size }）
remove-button = 移除
remove-keep = 保留在列表中

## Speed schedule
grid-enable = 按每周速度计划运行
grid-limited-hours = 限速时段：
grid-no-rate = （未设速率：限速时段全速运行）
grid-full = 全速
grid-limited = 限速
grid-paused = 暂停
grid-hint = — 点击某个小时可更改，拖动可连续涂改

## Quitting, notices, undo
quit-title = 仍有下载在进行
quit-text = 还有 { $count } 个下载在进行。如果现在退出，它们会停止，下次打开 Haul 时从中断处继续。
quit-keep = 继续下载
quit-later = 退出，稍后继续
dismiss = 关闭
engine-not-started = Haul 无法启动下载引擎
undo = 撤销
undo-within = { $seconds } 秒内可撤销
folder-dialog-title = 选择下载文件夹
window-not-opened = 无法打开窗口：{ $detail }
notice-path-copied = 路径已复制

## Notifications
notify-finished-one = 下载完成
notify-finished = { $count } 个下载已完成
notify-failed-one = { $name } 失败
notify-failed = { $count } 个下载失败
notify-mixed = { $finished } 个下载已完成，{ $failed } 个失败
notify-failed-names = 失败：{ $names }
notify-and-more = { $names } 等另外 { $count } 个
notify-link-copied = 复制了 { $count } 个下载链接
drag-not-handed-over = 拖出链接的程序没有交出它们
drag-timed-out = 拖动的数据没有在 { $seconds } 秒内到达
notice-launch-link-skipped = 打开 Haul 时带的一个链接被跳过：{ $problem }
notice-autostart-failed = 无法更改自动启动项（{ $detail }）：{ $path }
tray-nothing = 没有要下载的内容
title-downloading = { $count } 个下载中
filter-clear = 清除筛选
setup-other-window = 另一个 Haul 窗口正在使用它
setup-list-not-kept = 无法保存下载列表（{ $why }），因此此窗口的下载不会被保存：{ $path }
setup-no-inbox = 此窗口运行期间，用 Haul 打开的链接无法送达：{ $detail }
setup-folder-not-created = 无法创建下载文件夹（{ $detail }）：{ $path }。请在设置中另选一个。
desktop-no-application = 此计算机上没有设置用于打开它的程序
desktop-no-file-manager = 没有文件管理器响应
desktop-no-notifications = 没有通知服务：{ $detail }
settings-not-applied = 无法应用新设置：{ $detail }
settings-not-written = 无法保存设置（{ $detail }）：{ $path }

## Built-in categories and the main queue
category-videos = 视频
category-music = 音乐
category-pictures = 图片
category-documents = 文档
category-archives = 压缩包
category-programs = 程序
category-other = 其他
queue-main = 主队列

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
row-with-note = { $status }（{ $note }）
