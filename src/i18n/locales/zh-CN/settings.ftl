# Haul's Settings pages in Simplified Chinese.
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
queues-proxy = 代理
queues-proxy-hint = 设置中的代理（或 none、system、地址）
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

## Desktop settings
desktop-tray-present = 你的桌面在托盘中显示 Haul。
desktop-no-tray = 此桌面当前没有托盘显示 Haul：关闭窗口即退出。
desktop-close-to-tray = 关闭窗口后 Haul 在托盘中继续下载
desktop-autostart = 随桌面启动 Haul（隐藏在托盘中）
desktop-clipboard = 提示我复制的下载链接（从不自动添加）
desktop-clipboard-hint = Haul 运行时会查看剪贴板。在 Wayland 上，它只能看到窗口在前台时复制的内容。

## Speed schedule
grid-enable = 按每周速度计划运行
grid-limited-hours = 限速时段：
grid-limited-hint = 例如 500K
grid-no-rate = （未设速率：限速时段全速运行）
grid-full = 全速
grid-limited = 限速
grid-paused = 暂停
grid-hint = — 点击某个小时可更改，拖动可连续涂改
settings-limit-error = 限速：{ $error }
settings-unsaved = 您修改了设置：“保存”会保留，“取消”会放弃。
