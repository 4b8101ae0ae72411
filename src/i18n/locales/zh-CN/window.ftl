# Haul's window in Simplified Chinese: the toolbar, the list, rows, details, dialogs and notices.
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
settings-network = 网络
network-proxy = 代理
network-proxy-system = 桌面的代理
network-proxy-system-hint = 若设置了 http_proxy、https_proxy、all_proxy 和 no_proxy，则按 curl 的方式读取；否则使用桌面自身的代理设置（包括 PAC 文件）。
network-proxy-none = 不使用代理
network-proxy-manual = 使用此代理：
network-proxy-address = 地址
network-proxy-except = 例外
settings-proxy-error = 代理（“网络”页）：{ $error }
network-logins = 登录信息
network-logins-netrc = ~/.netrc 中的登录信息用于对应的主机（仅当只有您能读取该文件时）。
network-logins-keyring = 您让 Haul 记住的登录信息保存在桌面的密钥环中。
network-logins-file = 此处没有密钥环：您让 Haul 记住的登录信息保存在 Haul 自己的文件中，仅您可读。
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
add-use-whole-link = 使用完整链接
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
why-queue-limit = 队列 { $queue } 的限速（{ $speed }），由其中的下载共享。
why-overall-limit = 你的总限速（{ $speed }），由所有下载共享。
why-disk = 磁盘：写入占用了 { $percent }% 的时间。
why-server-accepts = 服务器目前只接受你的 { $count } 个连接。
why-no-parallel = 服务器不支持分段下载，因此由一个连接下载全部内容。
why-host-limit = 你的每主机连接上限：已打开 { $open } / { $wanted } 个连接（设置）。
why-per-connection = 服务器给每个连接大约 { $speed }：它按连接限速。
why-line-full = 服务器或线路给这个下载总共约 { $speed }：更多连接也没有更快。

## Row actions and menus
action-pause = 暂停
action-resume = 继续
action-retry = 重试
action-cancel = 取消
action-open = 打开
action-show-in-folder = 在文件夹中显示
action-remove = 从列表中移除
action-change-link = 更改链接…
action-log-in = 登录…
login-title = 登录到 { $host }
login-realm = 需要登录“{ $realm }”。
login-user = 用户名
login-password = 密码
login-remember = 为此网站记住
login-submit = 登录
notice-login-kept-keyring = 此网站的登录信息已保存在桌面的密钥环中。
notice-login-kept-file = 此网站的登录信息保存在 Haul 自己的文件中（此处没有密钥环），仅您可读。
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
notice-opening = 正在打开 { $name }…
notice-showing = 正在文件夹中显示 { $name }…
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

## Remove dialog
remove-title = 从列表中移除 { $what }？
remove-partial-stays = { $count } 个部分文件会留在磁盘上，再次添加相同的链接时会从中断处继续。
remove-finished-stay = 已完成的文件总会保留。
remove-delete-partial = 同时删除 { $count } 个部分文件（{ $size }）
remove-button = 移除
remove-keep = 保留在列表中

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
desktop-no-answer = { $seconds } 秒内没有任何程序响应
desktop-no-file-manager = 没有文件管理器响应
desktop-login-not-saved = 无法保存登录信息：{ $detail }
desktop-no-notifications = 没有通知服务：{ $detail }
settings-not-applied = 无法应用新设置：{ $detail }
settings-not-written = 无法保存设置（{ $detail }）：{ $path }
row-with-note = { $status }（{ $note }）
drop-failed = 无法读取放下的链接：{ $reason }。
notice-from-browser = 来自浏览器：{ $what }
link-new-for = { $name } 的新链接
remote-not-started = 其他程序无法控制 Haul：{ $reason }。
drag-not-utf8 = 拖动的文本不是有效的 UTF-8；无法读取的字符已被替换。
drag-not-utf16 = 拖动的文本不是有效的 UTF-16；无法读取的字符已被替换。
drop-dialog-open = 因为另一个对话框已打开，放下的链接没有被添加；请关闭它后再放一次。
link-new-intro = 粘贴该文件的新链接（例如从你获取它的页面上得到的新链接）。如果新链接给出的是同一个文件，下载会利用已有的字节继续。
add-links-hint = 粘贴或输入链接，每行一个。也可以粘贴包含链接的文本，以及 photo[001-120].jpg 这样的范围。
