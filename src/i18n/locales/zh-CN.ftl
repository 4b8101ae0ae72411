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
