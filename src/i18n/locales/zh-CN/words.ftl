# Haul's words for amounts, dates, reasons and notices in Simplified Chinese, shared by the window and the command line.
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
reason-no-content-range = 服务器发送了文件的一部分，但没有说明是哪一部分
reason-unasked-partial = 服务器发送了未请求的文件部分
reason-unexpected-status = 服务器返回了意外的状态（{ $code }）
proxy-not-an-address = 代理“{ $text }”不是地址
proxy-unsupported-scheme = 无法使用“{ $scheme }”类型的代理（Haul 支持 http、https、socks4 和 socks5）
proxy-unreachable = 无法使用代理 { $proxy }：{ $detail }
proxy-login-wanted = 代理 { $proxy } 需要登录（在地址中填写：用户名:密码@主机）
proxy-login-refused = 代理 { $proxy } 拒绝了登录信息
login-wanted = { $host } 需要登录
login-wanted-for = { $host } 需要登录“{ $realm }”
login-refused = { $host } 不接受此登录信息
reason-no-connection = 无法与服务器建立任何连接
reason-connection-closed = 文件完成之前服务器关闭了连接
reason-more-than-announced = 服务器发送的数据多于其声明的大小
reason-no-body = 服务器的响应中没有文件
reason-no-partial-file = 部分文件未打开（Haul 的错误：请重试）
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
connections-added-faster = { $from } -> { $to } 个连接：每一步都让下载更快
connections-remembered = 一开始就用 { $to } 个连接：之前在此服务器上这么多连接有效
connections-not-faster = { $tried } 个连接并不比 { $than } 个更快（总共约 { $speed }）：服务器或线路限制了整个下载
scheduled-speed-pauses = 等待中：速度计划当前暂停
scheduled-at = 已计划：{ $time } 开始
scheduled-on = 已计划：{ $day } { $time } 开始
scheduled-passed = 已计划：一次性时间段已过

## Notices
notice-queue-done = { $queue } 中的所有下载都已完成。
notice-queue-failed = { $queue } 中的所有下载都失败了：完成后要做的事没有执行。
notice-all-failed = 所有下载都失败了：完成后要做的事没有执行。
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
notice-netrc-readable = 未使用 { $path } 中的登录信息：其他人可以读取该文件（chmod 600 { $path }）。
notice-netrc-unreadable = 无法读取 { $path }：{ $detail }
notice-ca-file-empty = 未使用 { $path } 中的证书颁发机构：文件中没有 PEM 证书。
notice-ca-file-unreadable = 未使用 { $path } 中的证书颁发机构：{ $detail }
notice-started-over = { $path } 来自另一个链接，是另一个文件，因此在原位置重新开始。
notice-control-unreadable = 无法读取未完成下载 { $path } 的记录，已将其保留为 { $kept }；使用部分文件的任何字节前都会先与服务器比对。
notice-partial-set-aside = { $path } 处的未完成下载与服务器上的文件不符，已保留为 { $kept }，下载重新开始。

## Links that could not be used
link-scheme = 不支持 { $scheme } 链接（仅支持 http 和 https）
link-invalid = 不是有效的链接（{ $detail }）
link-no-host = 链接中没有主机名
link-bad-magnet = 磁力链接没有指明种子（缺少 xt=urn:btih: 哈希）
link-checksum-option = 这不是上面链接的校验值（请使用 checksum=sha-256=HEX）
link-add-scheme = 加上 http:// 或 https:// 才能作为链接使用
link-add-scheme-to = 加上 http:// 或 https:// 才能作为链接使用（{ $link }）
link-spaces = 链接中不能有空格；请写成 %20
link-space-cut = 空格可能截断了这个链接；完整的链接是 { $link }
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

## Built-in categories and the main queue
category-videos = 视频
category-music = 音乐
category-pictures = 图片
category-documents = 文档
category-archives = 压缩包
category-programs = 程序
category-other = 其他
queue-main = 主队列
percent = { $value }%
number-group = ,
stream-not-a-playlist = 该链接不是视频播放列表
stream-empty = 播放列表中没有可下载的内容
stream-protected = 该视频受保护（{ $method }）；Haul 不下载受 DRM 保护的流
stream-bad-key = 分段无法用播放列表的密钥解密
stream-needs-ffmpeg = 需要 ffmpeg 来合并视频和音频轨道（请安装，例如 apt install ffmpeg，然后重试）；轨道保存在 { $kept }
stream-join-failed = ffmpeg 无法合并轨道：{ $detail }
speed-recording-live = 正在录制直播；暂停会保存已录制的内容
stream-live-dash = 该链接是 DASH 直播流；Haul 只保存非直播的 DASH 视频
stream-no-yt-dlp = 视频页面需要 yt-dlp：请安装（pipx install yt-dlp，或系统的 yt-dlp 软件包），然后重试
stream-yt-dlp-failed = yt-dlp 无法获取视频：{ $said }
torrent-failed = 种子下载失败：{ $said }
